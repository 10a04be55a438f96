// Object-model test object for subprogram linking: static and global subprograms several levels deep, shared by
// several entry programs that reach them in different orders, a bpf_loop callback (BPF_PSEUDO_FUNC), and a map used
// from a subprogram. Loadable (XDP and tc), so the linked instructions can be compared with what libbpf loads.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct {
  __uint(type, BPF_MAP_TYPE_ARRAY);
  __uint(max_entries, 4);
  __type(key, __u32);
  __type(value, __u64);
} call_counters SEC(".maps");

static __noinline __u64 leaf(__u64 x) { return x * 3 + 1; }
static __noinline __u64 mid_a(__u64 x) { return leaf(x) + leaf(x + 1); }
static __noinline __u64 mid_c(__u64 x) { return leaf(x ^ 5) + 2; }
static __noinline __u64 top_c(__u64 x) { return mid_c(x) * mid_a(x >> 1); }

// A global function: called through a relocation against its own symbol (imm -1) and verified on its own.
__noinline __u64 global_mix(__u64 x) { return (x << 3) ^ (x >> 2); }

static __noinline void bump(__u32 idx) {
  __u64 *v = bpf_map_lookup_elem(&call_counters, &idx);
  if (v) __sync_fetch_and_add(v, 1);
}

static int sum_cb(__u32 i, void *ctx) {
  __u64 *acc = ctx;
  *acc += i;
  return 0;
}

static int stop_cb(__u32 i, void *ctx) {
  __u64 *acc = ctx;
  *acc += leaf(i);
  return i >= 3;
}

SEC("xdp") int calls_a(struct xdp_md *ctx) {
  __u64 len = ctx->data_end - ctx->data;
  __u64 r = mid_a(len);
  bump(0);
  return r & 1 ? XDP_PASS : XDP_DROP;
}

SEC("xdp") int calls_c(struct xdp_md *ctx) {
  __u64 len = ctx->data_end - ctx->data;
  __u64 r = top_c(len) + global_mix(len);
  bump(1);
  return r & 1 ? XDP_PASS : XDP_DROP;
}

SEC("xdp") int calls_loop(struct xdp_md *ctx) {
  __u64 acc = 0;
  bpf_loop(10, sum_cb, &acc, 0);
  bpf_loop(10, stop_cb, &acc, 0);
  bump(2);
  return acc == 45 + 1 + 4 + 7 + 10 ? XDP_PASS : XDP_DROP;
}

SEC("tc") int calls_tc(struct __sk_buff *skb) {
  bump(3);
  return (int)(global_mix(skb->len) & 1);
}

char LICENSE[] SEC("license") = "GPL";
