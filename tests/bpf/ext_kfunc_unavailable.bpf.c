// kfunc calls that cannot run in bpfkit: a __weak kfunc no kernel has, called without a bpf_ksym_exists guard, and a
// kfunc the kernel has but bpfkit does not implement. Only the program making the call may fail.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct cgroup {
  int id;
};

extern int bpfkit_no_such_kfunc(void) __ksym __weak;
extern struct cgroup *bpf_cgroup_from_id(__u64 cgid) __ksym;
extern void bpf_rcu_read_lock(void) __ksym;
extern void bpf_rcu_read_unlock(void) __ksym;

SEC("syscall")
int ku_weak_called(void *ctx) { return bpfkit_no_such_kfunc(); }

SEC("syscall")
int ku_unimplemented(void *ctx) { return bpf_cgroup_from_id(1) != 0; }

SEC("syscall")
int ku_fine(void *ctx) {
  bpf_rcu_read_lock();
  bpf_rcu_read_unlock();
  return 42;
}

char LICENSE[] SEC("license") = "GPL";
