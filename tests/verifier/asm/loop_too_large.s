// A bounded loop of 400000 iterations: more than the 1,000,000 instructions the verifier will process.
// type: socket_filter
r0 = 0
r1 = 0
l: r1 += 1
r0 += 1
if r1 < 400000 goto l
exit
