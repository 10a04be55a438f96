// Where a raw tracepoint runs: with BPF_F_TEST_RUN_ON_CPU test-run executes the program on the requested CPU
// (the kernel sends it there), so bpf_get_smp_processor_id() and per-CPU map updates land on that CPU; without
// the flag it runs where the caller is (CPU 0 here). A CPU that does not exist is refused with -ENXIO.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct {
  __uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
  __uint(max_entries, 2);
  __type(key, __u32);
  __type(value, __u64);
} per_cpu SEC(".maps");

struct {
  __uint(type, BPF_MAP_TYPE_ARRAY);
  __uint(max_entries, 8);
  __type(key, __u32);
  __type(value, __u32);
} ran_on SEC(".maps");  // run number (ctx[0]) -> CPU + 1

SEC("raw_tp/sched_switch")
int where(__u64 *ctx) {
  __u32 cpu = bpf_get_smp_processor_id();
  __u32 zero = 0, one = 1;
  __u64 *c = bpf_map_lookup_elem(&per_cpu, &zero);
  if (c) *c += 1;
  c = bpf_map_lookup_elem(&per_cpu, &one);
  if (c) *c += ctx[1];
  __u32 run = (__u32)ctx[0];
  __u32 *r = bpf_map_lookup_elem(&ran_on, &run);
  if (r) *r = cpu + 1;
  return cpu;
}

char LICENSE[] SEC("license") = "GPL";
