// 0..15 minus 1 may be -1: the min is negative.
// type: socket_filter
// map: array key=4 value=16 entries=1
r6 = *(u8 *)(r1 + 0)
r1 = 0
*(u32 *)(r10 - 4) = r1
r2 = r10
r2 += -4
r1 = map[fd:0]
call bpf_map_lookup_elem
if r0 == 0 goto +4
r6 &= 15
r6 -= 1
r0 += r6
r0 = *(u8 *)(r0 + 0)
exit
