// libbpf's section_defs[] (libbpf.c, libbpf 1.x, up to the session probes of 1.5) and its matching rule.
//
// Order matters: the first matching entry wins, so "xdp.frags/devmap" must come before "xdp.frags", and the
// ".s" (sleepable) variants are separate entries ("uprobe+" does not match "uprobe.s/..." because '.' is neither
// the end nor '/').
#include <array>
#include <string_view>

#include "bpfkit/object.h"

namespace bpfkit {
namespace {

using PT = ProgType;
namespace at = attach;

// Flags as libbpf's SEC_DEF cookie, spelled out.
constexpr uint8_t kSleep = 1, kAttach = 2, kBtf = 4, kFrags = 8;

constexpr SectionDef def(std::string_view prefix, ProgType type, uint32_t attach_type, uint8_t flags = 0) {
  return SectionDef{prefix, type, attach_type, (flags & kSleep) != 0, (flags & kAttach) != 0, (flags & kBtf) != 0,
                    (flags & kFrags) != 0};
}

constexpr auto kSectionDefs = std::to_array<SectionDef>({
    def("socket", PT::SocketFilter, 0),
    def("sk_reuseport/migrate", PT::SkReuseport, at::SkReuseportSelectOrMigrate),
    def("sk_reuseport", PT::SkReuseport, at::SkReuseportSelect),
    def("kprobe+", PT::Kprobe, 0, kAttach),
    def("uprobe+", PT::Kprobe, 0, kAttach),
    def("uprobe.s+", PT::Kprobe, 0, kSleep | kAttach),
    def("kretprobe+", PT::Kprobe, 0, kAttach),
    def("uretprobe+", PT::Kprobe, 0, kAttach),
    def("uretprobe.s+", PT::Kprobe, 0, kSleep | kAttach),
    def("kprobe.multi+", PT::Kprobe, at::TraceKprobeMulti, kAttach),
    def("kretprobe.multi+", PT::Kprobe, at::TraceKprobeMulti, kAttach),
    def("kprobe.session+", PT::Kprobe, at::TraceKprobeSession, kAttach),
    def("uprobe.multi+", PT::Kprobe, at::TraceUprobeMulti, kAttach),
    def("uretprobe.multi+", PT::Kprobe, at::TraceUprobeMulti, kAttach),
    def("uprobe.session+", PT::Kprobe, at::TraceUprobeSession, kAttach),
    def("uprobe.multi.s+", PT::Kprobe, at::TraceUprobeMulti, kSleep | kAttach),
    def("uretprobe.multi.s+", PT::Kprobe, at::TraceUprobeMulti, kSleep | kAttach),
    def("uprobe.session.s+", PT::Kprobe, at::TraceUprobeSession, kSleep | kAttach),
    def("ksyscall+", PT::Kprobe, 0, kAttach),
    def("kretsyscall+", PT::Kprobe, 0, kAttach),
    def("usdt+", PT::Kprobe, 0, kAttach),
    def("usdt.s+", PT::Kprobe, 0, kSleep | kAttach),
    def("tc/ingress", PT::SchedCls, at::TcxIngress),  // alias for tcx
    def("tc/egress", PT::SchedCls, at::TcxEgress),
    def("tcx/ingress", PT::SchedCls, at::TcxIngress),
    def("tcx/egress", PT::SchedCls, at::TcxEgress),
    def("tc", PT::SchedCls, 0),  // legacy tc (netlink), as are classifier and action
    def("classifier", PT::SchedCls, 0),
    def("action", PT::SchedAct, 0),
    def("netkit/primary", PT::SchedCls, at::NetkitPrimary),
    def("netkit/peer", PT::SchedCls, at::NetkitPeer),
    def("tracepoint+", PT::Tracepoint, 0, kAttach),
    def("tp+", PT::Tracepoint, 0, kAttach),
    def("raw_tracepoint+", PT::RawTracepoint, 0, kAttach),
    def("raw_tp+", PT::RawTracepoint, 0, kAttach),
    def("raw_tracepoint.w+", PT::RawTracepointWritable, 0, kAttach),
    def("raw_tp.w+", PT::RawTracepointWritable, 0, kAttach),
    def("tp_btf+", PT::Tracing, at::TraceRawTp, kBtf | kAttach),
    def("fentry+", PT::Tracing, at::TraceFentry, kBtf | kAttach),
    def("fmod_ret+", PT::Tracing, at::ModifyReturn, kBtf | kAttach),
    def("fexit+", PT::Tracing, at::TraceFexit, kBtf | kAttach),
    def("fentry.s+", PT::Tracing, at::TraceFentry, kBtf | kSleep | kAttach),
    def("fmod_ret.s+", PT::Tracing, at::ModifyReturn, kBtf | kSleep | kAttach),
    def("fexit.s+", PT::Tracing, at::TraceFexit, kBtf | kSleep | kAttach),
    def("freplace+", PT::Ext, 0, kBtf | kAttach),
    def("lsm+", PT::Lsm, at::LsmMac, kBtf | kAttach),
    def("lsm.s+", PT::Lsm, at::LsmMac, kBtf | kSleep | kAttach),
    def("lsm_cgroup+", PT::Lsm, at::LsmCgroup, kBtf),
    def("iter+", PT::Tracing, at::TraceIter, kBtf | kAttach),
    def("iter.s+", PT::Tracing, at::TraceIter, kBtf | kSleep | kAttach),
    def("syscall", PT::Syscall, 0, kSleep),
    def("xdp.frags/devmap", PT::Xdp, at::XdpDevmap, kFrags),
    def("xdp/devmap", PT::Xdp, at::XdpDevmap),
    def("xdp.frags/cpumap", PT::Xdp, at::XdpCpumap, kFrags),
    def("xdp/cpumap", PT::Xdp, at::XdpCpumap),
    def("xdp.frags", PT::Xdp, at::Xdp, kFrags),
    def("xdp", PT::Xdp, at::Xdp),
    def("perf_event", PT::PerfEvent, 0),
    def("lwt_in", PT::LwtIn, 0),
    def("lwt_out", PT::LwtOut, 0),
    def("lwt_xmit", PT::LwtXmit, 0),
    def("lwt_seg6local", PT::LwtSeg6local, 0),
    def("sockops", PT::SockOps, at::CgroupSockOps),
    def("sk_skb/stream_parser", PT::SkSkb, at::SkSkbStreamParser),
    def("sk_skb/stream_verdict", PT::SkSkb, at::SkSkbStreamVerdict),
    def("sk_skb", PT::SkSkb, 0),
    def("sk_msg", PT::SkMsg, at::SkMsgVerdict),
    def("lirc_mode2", PT::LircMode2, at::LircMode2),
    def("flow_dissector", PT::FlowDissector, at::FlowDissector),
    def("cgroup_skb/ingress", PT::CgroupSkb, at::CgroupInetIngress),
    def("cgroup_skb/egress", PT::CgroupSkb, at::CgroupInetEgress),
    def("cgroup/skb", PT::CgroupSkb, 0),
    def("cgroup/sock_create", PT::CgroupSock, at::CgroupInetSockCreate),
    def("cgroup/sock_release", PT::CgroupSock, at::CgroupInetSockRelease),
    def("cgroup/sock", PT::CgroupSock, at::CgroupInetSockCreate),
    def("cgroup/post_bind4", PT::CgroupSock, at::CgroupInet4PostBind),
    def("cgroup/post_bind6", PT::CgroupSock, at::CgroupInet6PostBind),
    def("cgroup/bind4", PT::CgroupSockAddr, at::CgroupInet4Bind),
    def("cgroup/bind6", PT::CgroupSockAddr, at::CgroupInet6Bind),
    def("cgroup/connect4", PT::CgroupSockAddr, at::CgroupInet4Connect),
    def("cgroup/connect6", PT::CgroupSockAddr, at::CgroupInet6Connect),
    def("cgroup/connect_unix", PT::CgroupSockAddr, at::CgroupUnixConnect),
    def("cgroup/sendmsg4", PT::CgroupSockAddr, at::CgroupUdp4Sendmsg),
    def("cgroup/sendmsg6", PT::CgroupSockAddr, at::CgroupUdp6Sendmsg),
    def("cgroup/sendmsg_unix", PT::CgroupSockAddr, at::CgroupUnixSendmsg),
    def("cgroup/recvmsg4", PT::CgroupSockAddr, at::CgroupUdp4Recvmsg),
    def("cgroup/recvmsg6", PT::CgroupSockAddr, at::CgroupUdp6Recvmsg),
    def("cgroup/recvmsg_unix", PT::CgroupSockAddr, at::CgroupUnixRecvmsg),
    def("cgroup/getpeername4", PT::CgroupSockAddr, at::CgroupInet4Getpeername),
    def("cgroup/getpeername6", PT::CgroupSockAddr, at::CgroupInet6Getpeername),
    def("cgroup/getpeername_unix", PT::CgroupSockAddr, at::CgroupUnixGetpeername),
    def("cgroup/getsockname4", PT::CgroupSockAddr, at::CgroupInet4Getsockname),
    def("cgroup/getsockname6", PT::CgroupSockAddr, at::CgroupInet6Getsockname),
    def("cgroup/getsockname_unix", PT::CgroupSockAddr, at::CgroupUnixGetsockname),
    def("cgroup/sysctl", PT::CgroupSysctl, at::CgroupSysctl),
    def("cgroup/getsockopt", PT::CgroupSockopt, at::CgroupGetsockopt),
    def("cgroup/setsockopt", PT::CgroupSockopt, at::CgroupSetsockopt),
    def("cgroup/dev", PT::CgroupDevice, at::CgroupDevice),
    def("struct_ops+", PT::StructOps, 0),
    def("struct_ops.s+", PT::StructOps, 0, kSleep),
    def("sk_lookup", PT::SkLookup, at::SkLookup),
    def("netfilter", PT::Netfilter, at::Netfilter),
});

bool matches(std::string_view pattern, std::string_view name) {
  if (pattern.empty()) return false;
  if (pattern.back() == '/') return name.starts_with(pattern);
  if (pattern.back() == '+') {
    pattern.remove_suffix(1);
    if (!name.starts_with(pattern)) return false;
    return name.size() == pattern.size() || name[pattern.size()] == '/';
  }
  return name == pattern;
}

}  // namespace

const SectionDef* find_section_def(std::string_view section_name) {
  for (const SectionDef& d : kSectionDefs)
    if (matches(d.prefix, section_name)) return &d;
  return nullptr;
}

std::span<const SectionDef> section_defs() { return kSectionDefs; }

}  // namespace bpfkit
