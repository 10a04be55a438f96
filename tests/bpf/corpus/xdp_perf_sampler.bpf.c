// Packet sampling to perf: every IPv4 packet sends a small header record with bpf_perf_event_output
// (BPF_F_CURRENT_CPU), and its first bytes appended from the packet itself (the flags' upper 32 bits give the
// number of packet bytes to append, as packet samplers do). Writing to another CPU's slot is refused
// (-EOPNOTSUPP in the kernel), and a bad flag or index gives -EINVAL / -E2BIG; each return code is recorded.
#include <linux/bpf.h>
#include <linux/if_ether.h>
#include <linux/ip.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_endian.h>

struct sample_hdr {
  __u32 magic;
  __u16 pkt_len;
  __u16 cap_len;
};

struct {
  __uint(type, BPF_MAP_TYPE_PERF_EVENT_ARRAY);
  __uint(max_entries, 2);
  __type(key, __u32);
  __type(value, __u32);
} samples SEC(".maps");

struct {
  __uint(type, BPF_MAP_TYPE_ARRAY);
  __uint(max_entries, 8);
  __type(key, __u32);
  __type(value, __s64);
} rcs SEC(".maps");

static __always_inline void rc(__u32 k, __s64 v) {
  __s64 *p = bpf_map_lookup_elem(&rcs, &k);
  if (p) *p = v;
}

SEC("xdp")
int xdp_perf(struct xdp_md *ctx) {
  void *data = (void *)(long)ctx->data;
  void *data_end = (void *)(long)ctx->data_end;
  struct ethhdr *eth = data;
  if ((void *)(eth + 1) > data_end || eth->h_proto != bpf_htons(ETH_P_IP)) return XDP_PASS;
  __u64 len = data_end - data;
  __u64 cap = len < 34 ? len : 34;  // Ethernet + IPv4 header
  struct sample_hdr h = {.magic = 0x53414d50, .pkt_len = len, .cap_len = cap};
  rc(0, bpf_perf_event_output(ctx, &samples, BPF_F_CURRENT_CPU | (cap << 32), &h, sizeof(h)));
  // A record without packet bytes, of a size that needs perf's padding (6 bytes).
  rc(1, bpf_perf_event_output(ctx, &samples, BPF_F_CURRENT_CPU, &h, 6));
  rc(2, bpf_perf_event_output(ctx, &samples, 1, &h, sizeof(h)));   // CPU 1's slot, from CPU 0
  rc(3, bpf_perf_event_output(ctx, &samples, 5, &h, sizeof(h)));   // beyond max_entries
  rc(4, bpf_perf_event_output(ctx, &samples, BPF_F_CURRENT_CPU | (1ULL << 60), &h, sizeof(h)));  // bad flag
  rc(5, bpf_perf_event_output(ctx, &samples, BPF_F_CURRENT_CPU | (4096ULL << 32), &h, sizeof(h)));  // > packet
  return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
