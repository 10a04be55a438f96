// A write at a variable stack offset (privileged allows bounded ones).
// type: socket_filter
r2 = *(u32 *)(r1 + 0)
r2 &= 7
r3 = r10
r3 += -16
r3 += r2
r4 = 0
*(u8 *)(r3 + 0) = r4
r0 = 0
exit
