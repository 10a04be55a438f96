// .ksyms variables: typed (a per-CPU variable the kernel's BTF describes), untyped (an address from
// /proc/kallsyms), and weak ones no kernel has, which resolve to 0.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

#ifndef bpf_ksym_exists
#define bpf_ksym_exists(sym) (!!(sym))
#endif

struct rq {
  int cpu;
};

extern const struct rq runqueues __ksym;          // typed, per-CPU
extern const void _stext __ksym;                   // untyped (a kallsyms text symbol)
extern const void bpfkit_no_such_sym __ksym __weak;
extern const int bpfkit_no_such_var __ksym __weak;

struct {
  unsigned long long stext_addr;
  long typed_exists;
  long untyped_missing;
  long typed_missing;
} ks_out = {};

SEC("syscall")
int ks_addrs(void *ctx) {
  ks_out.stext_addr = (unsigned long long)&_stext;
  ks_out.typed_exists = bpf_ksym_exists(&runqueues);
  ks_out.untyped_missing = bpf_ksym_exists(&bpfkit_no_such_sym);
  ks_out.typed_missing = bpf_ksym_exists(&bpfkit_no_such_var);
  return 0;
}

char LICENSE[] SEC("license") = "GPL";
