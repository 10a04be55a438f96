// Network attachments tested on a real interface (tests/kernel/attach_net_test.cc): each program counts the packets it
// sees in its own slot of `hits`, so traffic proves it ran and silence after detach proves it is gone.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

enum { SLOT_XDP, SLOT_TCX_INGRESS, SLOT_TCX_EGRESS, SLOT_SOCKET, SLOT_COUNT };

struct {
  __uint(type, BPF_MAP_TYPE_ARRAY);
  __uint(max_entries, SLOT_COUNT);
  __type(key, __u32);
  __type(value, __u64);
} hits SEC(".maps");

static __always_inline void count(__u32 slot) {
  __u64 *v = bpf_map_lookup_elem(&hits, &slot);
  if (v) __sync_fetch_and_add(v, 1);
}

SEC("xdp") int net_xdp(struct xdp_md *ctx) {
  count(SLOT_XDP);
  return XDP_PASS;
}

// TCX_NEXT (-1): let the rest of the chain and the stack decide.
SEC("tcx/ingress") int net_tcx_in(struct __sk_buff *skb) {
  count(SLOT_TCX_INGRESS);
  return -1;
}

SEC("tcx/egress") int net_tcx_out(struct __sk_buff *skb) {
  count(SLOT_TCX_EGRESS);
  return -1;
}

// A socket filter keeps the whole packet.
SEC("socket") int net_socket(struct __sk_buff *skb) {
  count(SLOT_SOCKET);
  return skb->len;
}

char LICENSE[] SEC("license") = "GPL";
