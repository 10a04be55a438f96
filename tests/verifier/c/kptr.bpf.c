// kptrs in map values: bpf_kptr_xchg with tasks, loads of referenced (RCU) and untrusted
// kptrs, and the loads, stores and helper accesses the kernel refuses.
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
extern struct task_struct *bpf_task_acquire(struct task_struct *p) __ksym;
extern void bpf_task_release(struct task_struct *p) __ksym;
extern void *bpf_obj_new_impl(__u64 local_type_id, void *meta) __ksym;
extern void bpf_obj_drop_impl(void *kptr, void *meta) __ksym;
extern void bpf_rcu_read_lock(void) __ksym;
extern void bpf_rcu_read_unlock(void) __ksym;

// clang 14 writes no BTF type tags: the member's decl tag becomes the kernel's TYPE_TAG after the build
// (tests/tools/btf_kptr_tags.py)
#define KPTR __attribute__((btf_decl_tag("kptr")))
#define KPTR_UNTRUSTED __attribute__((btf_decl_tag("kptr_untrusted")))

struct node {
  long a;
  long b;
};

struct val {
  long pad;                                    // 0
  struct task_struct *task KPTR;             // 8
  struct task_struct *utask KPTR_UNTRUSTED;  // 16
  long obj;                                    // 24
  long arr[2];                                 // 32
};

struct {
  __uint(type, BPF_MAP_TYPE_ARRAY);
  __uint(max_entries, 1);
  __type(key, int);
  __type(value, struct val);
} kptrs SEC(".maps");

struct {
  __uint(type, BPF_MAP_TYPE_HASH);
  __uint(max_entries, 4);
  __type(key, int);
  __type(value, struct val);
} kptr_hash SEC(".maps");

struct plain {
  long a;
  long b;
};

struct {
  __uint(type, BPF_MAP_TYPE_ARRAY);
  __uint(max_entries, 1);
  __type(key, int);
  __type(value, struct plain);
} plain_map SEC(".maps");

static struct val *value(void) {
  int k = 0;
  return bpf_map_lookup_elem(&kptrs, &k);
}

SEC("syscall")
int c_kptr_task_store_ok(int *ctx) {
  struct task_struct *t, *old;
  struct val *v = value();
  if (!v) return 0;
  t = bpf_task_from_pid(ctx[0]);
  if (!t) return 0;
  old = bpf_kptr_xchg(&v->task, t);
  if (old) bpf_task_release(old);
  return 1;
}

SEC("syscall")
int c_kptr_task_take_ok(void *ctx) {
  struct task_struct *old;
  struct val *v = value();
  if (!v) return 0;
  old = bpf_kptr_xchg(&v->task, NULL);
  if (!old) return 0;
  bpf_task_release(old);
  return 1;
}

SEC("xdp")
int c_kptr_rcu_load_ok(struct xdp_md *ctx) {
  struct task_struct *t, *ref;
  struct val *v = value();
  if (!v) return XDP_PASS;
  t = v->task;  // rcu_ptr_or_null_task_struct: an XDP program is always in an RCU read section
  if (!t) return XDP_PASS;
  ref = bpf_task_acquire(t);
  if (ref) bpf_task_release(ref);
  return XDP_PASS;
}

SEC("syscall")
int c_kptr_sleepable_load_untrusted(void *ctx) {
  struct task_struct *t, *ref;
  struct val *v = value();
  if (!v) return 0;
  t = v->task;  // sleepable and outside bpf_rcu_read_lock: untrusted
  if (!t) return 0;
  ref = bpf_task_acquire(t);
  if (ref) bpf_task_release(ref);
  return 0;
}

SEC("syscall")
int c_kptr_rcu_section_load_ok(void *ctx) {
  struct task_struct *t, *ref = 0;
  struct val *v = value();
  if (!v) return 0;
  bpf_rcu_read_lock();
  t = v->task;
  if (t) ref = bpf_task_acquire(t);
  bpf_rcu_read_unlock();
  if (ref) bpf_task_release(ref);
  return 0;
}

SEC("xdp")
int c_kptr_untrusted_read_ok(struct xdp_md *ctx) {
  struct task_struct *t;
  struct val *v = value();
  if (!v) return XDP_PASS;
  t = v->utask;
  if (!t) return XDP_PASS;
  return t->pid & 1 ? XDP_PASS : XDP_DROP;
}

SEC("syscall")
int c_kptr_unref_store_ok(int *ctx) {
  struct task_struct *t;
  struct val *v = value();
  if (!v) return 0;
  t = bpf_task_from_pid(ctx[0]);
  if (!t) return 0;
  v->utask = t;
  bpf_task_release(t);
  v->utask = 0;
  return 1;
}

