// A socket filter in the classic style: keep only DNS over UDP/IPv4 (port 53 either way), and cut accepted
// packets to a snap length; count queries by their first question's type. Socket filters return the number of
// bytes to keep (0 drops). Like a filter on an IP socket, the program sees the packet from the network header
// on: test-run takes an Ethernet frame, but for socket filters skb->data starts after the link-layer header.
#include <linux/bpf.h>
#include <linux/if_ether.h>
#include <linux/in.h>
#include <linux/ip.h>
#include <linux/udp.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_endian.h>

#define SNAPLEN 96

struct {
  __uint(type, BPF_MAP_TYPE_HASH);
  __uint(max_entries, 16);
  __type(key, __u16);    // QTYPE
  __type(value, __u64);
} qtypes SEC(".maps");

SEC("socket")
int dns_only(struct __sk_buff *skb) {
  struct iphdr ip;
  if (skb->protocol != bpf_htons(ETH_P_IP)) return 0;
  if (bpf_skb_load_bytes(skb, 0, &ip, sizeof(ip)) || ip.protocol != IPPROTO_UDP) return 0;
  __u32 l4 = ip.ihl * 4;
  struct udphdr udp;
  if (bpf_skb_load_bytes(skb, l4, &udp, sizeof(udp))) return 0;
  if (udp.dest != bpf_htons(53) && udp.source != bpf_htons(53)) return 0;
  // Header (12 bytes), then the QNAME labels; find its end within 32 bytes.
  __u8 q[48];
  if (bpf_skb_load_bytes(skb, l4 + sizeof(udp) + 12, q, sizeof(q)) == 0) {
    __u32 i = 0;
    for (int hop = 0; hop < 8; hop++) {
      if (i >= 32) break;
      __u8 len = q[i & 31];
      if (len == 0) break;
      i += len + 1;
    }
    if (i < 32) {
      __u16 qtype = (q[(i + 1) & 47] << 8) | q[(i + 2) & 47];
      __u64 one = 1, *c = bpf_map_lookup_elem(&qtypes, &qtype);
      if (c) (*c)++;
      else bpf_map_update_elem(&qtypes, &qtype, &one, BPF_ANY);
    }
  }
  return skb->len < SNAPLEN ? skb->len : SNAPLEN;
}

char LICENSE[] SEC("license") = "GPL";
