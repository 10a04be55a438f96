// A global function's arguments are checked at the call against its BTF prototype (btf_check_subprog_call):
// scalars must be scalars, a ctx argument must be the ctx, a pointer to a sized type must point to that many
// readable and writable bytes (NULL allowed). A mismatch ends with "Caller passes invalid args into func#N".
// processed: exact
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct big {
  __u64 a[4];
};

struct {
  __uint(type, BPF_MAP_TYPE_ARRAY);
  __uint(max_entries, 1);
  __type(key, __u32);
  __type(value, __u32);
} small_vals SEC(".maps");

struct {
  __uint(type, BPF_MAP_TYPE_ARRAY);
  __uint(max_entries, 1);
  __type(key, __u32);
  __type(value, struct big);
} big_vals SEC(".maps");

__noinline int ga_read_int(int *p) {
  if (!p) return 0;
  return *p;
}

__noinline int ga_read_big(struct big *b) {
  if (!b) return 0;
  return (int)b->a[3];
}

__noinline int ga_touch_big(struct big *b) {
  if (!b) return 0;
  b->a[3] = 1;
  return 0;
}

__noinline int ga_scalar(long v) {
  return (int)(v & 1);
}

__noinline int ga_ctx(struct __sk_buff *skb) {
  return skb->len & 1;
}

SEC("tc")
int c_global_arg_stack_ok(struct __sk_buff *skb) {
  int x = skb->len;
  return ga_read_int(&x);
}

// Privileged: 6.18 lets root pass stack it never wrote (allow_uninit_stack).
SEC("tc")
int c_global_arg_uninit_stack(struct __sk_buff *skb) {
  int x;
  return ga_read_int(&x);
}

// 8 bytes of stack for a 32-byte struct: the access runs past the frame pointer.
SEC("tc")
int c_global_arg_stack_too_small(struct __sk_buff *skb) {
  __u64 x = skb->len;
  return ga_read_big((struct big *)&x);
}

SEC("tc")
int c_global_arg_null_ok(struct __sk_buff *skb) {
  return ga_read_int((int *)0);
}

// A non-zero scalar where a pointer is expected.
SEC("tc")
int c_global_arg_scalar_for_ptr(struct __sk_buff *skb) {
  return ga_read_int((int *)(long)skb->len);
}

SEC("tc")
int c_global_arg_map_value_ok(struct __sk_buff *skb) {
  __u32 k = 0;
  struct big *v = bpf_map_lookup_elem(&big_vals, &k);
  if (!v) return 0;
  return ga_read_big(v);
}

// A map value that may be NULL is fine too: the argument may be NULL.
SEC("tc")
int c_global_arg_map_value_or_null_ok(struct __sk_buff *skb) {
  __u32 k = 0;
  return ga_read_big(bpf_map_lookup_elem(&big_vals, &k));
}

SEC("tc")
int c_global_arg_map_value_too_small(struct __sk_buff *skb) {
  __u32 k = 0;
  __u32 *v = bpf_map_lookup_elem(&small_vals, &k);
  if (!v) return 0;
  return ga_read_big((struct big *)v);
}

SEC("tc")
int c_global_arg_stack_for_ctx(struct __sk_buff *skb) {
  __u64 x[4] = {};
  x[0] = skb->len;
  return ga_ctx((struct __sk_buff *)x);
}

SEC("tc")
int c_global_arg_ctx_ok(struct __sk_buff *skb) {
  return ga_ctx(skb);
}

SEC("tc")
int c_global_arg_ptr_for_scalar(struct __sk_buff *skb) {
  return ga_scalar((long)skb);
}

SEC("xdp")
int c_global_arg_packet_ok(struct xdp_md *ctx) {
  void *data = (void *)(long)ctx->data;
  void *end = (void *)(long)ctx->data_end;
  if (data + sizeof(int) > end) return XDP_PASS;
  return ga_read_int(data) & 1 ? XDP_PASS : XDP_DROP;
}

SEC("xdp")
int c_global_arg_packet_unchecked(struct xdp_md *ctx) {
  void *data = (void *)(long)ctx->data;
  void *end = (void *)(long)ctx->data_end;
  if (data + 2 > end) return XDP_PASS;
  return ga_read_int(data) & 1 ? XDP_PASS : XDP_DROP;
}

// The callee may write what it is given: the stack passed is forgotten (check_mem_reg's write check clobbers it),
// so b.a[0], zero before the call, is any value after it.
SEC("tc")
int c_global_arg_clobbers_stack(struct __sk_buff *skb) {
  struct big b = {};
  __u32 k = 0;
  ga_touch_big(&b);
  __u32 *v = bpf_map_lookup_elem(&small_vals, &k);
  if (!v) return 0;
  return *(v + b.a[0]);
}

char LICENSE[] SEC("license") = "GPL";
