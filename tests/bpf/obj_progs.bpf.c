// Object-model test object: one program per kind of SEC name libbpf 1.1 knows, a '?' (autoload off) program, two
// programs sharing a section, a SEC name libbpf does not know, a .text subprogram, and the license and version
// sections. tests/unit/object_test.cc compares what ObjectSpec reads with libbpf's bpf_object__open. Only opened,
// never loaded, so the bodies just return.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

static __noinline int helper_sub(int x) { return x * 2 + 1; }

SEC("xdp") int prog_xdp(struct xdp_md *ctx) { return helper_sub(XDP_PASS) > 0 ? XDP_PASS : XDP_DROP; }
SEC("xdp") int prog_xdp_second(struct xdp_md *ctx) { return XDP_DROP; }
SEC("?xdp") int prog_xdp_noload(struct xdp_md *ctx) { return XDP_PASS; }
SEC("xdp.frags") int prog_xdp_frags(struct xdp_md *ctx) { return XDP_PASS; }
SEC("xdp/devmap") int prog_xdp_devmap(struct xdp_md *ctx) { return XDP_PASS; }
SEC("xdp/cpumap") int prog_xdp_cpumap(struct xdp_md *ctx) { return XDP_PASS; }
SEC("socket") int prog_socket(struct __sk_buff *skb) { return 0; }
SEC("tc") int prog_tc(struct __sk_buff *skb) { return 0; }
SEC("classifier") int prog_classifier(struct __sk_buff *skb) { return 0; }
SEC("action") int prog_action(struct __sk_buff *skb) { return 0; }
SEC("kprobe/do_unlinkat") int prog_kprobe(void *ctx) { return 0; }
SEC("kretprobe/do_unlinkat") int prog_kretprobe(void *ctx) { return 0; }
SEC("uprobe") int prog_uprobe(void *ctx) { return 0; }
SEC("uprobe.s/bin/true:main") int prog_uprobe_s(void *ctx) { return 0; }
SEC("ksyscall/openat") int prog_ksyscall(void *ctx) { return 0; }
SEC("usdt") int prog_usdt(void *ctx) { return 0; }
SEC("tracepoint/syscalls/sys_enter_openat") int prog_tracepoint(void *ctx) { return 0; }
SEC("tp/sched/sched_switch") int prog_tp(void *ctx) { return 0; }
SEC("raw_tp/sys_enter") int prog_raw_tp(void *ctx) { return 0; }
SEC("raw_tracepoint.w/bpf_test_finish") int prog_raw_tp_w(void *ctx) { return 0; }
SEC("tp_btf/sched_switch") int prog_tp_btf(void *ctx) { return 0; }
SEC("fentry/do_unlinkat") int prog_fentry(void *ctx) { return 0; }
SEC("fexit/do_unlinkat") int prog_fexit(void *ctx) { return 0; }
SEC("fmod_ret/do_unlinkat") int prog_fmod_ret(void *ctx) { return 0; }
SEC("fentry.s/do_unlinkat") int prog_fentry_s(void *ctx) { return 0; }
SEC("freplace/some_func") int prog_freplace(void *ctx) { return 0; }
SEC("lsm/file_open") int prog_lsm(void *ctx) { return 0; }
SEC("lsm.s/file_open") int prog_lsm_s(void *ctx) { return 0; }
SEC("lsm_cgroup/socket_bind") int prog_lsm_cgroup(void *ctx) { return 0; }
SEC("iter/task") int prog_iter(void *ctx) { return 0; }
SEC("syscall") int prog_syscall(void *ctx) { return 0; }
SEC("perf_event") int prog_perf_event(void *ctx) { return 0; }
SEC("lwt_in") int prog_lwt_in(struct __sk_buff *skb) { return 0; }
SEC("lwt_xmit") int prog_lwt_xmit(struct __sk_buff *skb) { return 0; }
SEC("lwt_seg6local") int prog_lwt_seg6local(struct __sk_buff *skb) { return 0; }
SEC("sockops") int prog_sockops(struct bpf_sock_ops *ops) { return 1; }
SEC("sk_skb/stream_parser") int prog_sk_skb_parser(struct __sk_buff *skb) { return 0; }
SEC("sk_skb/stream_verdict") int prog_sk_skb_verdict(struct __sk_buff *skb) { return 0; }
SEC("sk_skb") int prog_sk_skb(struct __sk_buff *skb) { return 0; }
SEC("sk_msg") int prog_sk_msg(struct sk_msg_md *msg) { return 1; }
SEC("sk_reuseport/migrate") int prog_reuseport_migrate(void *ctx) { return 0; }
SEC("sk_reuseport") int prog_reuseport(void *ctx) { return 0; }
SEC("flow_dissector") int prog_flow_dissector(struct __sk_buff *skb) { return 0; }
SEC("lirc_mode2") int prog_lirc(unsigned int *sample) { return 0; }
SEC("cgroup_skb/ingress") int prog_cgroup_skb_in(struct __sk_buff *skb) { return 1; }
SEC("cgroup_skb/egress") int prog_cgroup_skb_out(struct __sk_buff *skb) { return 1; }
SEC("cgroup/skb") int prog_cgroup_skb(struct __sk_buff *skb) { return 1; }
SEC("cgroup/sock_create") int prog_sock_create(struct bpf_sock *sk) { return 1; }
SEC("cgroup/sock_release") int prog_sock_release(struct bpf_sock *sk) { return 1; }
SEC("cgroup/post_bind4") int prog_post_bind4(struct bpf_sock *sk) { return 1; }
SEC("cgroup/connect4") int prog_connect4(struct bpf_sock_addr *ctx) { return 1; }
SEC("cgroup/connect6") int prog_connect6(struct bpf_sock_addr *ctx) { return 1; }
SEC("cgroup/sendmsg4") int prog_sendmsg4(struct bpf_sock_addr *ctx) { return 1; }
SEC("cgroup/recvmsg6") int prog_recvmsg6(struct bpf_sock_addr *ctx) { return 1; }
SEC("cgroup/getpeername4") int prog_getpeername4(struct bpf_sock_addr *ctx) { return 1; }
SEC("cgroup/getsockname6") int prog_getsockname6(struct bpf_sock_addr *ctx) { return 1; }
SEC("cgroup/sysctl") int prog_sysctl(struct bpf_sysctl *ctx) { return 1; }
SEC("cgroup/getsockopt") int prog_getsockopt(struct bpf_sockopt *ctx) { return 1; }
SEC("cgroup/setsockopt") int prog_setsockopt(struct bpf_sockopt *ctx) { return 1; }
SEC("cgroup/dev") int prog_cgroup_dev(struct bpf_cgroup_dev_ctx *ctx) { return 1; }
SEC("struct_ops/some_op") int prog_struct_ops(void *ctx) { return 0; }
SEC("sk_lookup") int prog_sk_lookup(struct bpf_sk_lookup *ctx) { return 1; }
// (netfilter is left out: libbpf 1.1, the oracle here, predates it.)
// Names libbpf does not know: a type-less program (libbpf only complains when loading it), and names that only
// look like known ones.
SEC("my_custom_section") int prog_custom(void *ctx) { return 0; }
SEC("xdp_custom") int prog_xdp_lookalike(void *ctx) { return 0; }
SEC("kprobe_lookalike") int prog_kprobe_lookalike(void *ctx) { return 0; }

char LICENSE[] SEC("license") = "Dual BSD/GPL";
__u32 _version SEC("version") = 0x060112;
