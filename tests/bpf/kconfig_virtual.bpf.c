// The virtual .kconfig externs libbpf fills from feature probes of the running kernel rather than from its config.
#include <linux/bpf.h>
#include <stdbool.h>
#include <bpf/bpf_helpers.h>

extern bool LINUX_HAS_SYSCALL_WRAPPER __kconfig;
extern bool LINUX_HAS_BPF_COOKIE __kconfig;

__u64 virt_out[2];

SEC("xdp") int kconfig_virtual(struct xdp_md *ctx) {
  virt_out[0] = LINUX_HAS_SYSCALL_WRAPPER;
  virt_out[1] = LINUX_HAS_BPF_COOKIE;
  return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
