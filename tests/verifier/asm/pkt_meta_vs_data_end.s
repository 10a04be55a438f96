// data_meta checked against data_end proves nothing.
// type: xdp
r2 = *(u32 *)(r1 + 8)
r3 = *(u32 *)(r1 + 4)
r4 = r2
r4 += 4
if r4 > r3 goto +1
r0 = *(u32 *)(r2 + 0)
r0 = 2
exit
