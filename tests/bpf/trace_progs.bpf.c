// Tracing programs run in userspace: one per context type, and the current task read through CO-RE.
#include "trace_kernel_types.h"

// kprobe: PT_REGS_PARM1/2 read di and si.
SEC("kprobe/do_unlinkat")
int kp_args(struct pt_regs *ctx) {
  return (int)(PT_REGS_PARM1(ctx) * 100 + PT_REGS_PARM2(ctx));
}

// kretprobe: PT_REGS_RC reads ax.
SEC("kretprobe/do_unlinkat")
int kretp_rc(struct pt_regs *ctx) { return (int)PT_REGS_RC(ctx) + 1; }

// perf_event: the period, the address and the sampled instruction pointer.
SEC("perf_event")
int pe_sample(struct bpf_perf_event_data *ctx) {
  return (int)(ctx->sample_period + ctx->addr + PT_REGS_IP(&ctx->regs));
}

// A tracepoint record as tracefs lays out syscalls/sys_enter_openat.
struct openat_args {
  __u64 common;
  int __syscall_nr;
  int dfd;
  const char *filename;
  long flags;
  long mode;
};

SEC("tracepoint/syscalls/sys_enter_openat")
int tp_openat(struct openat_args *ctx) {
  return ctx->__syscall_nr * 1000 + ctx->dfd + (int)ctx->flags;
}

// fentry: arguments by position; the struct filename is kernel memory, read with a CO-RE probe read.
SEC("fentry/do_unlinkat")
int BPF_PROG(fe_unlink, int dfd, struct filename *name) {
  char buf[16] = {};
  const char *p = BPF_CORE_READ(name, name);
  bpf_probe_read_kernel_str(buf, sizeof(buf), p);
  return dfd * 1000 + buf[0] + buf[1];
}

// fexit: the return value follows the arguments.
SEC("fexit/do_unlinkat")
int BPF_PROG(fx_unlink, int dfd, struct filename *name, long ret) { return (int)(ret * 10 + dfd); }

// fe_unlink and fx_unlink show their result as the return value, which the kernel's verifier refuses for fentry and
// fexit (check_return_code: R0 must be 0), so userspace runs them with --no-verify. These two compute the same and
// keep it in a global, returning 0: what a kernel that loads fentry/fexit must accept.
__u64 fe_out, fx_out;

SEC("fentry/do_unlinkat")
int BPF_PROG(fe_unlink_ok, int dfd, struct filename *name) {
  char buf[16] = {};
  const char *p = BPF_CORE_READ(name, name);
  bpf_probe_read_kernel_str(buf, sizeof(buf), p);
  fe_out = dfd * 1000 + buf[0] + buf[1];
  return 0;
}

SEC("fexit/do_unlinkat")
int BPF_PROG(fx_unlink_ok, int dfd, struct filename *name, long ret) {
  fx_out = ret * 10 + dfd;
  return 0;
}

// tp_btf: a BTF pointer argument read directly, as the verifier allows for PTR_TO_BTF_ID.
SEC("tp_btf/sched_process_exec")
int BPF_PROG(tpbtf_exec, struct task_struct *p) { return p->pid; }

// The current task: its parent's tgid through two CO-RE reads, and the identity helpers.
SEC("kprobe/do_exit")
int kp_task(struct pt_regs *ctx) {
  struct task_struct *task = (struct task_struct *)bpf_get_current_task();
  __u32 ppid = BPF_CORE_READ(task, real_parent, tgid);
  __u32 tgid = BPF_CORE_READ(task, tgid);
  __u32 uid = BPF_CORE_READ(task, cred, uid.val);
  __u64 pid_tgid = bpf_get_current_pid_tgid();
  if ((__u32)(pid_tgid >> 32) != tgid) return -1;
  return (int)(ppid * 1000 + uid);
}

// lsm: the u64 argument array, by position.
SEC("lsm/file_open")
int BPF_PROG(lsm_open, void *file) { return file == 0 ? 0 : -1; }

char LICENSE[] SEC("license") = "GPL";
