// 32-bit signed checks on both sides of a zero-extended load bound it to 0..15.
// type: socket_filter
// map: array key=4 value=16 entries=1
r1 = 0
*(u32 *)(r10 - 4) = r1
r2 = r10
r2 += -4
r1 = map[fd:0]
call bpf_map_lookup_elem
if r0 == 0 goto +6
r6 = *(u32 *)(r0 + 0)
if w6 s< 0 goto +4
if w6 s> 15 goto +3
r0 += r6
r0 = *(u8 *)(r0 + 0)
exit
r0 = 0
exit
