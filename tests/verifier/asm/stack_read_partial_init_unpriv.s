// An unprivileged 8-byte read of a slot with 4 bytes written.
// type: socket_filter
// privileged: no
// unprivileged-kernel: reject: invalid read from stack off -8+4 size 8
r1 = 0
*(u32 *)(r10 - 8) = r1
r0 = *(u64 *)(r10 - 8)
r0 = 0
exit
