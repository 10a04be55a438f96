// Global (non-static) functions are verified on their own, against their BTF prototype, since 5.6.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

__noinline int global_add(int a, int b) {
  return a + b;
}

SEC("tc")
int c_global_call_ok(struct __sk_buff *skb) {
  return global_add(skb->len, 1) & 1;
}

// The argument may be NULL: a global function must check before it dereferences.
__noinline int global_deref(int *p) {
  return *p;
}

SEC("tc")
int c_global_unchecked_ptr_arg(struct __sk_buff *skb) {
  int x = 5;
  return global_deref(&x);
}

__noinline int global_checked(int *p) {
  if (!p) return 0;
  return *p;
}

SEC("tc")
int c_global_checked_ptr_arg_ok(struct __sk_buff *skb) {
  int x = 5;
  return global_checked(&x);
}

__noinline int global_ctx(struct __sk_buff *skb) {
  return skb->len;
}

SEC("tc")
int c_global_ctx_arg_ok(struct __sk_buff *skb) {
  return global_ctx(skb) & 1;
}

// 6.18's btf_prepare_func_args wants an integer or enum return from a global function: void is refused.
__noinline void global_void(int *p) {
  if (p) *p = 1;
}

SEC("tc")
int c_global_void_ret(struct __sk_buff *skb) {
  int x = 0;
  global_void(&x);
  return x;
}

char LICENSE[] SEC("license") = "GPL";

// A static function is checked against its BTF prototype at its calls too (btf_check_subprog_call), but a mismatch
// is only logged ("R1 is not a scalar"): its BTF is marked unreliable and the call goes on.
static __noinline int static_scalar_arg(long x) {
  asm volatile("" ::"r"(x));
  return 0;
}

SEC("tc")
int c_static_arg_mismatch_logged(struct __sk_buff *skb) {
  return static_scalar_arg((long)skb) + static_scalar_arg((long)skb);
}
