// data_end compared against data + 8 the other way round (data_end >= data + 8).
// type: xdp
r2 = *(u32 *)(r1 + 0)
r3 = *(u32 *)(r1 + 4)
r4 = r2
r4 += 8
if r3 < r4 goto +1
r0 = *(u64 *)(r2 + 0)
r0 = 2
exit
