// w1 += -4 keeps w1 linked to w0 (BPF_ADD_CONST32) since r1's upper half was known zero before the add:
// w1 s>= 0 tells w0 >= 4.
// type: socket_filter
call bpf_get_prandom_u32
w0 &= 255
w1 = w0
w1 += -4
if w1 s< 0 goto +2
if w0 != 0 goto +1
r0 /= 0
r0 = 0
exit
