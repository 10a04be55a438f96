// Legacy tc (netlink cls_bpf, direct-action) and the tc/* aliases, tested on a veth pair
// (tests/kernel/attach_tc_test.cc, tests/cli/cli_load_tc_test.cc). Only frames of the local experimental ethertype
// the tests send are counted, so the IPv6 chatter of an interface coming up cannot move a counter.
#include <linux/bpf.h>
#include <linux/pkt_cls.h>
#include <bpf/bpf_endian.h>
#include <bpf/bpf_helpers.h>

#define TEST_ETH_P 0x88b5

enum { SLOT_LEGACY, SLOT_ALIAS_IN, SLOT_ALIAS_OUT, SLOT_DROP, SLOT_COUNT };

struct {
  __uint(type, BPF_MAP_TYPE_ARRAY);
  __uint(max_entries, SLOT_COUNT);
  __type(key, __u32);
  __type(value, __u64);
} tc_hits SEC(".maps");

static __always_inline int counted(struct __sk_buff *skb, __u32 slot) {
  if (skb->protocol != bpf_htons(TEST_ETH_P)) return 0;
  __u64 *v = bpf_map_lookup_elem(&tc_hits, &slot);
  if (v) __sync_fetch_and_add(v, 1);
  return 1;
}

SEC("tc") int tc_legacy(struct __sk_buff *skb) {
  counted(skb, SLOT_LEGACY);
  return TC_ACT_OK;
}

SEC("tc/ingress") int tc_alias_in(struct __sk_buff *skb) {
  counted(skb, SLOT_ALIAS_IN);
  return TC_ACT_OK;
}

SEC("tc/egress") int tc_alias_out(struct __sk_buff *skb) {
  counted(skb, SLOT_ALIAS_OUT);
  return TC_ACT_OK;
}

// In direct-action mode the return value is the verdict: the test frames go no further.
SEC("classifier") int tc_drop(struct __sk_buff *skb) {
  return counted(skb, SLOT_DROP) ? TC_ACT_SHOT : TC_ACT_OK;
}

char LICENSE[] SEC("license") = "GPL";
