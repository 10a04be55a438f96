// Lock-free updates of shared map values with the BPF atomic instructions (clang emits them for the __sync
// builtins at -mcpu=v3): fetch-and-add/or/and/xor in 64 and 32 bits, exchange, and compare-and-exchange used as
// a "claim once" flag and as a CAS loop computing a maximum. Old values returned by the fetch forms are recorded
// too, so both the memory and the register results are compared.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct shared {
  __u64 counter;
  __u64 flags;
  __u64 owner;      // 0 = free; claimed with compare-and-exchange
  __u64 max_seen;
  __u32 c32;
  __u32 mask32;
};

struct {
  __uint(type, BPF_MAP_TYPE_ARRAY);
  __uint(max_entries, 1);
  __type(key, __u32);
  __type(value, struct shared);
} sh SEC(".maps");

struct args {
  __u64 id;       // in: who is calling
  __u64 value;    // in
  __u64 old[8];   // out: old values from the fetch forms
};

SEC("syscall")
int atomics(struct args *a) {
  __u32 zero = 0;
  struct shared *s = bpf_map_lookup_elem(&sh, &zero);
  if (!s) return -1;
  a->old[0] = __sync_fetch_and_add(&s->counter, a->value);
  a->old[1] = __sync_fetch_and_or(&s->flags, 1ULL << (a->id & 63));
  a->old[2] = __sync_fetch_and_and(&s->flags, ~(1ULL << ((a->id + 1) & 63)));
  a->old[3] = __sync_fetch_and_xor(&s->flags, 0xff00);
  a->old[4] = __sync_val_compare_and_swap(&s->owner, 0, a->id);  // claim if free
  a->old[5] = __sync_lock_test_and_set(&s->c32, (__u32)a->value);  // exchange
  __sync_fetch_and_add(&s->mask32, 3);
  __sync_fetch_and_xor(&s->mask32, 0x80000000);  // no fetch: plain atomic xor
  // max_seen = max(max_seen, value) with a bounded CAS loop.
  __u64 cur = s->max_seen;
  for (int i = 0; i < 4 && cur < a->value; i++) {
    __u64 prev = __sync_val_compare_and_swap(&s->max_seen, cur, a->value);
    if (prev == cur) break;
    cur = prev;
  }
  a->old[6] = cur;
  a->old[7] = s->owner == a->id;
  return (int)s->counter;
}

char LICENSE[] SEC("license") = "GPL";
