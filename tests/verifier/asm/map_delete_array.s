// bpf_map_delete_elem on an array is refused at run time, not by the verifier.
// type: socket_filter
// map: array key=4 value=8 entries=1
r1 = 0
*(u32 *)(r10 - 4) = r1
r2 = r10
r2 += -4
r1 = map[fd:0]
call bpf_map_delete_elem
r0 = 0
exit
