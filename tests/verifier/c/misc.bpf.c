// Assorted C programs: the license, ctx fields, stack use across calls.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

SEC("tc")
int c_skb_fields_ok(struct __sk_buff *skb) {
  skb->mark = skb->hash ^ skb->len;
  skb->priority = 3;
  skb->cb[0] = skb->protocol;
  return 0;
}

SEC("tc")
int c_skb_write_len(struct __sk_buff *skb) {
  skb->len = 0;
  return 0;
}

SEC("cgroup_skb/ingress")
int c_cgroup_skb_ret_ok(struct __sk_buff *skb) {
  return skb->len > 100;
}

SEC("cgroup_skb/ingress")
int c_cgroup_skb_ret_bad(struct __sk_buff *skb) {
  return skb->len;
}

static __noinline int fill(volatile char *buf, int n) {
  volatile char local[200];
  local[0] = n;
  buf[0] = local[0];
  return buf[0];
}

SEC("tc")
int c_stack_two_frames_ok(struct __sk_buff *skb) {
  volatile char buf[256];
  buf[255] = 1;
  return fill(buf, skb->len) & 1;
}

static __noinline int fill_big(volatile char *buf, int n) {
  volatile char local[300];
  local[n & 255] = n;  // a variable index keeps the whole array on the stack
  buf[0] = local[0];
  return buf[0];
}

SEC("tc")
int c_stack_two_frames_too_big(struct __sk_buff *skb) {
  volatile char buf[256];
  buf[skb->len & 255] = 1;
  return fill_big(buf, skb->len) & 1;
}

char LICENSE[] SEC("license") = "GPL";

// The main program's prototype is checked like a global function's (btf_prepare_func_args), its findings logged
// but not fatal: a void * argument is no context of a socket filter and has no size.
SEC("socket")
int c_main_void_ctx_socket(void *ctx) {
  return 0;
}
