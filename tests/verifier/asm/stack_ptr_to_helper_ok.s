// A stack buffer filled by bpf_get_current_comm.
// type: kprobe
r1 = r10
r1 += -16
r2 = 16
call bpf_get_current_comm
r0 = 0
exit
