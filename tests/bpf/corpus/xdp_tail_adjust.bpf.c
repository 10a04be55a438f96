// Frame size changes at the tail: a "truncator" that cuts packets to a snap length (bpf_xdp_adjust_tail with a
// negative delta, as packet samplers do) and a "padder" that grows runt frames to the 60-byte Ethernet minimum
// (positive delta; the helper clears the new bytes, so what the frame holds there is part of the comparison).
// Out-of-range deltas are rejected by the helper; the return codes are kept in an array.
#include <linux/bpf.h>
#include <linux/if_ether.h>
#include <bpf/bpf_helpers.h>

struct {
  __uint(type, BPF_MAP_TYPE_ARRAY);
  __uint(max_entries, 11);
  __type(key, __u32);
  __type(value, __s64);
} results SEC(".maps");

__u32 snaplen = 64;  // .data: the cut length

static __always_inline void record(__u32 slot, __s64 v) {
  __s64 *r = bpf_map_lookup_elem(&results, &slot);
  if (r) *r = v;
}

SEC("xdp")
int xdp_snap(struct xdp_md *ctx) {
  __u32 len = ctx->data_end - ctx->data;
  if (len <= snaplen) return XDP_PASS;
  long err = bpf_xdp_adjust_tail(ctx, -(int)(len - snaplen));
  record(0, err);
  record(1, ctx->data_end - ctx->data);
  return err ? XDP_ABORTED : XDP_PASS;
}

SEC("xdp")
int xdp_pad(struct xdp_md *ctx) {
  __u32 len = ctx->data_end - ctx->data;
  if (len >= 60) return XDP_PASS;
  __u32 grow = 60 - len;
  long err = bpf_xdp_adjust_tail(ctx, grow);
  record(2, err);
  if (err) return XDP_ABORTED;
  record(3, ctx->data_end - ctx->data);
  return XDP_PASS;
}

SEC("xdp")
int xdp_bad_tail(struct xdp_md *ctx) {
  record(4, bpf_xdp_adjust_tail(ctx, -100000));
  record(5, bpf_xdp_adjust_tail(ctx, 100000));
  // Shrinking below an Ethernet header is refused too.
  __u32 len = ctx->data_end - ctx->data;
  record(6, bpf_xdp_adjust_tail(ctx, -(int)(len - 10)));
  record(7, ctx->data_end - ctx->data);
  return XDP_PASS;
}

// Finds how far the frame can grow at either end (a capability probe, as a program that adds encapsulation
// checks its room): a binary search over bpf_xdp_adjust_head / _tail deltas, undoing each successful try. The
// limits come from test-run's buffer layout (XDP_PACKET_HEADROOM minus the xdp_frame the kernel keeps in front,
// a page minus skb_shared_info at the end), so they are exact numbers both runners must agree on.
SEC("xdp")
int xdp_room(struct xdp_md *ctx) {
  __u32 lo = 0, hi = 4096;  // unsigned: -mcpu=v3 has no signed division
  for (int i = 0; i < 13 && lo < hi; i++) {
    __u32 mid = (lo + hi + 1) / 2;
    if (bpf_xdp_adjust_head(ctx, -(int)mid) == 0) {
      bpf_xdp_adjust_head(ctx, mid);
      lo = mid;
    } else {
      hi = mid - 1;
    }
  }
  record(8, lo);
  lo = 0;
  hi = 8192;
  for (int i = 0; i < 14 && lo < hi; i++) {
    __u32 mid = (lo + hi + 1) / 2;
    if (bpf_xdp_adjust_tail(ctx, mid) == 0) {
      bpf_xdp_adjust_tail(ctx, -(int)mid);
      lo = mid;
    } else {
      hi = mid - 1;
    }
  }
  record(9, lo);
  record(10, ctx->data_end - ctx->data);
  return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
