// helper_protos tests: a program whose license is not GPL compatible calling bpf_trace_printk, a gpl_only helper.
// The kernel refuses the load ("cannot call GPL-restricted function from non-GPL compatible program").
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

SEC("xdp") int xdp_printk(struct xdp_md *ctx) {
  bpf_printk("hello");
  return XDP_PASS;
}

char LICENSE[] SEC("license") = "Dual BSD";
