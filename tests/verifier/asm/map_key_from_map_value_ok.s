// A key that lives in another map's value.
// type: socket_filter
// map: array key=4 value=8 entries=1
// map: hash key=4 value=8 entries=4
r1 = 0
*(u32 *)(r10 - 4) = r1
r2 = r10
r2 += -4
r1 = map[fd:0]
call bpf_map_lookup_elem
if r0 == 0 goto +3
r2 = r0
r1 = map[fd:1]
call bpf_map_lookup_elem
r0 = 0
exit
