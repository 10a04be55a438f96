// A bounded loop of 30000 iterations: over 100k processed instructions, within the limit.
// type: socket_filter
r0 = 0
r1 = 0
l: r1 += 1
r0 += 1
if r1 < 30000 goto l
exit
