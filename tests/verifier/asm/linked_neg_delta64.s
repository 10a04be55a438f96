// r1 = r0 + (-4) stays linked to r0 (6.18 stable: linked register tracking with negative offsets): r1 s>= 0 tells
// r0 >= 4, so the division by zero under r0 == 0 is never reached.
// type: socket_filter
call bpf_get_prandom_u32
r0 &= 255
r1 = r0
r1 += -4
if r1 s< 0 goto +2
if r0 != 0 goto +1
r0 /= 0
r0 = 0
exit
