// The producer of the ring buffer benchmark (bench/ringbuf_bench.cc): each BPF_PROG_TEST_RUN sends per_run
// 24-byte records through bpf_loop, counting the ones reserve could not place.
typedef unsigned int __u32;
typedef unsigned long long __u64;
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct {
  __uint(type, BPF_MAP_TYPE_RINGBUF);
  __uint(max_entries, 1 << 26);  // 64 MiB: holds 2M records of 32 bytes (8-byte header + 24)
} bench_events SEC(".maps");

struct bench_event {
  __u64 seq;
  __u64 a;
  __u64 b;
};

volatile __u32 per_run = 1000;
__u64 next_seq;
__u64 dropped;

static long emit_one(__u64 index, void *unused) {
  struct bench_event *e = bpf_ringbuf_reserve(&bench_events, sizeof(*e), 0);
  if (!e) {
    __sync_fetch_and_add(&dropped, 1);
    return 0;
  }
  e->seq = next_seq++;
  e->a = index;
  e->b = 0;
  bpf_ringbuf_submit(e, 0);
  return 0;
}

SEC("raw_tp")
int bench_fill(void *ctx) {
  bpf_loop(per_run, emit_one, 0, 0);
  return 0;
}

char LICENSE[] SEC("license") = "GPL";
