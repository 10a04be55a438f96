// XDP packet/byte counters: by EtherType class in an array, bytes per IP protocol in a per-CPU array. Runts are
// dropped. The simplest useful XDP program: it checks plain array and per-CPU array updates and atomic adds.
#include <linux/bpf.h>
#include <linux/if_ether.h>
#include <linux/ip.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_endian.h>

enum { CLASS_IPV4, CLASS_IPV6, CLASS_ARP, CLASS_OTHER, CLASS_RUNT, NCLASS };

struct {
  __uint(type, BPF_MAP_TYPE_ARRAY);
  __uint(max_entries, NCLASS);
  __type(key, __u32);
  __type(value, __u64);
} class_count SEC(".maps");

struct proto_stat {
  __u64 packets;
  __u64 bytes;
  __u32 min_len;
  __u32 max_len;
};

struct {
  __uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
  __uint(max_entries, 256);
  __type(key, __u32);
  __type(value, struct proto_stat);
} proto_bytes SEC(".maps");

static __always_inline void bump(__u32 cls) {
  __u64 *c = bpf_map_lookup_elem(&class_count, &cls);
  if (c) __sync_fetch_and_add(c, 1);
}

SEC("xdp")
int xdp_count(struct xdp_md *ctx) {
  void *data = (void *)(long)ctx->data;
  void *data_end = (void *)(long)ctx->data_end;
  struct ethhdr *eth = data;
  if ((void *)(eth + 1) > data_end) {
    bump(CLASS_RUNT);
    return XDP_DROP;
  }
  __u16 proto = bpf_ntohs(eth->h_proto);
  if (proto == ETH_P_IPV6) {
    bump(CLASS_IPV6);
    return XDP_PASS;
  }
  if (proto == ETH_P_ARP) {
    bump(CLASS_ARP);
    return XDP_PASS;
  }
  if (proto != ETH_P_IP) {
    bump(CLASS_OTHER);
    return XDP_PASS;
  }
  bump(CLASS_IPV4);
  struct iphdr *ip = (void *)(eth + 1);
  if ((void *)(ip + 1) > data_end) return XDP_ABORTED;
  __u32 key = ip->protocol;
  struct proto_stat *st = bpf_map_lookup_elem(&proto_bytes, &key);
  if (!st) return XDP_ABORTED;
  __u32 len = data_end - data;
  st->packets++;
  st->bytes += len;
  if (st->min_len == 0 || len < st->min_len) st->min_len = len;
  if (len > st->max_len) st->max_len = len;
  return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
