// r1 = le64 r1 changes nothing on a little-endian host and keeps r1's link (and delta): r1 = r0 + 5 s< 5 tells
// r0 s< 0, so under r0 in [0, 255] the division is never reached.
// type: socket_filter
call bpf_get_prandom_u32
r0 &= 255
r1 = r0
r1 += 5
r1 = le64 r1
if r1 s< 10 goto +2
if r0 s>= 5 goto +1
r0 /= 0
r0 = 0
exit
