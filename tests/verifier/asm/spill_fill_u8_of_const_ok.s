// A one-byte fill of a spilled constant is a known small scalar.
// type: socket_filter
// map: array key=4 value=16 entries=1
r6 = 7
*(u64 *)(r10 - 16) = r6
r1 = 0
*(u32 *)(r10 - 4) = r1
r2 = r10
r2 += -4
r1 = map[fd:0]
call bpf_map_lookup_elem
if r0 == 0 goto +3
r1 = *(u8 *)(r10 - 16)
r0 += r1
r0 = *(u8 *)(r0 + 8)
r0 = 0
exit
