// A router's forwarding step in XDP: decrement the TTL (RFC 1141 incremental checksum update by hand, no helper),
// send ICMP-worthy packets (TTL <= 1) to the stack, rewrite the MACs from a next-hop table and transmit. Run with
// repeat, the kernel keeps the frame between repetitions, so the TTL drops once per repetition.
#include <linux/bpf.h>
#include <linux/if_ether.h>
#include <linux/ip.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_endian.h>

struct nexthop {
  __u8 dmac[ETH_ALEN];
  __u8 smac[ETH_ALEN];
  __u64 forwarded;
  __u64 expired;
};

struct {
  __uint(type, BPF_MAP_TYPE_ARRAY);
  __uint(max_entries, 1);
  __type(key, __u32);
  __type(value, struct nexthop);
} nh SEC(".maps");

SEC("xdp")
int xdp_forward(struct xdp_md *ctx) {
  void *data = (void *)(long)ctx->data;
  void *data_end = (void *)(long)ctx->data_end;
  struct ethhdr *eth = data;
  if ((void *)(eth + 1) > data_end || eth->h_proto != bpf_htons(ETH_P_IP)) return XDP_PASS;
  struct iphdr *ip = (void *)(eth + 1);
  if ((void *)(ip + 1) > data_end) return XDP_DROP;
  __u32 zero = 0;
  struct nexthop *n = bpf_map_lookup_elem(&nh, &zero);
  if (!n) return XDP_ABORTED;
  if (ip->ttl <= 1) {
    n->expired++;
    return XDP_PASS;
  }
  // TTL is the high byte of the 16-bit word it shares with the protocol: checksum += 0x0100.
  __u32 check = ip->check;
  check += bpf_htons(0x0100);
  ip->check = (__u16)(check + (check >= 0xFFFF));
  ip->ttl--;
  __builtin_memcpy(eth->h_dest, n->dmac, ETH_ALEN);
  __builtin_memcpy(eth->h_source, n->smac, ETH_ALEN);
  n->forwarded++;
  return XDP_TX;
}

char LICENSE[] SEC("license") = "GPL";
