// Ring buffer records in C: the reference must be released on every path.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct {
  __uint(type, BPF_MAP_TYPE_RINGBUF);
  __uint(max_entries, 4096);
} events SEC(".maps");

struct event {
  __u32 pid;
  __u32 len;
};

SEC("tc")
int c_ringbuf_ok(struct __sk_buff *skb) {
  struct event *e = bpf_ringbuf_reserve(&events, sizeof(*e), 0);
  if (!e) return 0;
  e->pid = 1;
  e->len = skb->len;
  bpf_ringbuf_submit(e, 0);
  return 0;
}

SEC("tc")
int c_ringbuf_leak_on_error(struct __sk_buff *skb) {
  struct event *e = bpf_ringbuf_reserve(&events, sizeof(*e), 0);
  if (!e) return 0;
  if (skb->len < 64) return 0;  // leaks the record
  e->len = skb->len;
  bpf_ringbuf_submit(e, 0);
  return 0;
}

SEC("tc")
int c_ringbuf_no_null_check(struct __sk_buff *skb) {
  struct event *e = bpf_ringbuf_reserve(&events, sizeof(*e), 0);
  e->len = skb->len;
  bpf_ringbuf_submit(e, 0);
  return 0;
}

static __noinline void release(struct event *e) {
  bpf_ringbuf_discard(e, 0);
}

SEC("tc")
int c_ringbuf_release_in_static_subprog_ok(struct __sk_buff *skb) {
  struct event *e = bpf_ringbuf_reserve(&events, sizeof(*e), 0);
  if (!e) return 0;
  e->len = 1;
  release(e);
  return 0;
}

char LICENSE[] SEC("license") = "GPL";
