// A 4-byte spill of r6 = r0 + 5 (wider than 32 bits) breaks the link; the fill gives r6 back without a stale delta,
// so r8 = r9 + 3 = 13 when r9 == 10 and `r8 == 8` is never true.
// type: socket_filter
call bpf_get_prandom_u32
r6 = r0
r6 += 5
*(u32 *)(r10 - 8) = r6
r6 = *(u32 *)(r10 - 8)
r8 = r6
r8 += 3
r9 = r6
if r9 != 10 goto +3
if r8 == 8 goto +2
r0 /= 0
exit
r0 = 0
exit
