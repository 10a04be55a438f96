// bpf_for_each_map_elem over a hash, an array and a per-CPU array: the callback sees each key and value, may
// update values in place, may delete the element it is visiting (hash), and stops the walk by returning 1. The
// helper returns the number of elements visited. Hash iteration order is the map's own, so the callbacks only
// compute order-independent results (sums, counts, max), which keeps the comparison meaningful.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct {
  __uint(type, BPF_MAP_TYPE_HASH);
  __uint(max_entries, 32);
  __type(key, __u32);
  __type(value, __u64);
} sessions SEC(".maps");

struct {
  __uint(type, BPF_MAP_TYPE_ARRAY);
  __uint(max_entries, 8);
  __type(key, __u32);
  __type(value, __u32);
} slots SEC(".maps");

struct {
  __uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
  __uint(max_entries, 4);
  __type(key, __u32);
  __type(value, __u64);
} pc SEC(".maps");

struct expire_ctx {
  __u64 now;
  __u64 expired;
  __u64 kept_sum;
  __u64 max_key;
};

// Sessions whose timestamp (the value) is older than now - 100 are deleted.
static long expire(void *map, __u32 *key, __u64 *val, struct expire_ctx *c) {
  if (*val + 100 < c->now) {
    bpf_map_delete_elem(map, key);
    c->expired++;
  } else {
    c->kept_sum += *val;
    if (*key > c->max_key) c->max_key = *key;
  }
  return 0;
}

struct slot_ctx {
  __u32 limit;
  __u32 visited;
  __u64 weighted;
};

// Stops at the first slot whose value is over the limit; doubles the others.
static long scan(void *map, __u32 *key, __u32 *val, struct slot_ctx *c) {
  c->visited++;
  if (*val > c->limit) return 1;
  c->weighted += (__u64)*key * *val;
  *val *= 2;
  return 0;
}

static long bump(void *map, __u32 *key, __u64 *val, __u64 *total) {
  *val += *key + 1;
  *total += *val;
  return 0;
}

struct args {
  __u64 now;
  __u32 limit;
  __u32 pad;
  __s64 out[10];
};

SEC("syscall")
int walk(struct args *a) {
  struct expire_ctx ec = {.now = a->now};
  a->out[0] = bpf_for_each_map_elem(&sessions, expire, &ec, 0);
  a->out[1] = ec.expired;
  a->out[2] = ec.kept_sum;
  a->out[3] = ec.max_key;
  struct slot_ctx sc = {.limit = a->limit};
  a->out[4] = bpf_for_each_map_elem(&slots, scan, &sc, 0);
  a->out[5] = sc.visited;
  a->out[6] = sc.weighted;
  __u64 total = 0;
  a->out[7] = bpf_for_each_map_elem(&pc, bump, &total, 0);
  a->out[8] = total;
  a->out[9] = bpf_for_each_map_elem(&slots, scan, &sc, 1);  // flags must be 0
  return 0;
}

char LICENSE[] SEC("license") = "GPL";
