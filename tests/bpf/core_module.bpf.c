// CO-RE against a module's BTF (tests/unit/btf_split_test.cc): struct mod_state exists only in the hand-built
// module BTF of the test, laid out { int count; void *owner; }; here owner comes first, so the relocation of count's
// offset shows which BTF it was resolved against (0 in the module, 8 locally).
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_core_read.h>

struct mod_state {
  void *owner;
  int count;
} __attribute__((preserve_access_index));

SEC("raw_tp/bpfkit_test") int mod_count_offset(void *ctx) {
  struct mod_state *s = ctx;
  return bpf_core_field_offset(s->count);
}

char LICENSE[] SEC("license") = "GPL";
