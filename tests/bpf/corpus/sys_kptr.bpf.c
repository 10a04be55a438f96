// kptrs in map values: a task and bpf_obj_new objects moved in and out of array and hash values with
// bpf_kptr_xchg, an untrusted kptr stored and loaded, and what userspace updates and deletes do to the references
// the values hold (the kernel frees them; userspace never sees or writes a kptr field).
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_core_read.h>

struct task_struct {
  int pid;
};
// clang gives a struct only reached through map value members a FWD in BTF; the kernel wants the STRUCT (and
// libbpf then matches the kfunc prototypes): a global of the type makes clang emit it whole.
struct task_struct kptr_btf_anchor;

extern struct task_struct *bpf_task_from_pid(__s32 pid) __ksym;
extern void bpf_task_release(struct task_struct *p) __ksym;
extern void *bpf_obj_new_impl(__u64 local_type_id, void *meta) __ksym;
extern void bpf_obj_drop_impl(void *kptr, void *meta) __ksym;

// clang 14 writes no BTF type tags: the member's decl tag becomes the kernel's TYPE_TAG after the build
// (tests/tools/btf_kptr_tags.py)
#define KPTR __attribute__((btf_decl_tag("kptr")))
#define KPTR_UNTRUSTED __attribute__((btf_decl_tag("kptr_untrusted")))

struct node {
  long a;
  long b;
};

struct val {
  long pad;
  struct task_struct *task KPTR;
  struct task_struct *utask KPTR_UNTRUSTED;
  long obj;
  long seen;
};

struct {
  __uint(type, BPF_MAP_TYPE_ARRAY);
  __uint(max_entries, 2);
  __type(key, __u32);
  __type(value, struct val);
} kptrs SEC(".maps");

struct {
  __uint(type, BPF_MAP_TYPE_HASH);
  __uint(max_entries, 4);
  __type(key, __u32);
  __type(value, struct val);
} kptr_hash SEC(".maps");

struct args {
  __u32 key;
  __s32 pid;
  long a;
};

// 1: a task went in; 2: one was there and was released.
SEC("syscall")
int store_task(struct args *ctx) {
  __u32 k = ctx->key;
  struct val *v = bpf_map_lookup_elem(&kptrs, &k);
  struct task_struct *t, *old;
  int r = 0;
  if (!v) return -1;
  t = bpf_task_from_pid(ctx->pid);
  if (!t) return -2;
  old = bpf_kptr_xchg(&v->task, t);
  r = 1;
  if (old) {
    bpf_task_release(old);
    r |= 2;
  }
  v->pad = ctx->pid == 0 ? 0 : 1;
  v->seen += r;
  return r;
}

SEC("syscall")
int take_task(struct args *ctx) {
  __u32 k = ctx->key;
  struct val *v = bpf_map_lookup_elem(&kptrs, &k);
  struct task_struct *old;
  if (!v) return -1;
  old = bpf_kptr_xchg(&v->task, NULL);
  if (!old) return 0;
  bpf_task_release(old);
  v->seen += 10;
  return 1;
}

// An untrusted kptr takes a plain store; the load gives back a pointer that may be NULL.
SEC("syscall")
int store_untrusted(struct args *ctx) {
  __u32 k = ctx->key;
  struct val *v = bpf_map_lookup_elem(&kptrs, &k);
  struct task_struct *t, *u;
  int r = 0;
  if (!v) return -1;
  t = bpf_task_from_pid(ctx->pid);
  if (!t) return -2;
  v->utask = t;
  bpf_task_release(t);
  u = v->utask;
  if (u) r = 1;
  v->utask = 0;
  u = v->utask;
  if (!u) r |= 2;
  return r;
}

char LICENSE[] SEC("license") = "GPL";
