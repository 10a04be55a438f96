// bpf_get_stackid and bpf_get_stack from a raw tracepoint, run in bpfkit on a simulated stack
// (HelperConfig::kernel_stack / user_stack). args[0] selects the flags; results go to `out`.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct {
  __uint(type, BPF_MAP_TYPE_STACK_TRACE);
  __uint(max_entries, 16);
  __uint(key_size, sizeof(__u32));
  __uint(value_size, 4 * sizeof(__u64));
} stacks SEC(".maps");

struct stack_out {
  __s64 stackid;
  __s64 user_stackid;
  __s64 get_stack_len;
  __u64 frames[3];
};

struct {
  __uint(type, BPF_MAP_TYPE_ARRAY);
  __uint(max_entries, 1);
  __type(key, __u32);
  __type(value, struct stack_out);
} out SEC(".maps");

SEC("raw_tp/sys_enter")
int take_stacks(struct bpf_raw_tracepoint_args* ctx) {
  __u32 k = 0;
  struct stack_out* o = bpf_map_lookup_elem(&out, &k);
  if (!o) return 1;
  __u64 skip = ctx->args[0] & 0xff;
  o->stackid = bpf_get_stackid(ctx, &stacks, skip);
  o->user_stackid = bpf_get_stackid(ctx, &stacks, skip | BPF_F_USER_STACK);
  o->get_stack_len = bpf_get_stack(ctx, o->frames, sizeof(o->frames), skip);
  return 0;
}

// The kernel's verifier refuses this (a stack trace map goes only to bpf_get_stackid); bpfkit stops the run with
// the verifier's words.
SEC("raw_tp/sys_enter")
int lookup_stack(struct bpf_raw_tracepoint_args* ctx) {
  __u32 k = 0;
  return bpf_map_lookup_elem(&stacks, &k) != 0;
}

char LICENSE[] SEC("license") = "GPL";
