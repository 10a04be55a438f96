// Event flood for the ring buffer and perf buffer consumers: each getppid() of one thread (target_tid) sends
// per_call records; every attempt is counted as sent, discarded or dropped, so the test can account for all.
#include "trace_kernel_types.h"

#define NR_GETPPID 110  // x86-64

struct {
  __uint(type, BPF_MAP_TYPE_RINGBUF);
  __uint(max_entries, 1 << 20);
} events SEC(".maps");

struct {
  __uint(type, BPF_MAP_TYPE_PERF_EVENT_ARRAY);
  __uint(key_size, sizeof(__u32));
  __uint(value_size, sizeof(__u32));
} perf_events SEC(".maps");

struct event {
  __u64 seq;
  __u32 tid;
  __u32 kind;  // 1 ring buffer, 2 perf buffer
  __u64 check; // seq ^ CHECK_MAGIC: a record copied wrongly (a wrapped perf record) shows here
};
// 24 bytes: a perf record is then 40 bytes, which does not divide the ring, so records wrap around its end.

#define CHECK_MAGIC 0x5a5a0000a5a5ffffULL

volatile __u32 target_tid;
volatile __u32 per_call = 16;
volatile __u32 discard_every;  // 0: never; n: the attempts with seq % n == n - 1 are discarded

__u64 attempts;   // sequence numbers handed out
__u64 sent;       // submitted (ring buffer) or output (perf buffer) successfully
__u64 dropped;    // reserve / output failed
__u64 discarded;  // reserved then discarded

static __always_inline int is_target(struct bpf_raw_tracepoint_args *ctx) {
  return (__u32)bpf_get_current_pid_tgid() == target_tid && ctx->args[1] == NR_GETPPID;
}

SEC("raw_tp/sys_enter")
int rb_flood(struct bpf_raw_tracepoint_args *ctx) {
  if (!is_target(ctx)) return 0;
  __u32 n = per_call;
  for (__u32 i = 0; i < 64 && i < n; i++) {
    __u64 seq = __sync_fetch_and_add(&attempts, 1);
    struct event *e = bpf_ringbuf_reserve(&events, sizeof(*e), 0);
    if (!e) {
      __sync_fetch_and_add(&dropped, 1);
      continue;
    }
    e->seq = seq;
    e->tid = target_tid;
    e->kind = 1;
    e->check = seq ^ CHECK_MAGIC;
    if (discard_every && seq % discard_every == discard_every - 1) {
      bpf_ringbuf_discard(e, 0);
      __sync_fetch_and_add(&discarded, 1);
    } else {
      bpf_ringbuf_submit(e, 0);
      __sync_fetch_and_add(&sent, 1);
    }
  }
  return 0;
}

SEC("raw_tp/sys_enter")
int perf_flood(struct bpf_raw_tracepoint_args *ctx) {
  if (!is_target(ctx)) return 0;
  __u32 n = per_call;
  for (__u32 i = 0; i < 64 && i < n; i++) {
    struct event e = {};
    e.seq = __sync_fetch_and_add(&attempts, 1);
    e.tid = target_tid;
    e.kind = 2;
    e.check = e.seq ^ CHECK_MAGIC;
    if (bpf_perf_event_output(ctx, &perf_events, BPF_F_CURRENT_CPU, &e, sizeof(e)) == 0)
      __sync_fetch_and_add(&sent, 1);
    else
      __sync_fetch_and_add(&dropped, 1);
  }
  return 0;
}

// Filled by BPF_PROG_TEST_RUN (no workload): per_call records per run through bpf_loop, for the consumer benchmark.
static long fill_one(__u64 index, void *unused) {
  __u64 seq = __sync_fetch_and_add(&attempts, 1);
  struct event *e = bpf_ringbuf_reserve(&events, sizeof(*e), 0);
  if (!e) {
    __sync_fetch_and_add(&dropped, 1);
    return 0;
  }
  e->seq = seq;
  e->tid = 0;
  e->kind = 1;
  e->check = seq ^ CHECK_MAGIC;
  bpf_ringbuf_submit(e, 0);
  __sync_fetch_and_add(&sent, 1);
  return 0;
}

SEC("raw_tp")
int rb_fill(void *ctx) {
  bpf_loop(per_call, fill_one, 0, 0);
  return 0;
}

char LICENSE[] SEC("license") = "GPL";
