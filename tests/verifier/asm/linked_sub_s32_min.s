// r1 -= S32_MIN cannot be kept as a delta (negating S32_MIN overflows): r1 loses its id, so the bound on r1 says
// nothing about r0 and the division is reachable.
// type: socket_filter
call bpf_get_prandom_u32
r0 &= 255
r1 = r0
r1 -= -2147483648
r2 = 0x80000005 ll
if r1 > r2 goto +3
if r0 > 5 goto +1
r0 /= 0
exit
r0 = 0
exit
