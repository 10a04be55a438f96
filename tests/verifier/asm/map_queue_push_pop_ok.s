// Push to and pop from a queue map.
// type: socket_filter
// map: queue key=0 value=8 entries=4
r1 = 7
*(u64 *)(r10 - 8) = r1
r1 = map[fd:0]
r2 = r10
r2 += -8
r3 = 0
call bpf_map_push_elem
r1 = map[fd:0]
r2 = r10
r2 += -8
call bpf_map_pop_elem
r0 = 0
exit
