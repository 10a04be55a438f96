// Payload rewriting in tc with checksum fixup by difference: an HTTP "Server:" header value is replaced by a
// same-length redacted string; bpf_csum_diff computes the checksum delta of the changed bytes and
// bpf_l4_csum_replace applies it (from = 0, size 0: "to" is a checksum diff). Stores use
// BPF_F_RECOMPUTE_CSUM, which only matters for CHECKSUM_COMPLETE skbs. A second program rewrites the IP ID
// and fixes the IP checksum the same way through bpf_l3_csum_replace with a diff.
#include <linux/bpf.h>
#include <linux/if_ether.h>
#include <linux/in.h>
#include <linux/ip.h>
#include <linux/pkt_cls.h>
#include <linux/tcp.h>
#include <stddef.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_endian.h>

#define L4_OFF (ETH_HLEN + sizeof(struct iphdr))
#define TCP_CSUM_OFF (L4_OFF + offsetof(struct tcphdr, check))
#define PAYLOAD_OFF (L4_OFF + sizeof(struct tcphdr))
#define WINDOW 64  // bytes of payload searched

struct {
  __uint(type, BPF_MAP_TYPE_ARRAY);
  __uint(max_entries, 4);
  __type(key, __u32);
  __type(value, __s64);
} rcs SEC(".maps");

static __always_inline void rc(__u32 k, __s64 v) {
  __s64 *p = bpf_map_lookup_elem(&rcs, &k);
  if (p) *p = v;
}

SEC("tc")
int tc_redact(struct __sk_buff *skb) {
  struct iphdr ip;
  if (bpf_skb_load_bytes(skb, ETH_HLEN, &ip, sizeof(ip)) || ip.protocol != IPPROTO_TCP || ip.ihl != 5)
    return TC_ACT_OK;
  __u8 buf[WINDOW];
  if (bpf_skb_load_bytes(skb, PAYLOAD_OFF, buf, WINDOW)) return TC_ACT_OK;
  // Find "Server: " at a 4-byte aligned offset (keeps csum_diff's 4-byte granularity simple).
  int at = -1;
  for (int i = 0; i + 12 <= WINDOW; i += 4) {
    if (buf[i] == 'S' && buf[i + 1] == 'e' && buf[i + 2] == 'r' && buf[i + 3] == 'v' && buf[i + 4] == 'e' &&
        buf[i + 5] == 'r' && buf[i + 6] == ':' && buf[i + 7] == ' ') {
      at = i + 8;
      break;
    }
  }
  if (at < 0 || at + 4 > WINDOW) return TC_ACT_OK;
  __be32 old_word, new_word;
  __builtin_memcpy(&old_word, &buf[at & (WINDOW - 1)], 4);
  __builtin_memcpy(&new_word, "XXXX", 4);
  __s64 diff = bpf_csum_diff(&old_word, 4, &new_word, 4, 0);
  rc(0, diff);
  rc(1, bpf_skb_store_bytes(skb, PAYLOAD_OFF + at, &new_word, 4, BPF_F_RECOMPUTE_CSUM));
  rc(2, bpf_l4_csum_replace(skb, TCP_CSUM_OFF, 0, diff, 0));
  return TC_ACT_OK;
}

SEC("tc")
int tc_set_ipid(struct __sk_buff *skb) {
  struct iphdr ip;
  if (bpf_skb_load_bytes(skb, ETH_HLEN, &ip, sizeof(ip))) return TC_ACT_OK;
  // Word 1 of the header holds the ID (bytes 4..7 with the fragment field): diff the whole word.
  __be32 old_word, new_word;
  __builtin_memcpy(&old_word, (__u8 *)&ip + 4, 4);
  __be16 id = bpf_htons(0xbeef);
  __builtin_memcpy(&new_word, &old_word, 4);
  __builtin_memcpy(&new_word, &id, 2);
  __s64 diff = bpf_csum_diff(&old_word, 4, &new_word, 4, 0);
  rc(3, bpf_l3_csum_replace(skb, ETH_HLEN + offsetof(struct iphdr, check), 0, diff, 0));
  bpf_skb_store_bytes(skb, ETH_HLEN + offsetof(struct iphdr, id), &id, 2, 0);
  return TC_ACT_OK;
}

char LICENSE[] SEC("license") = "GPL";
