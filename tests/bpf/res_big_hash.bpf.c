// A preallocated hash map of 2^27 elements (about 10 GiB in the kernel): within the machine's RAM on most hosts but
// over the default memory limit; with --memory-limit 0 and a small address space, allocation itself fails.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct {
  __uint(type, BPF_MAP_TYPE_HASH);
  __uint(max_entries, 1 << 27);
  __type(key, __u32);
  __type(value, __u64);
} res_flows SEC(".maps");

SEC("xdp")
int res_hash(struct xdp_md *ctx) {
  __u32 key = 1;
  __u64 one = 1;
  bpf_map_update_elem(&res_flows, &key, &one, BPF_ANY);
  return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
