// bpf_spin_lock used the ways the kernel's verifier refuses (tests/cli/cli_spinlock_test.cc). There is no verifier
// in bpfkit's userspace run yet, so each misuse must stop the run with the verifier's words at the instruction,
// instead of spinning for ever. lock_ok is the correct pattern, for contrast.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct locked_counter {
  struct bpf_spin_lock lock;
  __u64 count;
};

struct {
  __uint(type, BPF_MAP_TYPE_ARRAY);
  __uint(max_entries, 1);
  __type(key, __u32);
  __type(value, struct locked_counter);
} spin_counters SEC(".maps");

static __always_inline struct locked_counter *counter(void) {
  __u32 key = 0;
  return bpf_map_lookup_elem(&spin_counters, &key);
}

SEC("xdp")
int lock_ok(struct xdp_md *ctx) {
  struct locked_counter *c = counter();
  if (!c) return XDP_ABORTED;
  bpf_spin_lock(&c->lock);
  c->count++;
  bpf_spin_unlock(&c->lock);
  return XDP_PASS;
}

SEC("xdp")
int lock_twice(struct xdp_md *ctx) {
  struct locked_counter *c = counter();
  if (!c) return XDP_ABORTED;
  bpf_spin_lock(&c->lock);
  bpf_spin_lock(&c->lock);
  c->count++;
  bpf_spin_unlock(&c->lock);
  return XDP_PASS;
}

SEC("xdp")
int lock_stack(struct xdp_md *ctx) {
  struct bpf_spin_lock lock = {};
  bpf_spin_lock(&lock);
  bpf_spin_unlock(&lock);
  return XDP_PASS;
}

SEC("xdp")
int exit_locked(struct xdp_md *ctx) {
  struct locked_counter *c = counter();
  if (!c) return XDP_ABORTED;
  bpf_spin_lock(&c->lock);
  c->count++;
  return XDP_PASS;
}

SEC("xdp")
int unlock_unlocked(struct xdp_md *ctx) {
  struct locked_counter *c = counter();
  if (!c) return XDP_ABORTED;
  bpf_spin_unlock(&c->lock);
  return XDP_PASS;
}

SEC("xdp")
int call_locked(struct xdp_md *ctx) {
  struct locked_counter *c = counter();
  if (!c) return XDP_ABORTED;
  bpf_spin_lock(&c->lock);
  c->count += bpf_get_prandom_u32() & 1;
  bpf_spin_unlock(&c->lock);
  return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
