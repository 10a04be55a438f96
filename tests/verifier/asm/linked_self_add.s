// r6 += r6 (src == dst) clears r6's id: r6 is 2, not linked to r7, and `r6 == 3` is never true.
// type: socket_filter
call bpf_get_prandom_u32
r6 = r0
r7 = r6
call bpf_get_prandom_u32
r8 = r0
r9 = r8
if r7 != 1 goto +4
r6 += r6
if r7 == r9 goto +2
if r6 == 3 goto +1
r0 /= 0
r0 = 0
exit
