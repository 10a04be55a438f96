// perf_event: reading sample_period (offset 168 of bpf_perf_event_data).
// type: perf_event
r0 = *(u64 *)(r1 + 168)
r0 = 0
exit
