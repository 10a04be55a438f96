// Packet access in C: the usual header parsing, and the mistakes the verifier catches.
#include <linux/bpf.h>
#include <linux/if_ether.h>
#include <linux/ip.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_endian.h>

SEC("xdp")
int c_xdp_parse_ok(struct xdp_md *ctx) {
  void *data = (void *)(long)ctx->data;
  void *end = (void *)(long)ctx->data_end;
  struct ethhdr *eth = data;
  if ((void *)(eth + 1) > end) return XDP_PASS;
  if (eth->h_proto != bpf_htons(ETH_P_IP)) return XDP_PASS;
  struct iphdr *ip = (void *)(eth + 1);
  if ((void *)(ip + 1) > end) return XDP_PASS;
  return ip->protocol == 17 ? XDP_DROP : XDP_PASS;
}

SEC("xdp")
int c_xdp_ip_unchecked(struct xdp_md *ctx) {
  void *data = (void *)(long)ctx->data;
  void *end = (void *)(long)ctx->data_end;
  struct ethhdr *eth = data;
  if ((void *)(eth + 1) > end) return XDP_PASS;
  struct iphdr *ip = (void *)(eth + 1);
  return ip->protocol == 17 ? XDP_DROP : XDP_PASS;
}

SEC("xdp")
int c_xdp_ihl_options_ok(struct xdp_md *ctx) {
  void *data = (void *)(long)ctx->data;
  void *end = (void *)(long)ctx->data_end;
  struct iphdr *ip = data + sizeof(struct ethhdr);
  if ((void *)(ip + 1) > end) return XDP_PASS;
  __u32 hl = ip->ihl * 4;
  if (hl < sizeof(*ip)) return XDP_DROP;
  __u8 *l4 = (void *)ip + hl;
  if ((void *)(l4 + 1) > end) return XDP_PASS;
  return *l4 ? XDP_PASS : XDP_DROP;
}

SEC("xdp")
int c_xdp_write_ttl_ok(struct xdp_md *ctx) {
  void *data = (void *)(long)ctx->data;
  void *end = (void *)(long)ctx->data_end;
  struct iphdr *ip = data + sizeof(struct ethhdr);
  if ((void *)(ip + 1) > end) return XDP_PASS;
  ip->ttl--;
  return XDP_TX;
}

SEC("xdp")
int c_xdp_adjust_head_stale(struct xdp_md *ctx) {
  void *data = (void *)(long)ctx->data;
  void *end = (void *)(long)ctx->data_end;
  if (data + 14 > end) return XDP_PASS;
  bpf_xdp_adjust_head(ctx, -4);
  return *(__u8 *)data;  // the packet pointers are invalidated by the helper
}

SEC("tc")
int c_tc_parse_ok(struct __sk_buff *skb) {
  void *data = (void *)(long)skb->data;
  void *end = (void *)(long)skb->data_end;
  struct ethhdr *eth = data;
  if ((void *)(eth + 1) > end) return 0;
  return eth->h_proto == bpf_htons(ETH_P_ARP) ? 2 : 0;
}

SEC("tc")
int c_tc_pull_stale(struct __sk_buff *skb) {
  void *data = (void *)(long)skb->data;
  void *end = (void *)(long)skb->data_end;
  if (data + 14 > end) return 0;
  bpf_skb_pull_data(skb, 64);
  return *(__u8 *)data;
}

char LICENSE[] SEC("license") = "GPL";
