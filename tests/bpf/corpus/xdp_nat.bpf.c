// Stateless XDP destination NAT (a tiny load balancer front): packets to a virtual IP:port are rewritten to a
// backend chosen by the source port, with incremental checksum updates (bpf_csum_diff over the changed words, the
// RFC 1624 way) for the IP header and the TCP/UDP pseudo-header. Per-backend counters in an array.
#include <linux/bpf.h>
#include <linux/if_ether.h>
#include <linux/in.h>
#include <linux/ip.h>
#include <linux/tcp.h>
#include <linux/udp.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_endian.h>

struct vip_key {
  __be32 addr;
  __be16 port;
  __u8 proto;
  __u8 pad;
};

struct vip_info {
  __u32 first_backend;  // index into backends
  __u32 nbackends;
};

struct backend {
  __be32 addr;
  __be16 port;
  __u16 pad;
  __u64 packets;
};

struct {
  __uint(type, BPF_MAP_TYPE_HASH);
  __uint(max_entries, 16);
  __type(key, struct vip_key);
  __type(value, struct vip_info);
} vips SEC(".maps");

struct {
  __uint(type, BPF_MAP_TYPE_ARRAY);
  __uint(max_entries, 8);
  __type(key, __u32);
  __type(value, struct backend);
} backends SEC(".maps");

static __always_inline __u16 fold(__u64 csum) {
#pragma unroll
  for (int i = 0; i < 4; i++) csum = (csum & 0xffff) + (csum >> 16);
  return csum;
}

// Replaces the 16-bit checksum *check for `from` -> `to` (each 4 bytes; to_size may be 4 or 8 with the port word).
static __always_inline void csum_replace(__u16 *check, __be32 *from, __be32 *to, __u32 size) {
  __u64 s = bpf_csum_diff(from, size, to, size, (__u16)~*check);
  *check = ~fold(s);
}

SEC("xdp")
int xdp_dnat(struct xdp_md *ctx) {
  void *data = (void *)(long)ctx->data;
  void *data_end = (void *)(long)ctx->data_end;
  struct ethhdr *eth = data;
  if ((void *)(eth + 1) > data_end || eth->h_proto != bpf_htons(ETH_P_IP)) return XDP_PASS;
  struct iphdr *ip = (void *)(eth + 1);
  if ((void *)(ip + 1) > data_end || ip->ihl != 5) return XDP_PASS;

  struct vip_key vk = {.addr = ip->daddr, .proto = ip->protocol};
  __be16 *dport, *sport;
  __u16 *l4check;
  if (ip->protocol == IPPROTO_TCP) {
    struct tcphdr *t = (void *)(ip + 1);
    if ((void *)(t + 1) > data_end) return XDP_DROP;
    dport = &t->dest;
    sport = &t->source;
    l4check = &t->check;
  } else if (ip->protocol == IPPROTO_UDP) {
    struct udphdr *u = (void *)(ip + 1);
    if ((void *)(u + 1) > data_end) return XDP_DROP;
    dport = &u->dest;
    sport = &u->source;
    l4check = &u->check;
  } else {
    return XDP_PASS;
  }
  vk.port = *dport;
  struct vip_info *vi = bpf_map_lookup_elem(&vips, &vk);
  if (!vi || vi->nbackends == 0) return XDP_PASS;
  __u32 idx = vi->first_backend + bpf_ntohs(*sport) % vi->nbackends;
  struct backend *be = bpf_map_lookup_elem(&backends, &idx);
  if (!be) return XDP_ABORTED;

  __be32 old_addr = ip->daddr, new_addr = be->addr;
  // The ports are rewritten as part of a 4-byte word (source and destination port), as csum_diff wants words.
  __be32 old_ports, new_ports;
  __builtin_memcpy(&old_ports, sport, 4);
  *dport = be->port;
  __builtin_memcpy(&new_ports, sport, 4);
  ip->daddr = new_addr;

  csum_replace(&ip->check, &old_addr, &new_addr, 4);
  // UDP checksum 0 means "none" and stays so.
  if (ip->protocol == IPPROTO_TCP || *l4check != 0) {
    __be32 from[2] = {old_addr, old_ports}, to[2] = {new_addr, new_ports};
    csum_replace(l4check, from, to, 8);
    if (ip->protocol == IPPROTO_UDP && *l4check == 0) *l4check = 0xffff;
  }
  __sync_fetch_and_add(&be->packets, 1);
  return XDP_TX;
}

char LICENSE[] SEC("license") = "GPL";
