// A size whose minimum is negative.
// type: kprobe
r2 = *(u64 *)(r1 + 0)
if r2 s> 16 goto +3
r1 = r10
r1 += -16
call bpf_get_current_comm
r0 = 0
exit
