// The target of tests/bpf/freplace_ext.bpf.c: an XDP program whose verdict comes from a global function, which a
// freplace program can take the place of while the target is loaded (tests/kernel/freplace_test.cc). Global (not
// static) and noinline, so it stays a function of its own with its own BTF FUNC the extension names.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

__attribute__((noinline)) int verdict(struct xdp_md *ctx) {
  // Touch ctx so that the argument is used, and keep the result XDP_PASS for any packet.
  return ctx->data_end >= ctx->data ? XDP_PASS : XDP_ABORTED;
}

SEC("xdp") int xdp_entry(struct xdp_md *ctx) { return verdict(ctx); }

char LICENSE[] SEC("license") = "GPL";
