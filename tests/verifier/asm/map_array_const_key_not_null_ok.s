// An array lookup with a constant key below max_entries cannot fail: 6.18 returns map_value, not _or_null.
// type: socket_filter
// map: array key=4 value=8 entries=1
r1 = 0
*(u32 *)(r10 - 4) = r1
r2 = r10
r2 += -4
r1 = map[fd:0]
call bpf_map_lookup_elem
r0 = *(u64 *)(r0 + 0)
exit
