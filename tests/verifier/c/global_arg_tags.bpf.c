// "arg:" decl tags on a global function's parameters (6.8+; libbpf's __arg_ctx, __arg_nonnull, __arg_nullable,
// __arg_trusted, __arg_untrusted, __arg_arena): btf_prepare_func_args types the argument by its tags, each call
// checks the caller's register against that (btf_check_func_arg_match), and tags that do not fit the parameter
// refuse the call ("Caller passes invalid args into func#N", after the line that says why).
// processed: exact
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

// Debian's libbpf 1.1 headers predate these (bpf_helpers.h defines them since libbpf 1.3)
#define __arg_ctx __attribute__((btf_decl_tag("arg:ctx")))
#define __arg_nonnull __attribute__((btf_decl_tag("arg:nonnull")))
#define __arg_nullable __attribute__((btf_decl_tag("arg:nullable")))
#define __arg_trusted __attribute__((btf_decl_tag("arg:trusted")))
#define __arg_untrusted __attribute__((btf_decl_tag("arg:untrusted")))
#define __arg_arena __attribute__((btf_decl_tag("arg:arena")))

struct task_struct {
  int pid;
  int tgid;
} __attribute__((preserve_access_index));

// A kernel struct the task is not (nor starts with).
struct file {
  unsigned int f_flags;
} __attribute__((preserve_access_index));

// No kernel type has this name.
struct argtag_local_thing {
  int x;
};

struct pt_regs {
  unsigned long di;
};

// A hash map: 6.18 knows an array lookup with a constant key in range is not NULL.
struct {
  __uint(type, BPF_MAP_TYPE_HASH);
  __uint(max_entries, 1);
  __type(key, __u32);
  __type(value, int);
} argtag_vals SEC(".maps");

// --- __arg_ctx ---------------------------------------------------------------------------------------------------

// `void *` fits every program type's context with the tag.
__noinline int at_ctx_void(void *ctx __arg_ctx) {
  return *(__u32 *)ctx & 1;  // __sk_buff.len
}

SEC("tc")
int c_argtag_ctx_void_ok(struct __sk_buff *skb) {
  return at_ctx_void(skb);
}

// Without the tag a `void *` parameter has no size: the kernel refuses the function.
__noinline int at_void_untagged(void *p) {
  return p != 0;
}

SEC("tc")
int c_argtag_void_untagged(struct __sk_buff *skb) {
  return at_void_untagged(skb);
}

// The ctx tag with another program type's context struct.
__noinline int at_ctx_skb(struct __sk_buff *skb __arg_ctx) {
  return skb->len & 1;
}

SEC("xdp")
int c_argtag_ctx_wrong_struct(struct xdp_md *ctx) {
  return at_ctx_skb((struct __sk_buff *)ctx);
}

// tp_btf contexts are u64 arrays: a struct needs `void *`.
struct argtag_whatever {
  int x;
};

__noinline int at_ctx_whatever(struct argtag_whatever *ctx __arg_ctx) {
  return ctx != 0;
}

SEC("tp_btf/sched_process_exec")
int c_argtag_ctx_tracing_struct(unsigned long long *ctx) {
  return at_ctx_whatever((struct argtag_whatever *)ctx);
}

// A tracepoint's context may be typed as anything.
SEC("tracepoint/syscalls/sys_enter_nanosleep")
int c_argtag_ctx_tracepoint_ok(void *ctx) {
  return at_ctx_whatever(ctx);
}

__noinline int at_ctx_u64(unsigned long long *ctx __arg_ctx) {
  return ctx != 0;
}

SEC("raw_tp/sys_enter")
int c_argtag_ctx_raw_tp_u64_ok(void *ctx) {
  return at_ctx_u64(ctx);
}

__noinline int at_ctx_pt_regs(struct pt_regs *ctx __arg_ctx) {
  return ctx != 0;
}

// struct pt_regs * is a kprobe's context with the tag, and without it.
__noinline int at_pt_regs_untagged(struct pt_regs *ctx) {
  return ctx != 0;
}

SEC("kprobe/do_nanosleep")
int c_argtag_ctx_kprobe_ok(struct pt_regs *ctx) {
  return at_ctx_pt_regs(ctx) + at_pt_regs_untagged(ctx);
}

__noinline int at_ctx_int(int x __arg_ctx) {
  return x & 1;
}

SEC("tc")
int c_argtag_ctx_not_ptr(struct __sk_buff *skb) {
  return at_ctx_int(skb->len);
}

__noinline int at_ctx_nonnull(struct __sk_buff *skb __arg_ctx __arg_nonnull) {
  return skb->len & 1;
}

SEC("tc")
int c_argtag_ctx_combination(struct __sk_buff *skb) {
  return at_ctx_nonnull(skb);
}

// Stack memory where the tagged function takes the context.
SEC("tc")
int c_argtag_ctx_stack(struct __sk_buff *skb) {
  __u64 x[4] = {};
  x[0] = skb->len;
  return at_ctx_void(x);
}

// --- __arg_nonnull and __arg_nullable on memory ------------------------------------------------------------------

// No NULL check needed inside.
__noinline int at_nonnull(int *p __arg_nonnull) {
  return *p & 1;
}

SEC("tc")
int c_argtag_nonnull_ok(struct __sk_buff *skb) {
  int x = skb->len;
  return at_nonnull(&x);
}

SEC("tc")
int c_argtag_nonnull_maybe_null(struct __sk_buff *skb) {
  __u32 k = 0;
  return at_nonnull(bpf_map_lookup_elem(&argtag_vals, &k));
}

// A known NULL is refused as a maybe-NULL pointer is.
SEC("tc")
int c_argtag_nonnull_null(struct __sk_buff *skb) {
  return at_nonnull((int *)0);
}

