// Reads through a kernel symbol's address: bpfkit has no kernel memory, so the run must stop with a memory error
// (the kernel's verifier refuses the program: the address is a scalar).
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

extern const void _stext __ksym;

SEC("syscall")
int kd_read(void *ctx) { return *(const volatile long *)&_stext; }

char LICENSE[] SEC("license") = "GPL";
