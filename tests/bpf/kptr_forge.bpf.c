// A program the verifier refuses (store to referenced kptr disallowed), for the runtime's own check of
// bpf_kptr_xchg: a forged pointer in a kptr field never comes out.
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

// Without the verifier: a forged pointer stored over the kptr, then exchanged out.
SEC("syscall")
int forge(struct args *ctx) {
  __u32 k = ctx->key;
  struct val *v = bpf_map_lookup_elem(&objs, &k);
  struct kptr_node *old;
  if (!v) return -2;
  *(volatile long *)&v->obj = ctx->a;
  old = bpf_kptr_xchg(&v->obj, NULL);
  if (old) bpf_obj_drop_impl(old, 0);
  return 0;
}

char LICENSE[] SEC("license") = "GPL";