// __arg_nullable applies to trusted pointers only: memory arguments are NULL-able already.
__noinline int at_nullable_mem(int *p __arg_nullable) {
  return p ? *p & 1 : 0;
}

SEC("tc")
int c_argtag_nullable_mem(struct __sk_buff *skb) {
  int x = skb->len;
  return at_nullable_mem(&x);
}

__noinline int at_nonnull_int(int x __arg_nonnull) {
  return x & 1;
}

SEC("tc")
int c_argtag_nonnull_not_ptr(struct __sk_buff *skb) {
  return at_nonnull_int(skb->len);
}

// --- __arg_trusted -----------------------------------------------------------------------------------------------

__noinline int at_trusted(struct task_struct *t __arg_trusted) {
  return t->pid & 1;
}

SEC("kprobe/do_nanosleep")
int c_argtag_trusted_ok(void *ctx) {
  return at_trusted(bpf_get_current_task_btf());
}

SEC("tp_btf/sched_process_exec")
int c_argtag_trusted_tp_btf_ok(unsigned long long *ctx) {
  return at_trusted((struct task_struct *)ctx[0]);
}

SEC("kprobe/do_nanosleep")
int c_argtag_trusted_null(void *ctx) {
  return at_trusted((struct task_struct *)0);
}

SEC("kprobe/do_nanosleep")
int c_argtag_trusted_stack(void *ctx) {
  struct task_struct t = {};
  return at_trusted(&t);
}

__noinline int at_trusted_nullable(struct task_struct *t __arg_trusted __arg_nullable) {
  if (!t) return 0;
  return t->tgid & 1;
}

SEC("kprobe/do_nanosleep")
int c_argtag_trusted_nullable_ok(void *ctx) {
  return at_trusted_nullable((struct task_struct *)0) + at_trusted_nullable(bpf_get_current_task_btf());
}

__noinline int at_trusted_nullable_deref(struct task_struct *t __arg_trusted __arg_nullable) {
  return t->tgid & 1;
}

SEC("kprobe/do_nanosleep")
int c_argtag_trusted_nullable_deref(void *ctx) {
  return at_trusted_nullable_deref(bpf_get_current_task_btf());
}

__noinline int at_trusted_nonnull(struct task_struct *t __arg_trusted __arg_nonnull) {
  return t->pid & 1;
}

SEC("kprobe/do_nanosleep")
int c_argtag_trusted_combination(void *ctx) {
  return at_trusted_nonnull(bpf_get_current_task_btf());
}

__noinline int at_trusted_file(struct file *f __arg_trusted) {
  return f->f_flags & 1;
}

SEC("kprobe/do_nanosleep")
int c_argtag_trusted_wrong_struct(void *ctx) {
  return at_trusted_file((struct file *)bpf_get_current_task_btf());
}

__noinline int at_trusted_local(struct argtag_local_thing *p __arg_trusted) {
  return p->x & 1;
}

SEC("kprobe/do_nanosleep")
int c_argtag_trusted_no_match(void *ctx) {
  return at_trusted_local((struct argtag_local_thing *)bpf_get_current_task_btf());
}

__noinline int at_trusted_int(int *p __arg_trusted) {
  return p != 0;
}

SEC("kprobe/do_nanosleep")
int c_argtag_trusted_int_stack(void *ctx) {
  int x = 1;
  return at_trusted_int(&x);
}

__noinline int at_trusted_void(void *p __arg_trusted) {
  return p != 0;
}

SEC("kprobe/do_nanosleep")
int c_argtag_trusted_void(void *ctx) {
  return at_trusted_void(bpf_get_current_task_btf());
}

// --- __arg_untrusted, __arg_arena, unknown tags, static functions ------------------------------------------------

__noinline int at_untrusted_void(void *p __arg_untrusted) {
  return p != 0;
}

// Anything may be passed as untrusted memory, even the context.
SEC("tc")
int c_argtag_untrusted_void_ok(struct __sk_buff *skb) {
  return at_untrusted_void(skb);
}

__noinline int at_untrusted_nullable(struct task_struct *t __arg_untrusted __arg_nullable) {
  return t != 0;
}

SEC("kprobe/do_nanosleep")
int c_argtag_untrusted_combination(void *ctx) {
  return at_untrusted_nullable(bpf_get_current_task_btf());
}

__noinline int at_arena(void *p __arg_arena) {
  return p != 0;
}

SEC("tc")
int c_argtag_arena_scalar_ok(struct __sk_buff *skb) {
  return at_arena((void *)(long)skb->len);
}

SEC("tc")
int c_argtag_arena_stack(struct __sk_buff *skb) {
  int x = skb->len;
  return at_arena(&x);
}

__noinline int at_arena_nonnull(void *p __arg_arena __arg_nonnull) {
  return p != 0;
}

SEC("tc")
int c_argtag_arena_combination(struct __sk_buff *skb) {
  return at_arena_nonnull((void *)(long)skb->len);
}

__noinline int at_bogus_tag(int *p __attribute__((btf_decl_tag("arg:bogus")))) {
  return p ? *p & 1 : 0;
}

SEC("tc")
int c_argtag_unknown_tag(struct __sk_buff *skb) {
  int x = skb->len;
  return at_bogus_tag(&x);
}

// A static function is verified with the caller's registers: 6.18 does not read its tags at the call (the
// running kernel logs nothing about them).
static __noinline int at_static(int *p __arg_nonnull) {
  return *p & 1;
}

SEC("tc")
int c_argtag_static_ok(struct __sk_buff *skb) {
  int x = skb->len;
  return at_static(&x) + at_static(&x);
}

char _license[] SEC("license") = "GPL";
