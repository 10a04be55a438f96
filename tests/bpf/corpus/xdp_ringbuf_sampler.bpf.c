// A flow sampler: every TCP SYN produces a ring buffer record (reserve + submit), other TCP packets are reserved
// and then discarded unless they carry FIN/RST, and UDP packets are copied with bpf_ringbuf_output. A second,
// tiny ring buffer overflows on purpose: reservations fail once it is full, and the drop count says how often.
#include <linux/bpf.h>
#include <linux/if_ether.h>
#include <linux/in.h>
#include <linux/ip.h>
#include <linux/tcp.h>
#include <linux/udp.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_endian.h>

struct flow_event {
  __be32 saddr, daddr;
  __be16 sport, dport;
  __u8 proto;
  __u8 tcp_flags;
  __u16 len;
  __u64 seq;  // per-program sequence number
};

struct {
  __uint(type, BPF_MAP_TYPE_RINGBUF);
  __uint(max_entries, 64 * 1024);
} events SEC(".maps");

struct {
  __uint(type, BPF_MAP_TYPE_RINGBUF);
  __uint(max_entries, 4096);
} small SEC(".maps");

struct counters {
  __u64 seq;
  __u64 submitted;
  __u64 discarded;
  __u64 output_rc_sum;
  __u64 small_ok;
  __u64 small_dropped;
  __u64 avail_after;     // bpf_ringbuf_query(AVAIL_DATA) of `events` after the run
  __u64 ring_size;
  __u64 prod_minus_cons;
};

struct {
  __uint(type, BPF_MAP_TYPE_ARRAY);
  __uint(max_entries, 1);
  __type(key, __u32);
  __type(value, struct counters);
} cnt SEC(".maps");

SEC("xdp")
int xdp_sample(struct xdp_md *ctx) {
  void *data = (void *)(long)ctx->data;
  void *data_end = (void *)(long)ctx->data_end;
  __u32 zero = 0;
  struct counters *c = bpf_map_lookup_elem(&cnt, &zero);
  if (!c) return XDP_ABORTED;
  struct ethhdr *eth = data;
  if ((void *)(eth + 1) > data_end || eth->h_proto != bpf_htons(ETH_P_IP)) return XDP_PASS;
  struct iphdr *ip = (void *)(eth + 1);
  if ((void *)(ip + 1) > data_end || ip->ihl != 5) return XDP_PASS;

  struct flow_event ev = {.saddr = ip->saddr, .daddr = ip->daddr, .proto = ip->protocol,
                          .len = (__u16)(data_end - data)};
  if (ip->protocol == IPPROTO_TCP) {
    struct tcphdr *t = (void *)(ip + 1);
    if ((void *)(t + 1) > data_end) return XDP_DROP;
    ev.sport = t->source;
    ev.dport = t->dest;
    ev.tcp_flags = ((__u8 *)t)[13];
    struct flow_event *e = bpf_ringbuf_reserve(&events, sizeof(*e), 0);
    if (!e) return XDP_PASS;
    ev.seq = ++c->seq;
    *e = ev;
    if (t->syn || t->fin || t->rst) {
      bpf_ringbuf_submit(e, 0);
      c->submitted++;
    } else {
      bpf_ringbuf_discard(e, BPF_RB_NO_WAKEUP);
      c->discarded++;
    }
  } else if (ip->protocol == IPPROTO_UDP) {
    struct udphdr *u = (void *)(ip + 1);
    if ((void *)(u + 1) > data_end) return XDP_DROP;
    ev.sport = u->source;
    ev.dport = u->dest;
    ev.seq = ++c->seq;
    c->output_rc_sum += bpf_ringbuf_output(&events, &ev, sizeof(ev), BPF_RB_FORCE_WAKEUP);
  }

  // Fill the small ring: each record takes 8 + 1000 bytes rounded to 8; 4 fit in 4096 bytes at most. Every byte of
  // the record is written: a reservation is not zeroed, and bytes left alone would go to userspace as whatever the
  // ring's memory held before (zeros only while the ring has never wrapped), not as a fact about the program.
  __u64 *big = bpf_ringbuf_reserve(&small, 1000, 0);
  if (big) {
    for (int i = 0; i < 1000 / 8; i++) big[i] = 0xabababababababab;
    bpf_ringbuf_submit(big, 0);
    c->small_ok++;
  } else {
    c->small_dropped++;
  }
  c->avail_after = bpf_ringbuf_query(&events, BPF_RB_AVAIL_DATA);
  c->ring_size = bpf_ringbuf_query(&events, BPF_RB_RING_SIZE);
  c->prod_minus_cons = bpf_ringbuf_query(&events, BPF_RB_PROD_POS) - bpf_ringbuf_query(&events, BPF_RB_CONS_POS);
  return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
