// A kfunc declared with a prototype the kernel's does not match: libbpf's "func_proto ... incompatible with vmlinux".
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

extern void bpf_rcu_read_lock(int nesting) __ksym;

SEC("syscall")
int kbp_call(void *ctx) {
  bpf_rcu_read_lock(1);
  return 0;
}

char LICENSE[] SEC("license") = "GPL";
