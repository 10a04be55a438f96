// 802.1Q handling at the edge: tagged frames for known VLANs have their tag popped (the MACs moved forward and
// bpf_xdp_adjust_head(+4)), untagged frames from access ports get a tag pushed (adjust_head(-4)). A per-VLAN
// counter lives in a hash map created on first sight (BPF_NOEXIST, then a lookup).
#include <linux/bpf.h>
#include <linux/if_ether.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_endian.h>

struct vlan_hdr {
  __be16 tci;
  __be16 encap_proto;
};

struct {
  __uint(type, BPF_MAP_TYPE_HASH);
  __uint(max_entries, 64);
  __type(key, __u16);    // VLAN id
  __type(value, __u64);  // frames popped
} vlan_seen SEC(".maps");

struct {
  __uint(type, BPF_MAP_TYPE_ARRAY);
  __uint(max_entries, 1);
  __type(key, __u32);
  __type(value, __u16);  // VLAN id to push on untagged frames (0: none)
} access_vlan SEC(".maps");

SEC("xdp")
int xdp_vlan(struct xdp_md *ctx) {
  void *data = (void *)(long)ctx->data;
  void *data_end = (void *)(long)ctx->data_end;
  struct ethhdr *eth = data;
  if ((void *)(eth + 1) > data_end) return XDP_DROP;

  if (eth->h_proto == bpf_htons(ETH_P_8021Q)) {
    struct vlan_hdr *vh = (void *)(eth + 1);
    if ((void *)(vh + 1) > data_end) return XDP_DROP;
    __u16 vid = bpf_ntohs(vh->tci) & 0x0fff;
    __u64 one = 1;
    if (bpf_map_update_elem(&vlan_seen, &vid, &one, BPF_NOEXIST) == -17 /* EEXIST */) {
      __u64 *c = bpf_map_lookup_elem(&vlan_seen, &vid);
      if (c) (*c)++;
    }
    // Move dst+src MAC 4 bytes forward over the tag; the tag's encapsulated type becomes the EtherType.
    __u8 macs[12];
    __builtin_memcpy(macs, eth, 12);
    __be16 inner = vh->encap_proto;
    if (bpf_xdp_adjust_head(ctx, 4)) return XDP_ABORTED;
    data = (void *)(long)ctx->data;
    data_end = (void *)(long)ctx->data_end;
    eth = data;
    if ((void *)(eth + 1) > data_end) return XDP_ABORTED;
    __builtin_memcpy(eth, macs, 12);
    eth->h_proto = inner;
    return XDP_PASS;
  }

  __u32 zero = 0;
  __u16 *pvid = bpf_map_lookup_elem(&access_vlan, &zero);
  if (!pvid || *pvid == 0) return XDP_PASS;
  __u16 vid = *pvid;
  __u8 macs[12];
  __builtin_memcpy(macs, eth, 12);
  __be16 proto = eth->h_proto;
  if (bpf_xdp_adjust_head(ctx, -4)) return XDP_ABORTED;
  data = (void *)(long)ctx->data;
  data_end = (void *)(long)ctx->data_end;
  eth = data;
  struct vlan_hdr *vh = (void *)(eth + 1);
  if ((void *)(vh + 1) > data_end) return XDP_ABORTED;
  __builtin_memcpy(eth, macs, 12);
  eth->h_proto = bpf_htons(ETH_P_8021Q);
  vh->tci = bpf_htons(vid);
  vh->encap_proto = proto;
  return XDP_TX;
}

char LICENSE[] SEC("license") = "GPL";
