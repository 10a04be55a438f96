// Hash map semantics from the program side, every return code kept: BPF_NOEXIST on an existing key (-EEXIST),
// BPF_EXIST on a missing key (-ENOENT), a new key in a full map (-E2BIG) while replacing an existing key in a
// full map still works, deleting a missing key (-ENOENT), unknown flags (-EINVAL), and a preallocated per-CPU
// hash doing the same. Then a delete-and-reinsert cycle, which reuses freed elements.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct {
  __uint(type, BPF_MAP_TYPE_HASH);
  __uint(max_entries, 4);
  __type(key, __u64);
  __type(value, __u32);
} h SEC(".maps");

struct {
  __uint(type, BPF_MAP_TYPE_HASH);
  __uint(max_entries, 4);
  __uint(map_flags, BPF_F_NO_PREALLOC);
  __type(key, __u32);
  __type(value, __u64);
} h_noprealloc SEC(".maps");

struct {
  __uint(type, BPF_MAP_TYPE_PERCPU_HASH);
  __uint(max_entries, 2);
  __type(key, __u16);
  __type(value, __u32);
} hp SEC(".maps");

struct args {
  __u64 base;
  __s64 rc[24];
};

SEC("syscall")
int hash_ops(struct args *a) {
  __u64 k;
  __u32 v = 1;
  int n = 0;
  for (int i = 0; i < 5; i++) {  // the 5th is E2BIG
    k = a->base + i;
    v = i * 100;
    a->rc[n++] = bpf_map_update_elem(&h, &k, &v, BPF_NOEXIST);
  }
  k = a->base;
  a->rc[n++] = bpf_map_update_elem(&h, &k, &v, BPF_NOEXIST);    // -EEXIST
  a->rc[n++] = bpf_map_update_elem(&h, &k, &v, BPF_EXIST);      // 0: replace in a full map
  k = a->base + 99;
  a->rc[n++] = bpf_map_update_elem(&h, &k, &v, BPF_EXIST);      // -ENOENT
  a->rc[n++] = bpf_map_update_elem(&h, &k, &v, BPF_ANY);        // -E2BIG
  a->rc[n++] = bpf_map_delete_elem(&h, &k);                     // -ENOENT
  a->rc[n++] = bpf_map_update_elem(&h, &k, &v, 8);              // -EINVAL
  k = a->base + 2;
  a->rc[n++] = bpf_map_delete_elem(&h, &k);                     // 0
  k = a->base + 50;
  v = 5050;
  a->rc[n++] = bpf_map_update_elem(&h, &k, &v, BPF_ANY);        // 0: reuses the freed element

  __u32 k32;
  __u64 v64 = 7;
  for (int i = 0; i < 5; i++) {
    k32 = (__u32)a->base * 2 + i;
    a->rc[n++] = bpf_map_update_elem(&h_noprealloc, &k32, &v64, BPF_ANY);
  }
  __u16 k16 = 1;
  v = 11;
  a->rc[n++] = bpf_map_update_elem(&hp, &k16, &v, BPF_NOEXIST);
  k16 = 2;
  a->rc[n++] = bpf_map_update_elem(&hp, &k16, &v, BPF_NOEXIST);
  k16 = 3;
  a->rc[n++] = bpf_map_update_elem(&hp, &k16, &v, BPF_NOEXIST);  // -E2BIG
  k16 = 1;
  v = 12;
  a->rc[n++] = bpf_map_update_elem(&hp, &k16, &v, BPF_EXIST);    // 0
  return n;
}

char LICENSE[] SEC("license") = "GPL";
