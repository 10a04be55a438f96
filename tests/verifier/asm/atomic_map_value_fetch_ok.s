// An atomic fetch-add into a map value.
// type: socket_filter
// map: array key=4 value=8 entries=1
r1 = 0
*(u32 *)(r10 - 4) = r1
r2 = r10
r2 += -4
r1 = map[fd:0]
call bpf_map_lookup_elem
if r0 == 0 goto +2
r1 = 1
r1 = atomic_fetch_add((u64 *)(r0 + 0), r1)
r0 = 0
exit
