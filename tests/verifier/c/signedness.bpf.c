// Signed and unsigned bounds in C: the classic missing lower-bound check, and its fixes.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct {
  __uint(type, BPF_MAP_TYPE_ARRAY);
  __uint(max_entries, 1);
  __type(key, __u32);
  __type(value, __u32[8]);
} slots SEC(".maps");

static __always_inline __u32 *table(void) {
  __u32 k = 0;
  return bpf_map_lookup_elem(&slots, &k);
}

SEC("tc")
int c_signed_index_no_lower_bound(struct __sk_buff *skb) {
  __u32 *t = table();
  if (!t) return 0;
  int i = (int)skb->mark;
  if (i >= 8) return 0;  // i may be negative
  return ((volatile __u32 *)t)[i] & 1;
}

SEC("tc")
int c_signed_index_both_bounds_ok(struct __sk_buff *skb) {
  __u32 *t = table();
  if (!t) return 0;
  int i = (int)skb->mark;
  if (i < 0 || i >= 8) return 0;
  return ((volatile __u32 *)t)[i] & 1;
}

SEC("tc")
int c_unsigned_index_ok(struct __sk_buff *skb) {
  __u32 *t = table();
  if (!t) return 0;
  __u32 i = skb->mark;
  if (i >= 8) return 0;
  return ((volatile __u32 *)t)[i] & 1;
}

SEC("tc")
int c_index_sum_unchecked(struct __sk_buff *skb) {
  __u32 *t = table();
  if (!t) return 0;
  __u32 i = skb->mark & 7, j = skb->priority & 7;
  return ((volatile __u32 *)t)[i + j] & 1;  // up to 14
}

SEC("tc")
int c_index_mask_ok(struct __sk_buff *skb) {
  __u32 *t = table();
  if (!t) return 0;
  return ((volatile __u32 *)t)[(skb->mark + skb->priority) & 7] & 1;
}

char LICENSE[] SEC("license") = "GPL";
