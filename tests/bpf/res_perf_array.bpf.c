// A perf event array of 2^32 - 1 slots (32 GiB in the kernel), as a legacy definition (see res_prog_array.bpf.c).
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct bpf_map_def_legacy {
  unsigned int type;
  unsigned int key_size;
  unsigned int value_size;
  unsigned int max_entries;
  unsigned int map_flags;
};

struct bpf_map_def_legacy res_events SEC("maps") = {
    .type = BPF_MAP_TYPE_PERF_EVENT_ARRAY, .key_size = 4, .value_size = 4, .max_entries = 0xffffffff, .map_flags = 0};

SEC("xdp")
int res_perf(struct xdp_md *ctx) {
  __u32 v = 1;
  bpf_perf_event_output(ctx, &res_events, BPF_F_CURRENT_CPU, &v, sizeof(v));
  return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
