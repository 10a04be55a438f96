// r1 -= r2 with r2 a known constant links r1 to r0 as an immediate would: r1 s>= 0 tells r0 >= 4.
// type: socket_filter
call bpf_get_prandom_u32
r0 &= 255
r2 = 4
r1 = r0
r1 -= r2
if r1 s< 0 goto +2
if r0 != 0 goto +1
r0 /= 0
r0 = 0
exit
