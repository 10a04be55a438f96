// A GPL-only helper (bpf_probe_read_kernel) from a non-GPL program.
// type: kprobe
// license: Proprietary
r1 = r10
r1 += -8
r2 = 8
r3 = 0
call bpf_probe_read_kernel
r0 = 0
exit
