// Tracing helpers beyond bpfkit's runtime (see helpers_net.bpf.c): cgroup ids from a tracepoint, and an iterator
// printing through bpf_seq_printf, which tracing_prog_func_proto gives to BPF_TRACE_ITER programs only.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct seq_file;
struct bpf_iter_meta {
  struct seq_file *seq;
  __u64 session_id;
  __u64 seq_num;
} __attribute__((preserve_access_index));
struct task_struct;
struct bpf_iter__task {
  struct bpf_iter_meta *meta;
  struct task_struct *task;
} __attribute__((preserve_access_index));

SEC("tracepoint/syscalls/sys_enter_getpid") int tp_cgroup_ids(void *ctx) {
  __u64 id = bpf_get_current_cgroup_id();
  __u64 root = bpf_get_current_ancestor_cgroup_id(0);
  return id != 0 && root != 0;
}

SEC("iter/task") int iter_task_seq(struct bpf_iter__task *ctx) {
  struct seq_file *seq = ctx->meta->seq;
  __u64 n = ctx->meta->seq_num;
  if (ctx->task == (void *)0) return 0;
  BPF_SEQ_PRINTF(seq, "task %llu\n", n);
  return 0;
}

char LICENSE[] SEC("license") = "GPL";
