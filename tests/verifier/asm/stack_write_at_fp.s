// A write at fp+0 runs past the stack top.
// type: socket_filter
r1 = 0
*(u32 *)(r10 + 0) = r1
r0 = 0
exit
