// r1 = le32 r1 truncates r1: its link to r0 is gone, so r1 >= 10 says nothing about r0 and the division is
// reachable.
// type: socket_filter
call bpf_get_prandom_u32
r0 &= 255
r1 = r0
r1 = le32 r1
if r1 < 10 goto +2
if r0 >= 10 goto +1
r0 /= 0
r0 = 0
exit
