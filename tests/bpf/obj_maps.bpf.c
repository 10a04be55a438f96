// Object-model test object for BTF-defined map definitions: every field libbpf reads (type, max_entries,
// map_flags, numa_node, key_size, key, value_size, value, pinning, map_extra), a spin lock in the value, and a ring
// buffer whose size libbpf rounds up to a power-of-2 number of pages. Only opened, never loaded.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct locked_value {
  __u64 hits;
  struct bpf_spin_lock lock;
  __u32 last;
};

struct lpm_key {
  __u32 prefixlen;
  __u8 addr[4];
};

struct {
  __uint(type, BPF_MAP_TYPE_HASH);
  __uint(max_entries, 128);
  __type(key, __u32);
  __type(value, struct locked_value);
} m_hash SEC(".maps");

struct {
  __uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
  __uint(max_entries, 3);
  __uint(key_size, sizeof(__u32));
  __uint(value_size, 24);
} m_percpu SEC(".maps");

struct {
  __uint(type, BPF_MAP_TYPE_LRU_HASH);
  __uint(max_entries, 64);
  __uint(map_flags, BPF_F_NO_COMMON_LRU);
  __type(key, __u64);
  __type(value, __u64);
} m_lru SEC(".maps");

struct {
  __uint(type, BPF_MAP_TYPE_LPM_TRIE);
  __uint(max_entries, 16);
  __uint(map_flags, BPF_F_NO_PREALLOC);
  __type(key, struct lpm_key);
  __type(value, __u32);
} m_lpm SEC(".maps");

struct {
  __uint(type, BPF_MAP_TYPE_RINGBUF);
  __uint(max_entries, 10000);
} m_ringbuf SEC(".maps");

struct {
  __uint(type, BPF_MAP_TYPE_PERF_EVENT_ARRAY);
  __uint(key_size, sizeof(int));
  __uint(value_size, sizeof(int));
} m_perf SEC(".maps");

struct {
  __uint(type, BPF_MAP_TYPE_BLOOM_FILTER);
  __uint(max_entries, 100);
  __type(value, __u32);
  __uint(map_extra, 3);
} m_bloom SEC(".maps");

struct {
  __uint(type, BPF_MAP_TYPE_QUEUE);
  __uint(max_entries, 16);
  __type(value, __u64);
} m_queue SEC(".maps");

struct {
  __uint(type, BPF_MAP_TYPE_HASH);
  __uint(max_entries, 8);
  __uint(map_flags, BPF_F_NUMA_NODE);
  __uint(numa_node, 0);
  __type(key, __u32);
  __type(value, __u32);
  __uint(pinning, LIBBPF_PIN_BY_NAME);
} m_pinned SEC(".maps");

struct {
  __uint(type, BPF_MAP_TYPE_SK_STORAGE);
  __uint(map_flags, BPF_F_NO_PREALLOC);
  __type(key, int);
  __type(value, __u64);
} m_sk_storage SEC(".maps");

SEC("xdp") int maps_prog(struct xdp_md *ctx) {
  __u32 k = 0;
  struct locked_value *v = bpf_map_lookup_elem(&m_hash, &k);
  if (v) v->hits++;
  __u64 q = 1;
  bpf_map_push_elem(&m_queue, &q, 0);
  bpf_ringbuf_output(&m_ringbuf, &q, sizeof(q), 0);
  return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
