// Dynptrs in a tc program: the packet through bpf_dynptr_from_skb (slices of the headers, reads past the end,
// a payload rewrite with bpf_dynptr_write), a ring buffer record written through a ring buffer dynptr (reserved,
// filled with bpf_dynptr_write and a bpf_dynptr_data slice, submitted; a too-big reserve fails and is discarded),
// and a local dynptr over a map value (reads and writes at its bounds, a clone narrowed by bpf_dynptr_adjust).
#include <linux/bpf.h>
#include <linux/if_ether.h>
#include <linux/in.h>
#include <linux/ip.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_endian.h>

extern int bpf_dynptr_from_skb(struct __sk_buff *s, __u64 flags, struct bpf_dynptr *ptr__uninit) __ksym;
extern void *bpf_dynptr_slice(const struct bpf_dynptr *p, __u32 offset, void *buffer__opt,
                              __u32 buffer__szk) __ksym;
extern int bpf_dynptr_adjust(const struct bpf_dynptr *p, __u32 start, __u32 end) __ksym;
extern int bpf_dynptr_clone(const struct bpf_dynptr *p, struct bpf_dynptr *clone__uninit) __ksym;
extern __u32 bpf_dynptr_size(const struct bpf_dynptr *p) __ksym;
extern int bpf_dynptr_is_null(const struct bpf_dynptr *p) __ksym;
extern int bpf_dynptr_is_rdonly(const struct bpf_dynptr *p) __ksym;

struct record {
  __u32 saddr, daddr;
  __u32 len;
  __u16 proto;
  __u16 eth_type;
  __u64 seq;
};

struct {
  __uint(type, BPF_MAP_TYPE_RINGBUF);
  __uint(max_entries, 4096);
} events SEC(".maps");

struct scratch {
  __u8 bytes[32];
};

struct {
  __uint(type, BPF_MAP_TYPE_ARRAY);
  __uint(max_entries, 1);
  __type(key, __u32);
  __type(value, struct scratch);
} scratch SEC(".maps");

// results[i]: what step i of the program saw (return codes and sizes), compared between the runners
struct {
  __uint(type, BPF_MAP_TYPE_ARRAY);
  __uint(max_entries, 16);
  __type(key, __u32);
  __type(value, __s64);
} results SEC(".maps");

static __always_inline void put(__u32 i, __s64 v) { bpf_map_update_elem(&results, &i, &v, BPF_ANY); }

__u64 seq;

SEC("tc")
int tc_dynptr_packet(struct __sk_buff *skb) {
  struct bpf_dynptr pkt;
  struct ethhdr ebuf;
  struct iphdr ip;
  __u8 tail[8] = {};
  if (bpf_dynptr_from_skb(skb, 0, &pkt)) return 1;
  put(0, bpf_dynptr_size(&pkt));
  put(1, bpf_dynptr_is_rdonly(&pkt));
  struct ethhdr *eth = bpf_dynptr_slice(&pkt, 0, &ebuf, sizeof(ebuf));
  if (!eth) return 2;
  __u16 eth_type = bpf_ntohs(eth->h_proto);  // the slice dies with the first packet write below
  put(2, eth_type);
  if (eth_type != ETH_P_IP) return 3;
  put(3, bpf_dynptr_read(&ip, sizeof(ip), &pkt, sizeof(struct ethhdr), 0));
  // reads that do not fit: -E2BIG, and the buffer is left alone
  put(4, bpf_dynptr_read(tail, sizeof(tail), &pkt, skb->len - 4, 0));
  put(5, bpf_dynptr_read(tail, sizeof(tail), &pkt, 0, 1));  // flags must be 0: -EINVAL
  // the last 4 payload bytes become "DYNP" when the packet is long enough
  const char mark[4] = {'D', 'Y', 'N', 'P'};
  __u32 len = skb->len;
  if (len >= sizeof(struct ethhdr) + sizeof(ip) + 4) put(6, bpf_dynptr_write(&pkt, len - 4, (void *)mark, 4, 0));
  put(7, bpf_dynptr_write(&pkt, len - 2, (void *)mark, 4, 0));  // past the end: -E2BIG

  struct bpf_dynptr rec;
  if (bpf_ringbuf_reserve_dynptr(&events, sizeof(struct record), 0, &rec)) {
    bpf_ringbuf_discard_dynptr(&rec, 0);
    return 4;
  }
  struct record r = {.saddr = ip.saddr, .daddr = ip.daddr, .len = len, .proto = ip.protocol};
  bpf_dynptr_write(&rec, 0, &r, sizeof(r), 0);
  __u16 *et = bpf_dynptr_data(&rec, 14, 2);
  if (et) *et = eth_type;
  __u64 *s = bpf_dynptr_data(&rec, 16, 8);
  if (s) *s = ++seq;
  bpf_ringbuf_submit_dynptr(&rec, 0);

  // a reservation bigger than the ring fails, leaves a NULL dynptr, and still needs the discard
  struct bpf_dynptr big;
  put(8, bpf_ringbuf_reserve_dynptr(&events, 8192, 0, &big));
  put(9, bpf_dynptr_is_null(&big));
  bpf_ringbuf_discard_dynptr(&big, 0);
  return 0;
}

SEC("tc")
int tc_dynptr_local(struct __sk_buff *skb) {
  __u32 k = 0;
  struct scratch *v = bpf_map_lookup_elem(&scratch, &k);
  if (!v) return 1;
  struct bpf_dynptr d, c;
  __u64 x = skb->len;
  if (bpf_dynptr_from_mem(v, sizeof(*v), 0, &d)) return 2;
  put(10, bpf_dynptr_write(&d, 24, &x, sizeof(x), 0));
  put(11, bpf_dynptr_write(&d, 28, &x, sizeof(x), 0));  // -E2BIG
  if (bpf_dynptr_clone(&d, &c)) return 3;
  put(12, bpf_dynptr_adjust(&c, 8, 16));
  put(13, bpf_dynptr_size(&c));
  put(14, bpf_dynptr_adjust(&c, 4, 2));  // start after end: -EINVAL
  __u8 *p = bpf_dynptr_data(&c, 0, 8);
  if (!p) return 4;
  p[0] = 0xab;  // lands at byte 8 of the value
  __u64 y = 0;
  bpf_dynptr_read(&y, sizeof(y), &d, 8, 0);
  put(15, y);
  return 0;
}

char LICENSE[] SEC("license") = "GPL";
