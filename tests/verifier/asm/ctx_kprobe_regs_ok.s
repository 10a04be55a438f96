// kprobe: any aligned 8-byte read of pt_regs.
// type: kprobe
r0 = *(u64 *)(r1 + 112)
r0 = 0
exit
