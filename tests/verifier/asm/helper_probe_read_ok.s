// bpf_probe_read_kernel into a stack buffer.
// type: kprobe
r3 = *(u64 *)(r1 + 112)
r1 = r10
r1 += -16
r2 = 16
call bpf_probe_read_kernel
r0 = 0
exit
