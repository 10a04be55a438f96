// Object-model test object for global data: .data, .rodata, .bss, custom .data.* / .rodata.* / .bss.* sections,
// static and hidden variables, and string literals in .rodata.str1.1. Loadable (XDP).
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

int g_counter = 7;
static int s_counter = 3;
__hidden int hidden_counter = 5;
const volatile int cfg_limit = 100;
const volatile char cfg_name[8] = "bpfkit";
__u64 zeroed[4];
static __u64 s_bss;
int custom_val SEC(".data.custom") = 42;
const volatile int custom_ro SEC(".rodata.cfg") = 9;
__u32 big_bss[16] SEC(".bss.big");

SEC("xdp") int data_prog(struct xdp_md *ctx) {
  g_counter++;
  s_counter += 2;
  hidden_counter ^= 1;
  zeroed[1] = g_counter + s_counter;
  s_bss++;
  custom_val += custom_ro;
  big_bss[3] = cfg_name[1];
  if (cfg_limit > 50) bpf_trace_printk("data %d\n", sizeof("data %d\n"), g_counter);
  else bpf_trace_printk("small %d\n", sizeof("small %d\n"), g_counter);
  return zeroed[1] > 3 ? XDP_PASS : XDP_DROP;
}

SEC("xdp") int data_prog2(struct xdp_md *ctx) {
  static int local_static = 11;
  local_static++;
  zeroed[2] = local_static + s_bss;
  bpf_trace_printk("two %d\n", sizeof("two %d\n"), local_static);
  return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
