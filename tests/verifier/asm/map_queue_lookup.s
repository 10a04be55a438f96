// A queue map has no keys: bpf_map_lookup_elem is refused for it.
// type: socket_filter
// map: queue key=0 value=8 entries=4
r1 = 0
*(u32 *)(r10 - 4) = r1
r2 = r10
r2 += -4
r1 = map[fd:0]
call bpf_map_lookup_elem
r0 = 0
exit
