// perf_event: a 4-byte read of sample_period.
// type: perf_event
r0 = *(u32 *)(r1 + 168)
r0 = 0
exit
