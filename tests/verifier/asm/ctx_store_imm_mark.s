// BPF_ST into the context is refused.
// type: sched_cls
*(u32 *)(r1 + 8) = 1
r0 = 0
exit
