// A perf event array declared the short way most tools use: no max_entries, which libbpf fills in with the number
// of possible CPUs at load time. A sched_process_exec-style raw tracepoint reports (pid match, argument) records
// through it and counts sends in a per-CPU array.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct {
  __uint(type, BPF_MAP_TYPE_PERF_EVENT_ARRAY);
  __uint(key_size, sizeof(__u32));
  __uint(value_size, sizeof(__u32));
} exec_events SEC(".maps");

struct {
  __uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
  __uint(max_entries, 1);
  __type(key, __u32);
  __type(value, __s64);
} sent SEC(".maps");  // sum of bpf_perf_event_output return codes, + 1 per call

struct exec_event {
  __u64 arg;
  __u32 is_self;
  __u32 pad;
};

__u32 self_tgid;  // .bss, set by the case

SEC("raw_tp/sched_process_exec")
int on_exec(__u64 *ctx) {
  struct exec_event ev = {.arg = ctx[2], .is_self = (bpf_get_current_pid_tgid() >> 32) == self_tgid};
  long rc = bpf_perf_event_output(ctx, &exec_events, BPF_F_CURRENT_CPU, &ev, sizeof(ev));
  __u32 zero = 0;
  __s64 *s = bpf_map_lookup_elem(&sent, &zero);
  if (s) *s += rc + 1;
  return 0;
}

char LICENSE[] SEC("license") = "GPL";
