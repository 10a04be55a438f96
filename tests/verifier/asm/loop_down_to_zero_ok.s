// A loop counting a constant down to zero.
// type: socket_filter
r0 = 0
r1 = 20
l: r0 += 2
r1 -= 1
if r1 != 0 goto l
exit
