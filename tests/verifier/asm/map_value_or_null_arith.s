// Arithmetic on map_value_or_null before the NULL check.
// type: socket_filter
// map: hash key=4 value=16 entries=4
r1 = 0
*(u32 *)(r10 - 4) = r1
r2 = r10
r2 += -4
r1 = map[fd:0]
call bpf_map_lookup_elem
r0 += 4
if r0 == 0 goto +1
r0 = *(u32 *)(r0 + 0)
r0 = 0
exit
