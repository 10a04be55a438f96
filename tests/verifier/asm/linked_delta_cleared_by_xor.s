// r6 ^= 0 clears r6's id and its delta: the copies r8 and r9 made afterwards get a fresh id with no stale delta,
// so r8 = r9 + 3 = 13 and `r8 == 8` is never true.
// type: socket_filter
call bpf_get_prandom_u32
r6 = r0
r6 += 5
r6 ^= 0
r8 = r6
r8 += 3
r9 = r6
if r9 != 10 goto +3
if r8 == 8 goto +2
r0 /= 0
exit
r0 = 0
exit
