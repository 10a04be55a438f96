// bpf_obj_new objects kept in map values with bpf_kptr_xchg: the object taken out is the one put in, userspace
// updates and deletes free what a value holds. (The type is not called `node`: the kernel has a `struct node`, and a
// kptr to a kernel type without a destructor kfunc fails the map.)
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_core_read.h>

extern void *bpf_obj_new_impl(__u64 local_type_id, void *meta) __ksym;
extern void bpf_obj_drop_impl(void *kptr, void *meta) __ksym;

#define KPTR __attribute__((btf_decl_tag("kptr")))

struct kptr_node {
  long a;
  long b;
};
struct kptr_node kptr_btf_anchor;  // clang would give a struct reached only through a member pointer a FWD

struct val {
  long pad;
  struct kptr_node *obj KPTR;
};

struct {
  __uint(type, BPF_MAP_TYPE_ARRAY);
  __uint(max_entries, 2);
  __type(key, __u32);
  __type(value, struct val);
} objs SEC(".maps");

struct {
  __uint(type, BPF_MAP_TYPE_HASH);
  __uint(max_entries, 4);
  __type(key, __u32);
  __type(value, struct val);
} obj_hash SEC(".maps");

struct args {
  __u32 key;
  __u32 pad;
  long a;
};

// The previous object's a + b, or -1 when the field was empty.
SEC("syscall")
int store_obj(struct args *ctx) {
  __u32 k = ctx->key;
  struct val *v = bpf_map_lookup_elem(&objs, &k);
  struct kptr_node *n, *old;
  long r = -1;
  if (!v) return -2;
  n = bpf_obj_new_impl(bpf_core_type_id_local(struct kptr_node), 0);
  if (!n) return -3;
  n->a = ctx->a;
  n->b = ctx->a * 2;
  old = bpf_kptr_xchg(&v->obj, n);
  if (old) {
    r = old->a + old->b;
    bpf_obj_drop_impl(old, 0);
  }
  v->pad = ctx->a;
  return r;
}

SEC("syscall")
int take_obj(struct args *ctx) {
  __u32 k = ctx->key;
  struct val *v = bpf_map_lookup_elem(&objs, &k);
  struct kptr_node *old;
  long r;
  if (!v) return -2;
  old = bpf_kptr_xchg(&v->obj, NULL);
  if (!old) return -1;
  r = old->a;
  bpf_obj_drop_impl(old, 0);
  return r;
}

SEC("syscall")
int hash_store(struct args *ctx) {
  __u32 k = ctx->key;
  struct val zero = {}, *v;
  struct kptr_node *n, *old;
  long r = 0;
  bpf_map_update_elem(&obj_hash, &k, &zero, BPF_NOEXIST);
  v = bpf_map_lookup_elem(&obj_hash, &k);
  if (!v) return -1;
  n = bpf_obj_new_impl(bpf_core_type_id_local(struct kptr_node), 0);
  if (!n) return -3;
  n->a = ctx->a;
  old = bpf_kptr_xchg(&v->obj, n);
  if (old) {
    r = old->a;
    bpf_obj_drop_impl(old, 0);
  }
  return r;
}

SEC("syscall")
int hash_take(struct args *ctx) {
  __u32 k = ctx->key;
  struct val *v = bpf_map_lookup_elem(&obj_hash, &k);
  struct kptr_node *old;
  long r;
  if (!v) return -1;
  old = bpf_kptr_xchg(&v->obj, NULL);
  if (!old) return -2;
  r = old->a;
  bpf_obj_drop_impl(old, 0);
  return r;
}

char LICENSE[] SEC("license") = "GPL";
