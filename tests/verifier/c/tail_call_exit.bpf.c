// A tail call made in a subprogram leaves the subprogram when it succeeds: the caller goes on after its call with the
// tail-called program's R0, which the verifier knows nothing about (6.18 explores that return before the failed
// call's fall-through).
// processed: exact
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct {
  __uint(type, BPF_MAP_TYPE_PROG_ARRAY);
  __uint(max_entries, 2);
  __type(key, __u32);
  __type(value, __u32);
} progs SEC(".maps");

static __attribute__((noinline)) int try_tail_then_zero(struct __sk_buff *skb) {
  int r = 0;
  bpf_tail_call(skb, &progs, 0);
  asm volatile("" : "+r"(r));  // keep clang from folding the return value into the caller
  return r;
}

// The subprogram returns 0 unless its tail call succeeded; the caller indexes its stack with the result.
SEC("tc")
int c_tail_call_subprog_r0_unknown(struct __sk_buff *skb) {
  volatile __u8 buf[8] = {1, 2, 3, 4, 5, 6, 7, 8};
  int i = try_tail_then_zero(skb);
  return buf[i];
}

// The same with the index checked: both returns are safe.
SEC("tc")
int c_tail_call_subprog_r0_checked_ok(struct __sk_buff *skb) {
  volatile __u8 buf[8] = {1, 2, 3, 4, 5, 6, 7, 8};
  __u32 i = try_tail_then_zero(skb);
  if (i > 7) return 0;
  return buf[i];
}

char LICENSE[] SEC("license") = "GPL";
