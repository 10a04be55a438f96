// Networking helpers beyond bpfkit's runtime: bpfkit's verifier must give the kernel's verdict on each program
// (tests/kernel/verifier_real_programs_test.cc), and its runtime must load the object and fail a run only where a
// program reaches a helper it does not implement.
#include <linux/bpf.h>
#include <linux/in.h>

#define AF_INET 2
#include <bpf/bpf_helpers.h>

// sockops may set its callback flags (sock_ops_func_proto).
SEC("sockops") int sockops_cb_flags(struct bpf_sock_ops *skops) {
  if (skops->op == BPF_SOCK_OPS_TCP_CONNECT_CB)
    bpf_sock_ops_cb_flags_set(skops, BPF_SOCK_OPS_STATE_CB_FLAG);
  return 1;
}

// A socket lookup acquires a reference that bpf_sk_release gives back.
SEC("tc") int tc_lookup_release(struct __sk_buff *skb) {
  struct bpf_sock_tuple tuple = {};
  tuple.ipv4.daddr = 0x0100007f;
  tuple.ipv4.dport = 0x5000;
  struct bpf_sock *sk = bpf_sk_lookup_tcp(skb, &tuple, sizeof(tuple.ipv4), BPF_F_CURRENT_NETNS, 0);
  if (!sk) return 0;
  int state = sk->state;
  bpf_sk_release(sk);
  return state;
}

// The same lookup leaking its reference: the kernel refuses it ("Unreleased reference").
SEC("tc") int tc_lookup_leak(struct __sk_buff *skb) {
  struct bpf_sock_tuple tuple = {};
  tuple.ipv4.daddr = 0x0100007f;
  struct bpf_sock *sk = bpf_sk_lookup_udp(skb, &tuple, sizeof(tuple.ipv4), BPF_F_CURRENT_NETNS, 0);
  if (!sk) return 0;
  return sk->family;
}

// Releasing a pointer that holds no reference (the skb's own socket) is refused.
SEC("tc") int tc_release_unreferenced(struct __sk_buff *skb) {
  struct bpf_sock *sk = skb->sk;
  if (!sk) return 0;
  bpf_sk_release(sk);
  return 0;
}

// bpf_bind is for the connect hooks only (sock_addr_func_proto looks at expected_attach_type).
SEC("cgroup/connect4") int connect4_bind(struct bpf_sock_addr *ctx) {
  struct sockaddr_in sa = {};
  sa.sin_family = AF_INET;
  bpf_bind(ctx, (struct sockaddr *)&sa, sizeof(sa));
  return 1;
}

SEC("cgroup/bind4") int bind4_bind(struct bpf_sock_addr *ctx) {
  struct sockaddr_in sa = {};
  sa.sin_family = AF_INET;
  bpf_bind(ctx, (struct sockaddr *)&sa, sizeof(sa));
  return 1;
}

char LICENSE[] SEC("license") = "GPL";
