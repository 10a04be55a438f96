// A write at an unbounded variable stack offset.
// type: socket_filter
r2 = *(u32 *)(r1 + 0)
r3 = r10
r3 += -16
r3 += r2
r4 = 0
*(u8 *)(r3 + 0) = r4
r0 = 0
exit
