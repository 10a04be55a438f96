// `bpfkit diff` must see a difference: a random number differs between the userspace run and the kernel's.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct {
  __uint(type, BPF_MAP_TYPE_ARRAY);
  __uint(max_entries, 1);
  __type(key, __u32);
  __type(value, __u64);
} draws SEC(".maps");

SEC("xdp") int xdp_draw(struct xdp_md *ctx) {
  __u32 key = 0;
  __u64 v = ((__u64)bpf_get_prandom_u32() << 32) | bpf_get_prandom_u32() | 1;
  bpf_map_update_elem(&draws, &key, &v, BPF_ANY);
  return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
