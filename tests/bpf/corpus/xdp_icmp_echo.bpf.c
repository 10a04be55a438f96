// An ICMP echo responder in XDP: an echo request addressed to one of our addresses becomes the reply, sent back
// out (XDP_TX): MACs and IPs swapped, type 8 -> 0, the ICMP checksum recomputed over the whole message with
// bpf_csum_diff, the IP header checksum recomputed the same way. Anything else passes.
#include <linux/bpf.h>
#include <linux/if_ether.h>
#include <linux/in.h>
#include <linux/ip.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_endian.h>

// <linux/icmp.h> pulls in libc headers that do not build for the BPF target; the echo header is all we need.
struct icmphdr {
  __u8 type;
  __u8 code;
  __sum16 checksum;
  __be16 id;
  __be16 sequence;
};
#define ICMP_ECHOREPLY 0
#define ICMP_ECHO 8

#define MAX_ICMP 256  // bytes of ICMP message we checksum (header + payload), in 4-byte words

struct {
  __uint(type, BPF_MAP_TYPE_HASH);
  __uint(max_entries, 8);
  __type(key, __be32);
  __type(value, __u64);  // echo requests answered
} local_addrs SEC(".maps");

static __always_inline __u16 fold(__u64 csum) {
#pragma unroll
  for (int i = 0; i < 4; i++) csum = (csum & 0xffff) + (csum >> 16);
  return ~csum;
}

SEC("xdp")
int xdp_echo(struct xdp_md *ctx) {
  void *data = (void *)(long)ctx->data;
  void *data_end = (void *)(long)ctx->data_end;
  struct ethhdr *eth = data;
  if ((void *)(eth + 1) > data_end || eth->h_proto != bpf_htons(ETH_P_IP)) return XDP_PASS;
  struct iphdr *ip = (void *)(eth + 1);
  if ((void *)(ip + 1) > data_end || ip->ihl != 5 || ip->protocol != IPPROTO_ICMP) return XDP_PASS;
  struct icmphdr *icmp = (void *)(ip + 1);
  if ((void *)(icmp + 1) > data_end || icmp->type != ICMP_ECHO) return XDP_PASS;
  __u64 *answered = bpf_map_lookup_elem(&local_addrs, &ip->daddr);
  if (!answered) return XDP_PASS;

  __u8 mac[ETH_ALEN];
  __builtin_memcpy(mac, eth->h_source, ETH_ALEN);
  __builtin_memcpy(eth->h_source, eth->h_dest, ETH_ALEN);
  __builtin_memcpy(eth->h_dest, mac, ETH_ALEN);
  __be32 a = ip->saddr;
  ip->saddr = ip->daddr;
  ip->daddr = a;
  ip->ttl = 64;
  ip->check = 0;
  ip->check = fold(bpf_csum_diff(0, 0, (__be32 *)ip, sizeof(*ip), 0));

  icmp->type = ICMP_ECHOREPLY;
  icmp->checksum = 0;
  // The checksum covers the whole message; sum it in 4-byte words (the verifier needs a constant size per call),
  // then a 2-byte tail by hand.
  __u32 icmp_len = bpf_ntohs(ip->tot_len) - sizeof(*ip);
  __u64 sum = 0;
  __u32 off = 0;
  for (int i = 0; i < MAX_ICMP / 4; i++) {
    if (off + 4 > icmp_len) break;
    __be32 *w = (void *)icmp + off;
    if ((void *)(w + 1) > data_end) return XDP_ABORTED;
    sum = bpf_csum_diff(0, 0, w, 4, sum);
    off += 4;
  }
  if (off + 2 <= icmp_len) {
    __u8 *t = (void *)icmp + (off & (MAX_ICMP - 1));
    if ((void *)(t + 2) > data_end) return XDP_ABORTED;
    __be32 last = 0;
    __builtin_memcpy(&last, t, 2);
    sum = bpf_csum_diff(0, 0, &last, 4, sum);
    off += 2;
  }
  if (off + 1 <= icmp_len) {
    __u8 *t = (void *)icmp + (off & (MAX_ICMP - 1));
    if ((void *)(t + 1) > data_end) return XDP_ABORTED;
    __be32 last = 0;
    __builtin_memcpy(&last, t, 1);
    sum = bpf_csum_diff(0, 0, &last, 4, sum);
  }
  icmp->checksum = fold(sum);
  __sync_fetch_and_add(answered, 1);
  return XDP_TX;
}

char LICENSE[] SEC("license") = "GPL";
