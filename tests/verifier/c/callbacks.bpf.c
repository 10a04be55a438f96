// Callbacks: bpf_loop and bpf_for_each_map_elem, verified with the kernel's callback rules.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct {
  __uint(type, BPF_MAP_TYPE_ARRAY);
  __uint(max_entries, 4);
  __type(key, __u32);
  __type(value, __u64);
} vals SEC(".maps");

struct loop_ctx {
  __u64 sum;
  __u32 buf[4];
};

static long add_index(__u32 i, void *data) {
  struct loop_ctx *c = data;
  c->sum += i;
  return 0;
}

SEC("tc")
int c_bpf_loop_ok(struct __sk_buff *skb) {
  struct loop_ctx c = {};
  bpf_loop(16, add_index, &c, 0);
  return c.sum & 1;
}

static long store_by_index(__u32 i, void *data) {
  struct loop_ctx *c = data;
  c->buf[i] = i;  // i is not bounded by the 4 entries
  return 0;
}

SEC("tc")
int c_bpf_loop_unbounded_index(struct __sk_buff *skb) {
  struct loop_ctx c = {};
  bpf_loop(16, store_by_index, &c, 0);
  return c.sum & 1;
}

static long store_masked(__u32 i, void *data) {
  struct loop_ctx *c = data;
  c->buf[i & 3] = i;
  return 0;
}

SEC("tc")
int c_bpf_loop_masked_index_ok(struct __sk_buff *skb) {
  struct loop_ctx c = {};
  bpf_loop(16, store_masked, &c, 0);
  return c.buf[1] & 1;
}

static long ret_two(__u32 i, void *data) {
  return 2;
}

SEC("tc")
int c_bpf_loop_bad_return(struct __sk_buff *skb) {
  bpf_loop(4, ret_two, 0, 0);
  return 0;
}

static long sum_value(void *map, __u32 *key, __u64 *val, void *data) {
  *(__u64 *)data += *val;
  return 0;
}

SEC("tc")
int c_for_each_ok(struct __sk_buff *skb) {
  __u64 sum = 0;
  bpf_for_each_map_elem(&vals, sum_value, &sum, 0);
  return sum & 1;
}

static long past_value(void *map, __u32 *key, __u64 *val, void *data) {
  *(__u64 *)data += val[1];
  return 0;
}

SEC("tc")
int c_for_each_value_past_end(struct __sk_buff *skb) {
  __u64 sum = 0;
  bpf_for_each_map_elem(&vals, past_value, &sum, 0);
  return sum & 1;
}

static long write_key(void *map, __u32 *key, __u64 *val, void *data) {
  *key = 0;
  return 0;
}

SEC("tc")
int c_for_each_write_key(struct __sk_buff *skb) {
  bpf_for_each_map_elem(&vals, write_key, 0, 0);
  return 0;
}

char LICENSE[] SEC("license") = "GPL";
