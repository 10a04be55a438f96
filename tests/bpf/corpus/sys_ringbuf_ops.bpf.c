// Ring buffer mechanics from a SYSCALL program: records of odd sizes (the consumer sees the exact length;
// the ring rounds each up to 8 bytes plus the 8-byte header, which the positions show), a reservation bigger
// than the ring (NULL), bpf_ringbuf_output with a zero-length record, discarded records (skipped by the
// consumer but they still advance the producer), and bpf_ringbuf_query before and after.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct {
  __uint(type, BPF_MAP_TYPE_RINGBUF);
  __uint(max_entries, 8192);
} rb SEC(".maps");

struct args {
  __u32 n;      // records to write
  __u32 size;   // payload size of each (1..64)
  __u64 q[8];   // out: queries
  __s64 rc[4];  // out
};

struct rec {
  __u8 b[64];
};

SEC("syscall")
int produce(struct args *a) {
  a->q[0] = bpf_ringbuf_query(&rb, BPF_RB_PROD_POS);
  a->q[1] = bpf_ringbuf_query(&rb, BPF_RB_AVAIL_DATA);
  __u32 size = a->size;
  if (size < 1 || size > 64) return -1;
  struct rec r = {};
  for (int i = 0; i < 64; i++) r.b[i] = 0xa0 + i;
  for (int i = 0; i < 8; i++) {
    if (i >= a->n) break;
    r.b[0] = i;
    a->rc[0] += bpf_ringbuf_output(&rb, &r, size, 0);
  }
  // Reserve sizes must be constant for the verifier: one of each kind.
  __u8 *p = bpf_ringbuf_reserve(&rb, 3, 0);
  if (p) {
    p[0] = 'a';
    p[1] = 'b';
    p[2] = 'c';
    bpf_ringbuf_submit(p, BPF_RB_NO_WAKEUP);
  }
  p = bpf_ringbuf_reserve(&rb, 13, 0);
  if (p) bpf_ringbuf_discard(p, 0);
  void *big = bpf_ringbuf_reserve(&rb, 16384, 0);  // bigger than the ring: NULL
  a->rc[1] = big != 0;
  if (big) bpf_ringbuf_discard(big, 0);
  a->rc[2] = bpf_ringbuf_output(&rb, &r, 0, 0);
  a->rc[3] = bpf_ringbuf_output(&rb, &r, 8, 4);  // bad flags: -EINVAL
  a->q[2] = bpf_ringbuf_query(&rb, BPF_RB_PROD_POS);
  a->q[3] = bpf_ringbuf_query(&rb, BPF_RB_CONS_POS);
  a->q[4] = bpf_ringbuf_query(&rb, BPF_RB_AVAIL_DATA);
  a->q[5] = bpf_ringbuf_query(&rb, BPF_RB_RING_SIZE);
  a->q[6] = bpf_ringbuf_query(&rb, 99);  // unknown: 0
  return 0;
}

char LICENSE[] SEC("license") = "GPL";
