// An unprivileged read of a stack slot nothing wrote.
// type: socket_filter
// privileged: no
// unprivileged-kernel: reject: invalid read from stack off -8+0 size 8
r0 = *(u64 *)(r10 - 8)
r0 = 0
exit
