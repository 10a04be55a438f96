// map_hash: BENCH_MAP_OPS bpf_map_update_elem + bpf_map_lookup_elem pairs on a BPF_MAP_TYPE_HASH, the pattern of
// per-flow state (write the state for a key, read it back). Keys are 0..BENCH_MAP_OPS-1; after the first run every
// update replaces an existing element, as it does for a flow table in steady state.
//
// Returns the sum of the looked-up values (low 32 bits), which the harness checks against the native C and the
// kernel before timing anything.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

#include "bench_params.h"

struct {
  __uint(type, BPF_MAP_TYPE_HASH);
  __uint(max_entries, BENCH_MAP_ENTRIES);
  __type(key, __u32);
  __type(value, __u64);
} hash SEC(".maps");

SEC("xdp")
int map_hash(struct xdp_md *ctx) {
  __u64 sum = 0;
  // A plain bounded loop rather than bpf_loop: the benchmark is about the map operations, and bpf_loop would add
  // a callback call per iteration in every backend.
  for (__u32 i = 0; i < BENCH_MAP_OPS; i++) {
    __u32 key = i;
    __u64 value = BENCH_HASH_VALUE(i);
    bpf_map_update_elem(&hash, &key, &value, BPF_ANY);
    __u64 *v = bpf_map_lookup_elem(&hash, &key);
    if (v) sum += *v;
  }
  return (__u32)sum;
}

char LICENSE[] SEC("license") = "GPL";
