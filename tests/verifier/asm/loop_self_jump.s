// goto -1 on one path: that path jumps to itself for ever.
// type: socket_filter
r0 = *(u32 *)(r1 + 0)
if r0 == 0 goto +1
l: goto l
exit
