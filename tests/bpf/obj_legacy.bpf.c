// Object-model test object for legacy map definitions: SEC("maps") holding struct bpf_map_def, as objects built
// for libbpf < 1.0 or iproute2 do. libbpf 1.x refuses it, so the expectations are written out by hand.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct bpf_map_def_legacy {
  unsigned int type;
  unsigned int key_size;
  unsigned int value_size;
  unsigned int max_entries;
  unsigned int map_flags;
};

struct bpf_map_def_legacy legacy_hash SEC("maps") = {
    .type = BPF_MAP_TYPE_HASH, .key_size = 4, .value_size = 8, .max_entries = 32, .map_flags = 0};
struct bpf_map_def_legacy legacy_array SEC("maps") = {
    .type = BPF_MAP_TYPE_ARRAY, .key_size = 4, .value_size = 16, .max_entries = 2, .map_flags = 0};

SEC("xdp") int legacy_prog(struct xdp_md *ctx) {
  __u32 k = 1;
  __u64 *v = bpf_map_lookup_elem(&legacy_hash, &k);
  if (v) *v += 1;
  __u64 *w = bpf_map_lookup_elem(&legacy_array, &k);
  if (w) *w = 2;
  return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
