// kfuncs: references they hand out, the number iterator's stack slots and loop, and bpf_obj_new objects.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_core_read.h>

struct task_struct {
  int pid;
};
struct bpf_iter_num {
  __u64 __opaque[1];
} __attribute__((aligned(8)));

extern struct task_struct *bpf_task_from_pid(__s32 pid) __ksym;
extern void bpf_task_release(struct task_struct *p) __ksym;
extern int bpf_iter_num_new(struct bpf_iter_num *it, int start, int end) __ksym;
extern int *bpf_iter_num_next(struct bpf_iter_num *it) __ksym;
extern void bpf_iter_num_destroy(struct bpf_iter_num *it) __ksym;
extern void *bpf_obj_new_impl(__u64 local_type_id, void *meta) __ksym;
extern void bpf_obj_drop_impl(void *kptr, void *meta) __ksym;
extern void bpf_rcu_read_lock(void) __ksym;
extern void bpf_rcu_read_unlock(void) __ksym;

struct pair {
  long a;
  long b;
};

SEC("syscall")
int c_kfunc_task_release_ok(int *ctx) {
  struct task_struct *t = bpf_task_from_pid(ctx[0]);
  if (!t) return 0;
  bpf_task_release(t);
  return 1;
}

SEC("syscall")
int c_kfunc_task_leak(int *ctx) {
  struct task_struct *t = bpf_task_from_pid(ctx[0]);
  if (!t) return 0;
  return 1;  // the task reference is never released
}

SEC("syscall")
int c_kfunc_release_twice(int *ctx) {
  struct task_struct *t = bpf_task_from_pid(ctx[0]);
  if (!t) return 0;
  bpf_task_release(t);
  bpf_task_release(t);
  return 1;
}

SEC("syscall")
int c_kfunc_rcu_unlock_unmatched(void *ctx) {
  bpf_rcu_read_unlock();
  return 0;
}

SEC("syscall")
int c_kfunc_rcu_exit_locked(void *ctx) {
  bpf_rcu_read_lock();
  return 0;
}

SEC("syscall")
int c_iter_sum_ok(void *ctx) {
  struct bpf_iter_num it;
  int *v;
  long sum = 0;
  bpf_iter_num_new(&it, 0, 100);
  while ((v = bpf_iter_num_next(&it)))
    sum += *v;
  bpf_iter_num_destroy(&it);
  return sum;
}

SEC("syscall")
int c_iter_leak(void *ctx) {
  struct bpf_iter_num it;
  int *v;
  bpf_iter_num_new(&it, 0, 10);
  v = bpf_iter_num_next(&it);
  return v ? *v : 0;  // the iterator is never destroyed
}

SEC("syscall")
int c_iter_next_uninit(void *ctx) {
  struct bpf_iter_num it;
  int *v = bpf_iter_num_next(&it);
  return v ? *v : 0;
}

SEC("syscall")
int c_iter_new_twice(void *ctx) {
  struct bpf_iter_num it;
  bpf_iter_num_new(&it, 0, 10);
  bpf_iter_num_new(&it, 0, 10);
  bpf_iter_num_destroy(&it);
  return 0;
}

SEC("syscall")
int c_iter_deref_unchecked(void *ctx) {
  struct bpf_iter_num it;
  int r;
  bpf_iter_num_new(&it, 0, 10);
  r = *bpf_iter_num_next(&it);  // NULL once the iterator is drained
  bpf_iter_num_destroy(&it);
  return r;
}

SEC("syscall")
int c_obj_new_ok(void *ctx) {
  struct pair *p = bpf_obj_new_impl(bpf_core_type_id_local(struct pair), 0);
  long r;
  if (!p) return 0;
  p->a = 2;
  p->b = 3;
  r = p->a * p->b;
  bpf_obj_drop_impl(p, 0);
  return r;
}

SEC("syscall")
int c_obj_new_past_end(void *ctx) {
  struct pair *p = bpf_obj_new_impl(bpf_core_type_id_local(struct pair), 0);
  long r;
  if (!p) return 0;
  r = ((long *)p)[2];
  bpf_obj_drop_impl(p, 0);
  return r;
}

SEC("syscall")
int c_obj_new_leak(void *ctx) {
  struct pair *p = bpf_obj_new_impl(bpf_core_type_id_local(struct pair), 0);
  if (!p) return 0;
  p->a = 1;
  return 1;
}

char LICENSE[] SEC("license") = "GPL";
