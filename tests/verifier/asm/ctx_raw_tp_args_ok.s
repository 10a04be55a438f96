// raw_tracepoint: the u64 args.
// type: raw_tracepoint
r0 = *(u64 *)(r1 + 8)
r0 = 0
exit
