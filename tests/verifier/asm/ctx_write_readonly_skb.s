// Writing __sk_buff->len, which is read-only.
// type: sched_cls
r2 = 0
*(u32 *)(r1 + 0) = r2
r0 = 0
exit
