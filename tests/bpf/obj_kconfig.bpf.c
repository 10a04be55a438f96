// Object-model test object for .kconfig externs of every kind libbpf lays out, of several sizes and alignments.
#include <linux/bpf.h>
#include <stdbool.h>
#include <bpf/bpf_helpers.h>

extern unsigned int LINUX_KERNEL_VERSION __kconfig;
extern bool CONFIG_OBJ_BOOL __kconfig __weak;
extern enum libbpf_tristate CONFIG_OBJ_TRI __kconfig __weak;
extern int CONFIG_OBJ_INT __kconfig __weak;
extern char CONFIG_OBJ_CHAR __kconfig __weak;
extern char CONFIG_OBJ_STR[12] __kconfig __weak;
extern unsigned long long CONFIG_OBJ_U64 __kconfig __weak;
extern short CONFIG_OBJ_SHORT __kconfig __weak;

__u64 kc_out[8];

SEC("xdp") int kconfig_prog(struct xdp_md *ctx) {
  kc_out[0] = LINUX_KERNEL_VERSION;
  kc_out[1] = CONFIG_OBJ_BOOL;
  kc_out[2] = CONFIG_OBJ_TRI;
  kc_out[3] = CONFIG_OBJ_INT;
  kc_out[4] = CONFIG_OBJ_CHAR;
  kc_out[5] = CONFIG_OBJ_STR[2];
  kc_out[6] = CONFIG_OBJ_U64;
  kc_out[7] = CONFIG_OBJ_SHORT;
  return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
