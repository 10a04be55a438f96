// The key argument is a number, not a pointer.
// type: socket_filter
// map: hash key=4 value=8 entries=4
r2 = 0
r1 = map[fd:0]
call bpf_map_lookup_elem
r0 = 0
exit
