// The frame pointer spilled, filled and used as a stack pointer.
// type: socket_filter
r1 = 5
*(u64 *)(r10 - 16) = r1
*(u64 *)(r10 - 8) = r10
r2 = *(u64 *)(r10 - 8)
r0 = *(u64 *)(r2 - 16)
exit
