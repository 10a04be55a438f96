// Events written during BPF_PROG_TEST_RUN, read back by `run --backend kernel` and compared by `diff`
// (tests/cli/cli_diff_test.cc): an XDP and a tc program each send the packet's first bytes and length to a ring
// buffer and to a perf event array.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct event {
  __u32 len;
  __u32 tag;
  __u8 head[8];
};

struct {
  __uint(type, BPF_MAP_TYPE_RINGBUF);
  __uint(max_entries, 4096);
} rb SEC(".maps");

struct {
  __uint(type, BPF_MAP_TYPE_PERF_EVENT_ARRAY);
  __uint(key_size, sizeof(__u32));
  __uint(value_size, sizeof(__u32));
} perf SEC(".maps");

static __always_inline void fill(struct event *e, void *data, void *end, __u32 tag) {
  e->len = (__u32)(end - data);
  e->tag = tag;
  __builtin_memset(e->head, 0, sizeof(e->head));
  if (data + sizeof(e->head) <= end) __builtin_memcpy(e->head, data, sizeof(e->head));
}

SEC("xdp") int ev_xdp(struct xdp_md *ctx) {
  void *data = (void *)(long)ctx->data, *end = (void *)(long)ctx->data_end;
  struct event e;
  fill(&e, data, end, 1);
  bpf_ringbuf_output(&rb, &e, sizeof(e), 0);
  e.tag = 2;
  bpf_perf_event_output(ctx, &perf, BPF_F_CURRENT_CPU, &e, sizeof(e));
  // A second ring buffer record through reserve/submit, of an odd size (rounded up to 8 in the ring).
  __u8 *r = bpf_ringbuf_reserve(&rb, 5, 0);
  if (r) {
    __builtin_memcpy(r, "hello", 5);
    bpf_ringbuf_submit(r, 0);
  }
  return XDP_PASS;
}

SEC("tc") int ev_tc(struct __sk_buff *skb) {
  void *data = (void *)(long)skb->data, *end = (void *)(long)skb->data_end;
  struct event e;
  fill(&e, data, end, 3);
  bpf_perf_event_output(skb, &perf, BPF_F_CURRENT_CPU, &e, sizeof(e));
  e.tag = 4;
  bpf_ringbuf_output(&rb, &e, sizeof(e), 0);
  return 0;
}

char LICENSE[] SEC("license") = "GPL";
