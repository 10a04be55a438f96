// Two target flavours (core_dup and core_dup___x in core_target.bpf.c) both have member 'a', at different offsets:
// libbpf refuses the object ("field offset ambiguity"), and so must bpfkit.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct core_dup {
  int a;
} __attribute__((preserve_access_index));

SEC("syscall")
int core_ambiguous(struct core_dup *d) { return d->a; }

char LICENSE[] SEC("license") = "GPL";
