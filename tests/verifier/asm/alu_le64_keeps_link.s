// le64 on a little-endian machine changes nothing, and 6.18 stable's scalar_byte_swap keeps the register's links:
// the check on the copy bounds r6 too, so the map access through r6 is in bounds.
// type: socket_filter
// map: array key=4 value=16 entries=1
// processed: exact
call bpf_get_prandom_u32
r6 = r0
r7 = r6
r7 = le64 r7
if r7 > 15 goto +9
*(u32 *)(r10 - 4) = 0
r2 = r10
r2 += -4
r1 = map[fd:0]
call bpf_map_lookup_elem
if r0 == 0 goto +2
r0 += r6
r0 = *(u8 *)(r0 + 0)
r0 = 0
exit
