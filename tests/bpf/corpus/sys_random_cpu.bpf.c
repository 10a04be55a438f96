// Randomness and placement, through facts: bpf_get_prandom_u32 draws differ and look uniform (a bit-balance
// check that a constant or counter would fail), the program runs on CPU 0 (both runners pin there) on NUMA node
// 0, and a random choice among equal-weight buckets stays in range. The result bits, not the numbers, are
// compared.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

#define DRAWS 64

struct {
  __uint(type, BPF_MAP_TYPE_ARRAY);
  __uint(max_entries, 4);
  __type(key, __u32);
  __type(value, __u64);
} buckets SEC(".maps");

struct args {
  __u64 facts;
  __u32 cpu;
  __u32 node;
  __u64 total;  // draws placed in buckets (DRAWS)
};

struct draw_ctx {
  __u32 prev, repeats, odd, high;
};

static long draw(__u32 i, struct draw_ctx *d) {
  __u32 r = bpf_get_prandom_u32();
  if (r == d->prev) d->repeats++;
  d->prev = r;
  d->odd += r & 1;
  d->high += r >> 31;
  __u32 k = r % 4;
  __u64 *b = bpf_map_lookup_elem(&buckets, &k);
  if (b) (*b)++;
  return 0;
}

SEC("syscall")
int dice(struct args *a) {
  __u64 f = 0;
  struct draw_ctx d = {.prev = bpf_get_prandom_u32()};
  bpf_loop(DRAWS, draw, &d, 0);
  // Each bound fails for a fair generator with probability below 1e-6.
  if (d.repeats == 0) f |= 1;
  if (d.odd >= 10 && d.odd <= 54) f |= 2;
  if (d.high >= 10 && d.high <= 54) f |= 4;
  a->cpu = bpf_get_smp_processor_id();
  a->node = bpf_get_numa_node_id();
  if (a->cpu == 0) f |= 8;
  if (a->node == 0) f |= 16;
  __u64 total = 0;
  for (int i = 0; i < 4; i++) {
    __u32 k = i;  // the key's address is taken: keep the loop counter itself in a register
    __u64 *b = bpf_map_lookup_elem(&buckets, &k);
    if (b) {
      total += *b;
      *b = 0;  // keep the map comparable: only the total is a fact
    }
  }
  a->total = total;
  a->facts = f;
  return f == 31;
}

char LICENSE[] SEC("license") = "GPL";
