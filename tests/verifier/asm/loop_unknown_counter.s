// A loop bounded by a value from the context: the counter never becomes constant, so states repeat.
// type: socket_filter
r2 = *(u32 *)(r1 + 0)
r0 = 0
l: r0 += 1
if r0 != r2 goto l
exit
