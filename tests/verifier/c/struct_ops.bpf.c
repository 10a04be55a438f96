// struct_ops: a tcp_congestion_ops whose members are BPF programs. libbpf gives each program the kernel's
// tcp_congestion_ops as attach_btf_id and its member index as expected_attach_type (from the .struct_ops map), so
// the context is that member's arguments as u64s (btf_ctx_access), a `struct sock *` argument becomes a trusted
// tcp_sock (bpf_tcp_ca_is_valid_access), writes through it are limited to a few fields
// (bpf_tcp_ca_btf_struct_access), a void member's return value is not looked at, and the bpf_tcp_ca kfuncs are
// allowed. The struct is declared here with only the members used: libbpf matches them to the kernel's by name.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct sock;
struct tcp_sock {
  __u32 snd_cwnd;
  __u32 snd_ssthresh;
  __u32 snd_cwnd_cnt;
  __u32 mss_cache;
} __attribute__((preserve_access_index));

struct tcp_congestion_ops {
  __u32 (*ssthresh)(struct sock *sk);
  void (*cong_avoid)(struct sock *sk, __u32 ack, __u32 acked);
  void (*set_state)(struct sock *sk, __u8 new_state);
  __u32 (*undo_cwnd)(struct sock *sk);
  void (*get_info)(struct sock *sk, __u32 ext, int *attr, void *info);
  char name[16];
  void (*init)(struct sock *sk);
  void (*release)(struct sock *sk);
};

extern __u32 tcp_slow_start(struct tcp_sock *tp, __u32 acked) __ksym;
extern void tcp_cong_avoid_ai(struct tcp_sock *tp, __u32 w, __u32 acked) __ksym;
extern int bpf_dynptr_from_xdp(struct xdp_md *xdp, __u64 flags, struct bpf_dynptr *ptr) __ksym;

// Accepted: members with a value and void members, reads of the arguments, the allowed writes, the kfuncs.
SEC("struct_ops/ssthresh")
__u32 c_sops_ssthresh_ok(unsigned long long *ctx) {
  struct tcp_sock *tp = (void *)ctx[0];
  __u32 half = tp->snd_cwnd >> 1;
  return half < 2 ? 2 : half;
}

SEC("struct_ops/cong_avoid")
void c_sops_cong_avoid_ok(unsigned long long *ctx) {
  struct tcp_sock *tp = (void *)ctx[0];
  __u32 acked = (__u32)ctx[2];
  if (tp->snd_cwnd < tp->snd_ssthresh) {
    acked = tcp_slow_start(tp, acked);
    if (!acked) return;
  }
  tcp_cong_avoid_ai(tp, tp->snd_cwnd, acked);
}

SEC("struct_ops/set_state")
void c_sops_set_state_ok(unsigned long long *ctx) {
  struct tcp_sock *tp = (void *)ctx[0];
  if ((__u8)ctx[1] == 4)  // TCP_CA_Loss
    tp->snd_cwnd_cnt = 0;
}

SEC("struct_ops/init")
void c_sops_init_writes_ok(unsigned long long *ctx) {
  struct tcp_sock *tp = (void *)ctx[0];
  tp->snd_ssthresh = 0x7fffffff;
  tp->snd_cwnd = 10;
}

SEC("struct_ops/undo_cwnd")
__u32 c_sops_undo_cwnd_ok(unsigned long long *ctx) {
  struct tcp_sock *tp = (void *)ctx[0];
  return tp->snd_cwnd > tp->snd_ssthresh ? tp->snd_cwnd : tp->snd_ssthresh;
}

// Rejected.
SEC("struct_ops/ssthresh")
__u32 c_sops_ctx_past_args(unsigned long long *ctx) {
  return (__u32)ctx[1];  // ssthresh(struct sock *sk) has one argument
}

// A pointer as ssthresh's u32: "R0 leaks addr as return value" is for loaders without CAP_PERFMON only.
SEC("struct_ops/ssthresh")
unsigned long c_sops_ret_pointer_root_ok(unsigned long long *ctx) {
  return ctx[0];
}

SEC("struct_ops/release")
void c_sops_write_readonly_field(unsigned long long *ctx) {
  struct tcp_sock *tp = (void *)ctx[0];
  tp->mss_cache = 1;  // not one of the fields bpf_tcp_ca lets a program write
}

SEC("struct_ops/release")
void c_sops_write_past_member(unsigned long long *ctx) {
  struct tcp_sock *tp = (void *)ctx[0];
  // 8 bytes into a u32 field, in one store (clang would split a C store of a 4-aligned u64)
  asm volatile("*(u64 *)(%0 + 0) = %1" ::"r"(&tp->snd_cwnd), "r"(1ULL) : "memory");
}

SEC("struct_ops/release")
void c_sops_kfunc_not_allowed(unsigned long long *ctx) {
  struct bpf_dynptr ptr;
  bpf_dynptr_from_xdp((void *)ctx[0], 0, &ptr);  // an XDP kfunc
}

SEC("struct_ops/release")
void c_sops_setsockopt_in_release(unsigned long long *ctx) {
  int one = 1;
  bpf_setsockopt((void *)ctx[0], 6 /* SOL_TCP */, 1 /* TCP_NODELAY */, &one, sizeof(one));
}

SEC("struct_ops/get_info")
void c_sops_unsupported_member(unsigned long long *ctx) {}

// A bpf_tcp_ca kfunc from a program that is not struct_ops.
SEC("xdp")
int c_sops_kfunc_from_xdp(struct xdp_md *ctx) {
  tcp_slow_start((void *)0, 1);
  return XDP_PASS;
}

// The kernel loads each program on its own (the harness turns autoload off for the others), with the member it
// fills here. A program may fill one member only, so each rejected case has its own map.
SEC(".struct_ops")
struct tcp_congestion_ops c_sops_ok = {
    .ssthresh = (void *)c_sops_ssthresh_ok,
    .cong_avoid = (void *)c_sops_cong_avoid_ok,
    .set_state = (void *)c_sops_set_state_ok,
    .undo_cwnd = (void *)c_sops_undo_cwnd_ok,
    .init = (void *)c_sops_init_writes_ok,
    .name = "bpfkit_ok",
};

SEC(".struct_ops")
struct tcp_congestion_ops c_sops_bad1 = {
    .ssthresh = (void *)c_sops_ctx_past_args,
    .release = (void *)c_sops_write_readonly_field,
    .get_info = (void *)c_sops_unsupported_member,
    .name = "bpfkit_bad1",
};

SEC(".struct_ops")
struct tcp_congestion_ops c_sops_bad2 = {
    .ssthresh = (void *)c_sops_ret_pointer_root_ok,
    .release = (void *)c_sops_write_past_member,
    .name = "bpfkit_bad2",
};

SEC(".struct_ops")
struct tcp_congestion_ops c_sops_bad3 = {
    .release = (void *)c_sops_kfunc_not_allowed,
    .name = "bpfkit_bad3",
};

SEC(".struct_ops")
struct tcp_congestion_ops c_sops_bad4 = {
    .release = (void *)c_sops_setsockopt_in_release,
    .name = "bpfkit_bad4",
};

char LICENSE[] SEC("license") = "GPL";
