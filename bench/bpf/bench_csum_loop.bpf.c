// csum_loop: the Internet checksum (RFC 1071) of the whole packet, summed in 16-bit words by the program itself,
// with a bounds check against data_end before every load, as XDP programs that build or verify a full L4 checksum
// without helpers do. The loop bound is the MTU: the verifier cannot know the packet length, so it needs one.
//
// Returns the folded, complemented checksum (host byte order), the same value csum_diff returns.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

#include "bench_params.h"

SEC("xdp")
int csum_loop(struct xdp_md *ctx) {
  void *data = (void *)(long)ctx->data;
  void *data_end = (void *)(long)ctx->data_end;
  __u16 *p = data;
  __u64 sum = 0;
  for (int i = 0; i < BENCH_PACKET_LEN / 2; i++) {
    if ((void *)(p + 1) > data_end) break;
    sum += *p++;
  }
  // 750 words of at most 0xffff each fit in 26 bits; two folds bring any such sum to 16 bits.
  sum = (sum & 0xffff) + (sum >> 16);
  sum = (sum & 0xffff) + (sum >> 16);
  return (__u16)~sum;
}

char LICENSE[] SEC("license") = "GPL";
