// w6 += 1 on a value up to 0xffffffff wraps to 0 in 32 bits; the 64-bit copy is not bounded by a 32-bit check.
// type: socket_filter
// map: array key=4 value=16 entries=1
r1 = 0
*(u32 *)(r10 - 4) = r1
r2 = r10
r2 += -4
r1 = map[fd:0]
call bpf_map_lookup_elem
if r0 == 0 goto +6
r6 = *(u64 *)(r0 + 0)
if w6 > 15 goto +4
r6 += 0
r0 += r6
r0 = *(u8 *)(r0 + 0)
exit
r0 = 0
exit
