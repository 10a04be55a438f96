// An unbounded variable offset into the packet.
// type: xdp
r2 = *(u32 *)(r1 + 0)
r3 = *(u32 *)(r1 + 4)
r4 = r2
r4 += 8
if r4 > r3 goto +3
r5 = *(u64 *)(r2 + 0)
r2 += r5
r0 = 0
r0 = 2
exit
