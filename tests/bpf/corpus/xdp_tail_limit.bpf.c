// Tail-call depth: a program that tail-calls itself until the kernel's limit stops it. The limit is 33
// successful tail calls per run (MAX_TAIL_CALL_CNT), so the program body runs 34 times and the 34th tail call
// falls through. A second chain hops between two programs (A -> B -> A ...) with the same limit, and a third
// stops on its own after a configurable depth from .data.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct {
  __uint(type, BPF_MAP_TYPE_PROG_ARRAY);
  __uint(max_entries, 4);
  __uint(key_size, sizeof(__u32));
  __uint(value_size, sizeof(__u32));
} chain SEC(".maps");

struct depth {
  __u64 entries;        // times a program body started in this run
  __u64 fallthroughs;   // tail calls that returned
  __u64 max_seen;
};

struct {
  __uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
  __uint(max_entries, 3);
  __type(key, __u32);
  __type(value, struct depth);
} depth SEC(".maps");

__u32 stop_after = 5;  // .data: the self-limiting chain's depth

static __always_inline struct depth *d(__u32 k) { return bpf_map_lookup_elem(&depth, &k); }

SEC("xdp")
int self_loop(struct xdp_md *ctx) {
  struct depth *s = d(0);
  if (!s) return XDP_ABORTED;
  s->entries++;
  if (s->entries > s->max_seen) s->max_seen = s->entries;
  bpf_tail_call(ctx, &chain, 0);
  s->fallthroughs++;
  // Reset for the next run, keeping max_seen; the return value is the depth reached.
  __u64 reached = s->entries;
  s->entries = 0;
  return (int)reached;
}

SEC("xdp")
int ping(struct xdp_md *ctx) {
  struct depth *s = d(1);
  if (!s) return XDP_ABORTED;
  s->entries++;
  bpf_tail_call(ctx, &chain, 2);
  s->fallthroughs++;
  __u64 reached = s->entries;
  s->entries = 0;
  return (int)reached;
}

SEC("xdp")
int pong(struct xdp_md *ctx) {
  struct depth *s = d(1);
  if (!s) return XDP_ABORTED;
  s->entries++;
  s->max_seen = s->entries;
  bpf_tail_call(ctx, &chain, 1);
  s->fallthroughs += 100;  // the limit hit in pong shows here
  __u64 reached = s->entries;
  s->entries = 0;
  return (int)reached + 1000;
}

SEC("xdp")
int bounded(struct xdp_md *ctx) {
  struct depth *s = d(2);
  if (!s) return XDP_ABORTED;
  s->entries++;
  if (s->entries < stop_after) bpf_tail_call(ctx, &chain, 3);
  __u64 reached = s->entries;
  s->entries = 0;
  s->max_seen = reached;
  return (int)reached;
}

char LICENSE[] SEC("license") = "GPL";
