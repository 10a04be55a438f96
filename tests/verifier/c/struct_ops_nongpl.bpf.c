// struct_ops without a GPL-compatible license: check_struct_ops_btf_id refuses it before looking at the code.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct sock;
struct tcp_congestion_ops {
  void (*init)(struct sock *sk);
  char name[16];
};

SEC("struct_ops/init")
void c_sops_nongpl(unsigned long long *ctx) {}

SEC(".struct_ops")
struct tcp_congestion_ops c_sops_nongpl_ops = {
    .init = (void *)c_sops_nongpl,
    .name = "bpfkit_nongpl",
};

char LICENSE[] SEC("license") = "Proprietary";
