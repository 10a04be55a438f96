// CO-RE field relocations, against core_target.bpf.c's BTF: members that moved, one found through an anonymous
// struct, a u32 read of what the target has as a u16 (the load narrows), bitfields, arrays of structs, and a field
// renamed between "versions" (the ___old / ___new flavours). The context is a struct core_task laid out as the
// target has it; the program copies it to the stack first, since the kernel's verifier refuses loads through a
// ctx pointer moved by an offset the way relocated accesses move it.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_core_read.h>

struct core_item {
  long long value;
  int key;
} __attribute__((preserve_access_index));

struct core_task {
  char comm[16];
  long long start;
  int pid;
  int inner_b;
  unsigned int narrow;
  int snarrow;
  unsigned int flags : 3;
  unsigned int prio : 7;
  int nice : 6;
  struct core_item items[4];
} __attribute__((preserve_access_index));

struct core_task___old {
  int state;
} __attribute__((preserve_access_index));

struct core_task___new {
  int state_new;
} __attribute__((preserve_access_index));

struct {
  long long pid, start, inner_b, narrow, flags, prio, nice, item2_key, item3_value, comm1;
  long long state, old_exists, new_exists, off_start, size_narrow, size_items, off_item1_value;
  long long snarrow_size, snarrow;
} core_out = {};

SEC("syscall")
int core_fields(void *ctx) {
  char buf[128];
  if (bpf_probe_read_kernel(buf, sizeof(buf), ctx) != 0) return 1;
  struct core_task *t = (struct core_task *)buf;
  core_out.pid = t->pid;
  core_out.start = t->start;
  core_out.inner_b = t->inner_b;
  core_out.narrow = t->narrow;
  core_out.flags = BPF_CORE_READ_BITFIELD(t, flags);
  core_out.prio = BPF_CORE_READ_BITFIELD_PROBED(t, prio);
  core_out.nice = BPF_CORE_READ_BITFIELD(t, nice);
  core_out.item2_key = t->items[2].key;
  core_out.item3_value = t->items[3].value;
  core_out.comm1 = t->comm[1];
  // The classic rename: only one flavour's field exists; the other's access is poisoned and never reached.
  if (bpf_core_field_exists(((struct core_task___old *)t)->state))
    core_out.state = ((struct core_task___old *)t)->state;
  else
    core_out.state = ((struct core_task___new *)t)->state_new;
  core_out.old_exists = bpf_core_field_exists(struct core_task___old, state);
  core_out.new_exists = bpf_core_field_exists(struct core_task___new, state_new);
  core_out.off_start = bpf_core_field_offset(struct core_task, start);
  core_out.size_narrow = bpf_core_field_size(struct core_task, narrow);
  core_out.size_items = bpf_core_field_size(struct core_task, items);
  core_out.off_item1_value = bpf_core_field_offset(t->items[1].value);
  // A signed int locally, a short in the target: the load cannot be narrowed and is poisoned; dead code here.
  core_out.snarrow_size = bpf_core_field_size(t->snarrow);
  if (bpf_core_field_size(t->snarrow) == 4) core_out.snarrow = t->snarrow;
  return 0;
}

char LICENSE[] SEC("license") = "GPL";
