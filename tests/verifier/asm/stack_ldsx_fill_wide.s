// A sign-extending fill of a spilled scalar that may not fit the narrower signed type ([0, 0xffffffff] read as
// s32): the value may change, the fill is no copy of r6 any more, and the bound on it says nothing about r6.
// type: socket_filter
// map: array key=4 value=16 entries=1
// processed: exact
call bpf_get_prandom_u32
w0 = w0
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
