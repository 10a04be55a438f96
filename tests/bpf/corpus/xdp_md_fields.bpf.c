// Every xdp_md field an XDP program may read (egress_ifindex is for devmap programs only), with and without
// metadata and a context.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct {
  __uint(type, BPF_MAP_TYPE_ARRAY);
  __uint(max_entries, 1);
  __type(key, __u32);
  __type(value, __u64[6]);
} fields SEC(".maps");

SEC("xdp")
int md_fields(struct xdp_md *ctx) {
  __u32 key = 0;
  __u64 *v = bpf_map_lookup_elem(&fields, &key);
  if (!v) return XDP_ABORTED;
  v[0] = ctx->data_end - ctx->data;
  v[1] = ctx->data - ctx->data_meta;
  v[2] = ctx->ingress_ifindex;
  v[3] = ctx->rx_queue_index;
  v[4] += 1;
  return XDP_PASS;
}

char _license[] SEC("license") = "GPL";
