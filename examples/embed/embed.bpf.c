// The program examples/embed runs: counts packets per IPv4 source in a hash map that userspace also fills (a
// per-source weight), and reports each packet's source and running total through a ring buffer.
#include <linux/bpf.h>
#include <linux/if_ether.h>
#include <linux/ip.h>
#include <bpf/bpf_endian.h>
#include <bpf/bpf_helpers.h>

struct {
  __uint(type, BPF_MAP_TYPE_HASH);
  __uint(max_entries, 1024);
  __type(key, __u32);    // IPv4 source, network order
  __type(value, __u64);  // weighted packet count
} totals SEC(".maps");

struct {
  __uint(type, BPF_MAP_TYPE_RINGBUF);
  __uint(max_entries, 4096);
} events SEC(".maps");

struct event {
  __u32 saddr;
  __u32 pad;
  __u64 total;
};

SEC("xdp")
int count_sources(struct xdp_md *ctx) {
  void *data = (void *)(long)ctx->data, *end = (void *)(long)ctx->data_end;
  struct ethhdr *eth = data;
  struct iphdr *ip = data + sizeof(*eth);
  if ((void *)(ip + 1) > end || eth->h_proto != bpf_htons(ETH_P_IP)) return XDP_PASS;
  __u32 src = ip->saddr;
  __u64 one = 1, *total = bpf_map_lookup_elem(&totals, &src);
  if (!total) {
    bpf_map_update_elem(&totals, &src, &one, BPF_NOEXIST);
    total = bpf_map_lookup_elem(&totals, &src);
    if (!total) return XDP_ABORTED;
  } else {
    *total += 1;
  }
  struct event *e = bpf_ringbuf_reserve(&events, sizeof(*e), 0);
  if (e) {
    e->saddr = src;
    e->pad = 0;
    e->total = *total;
    bpf_ringbuf_submit(e, 0);
  }
  return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
