// A helper size argument of 0 where 0 is not allowed.
// type: kprobe
r1 = r10
r1 += -16
r2 = 0
call bpf_get_current_comm
r0 = 0
exit
