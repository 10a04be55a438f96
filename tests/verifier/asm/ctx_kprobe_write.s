// kprobe: pt_regs is read-only.
// type: kprobe
r2 = 0
*(u64 *)(r1 + 0) = r2
r0 = 0
exit
