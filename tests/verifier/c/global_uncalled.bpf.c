// Since 6.8 the verifier checks only the global functions that a verified path calls (do_check_subprogs marks them
// at the call). One that only a branch ruled out by frozen .rodata calls is never verified, whatever it holds; one
// that only another global function calls is verified once that caller is.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

const volatile int use_unchecked = 0;

// No NULL check: refused whenever it is verified (a global function's pointer argument may be NULL).
__noinline int global_unchecked_deref(int *p) {
  return *p;
}

SEC("tc")
int c_global_uncalled_ok(struct __sk_buff *skb) {
  int x = 5;
  if (use_unchecked) return global_unchecked_deref(&x);
  return 0;
}

__noinline int global_outer(int *p) {
  if (!p) return 0;
  return global_unchecked_deref(p) + 1;
}

SEC("tc")
int c_global_called_by_global(struct __sk_buff *skb) {
  int x = 5;
  return global_outer(&x);
}

char LICENSE[] SEC("license") = "GPL";
