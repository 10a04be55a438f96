// data + 8 < data_end proves 9 bytes? No: the read of 8 at offset 1 is past what `>=` proves; strict < proves 9.
// type: xdp
r2 = *(u32 *)(r1 + 0)
r3 = *(u32 *)(r1 + 4)
r4 = r2
r4 += 8
if r4 >= r3 goto +1
r0 = *(u64 *)(r2 + 1)
r0 = 2
exit
