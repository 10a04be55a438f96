// Destination NAT in tc, the skb way: headers read with bpf_skb_load_bytes, rewritten with bpf_skb_store_bytes,
// and both checksums fixed by the kernel's helpers: bpf_l3_csum_replace for the IP header, bpf_l4_csum_replace
// with BPF_F_PSEUDO_HDR for the address part of the TCP/UDP pseudo-header and without it for the port (UDP with
// BPF_F_MARK_MANGLED_0, so a zero checksum stays "none"). Translated packets get skb->mark set.
#include <linux/bpf.h>
#include <linux/if_ether.h>
#include <linux/in.h>
#include <linux/ip.h>
#include <linux/pkt_cls.h>
#include <linux/tcp.h>
#include <linux/udp.h>
#include <stddef.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_endian.h>

#define IP_OFF ETH_HLEN
#define IP_CSUM_OFF (IP_OFF + offsetof(struct iphdr, check))
#define IP_DST_OFF (IP_OFF + offsetof(struct iphdr, daddr))
#define L4_OFF (IP_OFF + sizeof(struct iphdr))
#define TCP_CSUM_OFF (L4_OFF + offsetof(struct tcphdr, check))
#define UDP_CSUM_OFF (L4_OFF + offsetof(struct udphdr, check))
#define DPORT_OFF (L4_OFF + 2)

struct nat_key {
  __be32 addr;
  __be16 port;
  __u8 proto;
  __u8 pad;
};

struct nat_val {
  __be32 addr;
  __be16 port;
  __u16 pad;
  __u64 hits;
};

struct {
  __uint(type, BPF_MAP_TYPE_HASH);
  __uint(max_entries, 32);
  __type(key, struct nat_key);
  __type(value, struct nat_val);
} nat SEC(".maps");

// Return codes of the helpers of the last translation (csum and store calls), to compare them too.
struct {
  __uint(type, BPF_MAP_TYPE_ARRAY);
  __uint(max_entries, 6);
  __type(key, __u32);
  __type(value, __s64);
} rcs SEC(".maps");

static __always_inline void rc(__u32 k, __s64 v) {
  __s64 *p = bpf_map_lookup_elem(&rcs, &k);
  if (p) *p = v;
}

SEC("tc")
int tc_dnat(struct __sk_buff *skb) {
  if (skb->protocol != bpf_htons(ETH_P_IP)) return TC_ACT_OK;
  struct iphdr ip;
  if (bpf_skb_load_bytes(skb, IP_OFF, &ip, sizeof(ip)) || ip.ihl != 5) return TC_ACT_OK;
  if (ip.protocol != IPPROTO_TCP && ip.protocol != IPPROTO_UDP) return TC_ACT_OK;
  __be16 ports[2];
  if (bpf_skb_load_bytes(skb, L4_OFF, ports, sizeof(ports))) return TC_ACT_SHOT;
  struct nat_key k = {.addr = ip.daddr, .port = ports[1], .proto = ip.protocol};
  struct nat_val *v = bpf_map_lookup_elem(&nat, &k);
  if (!v) return TC_ACT_OK;

  __be32 new_addr = v->addr;
  __be16 new_port = v->port;
  const int tcp = ip.protocol == IPPROTO_TCP;
  const __u32 csum_off = tcp ? TCP_CSUM_OFF : UDP_CSUM_OFF;
  const __u64 mangled = tcp ? 0 : BPF_F_MARK_MANGLED_0;

  rc(0, bpf_l4_csum_replace(skb, csum_off, ip.daddr, new_addr, BPF_F_PSEUDO_HDR | mangled | sizeof(new_addr)));
  rc(1, bpf_l4_csum_replace(skb, csum_off, ports[1], new_port, mangled | sizeof(new_port)));
  rc(2, bpf_l3_csum_replace(skb, IP_CSUM_OFF, ip.daddr, new_addr, sizeof(new_addr)));
  rc(3, bpf_skb_store_bytes(skb, IP_DST_OFF, &new_addr, sizeof(new_addr), 0));
  rc(4, bpf_skb_store_bytes(skb, DPORT_OFF, &new_port, sizeof(new_port), 0));
  // A checksum offset past the packet is refused.
  rc(5, bpf_l3_csum_replace(skb, 4000, 0, 1, 2));
  __sync_fetch_and_add(&v->hits, 1);
  skb->mark = 0x4e4154;  // "NAT"
  return TC_ACT_OK;
}

char LICENSE[] SEC("license") = "GPL";
