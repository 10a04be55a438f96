// BTF-typed pointers: tp_btf arguments by the tracepoint's prototype, loads checked against the kernel's struct.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct task_struct {
  int pid;
  int tgid;
  struct task_struct *real_parent;
} __attribute__((preserve_access_index));

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
