// A tc QoS classifier: reads DSCP, sets skb->priority and skb->tc_classid from a class table, remarks DSCP
// (with bpf_l3_csum_replace on the 2-byte TOS word), stores what it saw in the skb control block (cb[]) for a
// later program, and keeps per-class counters. It also reads the skb fields test-run fills in (len, protocol,
// pkt_type, ifindex, wire_len...) into an array, so the two contexts are compared field by field.
#include <linux/bpf.h>
#include <linux/if_ether.h>
#include <linux/ip.h>
#include <linux/pkt_cls.h>
#include <stddef.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_endian.h>

struct class_info {
  __u32 priority;
  __u32 classid;
  __u8 remark_dscp;  // 0xff: keep
  __u8 pad[7];
  __u64 packets;
  __u64 bytes;
};

struct {
  __uint(type, BPF_MAP_TYPE_ARRAY);
  __uint(max_entries, 64);  // by DSCP
  __type(key, __u32);
  __type(value, struct class_info);
} classes SEC(".maps");

struct skb_view {
  __u32 len, pkt_type, mark, queue_mapping, protocol, vlan_present, priority, ingress_ifindex, ifindex, tc_index;
  __u32 cb0, cb4, hash, wire_len, gso_segs, gso_size, data_len;
};

struct {
  __uint(type, BPF_MAP_TYPE_ARRAY);
  __uint(max_entries, 1);
  __type(key, __u32);
  __type(value, struct skb_view);
} last_skb SEC(".maps");

SEC("tc")
int tc_classify(struct __sk_buff *skb) {
  __u32 zero = 0;
  struct skb_view *sv = bpf_map_lookup_elem(&last_skb, &zero);
  if (sv) {
    sv->len = skb->len;
    sv->pkt_type = skb->pkt_type;
    sv->mark = skb->mark;
    sv->queue_mapping = skb->queue_mapping;
    sv->protocol = skb->protocol;
    sv->vlan_present = skb->vlan_present;
    sv->priority = skb->priority;
    sv->ingress_ifindex = skb->ingress_ifindex;
    sv->ifindex = skb->ifindex;
    sv->tc_index = skb->tc_index;
    sv->cb0 = skb->cb[0];
    sv->cb4 = skb->cb[4];
    sv->wire_len = skb->wire_len;
    sv->gso_segs = skb->gso_segs;
    sv->gso_size = skb->gso_size;
    sv->data_len = skb->data_end - skb->data;
  }
  void *data = (void *)(long)skb->data;
  void *data_end = (void *)(long)skb->data_end;
  struct ethhdr *eth = data;
  if ((void *)(eth + 1) > data_end || eth->h_proto != bpf_htons(ETH_P_IP)) return TC_ACT_OK;
  struct iphdr *ip = (void *)(eth + 1);
  if ((void *)(ip + 1) > data_end) return TC_ACT_SHOT;
  __u32 dscp = ip->tos >> 2;
  struct class_info *ci = bpf_map_lookup_elem(&classes, &dscp);
  if (!ci) return TC_ACT_OK;
  ci->packets++;
  ci->bytes += skb->len;
  skb->priority = ci->priority;
  skb->tc_classid = ci->classid;
  skb->cb[0] = dscp;
  skb->cb[1] = ci->classid;
  skb->cb[4] = skb->cb[4] + 1;  // a hop counter a previous stage may have set
  if (ci->remark_dscp != 0xff) {
    __u8 new_tos = (ci->remark_dscp << 2) | (ip->tos & 3);
    // The checksum update works on the 16-bit word holding version/IHL and TOS.
    __be16 old_word = *(__be16 *)ip;
    __be16 new_word = bpf_htons((bpf_ntohs(old_word) & 0xff00) | new_tos);
    bpf_l3_csum_replace(skb, ETH_HLEN + offsetof(struct iphdr, check), old_word, new_word, 2);
    bpf_skb_store_bytes(skb, ETH_HLEN + offsetof(struct iphdr, tos), &new_tos, 1, 0);
  }
  return ci->classid ? TC_ACT_OK : TC_ACT_SHOT;
}

char LICENSE[] SEC("license") = "GPL";
