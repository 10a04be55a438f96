// Task local storage from a raw tracepoint run through test-run, so "current" is the thread that asked for the
// run on both sides: a counter per task that survives between runs, created from an initial value with
// BPF_LOCAL_STORAGE_GET_F_CREATE, not created without it, refused with an unknown flag or a NULL task, and deleted
// (once: the second delete is -ENOENT) when the tracepoint's second argument is 1.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct counter {
  __u64 runs;
  __u64 seed;
};

struct {
  __uint(type, BPF_MAP_TYPE_TASK_STORAGE);
  __uint(map_flags, BPF_F_NO_PREALLOC);
  __type(key, int);
  __type(value, struct counter);
} counts SEC(".maps");

struct report {
  __u64 found_before;  // the task had a value when the run started
  __u64 bad_flags;     // a get with an unknown flag bit gave a value (never)
  __u64 null_task;     // a get for a NULL task gave a value (never)
  __u64 runs;          // the counter after this run
  __s64 delete_rc;
  __s64 delete_again_rc;
  __u64 after_delete;  // a get without F_CREATE found a value after the delete
};

struct report report;  // .bss

SEC("raw_tp/sys_enter")
int ts_count(__u64 *ctx) {
  struct task_struct *t = bpf_get_current_task_btf();
  struct counter init = {.runs = 0, .seed = 41};
  report.bad_flags = bpf_task_storage_get(&counts, t, 0, 2) != 0;
  report.null_task = bpf_task_storage_get(&counts, 0, 0, BPF_LOCAL_STORAGE_GET_F_CREATE) != 0;
  struct counter *c = bpf_task_storage_get(&counts, t, 0, 0);
  report.found_before = c != 0;
  c = bpf_task_storage_get(&counts, t, &init, BPF_LOCAL_STORAGE_GET_F_CREATE);
  if (!c) return 1000;
  c->runs++;
  report.runs = c->runs;
  int ret = (int)(c->seed + c->runs);
  if (ctx[1] == 1) {
    report.delete_rc = bpf_task_storage_delete(&counts, t);
    report.delete_again_rc = bpf_task_storage_delete(&counts, t);
    report.after_delete = bpf_task_storage_get(&counts, t, 0, 0) != 0;
  }
  return ret;
}

char LICENSE[] SEC("license") = "GPL";
