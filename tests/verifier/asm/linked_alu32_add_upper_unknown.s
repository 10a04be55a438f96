// w1 += 1 drops r1's link to r0: r1's upper half was not known zero before the add, so the 32-bit delta says
// nothing about r0, and r0 >> 32 may be nonzero under r1 <= 10.
// type: socket_filter
call bpf_get_prandom_u32
r1 = r0
w1 += 1
if r1 > 10 goto +3
r0 >>= 32
if r0 == 0 goto +1
r0 /= 0
r0 = 0
exit
