// Kernel backend tests: programs the kernel (or the loader) must refuse, each with a one-line error naming the
// program and the cause. All but the first are autoload-off and loaded one at a time by name.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct {
  __uint(type, BPF_MAP_TYPE_HASH);
  __uint(max_entries, 4);
  __type(key, __u32);
  __type(value, __u64);
} counts SEC(".maps");

// The verifier refuses this: the lookup may return NULL and the program reads through it unchecked.
SEC("xdp") int xdp_null_deref(struct xdp_md *ctx) {
  __u32 key = 0;
  __u64 *v = bpf_map_lookup_elem(&counts, &key);
  return *v == 7 ? XDP_DROP : XDP_PASS;
}

SEC("?xdp") int xdp_fine(struct xdp_md *ctx) { return XDP_PASS; }

// No libbpf SEC() definition matches this name.
SEC("?bpfkit_unknown_section") int unknown_section(void *ctx) { return 0; }

// No kernel has this function.
SEC("?fentry/bpfkit_no_such_function") int fentry_missing(void *ctx) { return 0; }

// A real tracepoint, whose attach_btf_id needs the kernel's BTF.
SEC("?tp_btf/sched_switch") int tp_btf_switch(void *ctx) { return 0; }

char LICENSE[] SEC("license") = "GPL";
