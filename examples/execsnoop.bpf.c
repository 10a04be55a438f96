// execsnoop, unit-tested in userspace: on every execve, the pid, parent pid, uid, comm and file name of the process,
// as one ring buffer event. The README's tour runs it on a given tracepoint record, task and user memory:
//
//   build/bpfkit run build/bpf/execsnoop.o --tp-format examples/execsnoop/sys_enter_execve.format \
//       --ctx-json examples/execsnoop/ctx.json --task examples/execsnoop/task.json \
//       --umem examples/execsnoop/umem.json --btf build/bpf/execsnoop.o
//
// The kernel types are declared as vmlinux.h declares them (preserve_access_index), so with CO-RE the reads of
// task->real_parent->tgid follow whatever kernel (or --btf) the program runs against.
typedef unsigned char __u8;
typedef unsigned short __u16;
typedef unsigned int __u32;
typedef unsigned long long __u64;
typedef int pid_t;

#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_core_read.h>

struct task_struct {
  pid_t pid;
  pid_t tgid;
  struct task_struct *real_parent;
  char comm[16];
} __attribute__((preserve_access_index));

// The record of syscalls/sys_enter_execve (its tracefs format file).
struct sys_enter_execve_args {
  __u64 common;
  int __syscall_nr;
  const char *filename;
  const char *const *argv;
  const char *const *envp;
};

struct event {
  __u32 pid;
  __u32 ppid;
  __u32 uid;
  char comm[16];
  char filename[64];
};

struct {
  __uint(type, BPF_MAP_TYPE_RINGBUF);
  __uint(max_entries, 4096);
} events SEC(".maps");

SEC("tracepoint/syscalls/sys_enter_execve")
int execsnoop(struct sys_enter_execve_args *ctx) {
  struct event *e = bpf_ringbuf_reserve(&events, sizeof(*e), 0);
  if (!e) return 0;
  struct task_struct *task = (struct task_struct *)bpf_get_current_task();
  e->pid = bpf_get_current_pid_tgid() >> 32;
  e->ppid = BPF_CORE_READ(task, real_parent, tgid);
  e->uid = (__u32)bpf_get_current_uid_gid();
  bpf_get_current_comm(e->comm, sizeof(e->comm));
  bpf_probe_read_user_str(e->filename, sizeof(e->filename), ctx->filename);
  bpf_ringbuf_submit(e, 0);
  return 0;
}

char LICENSE[] SEC("license") = "GPL";
