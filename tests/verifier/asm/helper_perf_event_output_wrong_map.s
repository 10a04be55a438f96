// bpf_perf_event_output given an array map.
// type: sched_cls
// map: array key=4 value=4 entries=2
r2 = 0
*(u64 *)(r10 - 8) = r2
r2 = map[fd:0]
r3 = 0
r4 = r10
r4 += -8
r5 = 8
call bpf_perf_event_output
r0 = 0
exit
