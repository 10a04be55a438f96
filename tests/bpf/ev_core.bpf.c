// CO-RE tracing programs attached to real events (tests/kernel/attach_test.cc): each reads the current task
// through BPF_CORE_READ and sends what it read through a ring buffer; the test compares it with /proc.
// The getppid__* programs are an attach fallback chain (fentry, then a kprobe on the syscall, then a raw
// tracepoint): bpfkit attaches the first one this kernel supports.
#include "trace_kernel_types.h"

#define NR_GETPPID 110  // x86-64

struct {
  __uint(type, BPF_MAP_TYPE_RINGBUF);
  __uint(max_entries, 1 << 16);
} core_events SEC(".maps");

enum {
  KIND_TP_EXEC = 1,
  KIND_RAW_TP = 2,
  KIND_UPROBE = 3,
  KIND_KSYSCALL = 4,
  KIND_FENTRY = 5,
  KIND_CHAIN_FENTRY = 11,
  KIND_CHAIN_KPROBE = 12,
  KIND_CHAIN_RAW_TP = 13,
};

struct core_event {
  __u32 kind;
  __u32 pid;
  __u32 tgid;
  __u32 ppid;
  __u32 uid;
  __u32 pad;
  __u64 arg;
  char comm[16];
};

volatile __u32 target_tgid;
// Puts struct core_event into the object's BTF (a local pointer's type is not emitted), so `bpfkit load` can decode
// the ring buffer's records with it.
struct core_event *core_event_btf __attribute__((unused));

static __always_inline void emit(__u32 kind, __u64 arg) {
  struct task_struct *t = (struct task_struct *)bpf_get_current_task();
  struct core_event *e = bpf_ringbuf_reserve(&core_events, sizeof(*e), 0);
  if (!e) return;
  e->kind = kind;
  e->pid = BPF_CORE_READ(t, pid);
  e->tgid = BPF_CORE_READ(t, tgid);
  e->ppid = BPF_CORE_READ(t, real_parent, tgid);
  e->uid = BPF_CORE_READ(t, cred, uid.val);
  e->pad = 0;
  e->arg = arg;
  BPF_CORE_READ_STR_INTO(&e->comm, t, comm);
  bpf_ringbuf_submit(e, 0);
}

static __always_inline int current_is_target(void) {
  return (__u32)(bpf_get_current_pid_tgid() >> 32) == target_tgid;
}

// A child of the test process executing a program.
SEC("tracepoint/sched/sched_process_exec")
int core_tp_exec(void *ctx) {
  struct task_struct *t = (struct task_struct *)bpf_get_current_task();
  if (BPF_CORE_READ(t, real_parent, tgid) != target_tgid) return 0;
  emit(KIND_TP_EXEC, 0);
  return 0;
}

SEC("raw_tp/sys_enter")
int core_raw_sys_enter(struct bpf_raw_tracepoint_args *ctx) {
  if (!current_is_target() || ctx->args[1] != NR_GETPPID) return 0;
  emit(KIND_RAW_TP, ctx->args[1]);
  return 0;
}

// Attached by the test to a function of its own binary; arg is the function's first argument.
SEC("uprobe")
int core_uprobe(struct pt_regs *ctx) {
  if (!current_is_target()) return 0;
  emit(KIND_UPROBE, PT_REGS_PARM1(ctx));
  return 0;
}

SEC("ksyscall/getppid")
int core_ksyscall(struct pt_regs *ctx) {
  if (!current_is_target()) return 0;
  emit(KIND_KSYSCALL, 0);
  return 0;
}

SEC("fentry/do_unlinkat")
int BPF_PROG(core_fentry, int dfd, struct filename *name) {
  if (!current_is_target()) return 0;
  emit(KIND_FENTRY, (__u64)dfd);
  return 0;
}

// The chain: the same event (this process calling getppid) by three methods, best first.
SEC("fentry/__do_sys_getppid")
int BPF_PROG(getppid__fentry) {
  if (current_is_target()) emit(KIND_CHAIN_FENTRY, 0);
  return 0;
}

SEC("ksyscall/getppid")
int getppid__kprobe(struct pt_regs *ctx) {
  if (current_is_target()) emit(KIND_CHAIN_KPROBE, 0);
  return 0;
}

SEC("raw_tp/sys_enter")
int getppid__rawtp(struct bpf_raw_tracepoint_args *ctx) {
  if (current_is_target() && ctx->args[1] == NR_GETPPID) emit(KIND_CHAIN_RAW_TP, 0);
  return 0;
}

char LICENSE[] SEC("license") = "GPL";
