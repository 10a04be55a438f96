// An array of 4M elements of which the program sets two: a dump shows those two unless --all-elements.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct {
  __uint(type, BPF_MAP_TYPE_ARRAY);
  __uint(max_entries, 4 << 20);
  __type(key, __u32);
  __type(value, __u64);
} res_counts SEC(".maps");

static void bump(__u32 key, __u64 by) {
  __u64 *v = bpf_map_lookup_elem(&res_counts, &key);
  if (v) *v += by;
}

SEC("xdp")
int res_count(struct xdp_md *ctx) {
  bump(3, 5);
  bump((4 << 20) - 1, 9);
  return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
