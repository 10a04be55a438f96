// A strong kfunc extern no kernel has: libbpf fails the load ("not found in kernel or module BTFs").
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

extern int bpfkit_no_such_kfunc(void) __ksym;

SEC("syscall")
int ksm_call(void *ctx) { return bpfkit_no_such_kfunc(); }

char LICENSE[] SEC("license") = "GPL";
