// XDP metadata: a classifier stores a small struct in front of the frame (bpf_xdp_adjust_meta) for a later stage
// to read, as AF_XDP and tc programs do. test-run returns the metadata as part of data_out, and a context with
// data > 0 hands the program metadata that is already there.
#include <linux/bpf.h>
#include <linux/if_ether.h>
#include <linux/ip.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_endian.h>

struct meta {
  __u32 mark;
  __u16 class_id;
  __u16 flags;
};

struct {
  __uint(type, BPF_MAP_TYPE_ARRAY);
  __uint(max_entries, 4);
  __type(key, __u32);
  __type(value, __u64);
} seen SEC(".maps");

static __always_inline void put(__u32 k, __u64 v) {
  __u64 *p = bpf_map_lookup_elem(&seen, &k);
  if (p) *p = v;
}

SEC("xdp")
int xdp_set_meta(struct xdp_md *ctx) {
  long err = bpf_xdp_adjust_meta(ctx, -(int)sizeof(struct meta));
  put(0, err);
  if (err) return XDP_ABORTED;
  void *data = (void *)(long)ctx->data;
  void *data_end = (void *)(long)ctx->data_end;
  struct meta *m = (void *)(long)ctx->data_meta;
  if ((void *)(m + 1) > data) return XDP_ABORTED;
  struct ethhdr *eth = data;
  if ((void *)(eth + 1) > data_end) return XDP_ABORTED;
  m->mark = 0xfeed0000 | bpf_ntohs(eth->h_proto);
  m->class_id = data_end - data;
  m->flags = 0x8001;
  return XDP_PASS;
}

// Reads metadata supplied through ctx_in (xdp_md.data = metadata length), then drops it again.
SEC("xdp")
int xdp_read_meta(struct xdp_md *ctx) {
  void *data = (void *)(long)ctx->data;
  struct meta *m = (void *)(long)ctx->data_meta;
  put(1, data - (void *)m);
  if ((void *)(m + 1) > data) return XDP_DROP;
  put(2, ((__u64)m->mark << 32) | m->class_id);
  // Shrink the metadata by 4 bytes (positive delta): data_out then starts 4 bytes later.
  put(3, bpf_xdp_adjust_meta(ctx, 4));
  return XDP_PASS;
}

// The receive-side context fields a test-run context can set: the ingress device (it must exist) and its RX queue
// (it must be one the device has).
SEC("xdp")
int xdp_rxinfo(struct xdp_md *ctx) {
  // (egress_ifindex is readable only by devmap programs.)
  put(0, ((__u64)ctx->ingress_ifindex << 32) | ctx->rx_queue_index);
  return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
