// The key on the stack was never written (privileged).
// type: socket_filter
// map: hash key=4 value=8 entries=4
r2 = r10
r2 += -4
r1 = map[fd:0]
call bpf_map_lookup_elem
r0 = 0
exit
