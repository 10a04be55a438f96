// More C programs: map-in-map, per-CPU values, strings, and array walks, right and wrong.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct inner {
  __uint(type, BPF_MAP_TYPE_ARRAY);
  __uint(max_entries, 4);
  __type(key, __u32);
  __type(value, __u64);
} inner0 SEC(".maps");

struct {
  __uint(type, BPF_MAP_TYPE_ARRAY_OF_MAPS);
  __uint(max_entries, 2);
  __type(key, __u32);
  __array(values, struct inner);
} outer SEC(".maps") = {
    .values = {[0] = &inner0},
};

struct {
  __uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
  __uint(max_entries, 1);
  __type(key, __u32);
  __type(value, __u64[8]);
} scratch SEC(".maps");

SEC("tc")
int c_map_in_map_ok(struct __sk_buff *skb) {
  __u32 k = 0;
  void *m = bpf_map_lookup_elem(&outer, &k);
  if (!m) return 0;
  __u64 *v = bpf_map_lookup_elem(m, &k);
  if (!v) return 0;
  return *v & 1;
}

SEC("tc")
int c_map_in_map_inner_unchecked(struct __sk_buff *skb) {
  __u32 k = 0;
  void *m = bpf_map_lookup_elem(&outer, &k);
  __u64 *v = bpf_map_lookup_elem(m, &k);
  if (!v) return 0;
  return *v & 1;
}

SEC("tc")
int c_percpu_walk_ok(struct __sk_buff *skb) {
  __u32 k = 0;
  __u64 *a = bpf_map_lookup_elem(&scratch, &k);
  if (!a) return 0;
  __u64 sum = 0;
  for (int i = 0; i < 8; i++) sum += a[i];
  return sum & 1;
}

SEC("tc")
int c_percpu_walk_one_past(struct __sk_buff *skb) {
  __u32 k = 0;
  __u64 *a = bpf_map_lookup_elem(&scratch, &k);
  if (!a) return 0;
  __u64 sum = 0;
  for (int i = 0; i <= 8; i++) sum += ((volatile __u64 *)a)[i];
  return sum & 1;
}

SEC("tc")
int c_percpu_var_index_ok(struct __sk_buff *skb) {
  __u32 k = 0;
  __u64 *a = bpf_map_lookup_elem(&scratch, &k);
  if (!a) return 0;
  a[skb->mark & 7] += 1;
  return 0;
}

SEC("kprobe/do_nanosleep")
int c_strncmp_ok(void *ctx) {
  char comm[16];
  bpf_get_current_comm(comm, sizeof(comm));
  return bpf_strncmp(comm, sizeof(comm), "sleep") == 0;
}

SEC("kprobe/do_nanosleep")
int c_probe_read_str_ok(void *ctx) {
  char buf[32];
  long n = bpf_probe_read_kernel_str(buf, sizeof(buf), (void *)((__u64 *)ctx)[14]);
  return n > 0 ? buf[0] : 0;
}

SEC("kprobe/do_nanosleep")
int c_probe_read_str_index_result(void *ctx) {
  char buf[32];
  long n = bpf_probe_read_kernel_str(buf, sizeof(buf), (void *)((__u64 *)ctx)[14]);
  return ((volatile char *)buf)[n];  // n may be negative or 32
}

SEC("kprobe/do_nanosleep")
int c_probe_read_str_index_checked_ok(void *ctx) {
  char buf[32];
  long n = bpf_probe_read_kernel_str(buf, sizeof(buf), (void *)((__u64 *)ctx)[14]);
  if (n <= 0 || n > 31) return 0;
  return ((volatile char *)buf)[n];
}

char LICENSE[] SEC("license") = "GPL";
