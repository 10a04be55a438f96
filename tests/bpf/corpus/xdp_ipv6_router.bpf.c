// An IPv6 forwarding fast path in XDP: walk the extension header chain (hop-by-hop, routing, destination
// options; bounded), look the destination up in an IPv6 LPM trie of routes (longest prefix wins), decrement the
// hop limit (no checksum in IPv6), rewrite MACs from the route's next hop and count per route. Packets with an
// unknown next header or hop limit 1 go to the stack.
#include <linux/bpf.h>
#include <linux/if_ether.h>
#include <linux/in.h>
#include <linux/in6.h>
#include <linux/ipv6.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_endian.h>

struct lpm6_key {
  __u32 prefixlen;
  __u8 addr[16];
};

struct route {
  __u8 dmac[6];
  __u8 smac[6];
  __u32 id;
  __u64 packets;
};

struct {
  __uint(type, BPF_MAP_TYPE_LPM_TRIE);
  __uint(max_entries, 32);
  __uint(map_flags, BPF_F_NO_PREALLOC);
  __type(key, struct lpm6_key);
  __type(value, struct route);
} routes SEC(".maps");

struct {
  __uint(type, BPF_MAP_TYPE_ARRAY);
  __uint(max_entries, 256);
  __type(key, __u32);
  __type(value, __u64);
} final_proto SEC(".maps");  // by the upper-layer protocol found after the extension headers

struct opt_hdr {
  __u8 nexthdr;
  __u8 hdrlen;  // in 8-byte units, not counting the first 8
};

SEC("xdp")
int xdp_route6(struct xdp_md *ctx) {
  void *data = (void *)(long)ctx->data;
  void *data_end = (void *)(long)ctx->data_end;
  struct ethhdr *eth = data;
  if ((void *)(eth + 1) > data_end || eth->h_proto != bpf_htons(ETH_P_IPV6)) return XDP_PASS;
  struct ipv6hdr *ip6 = (void *)(eth + 1);
  if ((void *)(ip6 + 1) > data_end) return XDP_DROP;

  __u8 next = ip6->nexthdr;
  void *cur = ip6 + 1;
  for (int i = 0; i < 4; i++) {
    if (next != IPPROTO_HOPOPTS && next != IPPROTO_ROUTING && next != IPPROTO_DSTOPTS) break;
    struct opt_hdr *oh = cur;
    if ((void *)(oh + 1) > data_end) return XDP_DROP;
    next = oh->nexthdr;
    cur += (oh->hdrlen + 1) * 8;
  }
  __u32 p = next;
  __u64 *fp = bpf_map_lookup_elem(&final_proto, &p);
  if (fp) (*fp)++;
  if (next != IPPROTO_TCP && next != IPPROTO_UDP && next != IPPROTO_ICMPV6) return XDP_PASS;
  if (ip6->hop_limit <= 1) return XDP_PASS;

  struct lpm6_key k = {.prefixlen = 128};
  __builtin_memcpy(k.addr, &ip6->daddr, 16);
  struct route *r = bpf_map_lookup_elem(&routes, &k);
  if (!r) return XDP_DROP;
  ip6->hop_limit--;
  __builtin_memcpy(eth->h_dest, r->dmac, 6);
  __builtin_memcpy(eth->h_source, r->smac, 6);
  __sync_fetch_and_add(&r->packets, 1);
  return XDP_TX;
}

char LICENSE[] SEC("license") = "GPL";
