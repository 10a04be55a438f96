// Maps in C: value bounds with C indexing, global data, read-only data.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct val {
  __u32 slots[4];
};

struct {
  __uint(type, BPF_MAP_TYPE_HASH);
  __uint(max_entries, 16);
  __type(key, __u32);
  __type(value, struct val);
} table SEC(".maps");

const volatile __u32 limit = 4;
__u64 counter;

SEC("tc")
int c_map_index_checked_ok(struct __sk_buff *skb) {
  __u32 key = 0;
  struct val *v = bpf_map_lookup_elem(&table, &key);
  if (!v) return 0;
  __u32 i = skb->mark;
  if (i >= 4) return 0;
  v->slots[i]++;
  return 0;
}

SEC("tc")
int c_map_index_off_by_one(struct __sk_buff *skb) {
  __u32 key = 0;
  struct val *v = bpf_map_lookup_elem(&table, &key);
  if (!v) return 0;
  __u32 i = skb->mark;
  if (i > 4) return 0;
  v->slots[i]++;
  return 0;
}

SEC("tc")
int c_map_no_null_check(struct __sk_buff *skb) {
  __u32 key = 0;
  struct val *v = bpf_map_lookup_elem(&table, &key);
  v->slots[0]++;
  return 0;
}

SEC("tc")
int c_global_data_ok(struct __sk_buff *skb) {
  __sync_fetch_and_add(&counter, 1);
  return skb->len < limit;
}

SEC("tc")
int c_rodata_write(struct __sk_buff *skb) {
  *(volatile __u32 *)&limit = 5;
  return 0;
}

char LICENSE[] SEC("license") = "GPL";
