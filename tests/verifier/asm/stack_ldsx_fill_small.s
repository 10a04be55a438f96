// A sign-extending fill of a spilled scalar whose value fits in the narrower signed type: what 6.18 stable keeps
// of the scalar's id (the level-2 log shows it), and the copy's bound on r6.
// type: socket_filter
// map: array key=4 value=16 entries=1
// processed: exact
call bpf_get_prandom_u32
r0 &= 0x7f
r6 = r0
*(u64 *)(r10 - 8) = r0
r7 = *(s32 *)(r10 - 8)
if r7 > 15 goto +8
*(u32 *)(r10 - 12) = 0
r2 = r10
r2 += -12
r1 = map[fd:0]
call bpf_map_lookup_elem
if r0 == 0 goto +1
r0 += r6
r0 = 0
exit
