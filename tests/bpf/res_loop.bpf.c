// An XDP program that never ends: `bpfkit run` must stop it with the loop budget, not hang.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

SEC("xdp")
int res_spin(struct xdp_md *ctx) {
  volatile __u64 x = 0;
  for (;;) x++;
  return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
