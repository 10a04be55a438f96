// bpf_get_current_comm told the buffer is 32 bytes, but only 16 are below fp-16.
// type: kprobe
r1 = r10
r1 += -16
r2 = 32
call bpf_get_current_comm
r0 = 0
exit
