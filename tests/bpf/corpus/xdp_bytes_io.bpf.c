// Payload access through bpf_xdp_load_bytes / bpf_xdp_store_bytes (the frag-safe way, no direct packet
// pointers): a UDP "echo with a twist" service reverses the first bytes of the payload and upper-cases letters,
// swaps the UDP ports, and clears the UDP checksum. Out-of-bounds loads/stores fail with -EINVAL, which is
// recorded.
#include <linux/bpf.h>
#include <linux/if_ether.h>
#include <linux/in.h>
#include <linux/ip.h>
#include <linux/udp.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_endian.h>

#define CHUNK 16
#define L4_OFF (sizeof(struct ethhdr) + sizeof(struct iphdr))

struct {
  __uint(type, BPF_MAP_TYPE_ARRAY);
  __uint(max_entries, 4);
  __type(key, __u32);
  __type(value, __s64);
} rcs SEC(".maps");

static __always_inline void rc(__u32 k, __s64 v) {
  __s64 *p = bpf_map_lookup_elem(&rcs, &k);
  if (p) *p = v;
}

SEC("xdp")
int xdp_udp_twist(struct xdp_md *ctx) {
  struct iphdr ip;
  if (bpf_xdp_load_bytes(ctx, sizeof(struct ethhdr), &ip, sizeof(ip))) return XDP_PASS;
  if (ip.protocol != IPPROTO_UDP || ip.ihl != 5) return XDP_PASS;
  struct udphdr udp;
  if (bpf_xdp_load_bytes(ctx, L4_OFF, &udp, sizeof(udp))) return XDP_DROP;
  if (udp.dest != bpf_htons(7)) return XDP_PASS;

  __u8 buf[CHUNK] = {};
  long r = bpf_xdp_load_bytes(ctx, L4_OFF + sizeof(udp), buf, CHUNK);
  rc(0, r);
  if (r) return XDP_DROP;  // shorter than CHUNK: not for us
  __u8 out[CHUNK];
#pragma unroll
  for (int i = 0; i < CHUNK; i++) {
    __u8 c = buf[CHUNK - 1 - i];
    out[i] = (c >= 'a' && c <= 'z') ? c - 32 : c;
  }
  rc(1, bpf_xdp_store_bytes(ctx, L4_OFF + sizeof(udp), out, CHUNK));
  __be16 p = udp.source;
  udp.source = udp.dest;
  udp.dest = p;
  udp.check = 0;
  bpf_xdp_store_bytes(ctx, L4_OFF, &udp, sizeof(udp));
  // Past the end: -EINVAL, nothing written.
  __u32 len = ctx->data_end - ctx->data;
  rc(2, bpf_xdp_store_bytes(ctx, len - 2, out, 4));
  rc(3, bpf_xdp_load_bytes(ctx, len, buf, 1));
  return XDP_TX;
}

char LICENSE[] SEC("license") = "GPL";
