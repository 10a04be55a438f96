// A socket filter written with the legacy packet loads (LD_ABS / LD_IND, what classic BPF filters compile to):
// accept TCP SYNs to a port range and ICMP echo requests, read through absolute loads relative to the network
// header (where a socket filter's skb->data points) and indirect loads past a variable-length IP header. Loads
// beyond the packet end the program with return 0, as in classic BPF. A second filter reads the link-layer and
// network headers through the negative SKF_LL_OFF / SKF_NET_OFF bases, as tcpdump-style filters do.
#include <linux/bpf.h>
#include <linux/filter.h>
#include <linux/if_ether.h>
#include <linux/in.h>
#include <bpf/bpf_helpers.h>

unsigned long long load_byte(void *skb, unsigned long long off) asm("llvm.bpf.load.byte");
unsigned long long load_half(void *skb, unsigned long long off) asm("llvm.bpf.load.half");
unsigned long long load_word(void *skb, unsigned long long off) asm("llvm.bpf.load.word");

struct {
  __uint(type, BPF_MAP_TYPE_ARRAY);
  __uint(max_entries, 5);
  __type(key, __u32);
  __type(value, __u64);
} seen SEC(".maps");

static __always_inline void note(__u32 k, __u64 v) {
  __u64 *p = bpf_map_lookup_elem(&seen, &k);
  if (p) *p = v;
}

SEC("socket")
int syn_or_ping(struct __sk_buff *skb) {
  __u64 vihl = load_byte(skb, 0);
  if ((vihl >> 4) != 4) return 0;
  __u64 hlen = (vihl & 0xf) * 4;
  __u64 proto = load_byte(skb, 9);
  note(1, load_word(skb, 12));  // source address, host order
  if (proto == IPPROTO_ICMP) {
    __u64 type = load_byte(skb, hlen);  // LD_IND would need a register base: clang picks the form
    return type == 8 ? 0xffff : 0;
  }
  if (proto != IPPROTO_TCP) return 0;
  __u64 dport = load_half(skb, hlen + 2);
  __u64 flags = load_byte(skb, hlen + 13);
  note(2, (dport << 8) | flags);
  // A load past the end of the packet: the program stops here and returns 0.
  if (dport == 9999) note(3, load_word(skb, 5000));
  if ((flags & 0x12) == 0x02 && dport >= 8000 && dport < 9000) return 0xffff;
  return 0;
}

SEC("socket")
int link_layer(struct __sk_buff *skb) {
  // Link-layer header: the EtherType and the last two bytes of the source MAC.
  note(0, (load_half(skb, SKF_LL_OFF + 12) << 16) | load_half(skb, SKF_LL_OFF + 10));
  // The network header through its own base: the same bytes as offset 0.
  __u64 ttl_proto = load_half(skb, SKF_NET_OFF + 8);
  note(4, ttl_proto);
  return ttl_proto == load_half(skb, 8) ? (int)skb->len : 0;
}

char LICENSE[] SEC("license") = "GPL";
