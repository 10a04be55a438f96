// An unsigned check bounds the index on both sides.
// type: socket_filter
// map: array key=4 value=16 entries=1
r1 = 0
*(u32 *)(r10 - 4) = r1
r2 = r10
r2 += -4
r1 = map[fd:0]
call bpf_map_lookup_elem
if r0 == 0 goto +5
r1 = *(u64 *)(r0 + 0)
if r1 > 15 goto +3
r0 += r1
r0 = *(u8 *)(r0 + 0)
exit
r0 = 0
exit
