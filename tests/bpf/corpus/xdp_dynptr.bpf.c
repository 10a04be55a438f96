// Dynptrs in XDP: bpf_dynptr_from_xdp over the frame, a read-only slice of the Ethernet header, a clone narrowed to
// the source MAC by bpf_dynptr_adjust, and bpf_dynptr_write swapping the MAC addresses before XDP_TX.
#include <linux/bpf.h>
#include <linux/if_ether.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_endian.h>

extern int bpf_dynptr_from_xdp(struct xdp_md *x, __u64 flags, struct bpf_dynptr *ptr__uninit) __ksym;
extern void *bpf_dynptr_slice(const struct bpf_dynptr *p, __u32 offset, void *buffer__opt,
                              __u32 buffer__szk) __ksym;
extern int bpf_dynptr_adjust(const struct bpf_dynptr *p, __u32 start, __u32 end) __ksym;
extern int bpf_dynptr_clone(const struct bpf_dynptr *p, struct bpf_dynptr *clone__uninit) __ksym;
extern __u32 bpf_dynptr_size(const struct bpf_dynptr *p) __ksym;

struct {
  __uint(type, BPF_MAP_TYPE_ARRAY);
  __uint(max_entries, 4);
  __type(key, __u32);
  __type(value, __s64);
} seen SEC(".maps");

static __always_inline void put(__u32 i, __s64 v) { bpf_map_update_elem(&seen, &i, &v, BPF_ANY); }

SEC("xdp")
int xdp_dynptr_swap(struct xdp_md *ctx) {
  struct bpf_dynptr d, src;
  __u8 dst_mac[ETH_ALEN], src_mac[ETH_ALEN];
  if (bpf_dynptr_from_xdp(ctx, 0, &d)) return XDP_ABORTED;
  put(0, bpf_dynptr_size(&d));
  struct ethhdr *eth = bpf_dynptr_slice(&d, 0, 0, sizeof(struct ethhdr));
  if (!eth) return XDP_DROP;  // shorter than an Ethernet header
  if (eth->h_proto != bpf_htons(ETH_P_IP)) return XDP_PASS;
  if (bpf_dynptr_clone(&d, &src)) return XDP_ABORTED;
  put(1, bpf_dynptr_adjust(&src, ETH_ALEN, 2 * ETH_ALEN));
  put(2, bpf_dynptr_read(src_mac, ETH_ALEN, &src, 0, 0));
  if (bpf_dynptr_read(dst_mac, ETH_ALEN, &d, 0, 0)) return XDP_ABORTED;
  bpf_dynptr_write(&d, 0, src_mac, ETH_ALEN, 0);
  put(3, bpf_dynptr_write(&src, 0, dst_mac, ETH_ALEN, 0));
  return XDP_TX;
}

char LICENSE[] SEC("license") = "GPL";
