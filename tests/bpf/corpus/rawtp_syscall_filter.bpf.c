// A syscall auditor on sys_enter: a bloom filter holds the "interesting" syscall ids (a fast negative check, as
// the map type is meant for), a hash confirms membership (bloom filters give false positives, never false
// negatives), and confirmed hits are counted per id in a per-CPU array and pushed to a stack map of recent
// events. The program also pushes ids itself, and userspace probes the filter at the end.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

// BPF_F_ZERO_SEED makes the filter's hashing deterministic (the kernel otherwise seeds it randomly), so false
// positives are the same in every run and in both runners.
struct {
  __uint(type, BPF_MAP_TYPE_BLOOM_FILTER);
  __uint(max_entries, 64);
  __uint(map_flags, BPF_F_ZERO_SEED);
  __uint(map_extra, 3);  // hash functions
  __type(value, __u32);
} interesting SEC(".maps");

// A deliberately overfilled filter (32 bits for 4 entries' worth) where false positives are common: which
// probes come back positive depends on the exact hash and bit layout.
struct {
  __uint(type, BPF_MAP_TYPE_BLOOM_FILTER);
  __uint(max_entries, 4);
  __uint(map_flags, BPF_F_ZERO_SEED);
  __uint(map_extra, 2);
  __type(value, __u64);
} tiny SEC(".maps");

struct {
  __uint(type, BPF_MAP_TYPE_HASH);
  __uint(max_entries, 64);
  __type(key, __u32);
  __type(value, __u8);
} confirmed SEC(".maps");

struct {
  __uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
  __uint(max_entries, 512);
  __type(key, __u32);
  __type(value, __u64);
} hits SEC(".maps");

struct {
  __uint(type, BPF_MAP_TYPE_STACK);
  __uint(max_entries, 8);
  __type(value, __u64);
} recent SEC(".maps");

struct stats {
  __u64 seen, bloom_pass, confirmed, learned;
};
struct stats stats;

SEC("raw_tp/sys_enter")
int audit(__u64 *ctx) {
  __u32 id = (__u32)ctx[1];
  stats.seen++;
  if (bpf_map_peek_elem(&interesting, &id) != 0) return 0;  // -ENOENT: certainly not interesting
  stats.bloom_pass++;
  if (!bpf_map_lookup_elem(&confirmed, &id)) return 1;  // a false positive
  stats.confirmed++;
  __u64 *h = bpf_map_lookup_elem(&hits, &id);
  if (h) (*h)++;
  __u64 ev = ((__u64)id << 32) | (__u32)stats.seen;
  bpf_map_push_elem(&recent, &ev, BPF_EXIST);
  return 2;
}

// Adds the id in ctx[1] to the interesting set from BPF (as a learning mode would).
SEC("raw_tp/sys_enter")
int learn(__u64 *ctx) {
  __u32 id = (__u32)ctx[1];
  __u8 one = 1;
  long r1 = bpf_map_push_elem(&interesting, &id, BPF_ANY);
  long r2 = bpf_map_update_elem(&confirmed, &id, &one, BPF_ANY);
  __u64 wide = id * 0x9e3779b97f4a7c15ULL;
  bpf_map_push_elem(&tiny, &wide, BPF_ANY);
  stats.learned++;
  return r1 * 10 + r2;
}

char LICENSE[] SEC("license") = "GPL";
