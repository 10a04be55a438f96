// Tail calls from inside bpf-to-bpf subprograms (allowed on x86-64 since 5.10, with a small stack): a tc
// ingress policy calls a global function that takes the skb, parses with bpf_skb_load_bytes, and tail-calls the
// per-protocol policy program from there; the policies call a static helper that rewrites the DSCP with
// bpf_l3_csum_replace. A missing policy makes the subprogram's tail call fall through to a default verdict.
#include <linux/bpf.h>
#include <linux/if_ether.h>
#include <linux/in.h>
#include <linux/ip.h>
#include <linux/pkt_cls.h>
#include <stddef.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_endian.h>

struct {
  __uint(type, BPF_MAP_TYPE_PROG_ARRAY);
  __uint(max_entries, 256);  // by IP protocol
  __uint(key_size, sizeof(__u32));
  __uint(value_size, sizeof(__u32));
} policy SEC(".maps");

struct {
  __uint(type, BPF_MAP_TYPE_ARRAY);
  __uint(max_entries, 4);
  __type(key, __u32);
  __type(value, __u64);
} verdicts SEC(".maps");  // 0: default, 1: tcp policy, 2: udp policy, 3: not IPv4

static __always_inline void count(__u32 k) {
  __u64 *v = bpf_map_lookup_elem(&verdicts, &k);
  if (v) (*v)++;
}

static __attribute__((noinline)) int set_dscp(struct __sk_buff *skb, __u8 dscp) {
  __u8 tos;
  if (bpf_skb_load_bytes(skb, ETH_HLEN + offsetof(struct iphdr, tos), &tos, 1)) return -1;
  __u8 new_tos = (dscp << 2) | (tos & 3);
  // The TOS byte is the low byte of the first 16-bit word (version/IHL is the high byte).
  __be16 old_w = bpf_htons(0x4500 | tos), new_w = bpf_htons(0x4500 | new_tos);
  bpf_l3_csum_replace(skb, ETH_HLEN + offsetof(struct iphdr, check), old_w, new_w, 2);
  return bpf_skb_store_bytes(skb, ETH_HLEN + offsetof(struct iphdr, tos), &new_tos, 1, 0);
}

// Global: verified on its own with skb as a context pointer. Returns only when no policy ran.
__attribute__((noinline)) int dispatch(struct __sk_buff *skb) {
  if (!skb) return TC_ACT_SHOT;
  struct iphdr ip;
  if (bpf_skb_load_bytes(skb, ETH_HLEN, &ip, sizeof(ip))) return TC_ACT_SHOT;
  if (ip.version != 4 || ip.ihl != 5) return TC_ACT_UNSPEC;
  bpf_tail_call(skb, &policy, ip.protocol);
  count(0);
  return TC_ACT_OK;
}

SEC("tc")
int tcp_policy(struct __sk_buff *skb) {
  count(1);
  set_dscp(skb, 46);  // EF
  skb->mark = 6;
  return TC_ACT_OK;
}

SEC("tc")
int udp_policy(struct __sk_buff *skb) {
  count(2);
  set_dscp(skb, 8);  // CS1
  skb->mark = 17;
  return TC_ACT_RECLASSIFY;
}

SEC("tc")
int ingress(struct __sk_buff *skb) {
  if (skb->protocol != bpf_htons(ETH_P_IP)) {
    count(3);
    return TC_ACT_OK;
  }
  int v = dispatch(skb);
  return v == TC_ACT_UNSPEC ? TC_ACT_SHOT : v;
}

char LICENSE[] SEC("license") = "GPL";
