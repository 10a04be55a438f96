// OR with 16 puts every index at 16 or more: past a 16-byte value.
// type: socket_filter
// map: array key=4 value=16 entries=1
r1 = 0
*(u32 *)(r10 - 4) = r1
r2 = r10
r2 += -4
r1 = map[fd:0]
call bpf_map_lookup_elem
if r0 == 0 goto +5
r6 = *(u64 *)(r0 + 0)
r6 &= 7
r6 |= 16
r0 += r6
r0 = *(u8 *)(r0 + 0)
exit
