// le32 truncates to 32 bits: the value may change, so 6.18 stable drops the links; the check on the copy says
// nothing about r6 and the map access through r6 is refused.
// type: socket_filter
// map: array key=4 value=16 entries=1
// processed: exact
call bpf_get_prandom_u32
r6 = r0
r7 = r6
r7 = le32 r7
if r7 > 15 goto +9
*(u32 *)(r10 - 4) = 0
r2 = r10
r2 += -4
r1 = map[fd:0]
call bpf_map_lookup_elem
if r0 == 0 goto +2
r0 += r6
r0 = *(u8 *)(r0 + 0)
r0 = 0
exit
