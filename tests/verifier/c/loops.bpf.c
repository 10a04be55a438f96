// Loops in C: bounded ones the verifier walks, and ones it cannot prove to end.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

SEC("tc")
int c_loop_bounded_ok(struct __sk_buff *skb) {
  __u32 sum = 0;
  for (int i = 0; i < 64; i++) sum += i * skb->len;
  return sum & 1;
}

SEC("tc")
int c_loop_ctx_bounded_ok(struct __sk_buff *skb) {
  __u32 n = skb->len & 31, sum = 0;
  for (__u32 i = 0; i < n; i++) sum += i;
  return sum & 1;
}

SEC("tc")
int c_loop_unbounded(struct __sk_buff *skb) {
  __u32 n = skb->len, sum = 0;
  for (__u32 i = 0; i < n; i++) sum += i;
  return sum & 1;
}

SEC("tc")
int c_loop_forever(struct __sk_buff *skb) {
  volatile __u32 x = 0;
  while (x == 0) {
  }
  return 0;
}

SEC("tc")
int c_loop_packet_scan_ok(struct __sk_buff *skb) {
  void *data = (void *)(long)skb->data;
  void *end = (void *)(long)skb->data_end;
  __u32 zeros = 0;
  for (int i = 0; i < 32; i++) {
    __u8 *p = data + i;
    if ((void *)(p + 1) > end) break;
    zeros += *p == 0;
  }
  return zeros & 1;
}

char LICENSE[] SEC("license") = "GPL";
