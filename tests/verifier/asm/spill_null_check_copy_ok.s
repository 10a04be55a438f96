// A NULL check on one copy of the lookup result covers the other (same id).
// type: socket_filter
// map: array key=4 value=8 entries=1
r1 = 0
*(u32 *)(r10 - 4) = r1
r2 = r10
r2 += -4
r1 = map[fd:0]
call bpf_map_lookup_elem
r6 = r0
if r0 == 0 goto +1
r0 = *(u64 *)(r6 + 0)
r0 = 0
exit
