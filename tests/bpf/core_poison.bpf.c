// A CO-RE relocation that cannot be resolved against core_target.bpf.c's BTF, on a path the program takes: the
// load succeeds (the instruction is poisoned as libbpf poisons it) and the run stops at it. The kernel's verifier
// refuses this program, so it is bpfkit-only.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_core_read.h>

struct core_task___old {
  int pid;
  int state;
} __attribute__((preserve_access_index));

long long core_poison_out = 0;

SEC("syscall")
int core_poison(struct core_task___old *t) {
  core_poison_out = t->pid;
  return t->state;
}

char LICENSE[] SEC("license") = "GPL";
