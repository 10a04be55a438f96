// An XDP source filter for `run --map-in` / `--map` tests: its verdict depends on what userspace put in the maps
// (a blocked-source hash, an LPM trie of blocked prefixes, a per-source packet budget in .rodata) and it keeps
// per-source state (an LRU hash) across packets. The other maps are here so that every map type the JSON dump
// prints has one to round-trip; mapin_noop touches none of them.
#include <linux/bpf.h>
#include <linux/if_ether.h>
#include <linux/ip.h>
#include <bpf/bpf_endian.h>
#include <bpf/bpf_helpers.h>

struct blocked_val {
  __u64 drops;
  __u32 reason;
  __u8 tag[4];
};

struct lpm_v4 {
  __u32 prefixlen;
  __u32 addr;
};

struct {
  __uint(type, BPF_MAP_TYPE_HASH);
  __uint(max_entries, 64);
  __type(key, __u32);
  __type(value, struct blocked_val);
} blocked SEC(".maps");

struct {
  __uint(type, BPF_MAP_TYPE_LPM_TRIE);
  __uint(max_entries, 16);
  __uint(map_flags, BPF_F_NO_PREALLOC);
  __type(key, struct lpm_v4);
  __type(value, __u32);
} prefixes SEC(".maps");

struct {
  __uint(type, BPF_MAP_TYPE_LRU_HASH);
  __uint(max_entries, 64);
  __type(key, __u32);
  __type(value, __u64);
} seen SEC(".maps");

struct {
  __uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
  __uint(max_entries, 2);
  __type(key, __u32);
  __type(value, __u64);
} verdicts SEC(".maps");

struct {
  __uint(type, BPF_MAP_TYPE_ARRAY);
  __uint(max_entries, 4);
  __type(key, __u32);
  __type(value, __u32);
} config SEC(".maps");

struct {
  __uint(type, BPF_MAP_TYPE_PERCPU_HASH);
  __uint(max_entries, 8);
  __type(key, __u32);
  __type(value, __u32);
} pc_hash SEC(".maps");

struct {
  __uint(type, BPF_MAP_TYPE_LRU_PERCPU_HASH);
  __uint(max_entries, 8);
  __type(key, __u16);
  __type(value, __u64);
} lru_pc_hash SEC(".maps");

struct {
  __uint(type, BPF_MAP_TYPE_BLOOM_FILTER);
  __uint(max_entries, 16);
  __type(value, __u32);
} bloom SEC(".maps");

struct {
  __uint(type, BPF_MAP_TYPE_QUEUE);
  __uint(max_entries, 4);
  __type(value, __u32);
} pending SEC(".maps");

struct {
  __uint(type, BPF_MAP_TYPE_RINGBUF);
  __uint(max_entries, 4096);
} drops SEC(".maps");

struct inner {
  __uint(type, BPF_MAP_TYPE_ARRAY);
  __uint(max_entries, 1);
  __type(key, __u32);
  __type(value, __u32);
} inner_a SEC(".maps"), inner_b SEC(".maps");

struct {
  __uint(type, BPF_MAP_TYPE_ARRAY_OF_MAPS);
  __uint(max_entries, 2);
  __type(key, __u32);
  __array(values, struct inner);
} outer_arr SEC(".maps") = {
    .values = {[0] = &inner_a},
};

struct {
  __uint(type, BPF_MAP_TYPE_HASH_OF_MAPS);
  __uint(max_entries, 4);
  __type(key, __u32);
  __array(values, struct inner);
} outer_hash SEC(".maps");

int mapin_tail(struct xdp_md *ctx);

struct {
  __uint(type, BPF_MAP_TYPE_PROG_ARRAY);
  __uint(max_entries, 2);
  __type(key, __u32);
  __array(values, int(struct xdp_md *));
} jumps SEC(".maps");

const volatile __u32 max_per_src = 0;  // packets allowed per source; 0: no budget
__u32 drop_verdict = XDP_DROP;         // .data
__u64 packets;                         // .bss

static int count(__u32 verdict) {
  __u32 key = verdict == XDP_PASS ? 0 : 1;
  __u64 *n = bpf_map_lookup_elem(&verdicts, &key);
  if (n) *n += 1;
  return verdict;
}

static int drop(__u32 src, __u32 why) {
  __u32 *rec = bpf_ringbuf_reserve(&drops, 8, 0);
  if (rec) {
    rec[0] = src;
    rec[1] = why;
    bpf_ringbuf_submit(rec, 0);
  }
  return count(drop_verdict);
}

SEC("xdp")
int mapin_filter(struct xdp_md *ctx) {
  void *data = (void *)(long)ctx->data, *end = (void *)(long)ctx->data_end;
  struct ethhdr *eth = data;
  struct iphdr *ip = data + sizeof(*eth);
  packets++;
  if ((void *)(ip + 1) > end || eth->h_proto != bpf_htons(ETH_P_IP)) return count(XDP_PASS);
  __u32 src = ip->saddr;
  struct blocked_val *b = bpf_map_lookup_elem(&blocked, &src);
  if (b) {
    b->drops++;
    return drop(src, b->reason);
  }
  struct lpm_v4 k = {32, src};
  if (bpf_map_lookup_elem(&prefixes, &k)) return drop(src, 100);
  __u64 *n = bpf_map_lookup_elem(&seen, &src);
  __u64 c = n ? *n + 1 : 1;
  bpf_map_update_elem(&seen, &src, &c, BPF_ANY);
  if (max_per_src && c > max_per_src) return drop(src, 200);
  return count(XDP_PASS);
}

SEC("xdp")
int mapin_tail(struct xdp_md *ctx) { return XDP_PASS; }

SEC("xdp")
int mapin_noop(struct xdp_md *ctx) { return XDP_PASS; }

char LICENSE[] SEC("license") = "GPL";
