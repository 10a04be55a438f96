// csum_diff: the same checksum as csum_loop, computed by the kernel's helper: bpf_csum_diff(NULL, 0, data, 1500, 0)
// over the whole packet after one bounds check, as programs that recompute a checksum over a payload do.
//
// Since Linux 6.12 bpf_csum_diff has no 512-byte limit and returns the sum folded to 16 bits; older kernels return an
// unfolded 32-bit sum and cap the size at 512 bytes. The program folds anyway so the result means the same on both,
// but a kernel before 6.12 rejects the 1500-byte call at run time (-EINVAL), which the harness's result check catches.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

#include "bench_params.h"

SEC("xdp")
int csum_diff(struct xdp_md *ctx) {
  void *data = (void *)(long)ctx->data;
  void *data_end = (void *)(long)ctx->data_end;
  if (data + BENCH_PACKET_LEN > data_end) return XDP_ABORTED;
  __u64 sum = (__u32)bpf_csum_diff(0, 0, data, BENCH_PACKET_LEN, 0);
  sum = (sum & 0xffff) + (sum >> 16);
  sum = (sum & 0xffff) + (sum >> 16);
  return (__u16)~sum;
}

char LICENSE[] SEC("license") = "GPL";
