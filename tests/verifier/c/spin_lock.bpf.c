// bpf_spin_lock rules: one lock held at a time, released before exit, no helper calls while held, only in a map
// value whose BTF has the lock.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct locked {
  struct bpf_spin_lock lock;
  __u64 count;
};

struct {
  __uint(type, BPF_MAP_TYPE_ARRAY);
  __uint(max_entries, 1);
  __type(key, __u32);
  __type(value, struct locked);
} locks SEC(".maps");

struct {
  __uint(type, BPF_MAP_TYPE_HASH);
  __uint(max_entries, 4);
  __type(key, __u32);
  __type(value, struct locked);
} hlocks SEC(".maps");

static __always_inline struct locked *get(void) {
  __u32 key = 0;
  return bpf_map_lookup_elem(&locks, &key);
}

SEC("tc")
int c_lock_ok(struct __sk_buff *skb) {
  struct locked *l = get();
  if (!l) return 0;
  bpf_spin_lock(&l->lock);
  l->count++;
  bpf_spin_unlock(&l->lock);
  return 0;
}

SEC("tc")
int c_lock_twice(struct __sk_buff *skb) {
  struct locked *l = get();
  if (!l) return 0;
  bpf_spin_lock(&l->lock);
  bpf_spin_lock(&l->lock);
  l->count++;
  bpf_spin_unlock(&l->lock);
  return 0;
}

SEC("tc")
int c_unlock_without_lock(struct __sk_buff *skb) {
  struct locked *l = get();
  if (!l) return 0;
  l->count++;
  bpf_spin_unlock(&l->lock);
  return 0;
}

SEC("tc")
int c_lock_held_at_exit(struct __sk_buff *skb) {
  struct locked *l = get();
  if (!l) return 0;
  bpf_spin_lock(&l->lock);
  l->count++;
  return 0;
}

SEC("tc")
int c_lock_helper_inside(struct __sk_buff *skb) {
  struct locked *l = get();
  if (!l) return 0;
  bpf_spin_lock(&l->lock);
  l->count = bpf_ktime_get_ns();
  bpf_spin_unlock(&l->lock);
  return 0;
}

SEC("tc")
int c_lock_on_stack(struct __sk_buff *skb) {
  struct bpf_spin_lock lock = {};
  bpf_spin_lock(&lock);
  bpf_spin_unlock(&lock);
  return 0;
}

SEC("tc")
int c_lock_read_lock_field(struct __sk_buff *skb) {
  struct locked *l = get();
  if (!l) return 0;
  return *(__u32 *)&l->lock;
}

SEC("tc")
int c_lock_hash_ok(struct __sk_buff *skb) {
  __u32 key = skb->mark;
  struct locked *l = bpf_map_lookup_elem(&hlocks, &key);
  if (!l) return 0;
  bpf_spin_lock(&l->lock);
  l->count += 2;
  bpf_spin_unlock(&l->lock);
  return 0;
}

char LICENSE[] SEC("license") = "GPL";
