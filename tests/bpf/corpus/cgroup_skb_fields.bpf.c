// Every __sk_buff field a cgroup_skb program may read (the socket fields included, not wire_len, tc_classid or data_meta: test-run's socket takes the
// packet's addresses, its ports stay 0), then the writable ones written and read back (mark, priority, cb[],
// tstamp). A socket filter reads what it may (no data pointers, socket fields, tstamp or wire_len) and writes cb[].
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct {
  __uint(type, BPF_MAP_TYPE_ARRAY);
  __uint(max_entries, 4);
  __type(key, __u32);
  __type(value, __u64[48]);
} fields SEC(".maps");

static __always_inline void read_common(struct __sk_buff *skb, __u64 *v) {
  v[0] = skb->len;
  v[1] = skb->pkt_type;
  v[2] = skb->mark;
  v[3] = skb->queue_mapping;
  v[4] = skb->protocol;
  v[5] = skb->vlan_present;
  v[6] = skb->vlan_tci;
  v[7] = skb->vlan_proto;
  v[8] = skb->priority;
  v[9] = skb->ingress_ifindex;
  v[10] = skb->ifindex;
  v[11] = skb->tc_index;
  v[12] = skb->cb[0];
  v[13] = skb->cb[1];
  v[14] = skb->cb[2];
  v[15] = skb->cb[3];
  v[16] = skb->cb[4];
  v[17] = skb->hash;
  v[18] = skb->napi_id;
  v[19] = skb->gso_segs;
  v[20] = skb->gso_size;
}

static __always_inline void read_cgroup(struct __sk_buff *skb, __u64 *v) {
  read_common(skb, v);
  v[21] = skb->family;
  v[22] = skb->remote_ip4;
  v[23] = skb->local_ip4;
  v[24] = skb->remote_ip6[0];
  v[25] = skb->remote_ip6[1];
  v[26] = skb->remote_ip6[2];
  v[27] = skb->remote_ip6[3];
  v[28] = skb->local_ip6[0];
  v[29] = skb->local_ip6[1];
  v[30] = skb->local_ip6[2];
  v[31] = skb->local_ip6[3];
  v[32] = skb->remote_port;
  v[33] = skb->local_port;
  v[34] = skb->data_end - skb->data;
  v[35] = skb->tstamp;
  v[37] = skb->hwtstamp;
}

SEC("cgroup_skb/egress")
int cg_fields(struct __sk_buff *skb) {
  __u32 key = 0;
  __u64 *v = bpf_map_lookup_elem(&fields, &key);
  if (!v) return 0;
  read_cgroup(skb, v);
  skb->mark = 0x55aa;
  skb->priority = 3;
  skb->cb[2] = 202;
  skb->tstamp = 42;
  key = 1;
  v = bpf_map_lookup_elem(&fields, &key);
  if (!v) return 0;
  read_cgroup(skb, v);
  return 1;
}

SEC("socket")
int sock_fields(struct __sk_buff *skb) {
  __u32 key = 2;
  __u64 *v = bpf_map_lookup_elem(&fields, &key);
  if (!v) return 0;
  read_common(skb, v);
  skb->cb[1] = 77;
  key = 3;
  v = bpf_map_lookup_elem(&fields, &key);
  if (!v) return 0;
  read_common(skb, v);
  return skb->len;
}

char _license[] SEC("license") = "GPL";
