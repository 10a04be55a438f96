// A helper size argument with no upper bound.
// type: kprobe
r2 = *(u64 *)(r1 + 0)
r1 = r10
r1 += -16
call bpf_get_current_comm
r0 = 0
exit
