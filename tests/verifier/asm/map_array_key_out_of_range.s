// An array lookup with constant key 1 of a one-element array may return NULL: unchecked dereference.
// type: socket_filter
// map: array key=4 value=8 entries=1
r1 = 1
*(u32 *)(r10 - 4) = r1
r2 = r10
r2 += -4
r1 = map[fd:0]
call bpf_map_lookup_elem
r0 = *(u64 *)(r0 + 0)
exit
