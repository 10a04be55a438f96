// A small XDP firewall with per-source accounting: the example `scripts/demo.sh` runs on examples/packets.pcap.
//
// Drops IPv4 packets from blocklisted sources and to blocked TCP/UDP ports, passes everything else, and counts:
//   - per_source  (LRU hash):      packets and bytes per IPv4 source address;
//   - verdicts    (per-CPU array): packets per verdict (XDP_DROP, XDP_PASS);
//   - drops       (ring buffer):   one record per dropped packet, with the reason;
//   - .bss        totals:          packets seen, and non-IPv4 packets.
// The policy lives in .rodata, as a loader would set it before load (const volatile, so clang keeps the loads).
#include <linux/bpf.h>
#include <linux/if_ether.h>
#include <linux/in.h>
#include <linux/ip.h>
#include <linux/tcp.h>
#include <linux/udp.h>
#include <bpf/bpf_endian.h>
#include <bpf/bpf_helpers.h>

struct counters {
  __u64 packets;
  __u64 bytes;
};

enum drop_reason { REASON_BLOCKED_SOURCE = 1, REASON_BLOCKED_PORT = 2, REASON_BAD_HEADER = 3 };

struct drop_event {
  __u32 saddr;  // network order
  __u16 dport;  // host order, 0 if none
  __u8 protocol;
  __u8 reason;
};

struct {
  __uint(type, BPF_MAP_TYPE_LRU_HASH);
  __uint(max_entries, 1024);
  __type(key, __u32);  // IPv4 source, network order
  __type(value, struct counters);
} per_source SEC(".maps");

struct {
  __uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
  __uint(max_entries, 5);  // indexed by XDP action
  __type(key, __u32);
  __type(value, __u64);
} verdicts SEC(".maps");

struct {
  __uint(type, BPF_MAP_TYPE_RINGBUF);
  __uint(max_entries, 4096);
} drops SEC(".maps");

const volatile __u32 blocked_sources[4] = {
    0xcb007109,  // 203.0.113.9   (host order here; compared after ntohl)
    0xc6336407,  // 198.51.100.7
};
const volatile __u16 blocked_ports[4] = {23, 445};

__u64 packets_seen = 0;
__u64 non_ipv4 = 0;

static __always_inline int verdict(__u32 action) {
  __u64* n = bpf_map_lookup_elem(&verdicts, &action);
  if (n) *n += 1;
  return action;
}

static __always_inline int drop(__u32 saddr, __u16 dport, __u8 protocol, __u8 reason) {
  struct drop_event* e = bpf_ringbuf_reserve(&drops, sizeof(*e), 0);
  if (e) {
    e->saddr = saddr;
    e->dport = dport;
    e->protocol = protocol;
    e->reason = reason;
    bpf_ringbuf_submit(e, 0);
  }
  return verdict(XDP_DROP);
}

static __noinline int blocked_port(__u16 port) {
  for (int i = 0; i < 4; i++)
    if (blocked_ports[i] != 0 && blocked_ports[i] == port) return 1;
  return 0;
}

SEC("xdp")
int xdp_firewall(struct xdp_md* ctx) {
  void* data = (void*)(long)ctx->data;
  void* data_end = (void*)(long)ctx->data_end;
  struct ethhdr* eth = data;

  __sync_fetch_and_add(&packets_seen, 1);
  if ((void*)(eth + 1) > data_end) return verdict(XDP_DROP);
  if (eth->h_proto != bpf_htons(ETH_P_IP)) {
    __sync_fetch_and_add(&non_ipv4, 1);
    return verdict(XDP_PASS);
  }

  struct iphdr* ip = (void*)(eth + 1);
  if ((void*)(ip + 1) > data_end || ip->ihl < 5) return drop(0, 0, 0, REASON_BAD_HEADER);
  const __u32 saddr = ip->saddr;

  struct counters* c = bpf_map_lookup_elem(&per_source, &saddr);
  if (c) {
    __sync_fetch_and_add(&c->packets, 1);
    __sync_fetch_and_add(&c->bytes, data_end - data);
  } else {
    struct counters init = {1, data_end - data};
    bpf_map_update_elem(&per_source, &saddr, &init, BPF_NOEXIST);
  }

  for (int i = 0; i < 4; i++)
    if (blocked_sources[i] != 0 && blocked_sources[i] == bpf_ntohl(saddr))
      return drop(saddr, 0, ip->protocol, REASON_BLOCKED_SOURCE);

  void* l4 = (void*)ip + ip->ihl * 4;
  __u16 dport = 0;
  if (ip->protocol == IPPROTO_TCP) {
    struct tcphdr* tcp = l4;
    if ((void*)(tcp + 1) > data_end) return drop(saddr, 0, ip->protocol, REASON_BAD_HEADER);
    dport = bpf_ntohs(tcp->dest);
  } else if (ip->protocol == IPPROTO_UDP) {
    struct udphdr* udp = l4;
    if ((void*)(udp + 1) > data_end) return drop(saddr, 0, ip->protocol, REASON_BAD_HEADER);
    dport = bpf_ntohs(udp->dest);
  }
  if (dport != 0 && blocked_port(dport)) return drop(saddr, dport, ip->protocol, REASON_BLOCKED_PORT);
  return verdict(XDP_PASS);
}

char LICENSE[] SEC("license") = "GPL";
