// bpftool's names for program and attach types. bpftool prints libbpf's libbpf_bpf_prog_type_str() and
// libbpf_bpf_attach_type_str(), so these are libbpf's tables.
#include "bpfkit/prog_type.h"

#include <array>
#include <cstddef>

namespace bpfkit {
namespace {

constexpr std::array<const char*, 33> kProgTypeNames = {
    "unspec",         "socket_filter",  "kprobe",           "sched_cls",
    "sched_act",      "tracepoint",     "xdp",              "perf_event",
    "cgroup_skb",     "cgroup_sock",    "lwt_in",           "lwt_out",
    "lwt_xmit",       "sock_ops",       "sk_skb",           "cgroup_device",
    "sk_msg",         "raw_tracepoint", "cgroup_sock_addr", "lwt_seg6local",
    "lirc_mode2",     "sk_reuseport",   "flow_dissector",   "cgroup_sysctl",
    "raw_tracepoint_writable", "cgroup_sockopt", "tracing",  "struct_ops",
    "ext",            "lsm",            "sk_lookup",        "syscall",
    "netfilter",
};

constexpr std::array<const char*, 58> kAttachTypeNames = {
    "cgroup_inet_ingress",      "cgroup_inet_egress",       "cgroup_inet_sock_create",
    "cgroup_sock_ops",          "sk_skb_stream_parser",     "sk_skb_stream_verdict",
    "cgroup_device",            "sk_msg_verdict",           "cgroup_inet4_bind",
    "cgroup_inet6_bind",        "cgroup_inet4_connect",     "cgroup_inet6_connect",
    "cgroup_inet4_post_bind",   "cgroup_inet6_post_bind",   "cgroup_udp4_sendmsg",
    "cgroup_udp6_sendmsg",      "lirc_mode2",               "flow_dissector",
    "cgroup_sysctl",            "cgroup_udp4_recvmsg",      "cgroup_udp6_recvmsg",
    "cgroup_getsockopt",        "cgroup_setsockopt",        "trace_raw_tp",
    "trace_fentry",             "trace_fexit",              "modify_return",
    "lsm_mac",                  "trace_iter",               "cgroup_inet4_getpeername",
    "cgroup_inet6_getpeername", "cgroup_inet4_getsockname", "cgroup_inet6_getsockname",
    "xdp_devmap",               "cgroup_inet_sock_release", "xdp_cpumap",
    "sk_lookup",                "xdp",                      "sk_skb_verdict",
    "sk_reuseport_select",      "sk_reuseport_select_or_migrate", "perf_event",
    "trace_kprobe_multi",       "lsm_cgroup",               "struct_ops",
    "netfilter",                "tcx_ingress",              "tcx_egress",
    "trace_uprobe_multi",       "cgroup_unix_connect",      "cgroup_unix_sendmsg",
    "cgroup_unix_recvmsg",      "cgroup_unix_getpeername",  "cgroup_unix_getsockname",
    "netkit_primary",           "netkit_peer",              "trace_kprobe_session",
    "trace_uprobe_session",
};
static_assert(kAttachTypeNames.size() == attach::TraceUprobeSession + 1);
static_assert(kProgTypeNames.size() == size_t(ProgType::Netfilter) + 1);

}  // namespace

const char* prog_type_name(ProgType type) {
  auto i = size_t(type);
  return i < kProgTypeNames.size() ? kProgTypeNames[i] : nullptr;
}

const char* attach_type_name(uint32_t attach_type) {
  return attach_type < kAttachTypeNames.size() ? kAttachTypeNames[attach_type] : nullptr;
}

}  // namespace bpfkit
