// R1 of bpf_map_lookup_elem must be a map.
// type: socket_filter
r1 = 0
*(u32 *)(r10 - 4) = r1
r2 = r10
r2 += -4
r1 = r10
call bpf_map_lookup_elem
r0 = 0
exit
