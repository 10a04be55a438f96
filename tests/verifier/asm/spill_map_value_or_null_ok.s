// A map_value_or_null spilled, filled, NULL-checked, used.
// type: socket_filter
// map: array key=4 value=8 entries=1
r1 = 0
*(u32 *)(r10 - 4) = r1
r2 = r10
r2 += -4
r1 = map[fd:0]
call bpf_map_lookup_elem
*(u64 *)(r10 - 16) = r0
r1 = *(u64 *)(r10 - 16)
if r1 == 0 goto +1
r0 = *(u64 *)(r1 + 0)
r0 = 0
exit
