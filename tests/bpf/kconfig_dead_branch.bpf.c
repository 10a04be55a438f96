// .kconfig values decide branches at load time: libbpf freezes the .kconfig map, so the kernel's verifier reads
// LINUX_KERNEL_VERSION and CONFIG_* as constants and never walks the branch they rule out (the biolatency pattern:
// `if (LINUX_KERNEL_VERSION < KERNEL_VERSION(5, 11, 0))` picking the tracepoint's argument layout). The dead branches
// here read past struct xdp_md, which the verifier refuses wherever it looks.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

extern int LINUX_KERNEL_VERSION __kconfig;
extern int CONFIG_HZ __kconfig __weak;
extern _Bool CONFIG_BPF_SYSCALL __kconfig __weak;

#define KV(a, b, c) (((a) << 16) + ((b) << 8) + (c))

static __always_inline __u32 past_xdp_md(struct xdp_md *ctx) { return *(volatile __u32 *)((char *)ctx + 200); }

SEC("xdp")
int kcfg_old_kernel_branch(struct xdp_md *ctx) {
  if (LINUX_KERNEL_VERSION < KV(4, 0, 0)) return past_xdp_md(ctx);
  return XDP_PASS;
}

SEC("xdp")
int kcfg_config_branch(struct xdp_md *ctx) {
  if (CONFIG_HZ < 0 || !CONFIG_BPF_SYSCALL) return past_xdp_md(ctx);
  return CONFIG_HZ > 0 ? XDP_PASS : XDP_DROP;
}

// The live side of the same test: a branch .kconfig leaves open is walked, and refused.
SEC("xdp")
int kcfg_new_kernel_branch_rejected(struct xdp_md *ctx) {
  if (LINUX_KERNEL_VERSION >= KV(4, 0, 0)) return past_xdp_md(ctx);
  return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
