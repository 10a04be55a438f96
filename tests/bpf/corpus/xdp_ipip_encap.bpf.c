// IPIP encapsulation in XDP: packets for a tunnelled prefix get an outer IPv4 header pushed in front of the inner
// one (bpf_xdp_adjust_head with a negative delta), the Ethernet header moved in front of it, the outer header
// checksum computed with bpf_csum_diff. The decap program does the reverse with a positive delta.
#include <linux/bpf.h>
#include <linux/if_ether.h>
#include <linux/in.h>
#include <linux/ip.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_endian.h>

struct tunnel {
  __be32 local;
  __be32 remote;
  __u64 encapped;
  __u64 decapped;
};

struct {
  __uint(type, BPF_MAP_TYPE_ARRAY);
  __uint(max_entries, 1);
  __type(key, __u32);
  __type(value, struct tunnel);
} tun SEC(".maps");

// Tunnelled destination prefix, in .rodata (const volatile: the loader may set it before load).
const volatile __be32 tunnel_net = 0;   // set through the .rodata initial value below
const volatile __be32 tunnel_mask = 0;

static __always_inline __u16 fold(__u64 csum) {
#pragma unroll
  for (int i = 0; i < 4; i++) csum = (csum & 0xffff) + (csum >> 16);
  return ~csum;
}

SEC("xdp")
int xdp_encap(struct xdp_md *ctx) {
  void *data = (void *)(long)ctx->data;
  void *data_end = (void *)(long)ctx->data_end;
  struct ethhdr *eth = data;
  if ((void *)(eth + 1) > data_end || eth->h_proto != bpf_htons(ETH_P_IP)) return XDP_PASS;
  struct iphdr *inner = (void *)(eth + 1);
  if ((void *)(inner + 1) > data_end) return XDP_DROP;
  // 10.20.0.0/16 is tunnelled (when .rodata says nothing else).
  __be32 net = tunnel_net ? tunnel_net : bpf_htonl(0x0a140000);
  __be32 mask = tunnel_mask ? tunnel_mask : bpf_htonl(0xffff0000);
  if ((inner->daddr & mask) != net) return XDP_PASS;
  __u32 zero = 0;
  struct tunnel *t = bpf_map_lookup_elem(&tun, &zero);
  if (!t) return XDP_ABORTED;
  __u16 inner_len = bpf_ntohs(inner->tot_len);
  __u8 inner_tos = inner->tos;
  struct ethhdr saved = *eth;

  if (bpf_xdp_adjust_head(ctx, -(int)sizeof(struct iphdr))) return XDP_ABORTED;
  data = (void *)(long)ctx->data;
  data_end = (void *)(long)ctx->data_end;
  eth = data;
  struct iphdr *outer = (void *)(eth + 1);
  if ((void *)(outer + 1) > data_end) return XDP_ABORTED;
  *eth = saved;
  outer->version = 4;
  outer->ihl = 5;
  outer->tos = inner_tos;
  outer->tot_len = bpf_htons(inner_len + sizeof(struct iphdr));
  outer->id = 0;
  outer->frag_off = bpf_htons(0x4000);
  outer->ttl = 64;
  outer->protocol = IPPROTO_IPIP;
  outer->check = 0;
  outer->saddr = t->local;
  outer->daddr = t->remote;
  outer->check = fold(bpf_csum_diff(0, 0, (__be32 *)outer, sizeof(*outer), 0));
  t->encapped++;
  return XDP_TX;
}

SEC("xdp")
int xdp_decap(struct xdp_md *ctx) {
  void *data = (void *)(long)ctx->data;
  void *data_end = (void *)(long)ctx->data_end;
  struct ethhdr *eth = data;
  if ((void *)(eth + 1) > data_end || eth->h_proto != bpf_htons(ETH_P_IP)) return XDP_PASS;
  struct iphdr *outer = (void *)(eth + 1);
  if ((void *)(outer + 1) > data_end || outer->protocol != IPPROTO_IPIP || outer->ihl != 5) return XDP_PASS;
  __u32 zero = 0;
  struct tunnel *t = bpf_map_lookup_elem(&tun, &zero);
  if (!t || outer->saddr != t->remote) return XDP_DROP;
  struct ethhdr saved = *eth;
  if (bpf_xdp_adjust_head(ctx, (int)sizeof(struct iphdr))) return XDP_ABORTED;
  data = (void *)(long)ctx->data;
  data_end = (void *)(long)ctx->data_end;
  eth = data;
  if ((void *)(eth + 1) > data_end) return XDP_ABORTED;
  *eth = saved;
  t->decapped++;
  return XDP_PASS;
}

// Asks for more headroom than test-run gives (XDP_PACKET_HEADROOM is 256): the helper must fail with -EINVAL and
// leave the frame alone.
SEC("xdp")
int xdp_too_much_head(struct xdp_md *ctx) {
  long r1 = bpf_xdp_adjust_head(ctx, -512);
  long r2 = bpf_xdp_adjust_head(ctx, 4096);
  long r3 = bpf_xdp_adjust_head(ctx, -256);  // exactly the headroom: leaves no room for xdp_frame? see retval
  __u32 zero = 0;
  struct tunnel *t = bpf_map_lookup_elem(&tun, &zero);
  if (t) {
    t->encapped = (__u64)r1;
    t->decapped = (__u64)r2;
  }
  return (int)r3 == 0 ? XDP_PASS : XDP_DROP;
}

char LICENSE[] SEC("license") = "GPL";
