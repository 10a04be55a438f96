// kfunc calls a SEC("syscall") program may make on 6.18: RCU read sections, open-coded number iterators, task
// lookups, cpumasks and local objects (bpf_obj_new). Each program writes what it saw to kf_out, so bpfkit's run
// and the kernel's (through libbpf) can be compared; weak externs the kernel lacks check bpf_ksym_exists.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_core_read.h>
#include <stdbool.h>

// libbpf 1.2's bpf_ksym_exists (Debian 12 ships libbpf 1.1).
#ifndef bpf_ksym_exists
#define bpf_ksym_exists(sym) (!!(sym))
#endif

// Definitions as the kernel's BTF has them (STRUCT, not FWD), so libbpf's prototype check passes.
struct task_struct {
  int pid;
};
struct cpumask {
  unsigned long bits[1];
};
struct bpf_cpumask {
  struct cpumask cpumask;
};
struct bpf_iter_num {
  __u64 __opaque[1];
} __attribute__((aligned(8)));

extern void bpf_rcu_read_lock(void) __ksym;
extern void bpf_rcu_read_unlock(void) __ksym;
extern int bpf_iter_num_new(struct bpf_iter_num *it, int start, int end) __ksym;
extern int *bpf_iter_num_next(struct bpf_iter_num *it) __ksym;
extern void bpf_iter_num_destroy(struct bpf_iter_num *it) __ksym;
extern struct task_struct *bpf_task_from_pid(__s32 pid) __ksym;
extern struct task_struct *bpf_task_acquire(struct task_struct *p) __ksym;
extern void bpf_task_release(struct task_struct *p) __ksym;
extern struct bpf_cpumask *bpf_cpumask_create(void) __ksym;
extern void bpf_cpumask_release(struct bpf_cpumask *cpumask) __ksym;
extern void bpf_cpumask_set_cpu(__u32 cpu, struct bpf_cpumask *cpumask) __ksym;
extern void bpf_cpumask_clear_cpu(__u32 cpu, struct bpf_cpumask *cpumask) __ksym;
extern bool bpf_cpumask_test_cpu(__u32 cpu, const struct cpumask *cpumask) __ksym;
extern __u32 bpf_cpumask_first(const struct cpumask *cpumask) __ksym;
extern __u32 bpf_cpumask_weight(const struct cpumask *cpumask) __ksym;
extern bool bpf_cpumask_and(struct bpf_cpumask *dst, const struct cpumask *src1, const struct cpumask *src2) __ksym;
extern void bpf_cpumask_or(struct bpf_cpumask *dst, const struct cpumask *src1, const struct cpumask *src2) __ksym;
extern void bpf_cpumask_copy(struct bpf_cpumask *dst, const struct cpumask *src) __ksym;
extern void *bpf_obj_new_impl(__u64 local_type_id, void *meta) __ksym;
extern void bpf_obj_drop_impl(void *kptr, void *meta) __ksym;
// Neither exists in any kernel: libbpf resolves them to 0 and poisons the (dead) call.
extern void bpfkit_no_such_kfunc(int x) __ksym __weak;
extern int bpfkit_no_such_kfunc2(void) __ksym __weak;

#define MASK(m) ((const struct cpumask *)(m))

struct node {
  long a;
  long b;
};

struct {
  long iter_sum;
  long iter_einval;
  long iter_e2big;
  long iter_empty;
  long task_found;
  long task_zero;
  long task_huge;
  long mask_weight;
  long mask_first;
  long mask_test1;
  long mask_first_after_clear;
  long mask_weight_bad_cpu;
  long mask_and;
  long mask_or_weight;
  long mask_copy_weight;
  long obj_sum;
  long missing_exists;
  long missing_exists2;
} kf_out = {};

SEC("syscall")
int kf_rcu(void *ctx) {
  bpf_rcu_read_lock();
  bpf_rcu_read_unlock();
  return 7;
}

