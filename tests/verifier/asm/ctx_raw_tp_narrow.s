// raw_tracepoint: a 4-byte read of an argument.
// type: raw_tracepoint
r0 = *(u32 *)(r1 + 0)
r0 = 0
exit
