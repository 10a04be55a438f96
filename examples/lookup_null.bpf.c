// The verifier's classic rejection: bpf_map_lookup_elem() returns NULL when the key is not in the map, and
// count_unchecked uses the result without a check. The kernel refuses it with "R0 invalid mem access
// 'map_value_or_null'"; `bpfkit verify build/bpf/lookup_null.o` says the same, with the source line and the fix
// (README, "A short tour"). count_checked is the fixed version, which both accept.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct {
  __uint(type, BPF_MAP_TYPE_HASH);
  __uint(max_entries, 256);
  __type(key, __u32);    // ingress ifindex
  __type(value, __u64);  // packets seen
} counts SEC(".maps");

SEC("xdp")
int count_unchecked(struct xdp_md *ctx) {
  __u32 key = ctx->ingress_ifindex;
  __u64 *count = bpf_map_lookup_elem(&counts, &key);
  *count += 1;  // the bug: count is NULL for an interface not yet in the map
  return XDP_PASS;
}

SEC("xdp")
int count_checked(struct xdp_md *ctx) {
  __u32 key = ctx->ingress_ifindex;
  __u64 *count = bpf_map_lookup_elem(&counts, &key);
  if (!count) {
    __u64 one = 1;
    bpf_map_update_elem(&counts, &key, &one, BPF_NOEXIST);
    return XDP_PASS;
  }
  *count += 1;
  return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