SEC("syscall")
int kf_iter(void *ctx) {
  struct bpf_iter_num it;
  int *v;
  long sum = 0;
  bpf_iter_num_new(&it, 2, 7);
  while ((v = bpf_iter_num_next(&it)))
    sum += *v;
  bpf_iter_num_destroy(&it);
  kf_out.iter_sum = sum;
  kf_out.iter_einval = bpf_iter_num_new(&it, 5, 1);
  bpf_iter_num_destroy(&it);
  kf_out.iter_e2big = bpf_iter_num_new(&it, -2000000000, 2000000000);
  bpf_iter_num_destroy(&it);
  bpf_iter_num_new(&it, 3, 3);
  kf_out.iter_empty = bpf_iter_num_next(&it) == 0;
  bpf_iter_num_destroy(&it);
  return sum;
}

// ctx holds the caller's pid (this kernel build's bpf_task_from_pid(1) gives NULL, so pid 1 is no fixed point).
SEC("syscall")
int kf_task(int *ctx) {
  struct task_struct *t = bpf_task_from_pid(ctx[0]), *t2;
  kf_out.task_found = t != 0;
  if (t) {
    t2 = bpf_task_acquire(t);
    if (t2) bpf_task_release(t2);
    bpf_task_release(t);
  }
  t = bpf_task_from_pid(0);
  kf_out.task_zero = t != 0;
  if (t) bpf_task_release(t);
  t = bpf_task_from_pid(0x3fffffff);
  kf_out.task_huge = t != 0;
  if (t) bpf_task_release(t);
  return 0;
}

SEC("syscall")
int kf_cpumask(void *ctx) {
  struct bpf_cpumask *m = bpf_cpumask_create(), *m2;
  if (!m) return -1;
  m2 = bpf_cpumask_create();
  if (!m2) {
    bpf_cpumask_release(m);
    return -2;
  }
  bpf_cpumask_set_cpu(0, m);
  bpf_cpumask_set_cpu(1, m);
  kf_out.mask_weight = bpf_cpumask_weight(MASK(m));
  kf_out.mask_first = bpf_cpumask_first(MASK(m));
  kf_out.mask_test1 = bpf_cpumask_test_cpu(1, MASK(m));
  bpf_cpumask_clear_cpu(0, m);
  kf_out.mask_first_after_clear = bpf_cpumask_first(MASK(m));
  bpf_cpumask_set_cpu(100000, m);
  kf_out.mask_weight_bad_cpu = bpf_cpumask_weight(MASK(m));
  bpf_cpumask_set_cpu(0, m2);
  kf_out.mask_and = bpf_cpumask_and(m2, MASK(m), MASK(m2));
  bpf_cpumask_set_cpu(0, m2);
  bpf_cpumask_or(m2, MASK(m), MASK(m2));
  kf_out.mask_or_weight = bpf_cpumask_weight(MASK(m2));
  bpf_cpumask_copy(m, MASK(m2));
  kf_out.mask_copy_weight = bpf_cpumask_weight(MASK(m));
  bpf_cpumask_release(m2);
  bpf_cpumask_release(m);
  return 0;
}

SEC("syscall")
int kf_obj(void *ctx) {
  struct node *n = bpf_obj_new_impl(bpf_core_type_id_local(struct node), 0);
  long r;
  if (!n) return -1;
  n->a = 5;
  n->b = n->a * 3;
  r = n->a + n->b;
  bpf_obj_drop_impl(n, 0);
  kf_out.obj_sum = r;
  return r;
}

SEC("syscall")
int kf_weak(void *ctx) {
  kf_out.missing_exists = bpf_ksym_exists(bpfkit_no_such_kfunc);
  kf_out.missing_exists2 = bpf_ksym_exists(bpfkit_no_such_kfunc2);
  if (bpf_ksym_exists(bpfkit_no_such_kfunc)) bpfkit_no_such_kfunc(1);
  return 3;
}

char LICENSE[] SEC("license") = "GPL";
