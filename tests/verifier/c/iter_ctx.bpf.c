// Iterator contexts: the pointers after `meta` are NULL on the call that ends the iteration, so the verifier types
// them *_or_null (trusted for some targets) and refuses a dereference before a NULL check.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct seq_file;
struct bpf_iter_meta {
  struct seq_file *seq;
  unsigned long long session_id;
  unsigned long long seq_num;
} __attribute__((preserve_access_index));

struct task_struct {
  int pid;
  int tgid;
} __attribute__((preserve_access_index));

struct file {
  unsigned int f_flags;
} __attribute__((preserve_access_index));

struct bpf_iter__task {
  struct bpf_iter_meta *meta;
  struct task_struct *task;
};

struct bpf_iter__task_file {
  struct bpf_iter_meta *meta;
  struct task_struct *task;
  unsigned int fd;
  struct file *file;
};

SEC("iter/task")
int c_iter_task_unchecked(struct bpf_iter__task *ctx) {
  return ctx->task->pid & 1;
}

SEC("iter/task")
int c_iter_task_checked_ok(struct bpf_iter__task *ctx) {
  struct task_struct *t = ctx->task;
  if (!t) return 0;
  return t->tgid & 1;
}

// meta is not in the target's list: a trusted pointer that is never NULL
SEC("iter/task")
int c_iter_task_meta_ok(struct bpf_iter__task *ctx) {
  return ctx->meta->seq_num & 1;
}

SEC("iter/task_file")
int c_iter_task_file_unchecked(struct bpf_iter__task_file *ctx) {
  return ctx->file->f_flags & 1;
}

SEC("iter/task_file")
int c_iter_task_file_checked_ok(struct bpf_iter__task_file *ctx) {
  struct file *f = ctx->file;
  struct task_struct *t = ctx->task;
  if (!f || !t) return 0;
  return (f->f_flags ^ t->pid) & 1;
}

char LICENSE[] SEC("license") = "GPL";
