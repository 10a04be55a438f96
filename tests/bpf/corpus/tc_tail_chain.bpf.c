// A tc pipeline of stages joined by tail calls, each doing one rewrite: stage 0 validates and counts, stage 1
// decrements the TTL (bpf_l3_csum_replace on the TTL/protocol word), stage 2 swaps the MAC addresses, stage 3
// marks the skb. The stage list lives in a prog array filled by the loader (__array); the per-packet stage count
// is carried in skb->cb[0], which survives tail calls.
#include <linux/bpf.h>
#include <linux/if_ether.h>
#include <linux/ip.h>
#include <linux/pkt_cls.h>
#include <stddef.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_endian.h>

int stage_ttl(struct __sk_buff *skb);
int stage_swap(struct __sk_buff *skb);
int stage_mark(struct __sk_buff *skb);

struct {
  __uint(type, BPF_MAP_TYPE_PROG_ARRAY);
  __uint(max_entries, 4);
  __uint(key_size, sizeof(__u32));
  __array(values, int(struct __sk_buff *));
} stages SEC(".maps") = {
    .values = {[1] = (void *)&stage_ttl, [2] = (void *)&stage_swap, [3] = (void *)&stage_mark},
};

struct {
  __uint(type, BPF_MAP_TYPE_ARRAY);
  __uint(max_entries, 4);
  __type(key, __u32);
  __type(value, __u64);
} visits SEC(".maps");

static __always_inline void visit(__u32 s) {
  __u64 *v = bpf_map_lookup_elem(&visits, &s);
  if (v) (*v)++;
}

static __always_inline int next(struct __sk_buff *skb, __u32 s) {
  skb->cb[0]++;
  bpf_tail_call(skb, &stages, s);
  return TC_ACT_SHOT;  // a missing stage drops the packet
}

SEC("tc")
int stage_entry(struct __sk_buff *skb) {
  visit(0);
  skb->cb[0] = 0;
  if (skb->protocol != bpf_htons(ETH_P_IP) || skb->len < ETH_HLEN + sizeof(struct iphdr)) return TC_ACT_OK;
  return next(skb, 1);
}

SEC("tc")
int stage_ttl(struct __sk_buff *skb) {
  visit(1);
  __u8 ttl;
  __be16 word;  // TTL and protocol
  if (bpf_skb_load_bytes(skb, ETH_HLEN + offsetof(struct iphdr, ttl), &word, 2)) return TC_ACT_SHOT;
  ttl = *(__u8 *)&word;
  if (ttl <= 1) return TC_ACT_SHOT;
  __be16 new_word = word;
  *(__u8 *)&new_word = ttl - 1;
  bpf_l3_csum_replace(skb, ETH_HLEN + offsetof(struct iphdr, check), word, new_word, 2);
  bpf_skb_store_bytes(skb, ETH_HLEN + offsetof(struct iphdr, ttl), &new_word, 2, 0);
  return next(skb, 2);
}

SEC("tc")
int stage_swap(struct __sk_buff *skb) {
  visit(2);
  __u8 macs[12], swapped[12];
  if (bpf_skb_load_bytes(skb, 0, macs, 12)) return TC_ACT_SHOT;
  __builtin_memcpy(swapped, macs + 6, 6);
  __builtin_memcpy(swapped + 6, macs, 6);
  bpf_skb_store_bytes(skb, 0, swapped, 12, 0);
  return next(skb, 3);
}

SEC("tc")
int stage_mark(struct __sk_buff *skb) {
  visit(3);
  skb->mark = 0x57a6e000 | skb->cb[0];
  return TC_ACT_OK;
}

char LICENSE[] SEC("license") = "GPL";
