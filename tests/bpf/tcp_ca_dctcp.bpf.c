// A congestion control in the style of the kernel selftests' bpf_dctcp.c, cut down to the helpers it calls: init
// falls back to another congestion control with bpf_setsockopt(TCP_CONGESTION) when the peer has no ECN and reads
// a socket-local storage value, cwnd_event sends an ACK on a CE mark change with bpf_tcp_send_ack. These helpers
// are tcp_congestion_ops's own (bpf_tcp_ca_get_func_proto), so the whole object must load: in the kernel, through
// bpfkit's verifier, and into bpfkit's userspace runtime (which cannot run struct_ops programs, but lists them).
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct sock;
struct tcp_sock {
  __u32 rcv_nxt;
  __u32 snd_cwnd;
  __u32 snd_ssthresh;
  __u8 ecn_flags;
} __attribute__((preserve_access_index));

struct tcp_congestion_ops {
  __u32 (*ssthresh)(struct sock *sk);
  void (*cong_avoid)(struct sock *sk, __u32 ack, __u32 acked);
  void (*cwnd_event)(struct sock *sk, int ev);
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
} dctcp_stg SEC(".maps");

char fallback_cc[16] = "cubic";
int stg_result;
int ce_state;

#define SOL_TCP 6
#define TCP_CONGESTION 13
#define TCP_ECN_OK 1
#define CA_EVENT_ECN_NO_CE 4
#define CA_EVENT_ECN_IS_CE 5

SEC("struct_ops/dctcp_init")
void dctcp_init(unsigned long long *ctx) {
  struct sock *sk = (void *)ctx[0];
  struct tcp_sock *tp = (void *)sk;
  int *stg;

  if (!(tp->ecn_flags & TCP_ECN_OK) && fallback_cc[0]) {
    bpf_setsockopt(sk, SOL_TCP, TCP_CONGESTION, fallback_cc, sizeof(fallback_cc));
    return;
  }
  stg = bpf_sk_storage_get(&dctcp_stg, tp, NULL, 0);
  if (stg) {
    stg_result = *stg;
    bpf_sk_storage_delete(&dctcp_stg, tp);
  }
}

SEC("struct_ops/dctcp_cwnd_event")
void dctcp_cwnd_event(unsigned long long *ctx) {
  struct sock *sk = (void *)ctx[0];
  struct tcp_sock *tp = (void *)sk;
  int ev = (int)ctx[1];
  int new_ce;

  if (ev != CA_EVENT_ECN_IS_CE && ev != CA_EVENT_ECN_NO_CE) return;
  new_ce = ev == CA_EVENT_ECN_IS_CE;
  if (new_ce != ce_state) {
    bpf_tcp_send_ack(sk, tp->rcv_nxt);  // the state changed: ACK what came before at once
    ce_state = new_ce;
  }
}

SEC("struct_ops/dctcp_ssthresh")
__u32 dctcp_ssthresh(unsigned long long *ctx) {
  struct tcp_sock *tp = (void *)ctx[0];
  __u32 half = tp->snd_cwnd >> 1;

  return half < 2 ? 2 : half;
}

SEC("struct_ops/dctcp_cong_avoid")
void dctcp_cong_avoid(unsigned long long *ctx) {
  struct tcp_sock *tp = (void *)ctx[0];

  if (tp->snd_cwnd < tp->snd_ssthresh) tp->snd_cwnd += 1;
}

SEC("struct_ops/dctcp_undo_cwnd")
__u32 dctcp_undo_cwnd(unsigned long long *ctx) {
  struct tcp_sock *tp = (void *)ctx[0];

  return tp->snd_cwnd;
}

SEC(".struct_ops")
struct tcp_congestion_ops dctcp = {
    .init = (void *)dctcp_init,
    .cwnd_event = (void *)dctcp_cwnd_event,
    .ssthresh = (void *)dctcp_ssthresh,
    .cong_avoid = (void *)dctcp_cong_avoid,
    .undo_cwnd = (void *)dctcp_undo_cwnd,
    .name = "bpfkit_dctcp",
};

char LICENSE[] SEC("license") = "GPL";
