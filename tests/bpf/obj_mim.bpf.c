// Object-model test object for __array(values, ...): map-in-map (array and hash of maps) with inner definitions
// and initial slots, and a prog array whose slots name programs. Loadable (XDP).
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct inner_map {
  __uint(type, BPF_MAP_TYPE_ARRAY);
  __uint(max_entries, 1);
  __type(key, __u32);
  __type(value, __u32);
} inner_a SEC(".maps"), inner_b SEC(".maps");

struct {
  __uint(type, BPF_MAP_TYPE_ARRAY_OF_MAPS);
  __uint(max_entries, 4);
  __type(key, __u32);
  __array(values, struct inner_map);
} outer_arr SEC(".maps") = {
    .values = {[0] = &inner_a, [2] = &inner_b},
};

struct {
  __uint(type, BPF_MAP_TYPE_HASH_OF_MAPS);
  __uint(max_entries, 8);
  __type(key, __u32);
  __array(values, struct {
    __uint(type, BPF_MAP_TYPE_ARRAY);
    __uint(max_entries, 1);
    __type(key, __u32);
    __type(value, __u32);
  });
} outer_hash SEC(".maps") = {
    .values = {[1] = (void *)&inner_b},
};

int tail_a(struct xdp_md *ctx);
int tail_b(struct xdp_md *ctx);

struct {
  __uint(type, BPF_MAP_TYPE_PROG_ARRAY);
  __uint(max_entries, 3);
  __type(key, __u32);
  __array(values, int(struct xdp_md *));
} jump_table SEC(".maps") = {
    .values = {[0] = (void *)&tail_a, [2] = (void *)&tail_b},
};

SEC("xdp") int tail_a(struct xdp_md *ctx) { return XDP_PASS; }
SEC("xdp") int tail_b(struct xdp_md *ctx) { return XDP_DROP; }

SEC("xdp") int mim_main(struct xdp_md *ctx) {
  __u32 key = 0;
  void *inner = bpf_map_lookup_elem(&outer_arr, &key);
  if (inner) {
    __u32 *v = bpf_map_lookup_elem(inner, &key);
    if (v) *v += 1;
  }
  key = 1;
  inner = bpf_map_lookup_elem(&outer_hash, &key);
  if (inner) {
    key = 0;
    __u32 *v = bpf_map_lookup_elem(inner, &key);
    if (v) *v += 2;
  }
  bpf_tail_call(ctx, &jump_table, 0);
  return XDP_ABORTED;
}

char LICENSE[] SEC("license") = "GPL";
