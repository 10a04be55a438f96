// Array map semantics from the program side: an index past max_entries (lookup NULL, update -E2BIG), BPF_NOEXIST
// on an array (-EEXIST: every element always exists), delete (-EINVAL), BPF_F_LOCK without a spin lock
// (-EINVAL), odd value sizes (values are 8-byte aligned), and a ring of counters indexed modulo max_entries.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct odd {
  __u8 b[5];
};

struct {
  __uint(type, BPF_MAP_TYPE_ARRAY);
  __uint(max_entries, 5);
  __type(key, __u32);
  __type(value, struct odd);
} arr SEC(".maps");

struct {
  __uint(type, BPF_MAP_TYPE_ARRAY);
  __uint(max_entries, 8);
  __type(key, __u32);
  __type(value, __u64);
} ring SEC(".maps");

struct args {
  __u32 start;
  __u32 count;
  __s64 rc[8];
  __u32 lookups_null;
  __u32 pad;
};

SEC("syscall")
int array_ops(struct args *a) {
  struct odd o = {{1, 2, 3, 4, 5}};
  __u32 k = 2;
  a->rc[0] = bpf_map_update_elem(&arr, &k, &o, BPF_ANY);
  a->rc[1] = bpf_map_update_elem(&arr, &k, &o, BPF_NOEXIST);
  a->rc[2] = bpf_map_update_elem(&arr, &k, &o, BPF_EXIST);
  a->rc[3] = bpf_map_update_elem(&arr, &k, &o, BPF_F_LOCK);
  a->rc[4] = bpf_map_delete_elem(&arr, &k);
  k = 5;
  a->rc[5] = bpf_map_update_elem(&arr, &k, &o, BPF_ANY);
  if (!bpf_map_lookup_elem(&arr, &k)) a->lookups_null++;
  k = 0xffffffff;
  if (!bpf_map_lookup_elem(&arr, &k)) a->lookups_null++;
  k = 4;
  struct odd *p = bpf_map_lookup_elem(&arr, &k);
  if (p) {
    p->b[0] += a->start;
    p->b[4] = 0xee;
  }
  for (__u32 i = 0; i < 32; i++) {
    if (i >= a->count) break;
    __u32 slot = (a->start + i) % 8;
    __u64 *c = bpf_map_lookup_elem(&ring, &slot);
    if (c) *c += i + 1;
  }
  return 0;
}

char LICENSE[] SEC("license") = "GPL";
