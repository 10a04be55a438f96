// Tracing programs: pt_regs, task_struct through BTF, and helpers by program type.
#include <linux/bpf.h>
#include <linux/ptrace.h>
#include <bpf/bpf_helpers.h>

struct task_struct;

SEC("kprobe/do_nanosleep")
int c_kprobe_regs_ok(struct pt_regs *ctx) {
  __u64 arg = ((__u64 *)ctx)[14];  // pt_regs->di on x86-64
  char buf[16];
  bpf_probe_read_kernel(buf, sizeof(buf), (void *)arg);
  return buf[0] & 1;
}

SEC("kprobe/do_nanosleep")
int c_kprobe_comm_ok(struct pt_regs *ctx) {
  char comm[16];
  bpf_get_current_comm(comm, sizeof(comm));
  return comm[0] & 1;
}

SEC("kprobe/do_nanosleep")
int c_kprobe_task_btf_ok(struct pt_regs *ctx) {
  struct task_struct *t = bpf_get_current_task_btf();
  return *(volatile int *)t & 1;
}

SEC("xdp")
int c_xdp_get_comm(struct xdp_md *ctx) {
  char comm[16];
  bpf_get_current_comm(comm, sizeof(comm));
  return XDP_PASS;
}

SEC("raw_tracepoint/sys_enter")
int c_raw_tp_args_ok(struct bpf_raw_tracepoint_args *ctx) {
  return ctx->args[1] == 59;
}

SEC("raw_tracepoint/sys_enter")
int c_raw_tp_write_args(struct bpf_raw_tracepoint_args *ctx) {
  ctx->args[1] = 0;
  return 0;
}

char LICENSE[] SEC("license") = "GPL";
