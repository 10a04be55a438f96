// A pointer spilled at an offset that is not 8-byte aligned.
// type: socket_filter
*(u64 *)(r10 - 12) = r1
r0 = 0
exit
