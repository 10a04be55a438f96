// A counted loop: the verifier walks it ten times.
// type: socket_filter
r0 = 0
l: r0 += 1
if r0 < 10 goto l
exit
