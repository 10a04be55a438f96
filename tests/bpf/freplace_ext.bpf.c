// A freplace (BPF_PROG_TYPE_EXT) program for tests/bpf/freplace_target.bpf.c's global function verdict(): same
// prototype, another answer. It loads only with its target (attach_prog_fd) and runs once attached.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

SEC("freplace/verdict") int new_verdict(struct xdp_md *ctx) { return XDP_DROP; }

char LICENSE[] SEC("license") = "GPL";
