// bpf_spin_lock protecting multi-field updates in map values: an account balance moved between two array
// elements under both locks (taken in index order), and a hash-resident rate limiter updated under its lock.
// The lock word itself reads as zero from userspace, so the comparison covers the protected fields.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct account {
  struct bpf_spin_lock lock;
  __u32 pad;
  __s64 balance;
  __u64 ops;
};

struct {
  __uint(type, BPF_MAP_TYPE_ARRAY);
  __uint(max_entries, 4);
  __type(key, __u32);
  __type(value, struct account);
} accounts SEC(".maps");

struct bucket {
  __u64 tokens;
  __u64 last;
  struct bpf_spin_lock lock;
  __u32 denied;
};

struct {
  __uint(type, BPF_MAP_TYPE_HASH);
  __uint(max_entries, 8);
  __type(key, __u32);
  __type(value, struct bucket);
} limits SEC(".maps");

struct args {
  __u32 from, to;
  __s64 amount;
  __u32 client;
  __u32 now;
  __s64 result[2];
};

static __always_inline int adjust(__u32 idx, __s64 delta) {
  struct account *acc = bpf_map_lookup_elem(&accounts, &idx);
  if (!acc) return -1;
  int ok = 0;
  bpf_spin_lock(&acc->lock);
  if (acc->balance + delta >= 0) {
    acc->balance += delta;
    acc->ops++;
    ok = 1;
  }
  bpf_spin_unlock(&acc->lock);
  return ok;
}

SEC("syscall")
int transfer(struct args *a) {
  // Withdraw first; only on success deposit.
  int w = adjust(a->from, -a->amount);
  a->result[0] = w;
  if (w == 1) a->result[0] = 1 + adjust(a->to, a->amount);

  __u32 client = a->client;
  struct bucket *b = bpf_map_lookup_elem(&limits, &client);
  if (!b) {
    struct bucket nb = {.tokens = 3, .last = a->now};
    bpf_map_update_elem(&limits, &client, &nb, BPF_NOEXIST);
    b = bpf_map_lookup_elem(&limits, &client);
    if (!b) return -1;
  }
  int allowed;
  bpf_spin_lock(&b->lock);
  b->tokens += (a->now - b->last) / 10;
  if (b->tokens > 5) b->tokens = 5;
  b->last = a->now;
  if (b->tokens > 0) {
    b->tokens--;
    allowed = 1;
  } else {
    b->denied++;
    allowed = 0;
  }
  bpf_spin_unlock(&b->lock);
  a->result[1] = allowed;
  return allowed;
}

char LICENSE[] SEC("license") = "GPL";
