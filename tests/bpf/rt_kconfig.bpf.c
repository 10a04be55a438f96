// .kconfig externs of every kind libbpf fills, copied into .bss by a syscall program so tests can read them.
#include <linux/bpf.h>
#include <stdbool.h>
#include <bpf/bpf_helpers.h>


extern unsigned int LINUX_KERNEL_VERSION __kconfig;
extern bool CONFIG_RT_BOOL __kconfig;
extern enum libbpf_tristate CONFIG_RT_TRISTATE __kconfig;
extern int CONFIG_RT_INT __kconfig;
extern char CONFIG_RT_CHAR __kconfig;
extern char CONFIG_RT_STRING[8] __kconfig;
extern int CONFIG_RT_MISSING __kconfig __weak;

struct {
  unsigned int kver;
  int tristate;
  int number;
  int missing;
  char boolean;
  char ch;
  char string[8];
} rt_out = {};

SEC("syscall")
int rt_copy_kconfig(void *ctx) {
  rt_out.kver = LINUX_KERNEL_VERSION;
  rt_out.boolean = CONFIG_RT_BOOL;
  rt_out.tristate = CONFIG_RT_TRISTATE;
  rt_out.number = CONFIG_RT_INT;
  rt_out.ch = CONFIG_RT_CHAR;
  rt_out.missing = CONFIG_RT_MISSING;
  __builtin_memcpy(rt_out.string, CONFIG_RT_STRING, sizeof(rt_out.string));
  return 0;
}

char LICENSE[] SEC("license") = "GPL";
