// BTF-typed pointers: tp_btf arguments by the tracepoint's prototype, loads checked against the kernel's struct.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct task_struct {
  int pid;
  int tgid;
  struct task_struct *real_parent;
  struct task_struct *parent;
  struct task_struct *group_leader;
} __attribute__((preserve_access_index));

extern struct task_struct *bpf_task_acquire(struct task_struct *p) __ksym;
extern void bpf_task_release(struct task_struct *p) __ksym;

// sched_process_exec(struct task_struct *p, pid_t old_pid, struct linux_binprm *bprm)
SEC("tp_btf/sched_process_exec")
int c_tpbtf_arg_read_ok(unsigned long long *ctx) {
  struct task_struct *p = (void *)ctx[0];
  return p->pid & 1;
}

SEC("tp_btf/sched_process_exec")
int c_tpbtf_walk_parent_ok(unsigned long long *ctx) {
  struct task_struct *p = (void *)ctx[0];
  return p->real_parent->tgid & 1;
}

SEC("tp_btf/sched_process_exec")
int c_tpbtf_scalar_arg_ok(unsigned long long *ctx) {
  return (int)ctx[1] & 1;  // old_pid
}

SEC("tp_btf/sched_process_exec")
int c_tpbtf_arg_past_last(unsigned long long *ctx) {
  return (int)ctx[3] & 1;  // there are three arguments
}

SEC("tp_btf/sched_process_exec")
int c_tpbtf_arg_narrow_ptr(unsigned long long *ctx) {
  return *(volatile int *)ctx & 1;  // a pointer argument read with 4 bytes
}

SEC("tp_btf/sched_process_exec")
int c_tpbtf_read_past_struct(unsigned long long *ctx) {
  char *p = (void *)ctx[0];
  return *(volatile int *)(p + 32760) & 1;
}

SEC("tp_btf/sched_process_exec")
int c_tpbtf_write_arg(unsigned long long *ctx) {
  struct task_struct *p = (void *)ctx[0];
  *(volatile int *)p = 0;
  return 0;
}

SEC("tp_btf/sched_process_exec")
int c_tpbtf_ctx_write(unsigned long long *ctx) {
  ctx[1] = 0;
  return 0;
}

char LICENSE[] SEC("license") = "GPL";

// task_struct__safe_rcu lists real_parent: walked from a trusted task inside the RCU section a non-sleepable
// program runs in, it is an RCU pointer, which bpf_task_acquire (KF_RCU) takes.
SEC("tp_btf/sched_process_exec")
int c_tpbtf_acquire_real_parent_ok(unsigned long long *ctx) {
  struct task_struct *p = (void *)ctx[0];
  struct task_struct *t = bpf_task_acquire(p->real_parent);
  if (!t) return 0;
  int pid = t->pid;
  bpf_task_release(t);
  return pid & 1;
}

// group_leader is listed too, and a listed field of an RCU pointer stays RCU.
SEC("tp_btf/sched_process_exec")
int c_tpbtf_acquire_leader_parent_ok(unsigned long long *ctx) {
  struct task_struct *p = (void *)ctx[0];
  struct task_struct *t = bpf_task_acquire(p->group_leader->real_parent);
  if (!t) return 0;
  bpf_task_release(t);
  return 0;
}

// parent is not listed: a plain PTR_TO_BTF_ID, which a KF_RCU kfunc refuses.
SEC("tp_btf/sched_process_exec")
int c_tpbtf_acquire_parent_plain(unsigned long long *ctx) {
  struct task_struct *p = (void *)ctx[0];
  struct task_struct *t = bpf_task_acquire(p->parent);
  if (!t) return 0;
  bpf_task_release(t);
  return 0;
}
