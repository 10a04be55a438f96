// A prog array of 2^32 - 1 slots: the kernel needs 32 GiB for it (ENOMEM on smaller machines); bpfkit must refuse it
// from its memory accounting before allocating anything. A legacy definition: BTF cannot describe 2^32 - 1 slots
// of __uint(max_entries) (the array type's size overflows 32 bits).
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct bpf_map_def_legacy {
  unsigned int type;
  unsigned int key_size;
  unsigned int value_size;
  unsigned int max_entries;
  unsigned int map_flags;
};

struct bpf_map_def_legacy res_jumps SEC("maps") = {
    .type = BPF_MAP_TYPE_PROG_ARRAY, .key_size = 4, .value_size = 4, .max_entries = 0xffffffff, .map_flags = 0};

SEC("xdp")
int res_tail(struct xdp_md *ctx) {
  bpf_tail_call(ctx, &res_jumps, 0);
  return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
