// bpf_map_update_elem's value runs past the stack: 8 bytes wanted, 4 from the top.
// type: socket_filter
// map: hash key=4 value=8 entries=4
r1 = 0
*(u32 *)(r10 - 8) = r1
*(u32 *)(r10 - 4) = r1
r2 = r10
r2 += -8
r3 = r10
r3 += -4
r4 = 0
r1 = map[fd:0]
call bpf_map_update_elem
r0 = 0
exit
