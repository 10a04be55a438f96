// The loop body changes nothing the exit condition reads.
// type: socket_filter
r0 = 0
r1 = 5
l: r2 = r1
if r1 != 0 goto l
exit
