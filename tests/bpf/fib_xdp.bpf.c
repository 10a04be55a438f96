// For the CLI: an XDP program asking bpf_fib_lookup for 10.1.2.3 arriving on ifindex 2; returns the lookup's
// result and stores the output ifindex and MACs in a map.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct {
  __uint(type, BPF_MAP_TYPE_ARRAY);
  __uint(max_entries, 1);
  __type(key, __u32);
  __type(value, struct bpf_fib_lookup);
} result SEC(".maps");

SEC("xdp")
int fib_route(struct xdp_md *ctx) {
  struct bpf_fib_lookup p = {};
  p.family = 2;  // AF_INET
  p.ifindex = 2;
  p.ipv4_dst = __builtin_bswap32(0x0a010203);
  long rc = bpf_fib_lookup(ctx, &p, sizeof(p), 0);
  __u32 key = 0;
  bpf_map_update_elem(&result, &key, &p, BPF_ANY);
  return (int)rc;
}

char _license[] SEC("license") = "GPL";
