// An unprivileged program may spill a pointer to its own stack.
// type: socket_filter
// privileged: no
// unprivileged-kernel: accept
*(u64 *)(r10 - 8) = r1
r1 = *(u64 *)(r10 - 8)
r0 = *(u32 *)(r1 + 0)
exit
