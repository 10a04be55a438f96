// Per-CPU maps seen from one CPU: a plain lookup gives this CPU's copy (CPU 0 in both runners), and
// bpf_map_lookup_percpu_elem reaches any CPU's copy: here the program folds every CPU's counter into a total
// and resets the other CPUs' copies, as a stats collector does. A CPU number past the possible CPUs gives NULL.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

#define MAX_CPUS 8

struct {
  __uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
  __uint(max_entries, 2);
  __type(key, __u32);
  __type(value, __u64);
} pa SEC(".maps");

struct {
  __uint(type, BPF_MAP_TYPE_PERCPU_HASH);
  __uint(max_entries, 4);
  __type(key, __u32);
  __type(value, __u64);
} ph SEC(".maps");

struct {
  __uint(type, BPF_MAP_TYPE_LRU_PERCPU_HASH);
  __uint(max_entries, 4);
  __type(key, __u32);
  __type(value, __u64);
} plru SEC(".maps");

struct args {
  __u32 key;
  __u32 ncpus;       // out: CPUs whose copy was found
  __u64 totals[3];   // out: sum over CPUs for pa, ph, plru
  __u64 own[3];      // out: this CPU's value through a plain lookup
  __u32 cpu;         // out
  __u32 missing;     // out: lookups of CPU MAX_CPUS+ that gave NULL (expected: all)
};

static __always_inline __u64 fold(void *map, __u32 *key, __u32 *found) {
  __u64 total = 0;
  for (__u32 cpu = 0; cpu < MAX_CPUS; cpu++) {
    __u64 *v = bpf_map_lookup_percpu_elem(map, key, cpu);
    if (!v) continue;
    (*found)++;
    total += *v;
    if (cpu != 0) *v = 0;  // collected
  }
  return total;
}

SEC("syscall")
int collect(struct args *a) {
  __u32 k = a->key;
  a->cpu = bpf_get_smp_processor_id();
  __u64 *v = bpf_map_lookup_elem(&pa, &k);
  if (v) {
    *v += 1;
    a->own[0] = *v;
  }
  v = bpf_map_lookup_elem(&ph, &k);
  if (v) {
    *v += 10;
    a->own[1] = *v;
  } else {
    __u64 init = 10;
    bpf_map_update_elem(&ph, &k, &init, BPF_NOEXIST);
  }
  v = bpf_map_lookup_elem(&plru, &k);
  if (v) {
    *v += 100;
    a->own[2] = *v;
  } else {
    __u64 init = 100;
    bpf_map_update_elem(&plru, &k, &init, BPF_NOEXIST);
  }
  __u32 found = 0;
  a->totals[0] = fold(&pa, &k, &found);
  a->totals[1] = fold(&ph, &k, &found);
  a->totals[2] = fold(&plru, &k, &found);
  a->ncpus = found;
  for (__u32 cpu = 64; cpu < 66; cpu++) {
    if (!bpf_map_lookup_percpu_elem(&pa, &k, cpu)) a->missing++;
  }
  __u32 bad = 7;  // a key past max_entries
  if (!bpf_map_lookup_percpu_elem(&pa, &bad, 0)) a->missing++;
  return 0;
}

char LICENSE[] SEC("license") = "GPL";