SEC("syscall")
int c_kptr_store_ref_direct(int *ctx) {
  struct task_struct *t;
  struct val *v = value();
  if (!v) return 0;
  t = bpf_task_from_pid(ctx[0]);
  if (!t) return 0;
  v->task = t;
  bpf_task_release(t);
  return 1;
}

SEC("syscall")
int c_kptr_load_w32(void *ctx) {
  struct val *v = value();
  if (!v) return 0;
  return *(volatile __u32 *)&v->utask;
}

SEC("syscall")
int c_kptr_load_misaligned(void *ctx) {
  struct val *v = value();
  if (!v) return 0;
  return *(volatile __u64 *)((char *)v + 4);
}

SEC("syscall")
int c_kptr_load_var_off(int *ctx) {
  struct val *v = value();
  __u32 i = ctx[0] & 1;
  if (!v) return 0;
  return *(volatile __u64 *)((char *)v + 8 + i * 8);
}

SEC("syscall")
int c_kptr_xchg_leak(void *ctx) {
  struct task_struct *old;
  struct val *v = value();
  if (!v) return 0;
  old = bpf_kptr_xchg(&v->task, NULL);
  return old != 0;
}

SEC("syscall")
int c_kptr_xchg_not_kptr(int *ctx) {
  struct task_struct *t, *old;
  struct val *v = value();
  if (!v) return 0;
  t = bpf_task_from_pid(ctx[0]);
  if (!t) return 0;
  old = bpf_kptr_xchg((struct task_struct **)&v->pad, t);
  if (old) bpf_task_release(old);
  return 1;
}

SEC("syscall")
int c_kptr_xchg_unreferenced(int *ctx) {
  struct task_struct *t, *old;
  struct val *v = value();
  if (!v) return 0;
  t = bpf_task_from_pid(ctx[0]);
  if (!t) return 0;
  old = bpf_kptr_xchg(&v->utask, t);
  if (old) bpf_task_release(old);
  return 1;
}

SEC("syscall")
int c_kptr_xchg_no_kptr_map(int *ctx) {
  int k = 0;
  struct plain *p = bpf_map_lookup_elem(&plain_map, &k);
  struct task_struct *t, *old;
  if (!p) return 0;
  t = bpf_task_from_pid(ctx[0]);
  if (!t) return 0;
  old = bpf_kptr_xchg((struct task_struct **)&p->a, t);
  if (old) bpf_task_release(old);
  return 1;
}

SEC("syscall")
int c_kptr_xchg_wrong_type(void *ctx) {
  struct node *n;
  struct task_struct *old;
  struct val *v = value();
  if (!v) return 0;
  n = bpf_obj_new_impl(bpf_core_type_id_local(struct node), 0);
  if (!n) return 0;
  old = bpf_kptr_xchg(&v->task, (struct task_struct *)n);
  if (old) bpf_task_release(old);
  return 1;
}

SEC("xdp")
int c_kptr_load_no_null_check(struct xdp_md *ctx) {
  struct val *v = value();
  if (!v) return XDP_PASS;
  return v->utask->pid & 1 ? XDP_PASS : XDP_DROP;
}

SEC("syscall")
int c_kptr_use_after_xchg(int *ctx) {
  struct task_struct *t, *old;
  struct val *v = value();
  if (!v) return 0;
  t = bpf_task_from_pid(ctx[0]);
  if (!t) return 0;
  old = bpf_kptr_xchg(&v->task, t);
  if (old) bpf_task_release(old);
  bpf_task_release(t);  // the reference went into the map
  return 1;
}

SEC("syscall")
int c_kptr_helper_access(void *ctx) {
  struct val *v = value();
  if (!v) return 0;
  bpf_probe_read_kernel(&v->pad, 16, 0);  // covers the kptr at 8
  return 0;
}

SEC("syscall")
int c_kptr_xchg_maybe_null(int *ctx) {
  struct task_struct *t, *old;
  struct val *v = value();
  if (!v) return 0;
  t = bpf_task_from_pid(ctx[0]);
  old = bpf_kptr_xchg(&v->task, t);
  if (old) bpf_task_release(old);
  return 1;
}

SEC("syscall")
int c_kptr_store_imm(void *ctx) {
  struct val *v = value();
  if (!v) return 0;
  *(volatile __u64 *)&v->utask = 1;
  return 0;
}

SEC("syscall")
int c_kptr_store_scalar(int *ctx) {
  struct val *v = value();
  if (!v) return 0;
  *(volatile __u64 *)&v->utask = ctx[0];
  return 0;
}

SEC("syscall")
int c_kptr_atomic(void *ctx) {
  struct val *v = value();
  if (!v) return 0;
  __sync_fetch_and_add((__u64 *)&v->utask, 1);
  return 0;
}

char LICENSE[] SEC("license") = "GPL";
