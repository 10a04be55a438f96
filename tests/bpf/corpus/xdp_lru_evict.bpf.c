// An LRU hash that overflows: a per-source packet counter for more sources than the table holds, as a
// top-talkers table does. New sources evict old ones. The program's own results (return value, the counters
// array) depend only on whether the lookup hit, which a later source never gets from an evicted one in the case.
#include <linux/bpf.h>
#include <linux/if_ether.h>
#include <linux/ip.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_endian.h>

struct {
  __uint(type, BPF_MAP_TYPE_LRU_HASH);
  __uint(max_entries, 8);
  __type(key, __be32);
  __type(value, __u64);
} talkers SEC(".maps");

struct {
  __uint(type, BPF_MAP_TYPE_ARRAY);
  __uint(max_entries, 3);
  __type(key, __u32);
  __type(value, __u64);
} outcome SEC(".maps");  // 0: new source, 1: known source, 2: update failures

SEC("xdp")
int xdp_talkers(struct xdp_md *ctx) {
  void *data = (void *)(long)ctx->data;
  void *data_end = (void *)(long)ctx->data_end;
  struct ethhdr *eth = data;
  if ((void *)(eth + 1) > data_end || eth->h_proto != bpf_htons(ETH_P_IP)) return XDP_PASS;
  struct iphdr *ip = (void *)(eth + 1);
  if ((void *)(ip + 1) > data_end) return XDP_DROP;
  __be32 src = ip->saddr;
  __u64 *c = bpf_map_lookup_elem(&talkers, &src);
  __u32 k;
  if (c) {
    (*c)++;
    k = 1;
  } else {
    __u64 one = 1;
    k = bpf_map_update_elem(&talkers, &src, &one, BPF_NOEXIST) ? 2 : 0;
  }
  __u64 *o = bpf_map_lookup_elem(&outcome, &k);
  if (o) (*o)++;
  return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
