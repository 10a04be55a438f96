// bpf_loop callbacks: an iterative computation (Collatz steps with an early stop once the value reaches 1), a
// loop over an array map summing and rewriting elements through the callback context, a nested bpf_loop inside
// a callback, and the limits: zero iterations, and a flags value other than 0 (-EINVAL). bpf_loop returns the
// number of iterations made.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct {
  __uint(type, BPF_MAP_TYPE_ARRAY);
  __uint(max_entries, 16);
  __type(key, __u32);
  __type(value, __u64);
} vec SEC(".maps");

struct collatz_ctx {
  __u64 n;
  __u64 steps;
};

static long collatz_step(__u32 i, struct collatz_ctx *c) {
  if (c->n <= 1) return 1;  // stop
  c->n = (c->n & 1) ? 3 * c->n + 1 : c->n / 2;
  c->steps++;
  return 0;
}

struct sum_ctx {
  __u64 sum;
  __u64 scale;
};

static long sum_and_scale(__u32 i, struct sum_ctx *c) {
  __u64 *v = bpf_map_lookup_elem(&vec, &i);
  if (!v) return 1;
  c->sum += *v;
  *v *= c->scale;
  return 0;
}

struct grid_ctx {
  __u32 row;
  __u64 acc;
};

static long inner_cell(__u32 col, struct grid_ctx *g) {
  g->acc += (g->row + 1) * (col + 1);
  return 0;
}

static long outer_row(__u32 row, struct grid_ctx *g) {
  g->row = row;
  bpf_loop(row + 1, inner_cell, g, 0);  // a triangle: row r has r + 1 cells
  return 0;
}

static long never(__u32 i, void *c) { return 0; }

struct args {
  __u64 start;     // in: Collatz start
  __u64 scale;     // in
  __s64 out[8];    // out
};

SEC("syscall")
int loops(struct args *a) {
  struct collatz_ctx cc = {.n = a->start};
  a->out[0] = bpf_loop(1000, collatz_step, &cc, 0);
  a->out[1] = cc.steps;
  struct sum_ctx sc = {.scale = a->scale};
  a->out[2] = bpf_loop(16, sum_and_scale, &sc, 0);
  a->out[3] = sc.sum;
  struct grid_ctx g = {};
  a->out[4] = bpf_loop(10, outer_row, &g, 0);
  a->out[5] = g.acc;
  a->out[6] = bpf_loop(0, never, 0, 0);
  a->out[7] = bpf_loop(5, never, 0, 1);
  return 0;
}

char LICENSE[] SEC("license") = "GPL";
