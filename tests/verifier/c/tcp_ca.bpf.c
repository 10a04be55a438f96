// The helpers of struct_ops programs, which are their struct_ops type's (its verifier_ops->get_func_proto), not
// their program type's. A tcp_congestion_ops written the way the kernel selftests' bpf_dctcp.c is: init switches to
// a fallback congestion control with bpf_setsockopt(TCP_CONGESTION) and reads a socket-local storage value,
// cwnd_event sends an ACK with bpf_tcp_send_ack. bpf_tcp_ca_get_func_proto gives those, the sk storage helpers,
// bpf_getsockopt and bpf_ktime_get_coarse_ns on top of bpf_base_func_proto, but no socket options to `release`.
// Its arguments are checked as the protos say: the member's `struct sock *` (a trusted tcp_sock) is a socket, the
// context or cong_control's rate_sample is not. bpf_dummy_ops has no get_func_proto at all, so no helper.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct sock;
struct rate_sample;
struct tcp_sock {
  __u32 rcv_nxt;
  __u32 snd_cwnd;
  __u32 snd_ssthresh;
  __u8 ecn_flags;
} __attribute__((preserve_access_index));

// The members used, matched to the kernel's by name (libbpf).
struct tcp_congestion_ops {
  __u32 (*ssthresh)(struct sock *sk);
  void (*set_state)(struct sock *sk, __u8 new_state);
  void (*cwnd_event)(struct sock *sk, int ev);
  void (*cong_control)(struct sock *sk, __u32 ack, int flag, const struct rate_sample *rs);
  __u32 (*undo_cwnd)(struct sock *sk);
  char name[16];
  void (*init)(struct sock *sk);
  void (*release)(struct sock *sk);
};

struct {
  __uint(type, BPF_MAP_TYPE_SK_STORAGE);
  __uint(map_flags, BPF_F_NO_PREALLOC);
  __type(key, int);
  __type(value, int);
} c_tcpca_stg SEC(".maps");

char fallback_cc[16] = "cubic";
int stg_result;
__u64 last_undo_ns;

#define SOL_TCP 6
#define TCP_NODELAY 1
#define TCP_CONGESTION 13
#define TCP_ECN_OK 1
#define CA_EVENT_ECN_IS_CE 5

// Accepted.
SEC("struct_ops/init")
void c_tcpca_init_ok(unsigned long long *ctx) {
  struct sock *sk = (void *)ctx[0];
  struct tcp_sock *tp = (void *)sk;
  int *stg;

  if (!(tp->ecn_flags & TCP_ECN_OK)) {
    bpf_setsockopt(sk, SOL_TCP, TCP_CONGESTION, fallback_cc, sizeof(fallback_cc));
    return;
  }
  stg = bpf_sk_storage_get(&c_tcpca_stg, tp, NULL, 0);
  if (stg) {
    stg_result = *stg;
    bpf_sk_storage_delete(&c_tcpca_stg, tp);
  }
  tp->snd_cwnd = 10;
}

SEC("struct_ops/cwnd_event")
void c_tcpca_cwnd_event_ok(unsigned long long *ctx) {
  struct sock *sk = (void *)ctx[0];
  struct tcp_sock *tp = (void *)sk;

  if ((int)ctx[1] == CA_EVENT_ECN_IS_CE) bpf_tcp_send_ack(sk, tp->rcv_nxt);
}

SEC("struct_ops/set_state")
void c_tcpca_getsockopt_ok(unsigned long long *ctx) {
  char cc[16];

  if (bpf_getsockopt((void *)ctx[0], SOL_TCP, TCP_CONGESTION, cc, sizeof(cc)) == 0) stg_result = cc[0];
}

SEC("struct_ops/undo_cwnd")
__u32 c_tcpca_coarse_clock_ok(unsigned long long *ctx) {
  struct tcp_sock *tp = (void *)ctx[0];

  last_undo_ns = bpf_ktime_get_coarse_ns();
  return tp->snd_cwnd;
}

SEC("struct_ops/cong_control")
void c_tcpca_cong_control_ok(unsigned long long *ctx) {
  bpf_tcp_send_ack((void *)ctx[0], (__u32)ctx[1]);
}

// Rejected.
SEC("struct_ops/release")
void c_tcpca_getsockopt_in_release(unsigned long long *ctx) {
  char cc[16];

  bpf_getsockopt((void *)ctx[0], SOL_TCP, TCP_CONGESTION, cc, sizeof(cc));
}

SEC("struct_ops/init")
void c_tcpca_setsockopt_ctx(unsigned long long *ctx) {
  int one = 1;

  bpf_setsockopt(ctx, SOL_TCP, TCP_NODELAY, &one, sizeof(one));  // the context, not ctx[0]
}

SEC("struct_ops/cong_control")
void c_tcpca_send_ack_rate_sample(unsigned long long *ctx) {
  bpf_tcp_send_ack((void *)ctx[3], 0);  // rs, not the socket
}

SEC("struct_ops/cong_control")
void c_tcpca_setsockopt_rate_sample(unsigned long long *ctx) {
  int one = 1;

  bpf_setsockopt((void *)ctx[3], SOL_TCP, TCP_NODELAY, &one, sizeof(one));
}

SEC("struct_ops/ssthresh")
__u32 c_tcpca_sk_storage_scalar(unsigned long long *ctx) {
  int *stg = bpf_sk_storage_get(&c_tcpca_stg, (void *)(long)bpf_get_prandom_u32(), NULL, 0);

  return stg ? *stg : 2;
}

// bpf_dummy_ops: no get_func_proto in its verifier_ops.
struct bpf_dummy_ops_state;
struct bpf_dummy_ops {
  int (*test_1)(struct bpf_dummy_ops_state *cb);
};

SEC("struct_ops/test_1")
int c_dummy_ops_no_helper_ok(unsigned long long *ctx) {
  return 0;
}

SEC("struct_ops/test_1")
int c_dummy_ops_helper(unsigned long long *ctx) {
  return bpf_ktime_get_ns() & 1;
}

// Each program fills one member of one map; the harness loads one program at a time.
SEC(".struct_ops")
struct tcp_congestion_ops c_tcpca_ok = {
    .init = (void *)c_tcpca_init_ok,
    .cwnd_event = (void *)c_tcpca_cwnd_event_ok,
    .set_state = (void *)c_tcpca_getsockopt_ok,
    .undo_cwnd = (void *)c_tcpca_coarse_clock_ok,
    .cong_control = (void *)c_tcpca_cong_control_ok,
    .name = "bpfkit_tcpca_ok",
};

SEC(".struct_ops")
struct tcp_congestion_ops c_tcpca_bad1 = {
    .release = (void *)c_tcpca_getsockopt_in_release,
    .init = (void *)c_tcpca_setsockopt_ctx,
    .cong_control = (void *)c_tcpca_send_ack_rate_sample,
    .ssthresh = (void *)c_tcpca_sk_storage_scalar,
    .name = "bpfkit_tcpca_b1",
};

SEC(".struct_ops")
struct tcp_congestion_ops c_tcpca_bad2 = {
    .cong_control = (void *)c_tcpca_setsockopt_rate_sample,
    .name = "bpfkit_tcpca_b2",
};

SEC(".struct_ops")
struct bpf_dummy_ops c_dummy_ok = {
    .test_1 = (void *)c_dummy_ops_no_helper_ok,
};

SEC(".struct_ops")
struct bpf_dummy_ops c_dummy_bad = {
    .test_1 = (void *)c_dummy_ops_helper,
};

char LICENSE[] SEC("license") = "GPL";
