// Every __sk_buff field a tc program may read, as test-run fills it, then the writable ones written and read back:
// mark, priority, tc_index, tc_classid, queue_mapping, cb[], tstamp. The values land in an array map, so each field
// is compared with the kernel on its own.
//
// tc_index, tc_classid and queue_mapping are u16 in the sk_buff: the kernel's rewritten store keeps 16 bits (and
// drops a queue_mapping >= 0xffff). bpfkit runs the program's own 32-bit store into the __sk_buff mirror, so a
// wider value would read back whole: the values here fit in 16 bits (a known limit until ctx accesses are
// rewritten as the verifier's convert_ctx_access does).
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct {
  __uint(type, BPF_MAP_TYPE_ARRAY);
  __uint(max_entries, 2);
  __type(key, __u32);
  __type(value, __u64[40]);
} fields SEC(".maps");

// One store per field: clang would merge neighbouring constant stores into one 8-byte store, which the verifier
// refuses for __sk_buff.
#define SET(field, value)             \
  do {                                \
    skb->field = (value);             \
    asm volatile("" ::: "memory");    \
  } while (0)

static __always_inline void read_all(struct __sk_buff *skb, __u64 *v) {
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
  v[18] = skb->tc_classid;
  v[19] = skb->data_end - skb->data;
  v[20] = skb->napi_id;
  v[21] = skb->data - skb->data_meta;
  v[22] = skb->tstamp;
  v[23] = skb->wire_len;
  v[24] = skb->gso_segs;
  v[25] = skb->gso_size;
  v[26] = skb->hwtstamp;
}

SEC("tc")
int skb_fields(struct __sk_buff *skb) {
  __u32 key = 0;
  __u64 *v = bpf_map_lookup_elem(&fields, &key);
  if (!v) return 2;
  read_all(skb, v);

  SET(mark, 0xabcd0001);
  SET(priority, 0x70000);
  SET(tc_index, 0x2345);
  SET(tc_classid, 0x20);
  SET(queue_mapping, 7);
  SET(cb[0], 100);
  SET(cb[4], 104);
  SET(tstamp, 5000000000ull);
  key = 1;
  v = bpf_map_lookup_elem(&fields, &key);
  if (!v) return 2;
  v[30] = skb->queue_mapping;
  read_all(skb, v);
  return 0;
}

char _license[] SEC("license") = "GPL";
