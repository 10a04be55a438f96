// helper_protos tests: an XDP program calling bpf_skb_load_bytes, which xdp_func_proto does not give. The kernel's
// verifier refuses the load ("program of this type cannot use helper bpf_skb_load_bytes#26"); so must bpfkit.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

SEC("xdp") int xdp_skb_load(struct xdp_md *ctx) {
  char buf[4];
  return bpf_skb_load_bytes(ctx, 0, buf, sizeof(buf)) == 0 ? XDP_PASS : XDP_DROP;
}

char LICENSE[] SEC("license") = "GPL";
