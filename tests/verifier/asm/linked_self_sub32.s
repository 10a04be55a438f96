// w6 -= w6 (src == dst) clears r6's id: r6 is 0 and stays 0 when its old copy r7 is compared afterwards.
// type: socket_filter
call bpf_get_prandom_u32
w6 = w0
w7 = w6
call bpf_get_prandom_u32
w8 = w0
w9 = w8
if w7 != 1 goto +4
w6 -= w6
if w7 == w9 goto +2
if w6 == 0 goto +1
r0 /= 0
r0 = 0
exit
