// map_array: BENCH_MAP_OPS bpf_map_lookup_elem calls on a BPF_MAP_TYPE_ARRAY that userspace filled before the run
// (slot i holds BENCH_ARRAY_VALUE(i)), the pattern of a configuration or per-index counter table.
//
// The kernel's verifier inlines array lookups (array_map_gen_lookup: a bounds check and an address computation, no
// call), so this row measures bpfkit's helper call path against the kernel's best case.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

#include "bench_params.h"

struct {
  __uint(type, BPF_MAP_TYPE_ARRAY);
  __uint(max_entries, BENCH_MAP_ENTRIES);
  __type(key, __u32);
  __type(value, __u64);
} array SEC(".maps");

SEC("xdp")
int map_array(struct xdp_md *ctx) {
  __u64 sum = 0;
  for (__u32 i = 0; i < BENCH_MAP_OPS; i++) {
    __u32 key = i;
    __u64 *v = bpf_map_lookup_elem(&array, &key);
    if (v) sum += *v;
  }
  return (__u32)sum;
}

char LICENSE[] SEC("license") = "GPL";
