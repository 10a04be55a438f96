// A 32-bit spill filled as 64 bits: the top half is unknown, so the index is unbounded.
// type: socket_filter
// map: array key=4 value=16 entries=1
r6 = *(u32 *)(r1 + 0)
r6 &= 7
*(u32 *)(r10 - 16) = r6
r1 = 0
*(u32 *)(r10 - 4) = r1
r2 = r10
r2 += -4
r1 = map[fd:0]
call bpf_map_lookup_elem
if r0 == 0 goto +3
r1 = *(u64 *)(r10 - 16)
r0 += r1
r0 = *(u64 *)(r0 + 0)
r0 = 0
exit
