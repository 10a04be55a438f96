// bpf_probe_read_kernel takes a size that may be zero (ARG_CONST_SIZE_OR_ZERO).
// type: kprobe
r1 = r10
r1 += -8
r2 = 0
r3 = 0
call bpf_probe_read_kernel
r0 = 0
exit
