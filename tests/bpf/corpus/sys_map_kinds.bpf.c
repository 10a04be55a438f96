// An object declaring the map types real tools carry beside their programs (stack traces for profilers, cgroup
// arrays, socket maps, local storage), run by a program that uses none of them: the object must load in both
// runners with the same maps, all empty, and the program must run. (These types hold kernel objects bpfkit does
// not have; their own behaviour is covered by the unit tests.)
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct {
  __uint(type, BPF_MAP_TYPE_STACK_TRACE);
  __uint(max_entries, 64);
  __uint(key_size, sizeof(__u32));
  __uint(value_size, 32 * sizeof(__u64));
} stacks SEC(".maps");

struct {
  __uint(type, BPF_MAP_TYPE_CGROUP_ARRAY);
  __uint(max_entries, 2);
  __type(key, __u32);
  __type(value, __u32);
} cgroups SEC(".maps");

struct {
  __uint(type, BPF_MAP_TYPE_SOCKMAP);
  __uint(max_entries, 4);
  __type(key, __u32);
  __type(value, __u64);
} socks SEC(".maps");

struct {
  __uint(type, BPF_MAP_TYPE_SOCKHASH);
  __uint(max_entries, 4);
  __type(key, __u64);
  __type(value, __u32);
} sock_hash SEC(".maps");

struct {
  __uint(type, BPF_MAP_TYPE_SK_STORAGE);
  __uint(map_flags, BPF_F_NO_PREALLOC);
  __type(key, int);
  __type(value, __u64);
} sk_store SEC(".maps");

struct {
  __uint(type, BPF_MAP_TYPE_TASK_STORAGE);
  __uint(map_flags, BPF_F_NO_PREALLOC);
  __type(key, int);
  __type(value, __u64);
} task_store SEC(".maps");

struct {
  __uint(type, BPF_MAP_TYPE_INODE_STORAGE);
  __uint(map_flags, BPF_F_NO_PREALLOC);
  __type(key, int);
  __type(value, __u32);
} inode_store SEC(".maps");

struct {
  __uint(type, BPF_MAP_TYPE_ARRAY);
  __uint(max_entries, 1);
  __type(key, __u32);
  __type(value, __u64);
} runs SEC(".maps");

SEC("syscall")
int count_runs(void* ctx) {
  __u32 k = 0;
  __u64* v = bpf_map_lookup_elem(&runs, &k);
  if (v) *v += 1;
  return 0;
}

char LICENSE[] SEC("license") = "GPL";
