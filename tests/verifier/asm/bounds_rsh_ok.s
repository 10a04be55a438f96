// A u8 shifted right by 4 is at most 15.
// type: socket_filter
// map: array key=4 value=16 entries=1
r6 = *(u8 *)(r1 + 0)
r1 = 0
*(u32 *)(r10 - 4) = r1
r2 = r10
r2 += -4
r1 = map[fd:0]
call bpf_map_lookup_elem
if r0 == 0 goto +3
r6 >>= 4
r0 += r6
r0 = *(u8 *)(r0 + 0)
exit
