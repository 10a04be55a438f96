// A tc classifier may write __sk_buff->mark.
// type: sched_cls
r2 = 1
*(u32 *)(r1 + 8) = r2
r0 = 0
exit
