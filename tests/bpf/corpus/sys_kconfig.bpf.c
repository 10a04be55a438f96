// .kconfig externs, which the loader fills from the running kernel's configuration and version: bool, tristate,
// int, hex (u64), strings (char arrays, including one too long for its array, which is truncated), and __weak
// externs for options this kernel does not have (they read as zero). The program copies everything into .bss,
// so the comparison sees exactly what each loader wrote.
#include <linux/bpf.h>
#include <stdbool.h>
#include <bpf/bpf_helpers.h>

extern __u32 LINUX_KERNEL_VERSION __kconfig;
extern int CONFIG_HZ __kconfig;
extern bool CONFIG_BPF_SYSCALL __kconfig;
extern enum libbpf_tristate CONFIG_BPF_JIT __kconfig;
extern int CONFIG_NR_CPUS __kconfig;
extern __u64 CONFIG_PHYSICAL_START __kconfig;
extern char CONFIG_DEFAULT_HOSTNAME[16] __kconfig;
extern char CONFIG_CC_VERSION_TEXT[12] __kconfig;  // longer than 12: truncated
extern bool CONFIG_BPFKIT_NOT_A_REAL_OPTION __kconfig __weak;
extern enum libbpf_tristate CONFIG_BPFKIT_ALSO_MISSING __kconfig __weak;
extern int CONFIG_BPFKIT_MISSING_INT __kconfig __weak;

struct kc {
  __u32 version;
  __s32 hz;
  __u8 bpf_syscall;
  __u8 jit;
  __u8 missing_bool;
  __u8 missing_tristate;
  __s32 nr_cpus;
  __s32 missing_int;
  __u64 physical_start;
  char hostname[16];
  char cc[12];
  __u32 version_major;
  __u64 jiffies_per_minute;
};

struct kc seen;

SEC("syscall")
int read_kconfig(void *ctx) {
  seen.version = LINUX_KERNEL_VERSION;
  seen.version_major = LINUX_KERNEL_VERSION >> 16;
  seen.hz = CONFIG_HZ;
  seen.jiffies_per_minute = (__u64)CONFIG_HZ * 60;
  seen.bpf_syscall = CONFIG_BPF_SYSCALL;
  seen.jit = CONFIG_BPF_JIT;
  seen.missing_bool = CONFIG_BPFKIT_NOT_A_REAL_OPTION;
  seen.missing_tristate = CONFIG_BPFKIT_ALSO_MISSING;
  seen.nr_cpus = CONFIG_NR_CPUS;
  seen.missing_int = CONFIG_BPFKIT_MISSING_INT;
  seen.physical_start = CONFIG_PHYSICAL_START;
  __builtin_memcpy(seen.hostname, CONFIG_DEFAULT_HOSTNAME, 16);
  __builtin_memcpy(seen.cc, CONFIG_CC_VERSION_TEXT, 12);
  return LINUX_KERNEL_VERSION >= ((5 << 16) | (14 << 8)) ? 1 : 0;
}

char LICENSE[] SEC("license") = "GPL";
