// A write above the frame pointer.
// type: socket_filter
r1 = 0
*(u64 *)(r10 + 8) = r1
r0 = 0
exit
