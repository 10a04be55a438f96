// A 4-byte key slot where the map's key is 8 bytes: the key runs past the stack top.
// type: socket_filter
// map: hash key=8 value=8 entries=4
r1 = 0
*(u32 *)(r10 - 4) = r1
r2 = r10
r2 += -4
r1 = map[fd:0]
call bpf_map_lookup_elem
r0 = 0
exit
