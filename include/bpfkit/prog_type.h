// Program types and attach types: enum bpf_prog_type and enum bpf_attach_type (include/uapi/linux/bpf.h), with
// bpftool's names for them.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

namespace bpfkit {

enum class ProgType : uint32_t {
  Unspec = 0, SocketFilter = 1, Kprobe = 2, SchedCls = 3, SchedAct = 4, Tracepoint = 5, Xdp = 6, PerfEvent = 7,
  CgroupSkb = 8, CgroupSock = 9, LwtIn = 10, LwtOut = 11, LwtXmit = 12, SockOps = 13, SkSkb = 14,
  CgroupDevice = 15, SkMsg = 16, RawTracepoint = 17, CgroupSockAddr = 18, LwtSeg6local = 19, LircMode2 = 20,
  SkReuseport = 21, FlowDissector = 22, CgroupSysctl = 23, RawTracepointWritable = 24, CgroupSockopt = 25,
  Tracing = 26, StructOps = 27, Ext = 28, Lsm = 29, SkLookup = 30, Syscall = 31, Netfilter = 32,
};

// bpftool's name ("socket_filter", "sched_cls", "xdp", "raw_tracepoint", ...), or nullptr for an unknown value.
const char* prog_type_name(ProgType type);

// enum bpf_attach_type values are plain u32s (BPF_CGROUP_INET_INGRESS = 0 ... ); the object model keeps them as
// such. bpftool's name ("cgroup_inet_ingress", "xdp", "trace_fentry", ...), or nullptr for an unknown value.
const char* attach_type_name(uint32_t attach_type);

// enum bpf_attach_type values, for readable comparisons with ProgramSpec::expected_attach_type. CamelCase rather
// than the kernel's BPF_* spelling so that <linux/bpf.h> can be included next to this header.
namespace attach {
inline constexpr uint32_t CgroupInetIngress = 0, CgroupInetEgress = 1, CgroupInetSockCreate = 2, CgroupSockOps = 3,
    SkSkbStreamParser = 4, SkSkbStreamVerdict = 5, CgroupDevice = 6, SkMsgVerdict = 7, CgroupInet4Bind = 8,
    CgroupInet6Bind = 9, CgroupInet4Connect = 10, CgroupInet6Connect = 11, CgroupInet4PostBind = 12,
    CgroupInet6PostBind = 13, CgroupUdp4Sendmsg = 14, CgroupUdp6Sendmsg = 15, LircMode2 = 16, FlowDissector = 17,
    CgroupSysctl = 18, CgroupUdp4Recvmsg = 19, CgroupUdp6Recvmsg = 20, CgroupGetsockopt = 21,
    CgroupSetsockopt = 22, TraceRawTp = 23, TraceFentry = 24, TraceFexit = 25, ModifyReturn = 26, LsmMac = 27,
    TraceIter = 28, CgroupInet4Getpeername = 29, CgroupInet6Getpeername = 30, CgroupInet4Getsockname = 31,
    CgroupInet6Getsockname = 32, XdpDevmap = 33, CgroupInetSockRelease = 34, XdpCpumap = 35, SkLookup = 36,
    Xdp = 37, SkSkbVerdict = 38, SkReuseportSelect = 39, SkReuseportSelectOrMigrate = 40, PerfEvent = 41,
    TraceKprobeMulti = 42, LsmCgroup = 43, StructOps = 44, Netfilter = 45, TcxIngress = 46, TcxEgress = 47,
    TraceUprobeMulti = 48, CgroupUnixConnect = 49, CgroupUnixSendmsg = 50, CgroupUnixRecvmsg = 51,
    CgroupUnixGetpeername = 52, CgroupUnixGetsockname = 53, NetkitPrimary = 54, NetkitPeer = 55,
    TraceKprobeSession = 56, TraceUprobeSession = 57;
}  // namespace attach

}  // namespace bpfkit
