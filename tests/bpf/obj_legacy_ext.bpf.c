// Object-model test object: legacy map definitions larger than struct bpf_map_def (iproute2's struct bpf_elf_map
// shape), with the extra fields zero, which libbpf 0.x accepted.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct bpf_elf_map_like {
  unsigned int type;
  unsigned int key_size;
  unsigned int value_size;
  unsigned int max_entries;
  unsigned int map_flags;
  unsigned int id;
  unsigned int pinning;
};

struct bpf_elf_map_like ext_counts SEC("maps") = {
    .type = BPF_MAP_TYPE_PERCPU_ARRAY, .key_size = 4, .value_size = 8, .max_entries = 4};

SEC("tc") int legacy_ext_prog(struct __sk_buff *skb) {
  __u32 k = 0;
  __u64 *v = bpf_map_lookup_elem(&ext_counts, &k);
  if (v) *v += 1;
  return 0;
}

char LICENSE[] SEC("license") = "GPL";
