// A connection-tracking table in an LRU hash, as load balancers keep one: the first packet of a flow picks a
// backend and stores it, later packets reuse it. Per-flow byte counts go into an LRU per-CPU hash. Both maps are
// big enough for the flows of the case: what is compared is the table contents, not the eviction order (the
// kernel's LRU is approximate, see Documentation/bpf/map_hash.rst).
#include <linux/bpf.h>
#include <linux/if_ether.h>
#include <linux/in.h>
#include <linux/ip.h>
#include <linux/tcp.h>
#include <linux/udp.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_endian.h>

struct flow {
  __be32 saddr, daddr;
  __be16 sport, dport;
  __u8 proto;
  __u8 pad[3];
};

struct conn {
  __u32 backend;
  __u32 packets;
  __u8 state;  // 1 = SYN seen, 2 = established, 3 = closing
  __u8 pad[7];
};

struct {
  __uint(type, BPF_MAP_TYPE_LRU_HASH);
  __uint(max_entries, 128);
  __type(key, struct flow);
  __type(value, struct conn);
} conntrack SEC(".maps");

struct {
  __uint(type, BPF_MAP_TYPE_LRU_PERCPU_HASH);
  __uint(max_entries, 128);
  __type(key, struct flow);
  __type(value, __u64);
} flow_bytes SEC(".maps");

const volatile __u32 nbackends = 4;

SEC("xdp")
int xdp_conntrack(struct xdp_md *ctx) {
  void *data = (void *)(long)ctx->data;
  void *data_end = (void *)(long)ctx->data_end;
  struct ethhdr *eth = data;
  if ((void *)(eth + 1) > data_end || eth->h_proto != bpf_htons(ETH_P_IP)) return XDP_PASS;
  struct iphdr *ip = (void *)(eth + 1);
  if ((void *)(ip + 1) > data_end || ip->ihl != 5) return XDP_PASS;
  struct flow f = {.saddr = ip->saddr, .daddr = ip->daddr, .proto = ip->protocol};
  __u8 flags = 0;
  if (ip->protocol == IPPROTO_TCP) {
    struct tcphdr *t = (void *)(ip + 1);
    if ((void *)(t + 1) > data_end) return XDP_DROP;
    f.sport = t->source;
    f.dport = t->dest;
    flags = ((__u8 *)t)[13];
  } else if (ip->protocol == IPPROTO_UDP) {
    struct udphdr *u = (void *)(ip + 1);
    if ((void *)(u + 1) > data_end) return XDP_DROP;
    f.sport = u->source;
    f.dport = u->dest;
  } else {
    return XDP_PASS;
  }

  struct conn *c = bpf_map_lookup_elem(&conntrack, &f);
  if (!c) {
    // New TCP flows must start with a SYN.
    if (ip->protocol == IPPROTO_TCP && !(flags & 0x02)) return XDP_DROP;
    struct conn nc = {.backend = (bpf_ntohs(f.sport) ^ bpf_ntohl(f.saddr)) % nbackends, .packets = 1, .state = 1};
    bpf_map_update_elem(&conntrack, &f, &nc, BPF_NOEXIST);
  } else {
    c->packets++;
    if (flags & 0x05) c->state = 3;        // FIN or RST
    else if (c->state == 1) c->state = 2;
  }
  __u64 *b = bpf_map_lookup_elem(&flow_bytes, &f);
  __u64 len = data_end - data;
  if (b) {
    *b += len;
  } else {
    bpf_map_update_elem(&flow_bytes, &f, &len, BPF_ANY);
  }
  // Closed flows leave the table.
  c = bpf_map_lookup_elem(&conntrack, &f);
  if (c && c->state == 3) {
    bpf_map_delete_elem(&conntrack, &f);
    return XDP_PASS;
  }
  return XDP_TX;
}

char LICENSE[] SEC("license") = "GPL";
