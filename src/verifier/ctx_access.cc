// The context-access tables (ctx_access.h): each program type's is_valid_access from net/core/filter.c and
// kernel/trace/bpf_trace.c (6.18), for a privileged loader, over the layouts in support/ctx_layout.h.
//
// The kernel writes these as switches over offset ranges (bpf_ctx_range, bpf_ctx_range_till) that fall through to a
// shared check; so do we, so that each function can be read next to its kernel counterpart.
#include "verifier/ctx_access.h"

#include <cstddef>

#include "bpfkit/prog_type.h"
#include "support/ctx_layout.h"

namespace bpfkit::verifier {
namespace {

using uapi::SkBuffMd;
using uapi::XdpMd;

// [begin, end) of a field, as bpf_ctx_range() gives the bytes of one member.
struct Range {
  int32_t begin, end;
  constexpr bool has(int32_t off) const { return off >= begin && off < end; }
};
#define FIELD(S, f) Range{int32_t(offsetof(S, f)), int32_t(offsetof(S, f) + sizeof(S::f))}
// bpf_ctx_range_till(S, a, b): from the first byte of a to the last byte of b.
#define FIELDS(S, a, b) Range{int32_t(offsetof(S, a)), int32_t(offsetof(S, b) + sizeof(S::b))}

constexpr Range kSkbCb = FIELD(SkBuffMd, cb);
constexpr Range kSkbData = FIELD(SkBuffMd, data), kSkbDataEnd = FIELD(SkBuffMd, data_end),
                kSkbDataMeta = FIELD(SkBuffMd, data_meta), kSkbTcClassid = FIELD(SkBuffMd, tc_classid),
                kSkbFamilyToLocalPort = FIELDS(SkBuffMd, family, local_port), kSkbTstamp = FIELD(SkBuffMd, tstamp),
                kSkbWireLen = FIELD(SkBuffMd, wire_len), kSkbHwtstamp = FIELD(SkBuffMd, hwtstamp),
                kSkbMark = FIELD(SkBuffMd, mark), kSkbPriority = FIELD(SkBuffMd, priority),
                kSkbTcIndex = FIELD(SkBuffMd, tc_index), kSkbQueueMapping = FIELD(SkBuffMd, queue_mapping),
                kSkbRemoteIp6 = FIELD(SkBuffMd, remote_ip6), kSkbLocalIp6 = FIELD(SkBuffMd, local_ip6),
                kSkbRemoteIp4 = FIELD(SkBuffMd, remote_ip4), kSkbLocalIp4 = FIELD(SkBuffMd, local_ip4),
                kSkbFlowKeys = FIELD(SkBuffMd, flow_keys);
constexpr Range kSkbSk = FIELD(SkBuffMd, sk);
constexpr int32_t kSkbTstampType = offsetof(SkBuffMd, tstamp_type);
// The padding between tstamp_type and hwtstamp.
constexpr Range kSkbTstampTypePad = {kSkbTstampType + 1, int32_t(offsetof(SkBuffMd, hwtstamp))};

using Access = std::optional<CtxAccess>;
constexpr Access kRefused = std::nullopt;

Access scalar(uint32_t field_size = 0) { return CtxAccess{CtxFieldType::Scalar, field_size, nullptr}; }

// bpf_ctx_narrow_access_ok: a power-of-two load no wider than the field.
bool narrow_ok(int32_t size, int32_t field_size) { return size <= field_size && (size & (size - 1)) == 0; }

// bpf_skb_is_valid_access: the __sk_buff rules every skb type ends in. `type` is the pointer type the caller chose
// for data/data_end/data_meta (the skb checks still apply to it).
Access skb_common(int32_t off, int32_t size, bool write, CtxFieldType type) {
  constexpr int32_t kDefault = 4;
  if (off < 0 || off >= int32_t(sizeof(SkBuffMd))) return kRefused;
  if (off % size != 0) return kRefused;
  if (kSkbCb.has(off)) {
    if (off + size > kSkbCb.end) return kRefused;
    return scalar();
  }
  if (kSkbRemoteIp6.has(off) || kSkbLocalIp6.has(off) || kSkbRemoteIp4.has(off) || kSkbLocalIp4.has(off) ||
      kSkbData.has(off) || kSkbDataMeta.has(off) || kSkbDataEnd.has(off)) {
    if (size != kDefault) return kRefused;
    return CtxAccess{type, 0, nullptr};
  }
  if (kSkbFlowKeys.has(off)) return kRefused;
  if (kSkbHwtstamp.has(off)) {
    if (write || size != 8) return kRefused;
    return scalar();
  }
  if (kSkbTstamp.has(off)) {
    if (size != 8) return kRefused;
    return scalar();
  }
  if (kSkbSk.has(off)) {  // bpf_ctx_range_ptr: the whole pointer at its own offset, or nothing
    if (write || size != 8 || off != kSkbSk.begin) return kRefused;
    return CtxAccess{CtxFieldType::SockCommonOrNull, 0, nullptr};
  }
  if (off == kSkbTstampType || kSkbTstampTypePad.has(off)) return kRefused;
  // Only narrow reads; a write is of the whole u32.
  if (write) return size == kDefault ? scalar() : kRefused;
  if (!narrow_ok(size, kDefault)) return kRefused;
  return scalar(kDefault);
}

CtxFieldType packet_type_of(int32_t off) {
  if (kSkbData.has(off)) return CtxFieldType::PacketData;
  if (kSkbDataEnd.has(off)) return CtxFieldType::PacketEnd;
  if (kSkbDataMeta.has(off)) return CtxFieldType::PacketMeta;
  return CtxFieldType::Scalar;
}

// sk_filter_is_valid_access: no packet pointers, writes only to cb[].
Access sk_filter_access(int32_t off, int32_t size, bool write) {
  for (Range r : {kSkbTcClassid, kSkbData, kSkbDataMeta, kSkbDataEnd, kSkbFamilyToLocalPort, kSkbTstamp, kSkbWireLen,
                  kSkbHwtstamp})
    if (r.has(off)) return kRefused;
  if (write && !kSkbCb.has(off)) return kRefused;
  return skb_common(off, size, write, CtxFieldType::Scalar);
}

// cg_skb_is_valid_access (data and data_end need CAP_BPF, which a privileged loader has).
Access cg_skb_access(int32_t off, int32_t size, bool write) {
  for (Range r : {kSkbTcClassid, kSkbDataMeta, kSkbWireLen})
    if (r.has(off)) return kRefused;
  if (write && !(kSkbMark.has(off) || kSkbPriority.has(off) || kSkbCb.has(off) || kSkbTstamp.has(off)))
    return kRefused;
  CtxFieldType type = kSkbData.has(off) || kSkbDataEnd.has(off) ? packet_type_of(off) : CtxFieldType::Scalar;
  return skb_common(off, size, write, type);
}

// lwt_is_valid_access (LWT_IN, LWT_OUT, LWT_XMIT, LWT_SEG6LOCAL).
Access lwt_access(int32_t off, int32_t size, bool write) {
  for (Range r : {kSkbTcClassid, kSkbFamilyToLocalPort, kSkbDataMeta, kSkbTstamp, kSkbWireLen, kSkbHwtstamp})
    if (r.has(off)) return kRefused;
  if (write && !(kSkbMark.has(off) || kSkbPriority.has(off) || kSkbCb.has(off))) return kRefused;
  CtxFieldType type = kSkbData.has(off) || kSkbDataEnd.has(off) ? packet_type_of(off) : CtxFieldType::Scalar;
  return skb_common(off, size, write, type);
}

// tc_cls_act_is_valid_access (SCHED_CLS, SCHED_ACT).
Access tc_access(int32_t off, int32_t size, bool write) {
  if (write && !(kSkbMark.has(off) || kSkbTcIndex.has(off) || kSkbPriority.has(off) || kSkbTcClassid.has(off) ||
                 kSkbCb.has(off) || kSkbTstamp.has(off) || kSkbQueueMapping.has(off)))
    return kRefused;
  if (kSkbFamilyToLocalPort.has(off)) return kRefused;
  // tstamp_type is a u8 the tc types may read (and only them); reads of its exact offset skip the skb checks.
  if (off == kSkbTstampType) return size == 1 ? scalar() : kRefused;
  return skb_common(off, size, write, packet_type_of(off));
}

// sk_skb_is_valid_access.
Access sk_skb_access(int32_t off, int32_t size, bool write) {
  for (Range r : {kSkbTcClassid, kSkbDataMeta, kSkbTstamp, kSkbWireLen, kSkbHwtstamp})
    if (r.has(off)) return kRefused;
  if (write && !(kSkbTcIndex.has(off) || kSkbPriority.has(off))) return kRefused;
  if (kSkbMark.has(off)) return kRefused;
  CtxFieldType type = kSkbData.has(off) || kSkbDataEnd.has(off) ? packet_type_of(off) : CtxFieldType::Scalar;
  return skb_common(off, size, write, type);
}

// flow_dissector_is_valid_access: read-only; data, data_end and flow_keys only, each whole at its own offset.
Access flow_dissector_access(int32_t off, int32_t size, bool write) {
  if (off < 0 || off >= int32_t(sizeof(SkBuffMd)) || write) return kRefused;
  if (off == kSkbData.begin || off == kSkbDataEnd.begin)
    return size == 4 ? Access(CtxAccess{packet_type_of(off), 0, nullptr}) : kRefused;
  if (off == kSkbFlowKeys.begin) return size == 8 ? Access(CtxAccess{CtxFieldType::FlowKeys, 0, nullptr}) : kRefused;
  return kRefused;
}

// xdp_is_valid_access: u32 reads; egress_ifindex only for devmap programs; no writes (a device-bound program may
// write rx_queue_index, which bpfkit does not load).
Access xdp_access(uint32_t attach_type, int32_t off, int32_t size, bool write) {
  if (attach_type != attach::XdpDevmap && off == int32_t(offsetof(XdpMd, egress_ifindex))) return kRefused;
  if (write) return kRefused;
  if (off < 0 || off >= int32_t(sizeof(XdpMd)) || off % size != 0 || size != 4) return kRefused;
  CtxFieldType type = CtxFieldType::Scalar;
  if (off == int32_t(offsetof(XdpMd, data))) type = CtxFieldType::PacketData;
  if (off == int32_t(offsetof(XdpMd, data_meta))) type = CtxFieldType::PacketMeta;
  if (off == int32_t(offsetof(XdpMd, data_end))) type = CtxFieldType::PacketEnd;
  return CtxAccess{type, 0, nullptr};
}

// kprobe_prog_is_valid_access: aligned reads inside pt_regs.
Access kprobe_access(int32_t off, int32_t size, bool write) {
  if (off < 0 || off >= int32_t(uapi::kPtRegsSize) || write || off % size != 0) return kRefused;
  if (off + size > int32_t(uapi::kPtRegsSize)) return kRefused;
  return scalar();
}

// tp_prog_is_valid_access: aligned reads of the record past its first 8 bytes (the common fields' pointer-sized
// head), up to PERF_MAX_TRACE_SIZE. The kernel compares `off < sizeof(void *)` unsigned, so a negative offset
// passes it (and C's %, like ours, leaves -8 % 8 == 0): 6.18 accepts `r0 = *(u64 *)(r1 - 8)` in a tracepoint program.
Access tracepoint_access(int32_t off, int32_t size, bool write) {
  if ((off >= 0 && off < 8) || off >= int32_t(uapi::kPerfMaxTraceSize) || write || off % size != 0) return kRefused;
  return scalar();
}

// pe_prog_is_valid_access: the registers as whole longs; sample_period and addr with narrow reads.
Access perf_event_access(int32_t off, int32_t size, bool write) {
  using uapi::PerfEventData;
  if (off < 0 || off >= int32_t(sizeof(PerfEventData)) || write || off % size != 0) return kRefused;
  if (FIELD(PerfEventData, sample_period).has(off) || FIELD(PerfEventData, addr).has(off))
    return narrow_ok(size, 8) ? scalar(8) : kRefused;
  return size == 8 ? scalar() : kRefused;
}

// bpf_tracing_ctx_access: the u64 arguments, read-only, any aligned width.
Access raw_tp_access(int32_t off, int32_t size, bool write) {
  if (off < 0 || off >= int32_t(8 * uapi::kMaxBpfFuncArgs) || write || off % size != 0) return kRefused;
  return scalar();
}

// raw_tp_writable_prog_is_valid_access: args[0] is the writable tracepoint buffer.
Access raw_tp_writable_access(int32_t off, int32_t size, bool write) {
  if (off == 0) {
    if (size != 8 || write) return kRefused;
    return CtxAccess{CtxFieldType::Buf, 0, nullptr};
  }
  return raw_tp_access(off, size, write);
}

// syscall_prog_is_valid_access: the caller's buffer, read and written, aligned, up to U16_MAX.
Access syscall_access(int32_t off, int32_t size) {
  if (off < 0 || off >= int32_t(uapi::kSyscallCtxMax) || off % size != 0) return kRefused;
  return scalar();
}

// sk_lookup_is_valid_access.
Access sk_lookup_access(int32_t off, int32_t size, bool write) {
  using uapi::SkLookupMd;
  if (off < 0 || off >= int32_t(sizeof(SkLookupMd)) || off % size != 0 || write) return kRefused;
  if (off == int32_t(offsetof(SkLookupMd, sk)))
    return size == 8 ? Access(CtxAccess{CtxFieldType::SocketOrNull, 0, nullptr}) : kRefused;
  for (Range r : {FIELD(SkLookupMd, family), FIELD(SkLookupMd, protocol), FIELD(SkLookupMd, remote_ip4),
                  FIELD(SkLookupMd, local_ip4), FIELD(SkLookupMd, remote_ip6), FIELD(SkLookupMd, local_ip6),
                  FIELD(SkLookupMd, local_port), FIELD(SkLookupMd, ingress_ifindex)})
    if (r.has(off)) return narrow_ok(size, 4) ? scalar(4) : kRefused;
  if (FIELD(SkLookupMd, remote_port).has(off)) {
    if (size == 4) return scalar();  // a u32 load of the __be16 port, kept for old programs
    return narrow_ok(size, 2) ? scalar(2) : kRefused;
  }
  if (FIELD(SkLookupMd, pad_).has(off)) return narrow_ok(size, 2) ? scalar(2) : kRefused;
  return kRefused;
}

// bpf_sock_is_valid_access: struct bpf_sock, u32 fields with narrow loads of the addresses and ports.
Access bpf_sock_access(int32_t off, int32_t size) {
  using uapi::BpfSock;
  constexpr int32_t kDefault = 4;
  if (off < 0 || off >= int32_t(sizeof(BpfSock)) || off % size != 0) return kRefused;
  for (int32_t exact : {int32_t(offsetof(BpfSock, state)), int32_t(offsetof(BpfSock, family)),
                        int32_t(offsetof(BpfSock, type)), int32_t(offsetof(BpfSock, protocol)),
                        int32_t(offsetof(BpfSock, src_port)), int32_t(offsetof(BpfSock, rx_queue_mapping))})
    if (off == exact) return narrow_ok(size, kDefault) ? scalar(kDefault) : kRefused;
  for (Range r : {FIELD(BpfSock, src_ip4), FIELD(BpfSock, src_ip6), FIELD(BpfSock, dst_ip4), FIELD(BpfSock, dst_ip6)})
    if (r.has(off)) return narrow_ok(size, kDefault) ? scalar(kDefault) : kRefused;
  if (FIELD(BpfSock, dst_port).has(off)) {
    // A u32 load of the __be16 port (and its padding) is kept for old programs.
    const int32_t field = size == kDefault ? kDefault : 2;
    return narrow_ok(size, field) ? scalar(uint32_t(field)) : kRefused;
  }
  if (FIELD(BpfSock, pad_).has(off)) return kRefused;
  return size == kDefault ? scalar() : kRefused;
}

// sock_filter_is_valid_access (CGROUP_SOCK): bpf_sock, with __sock_filter_check_attach_type's per-attach rules.
Access cgroup_sock_access(uint32_t attach_type, int32_t off, int32_t size, bool write) {
  using uapi::BpfSock;
  Access a = bpf_sock_access(off, size);
  if (!a) return kRefused;
  if (off == int32_t(offsetof(BpfSock, bound_dev_if)) || off == int32_t(offsetof(BpfSock, mark)) ||
      off == int32_t(offsetof(BpfSock, priority)))
    return attach_type == attach::CgroupInetSockCreate || attach_type == attach::CgroupInetSockRelease ? a : kRefused;
  if (FIELD(BpfSock, src_ip4).has(off) && attach_type != attach::CgroupInet4PostBind) return kRefused;
  if (FIELD(BpfSock, src_ip6).has(off) && attach_type != attach::CgroupInet6PostBind) return kRefused;
  if (FIELD(BpfSock, src_port).has(off) && attach_type != attach::CgroupInet4PostBind &&
      attach_type != attach::CgroupInet6PostBind)
    return kRefused;
  return write ? kRefused : a;
}

// bpf_ctx_wide_access_ok: an aligned u64 access inside a u32 array field.
bool wide_ok(int32_t off, int32_t size, Range field) {
  return size == 8 && off >= field.begin && off + 8 <= field.end && off % 8 == 0;
}

// sock_addr_is_valid_access (CGROUP_SOCK_ADDR): the IPv4 fields only for the IPv4 hooks and the IPv6 ones only for
// the IPv6 hooks; the user address and port are writable.
Access sock_addr_access(uint32_t attach_type, int32_t off, int32_t size, bool write) {
  using uapi::SockAddrMd;
  namespace at = attach;
  constexpr int32_t kDefault = 4;
  if (off < 0 || off >= int32_t(sizeof(SockAddrMd)) || off % size != 0) return kRefused;
  const Range user_ip4 = FIELD(SockAddrMd, user_ip4), user_ip6 = FIELD(SockAddrMd, user_ip6),
              msg_src_ip4 = FIELD(SockAddrMd, msg_src_ip4), msg_src_ip6 = FIELD(SockAddrMd, msg_src_ip6),
              user_port = FIELD(SockAddrMd, user_port);
  auto one_of = [attach_type](std::initializer_list<uint32_t> types) {
    for (uint32_t t : types)
      if (t == attach_type) return true;
    return false;
  };
  if (user_ip4.has(off) && !one_of({at::CgroupInet4Bind, at::CgroupInet4Connect, at::CgroupInet4Getpeername,
                                    at::CgroupInet4Getsockname, at::CgroupUdp4Sendmsg, at::CgroupUdp4Recvmsg}))
    return kRefused;
  if (user_ip6.has(off) && !one_of({at::CgroupInet6Bind, at::CgroupInet6Connect, at::CgroupInet6Getpeername,
                                    at::CgroupInet6Getsockname, at::CgroupUdp6Sendmsg, at::CgroupUdp6Recvmsg}))
    return kRefused;
  if (msg_src_ip4.has(off) && attach_type != at::CgroupUdp4Sendmsg) return kRefused;
  if (msg_src_ip6.has(off) && attach_type != at::CgroupUdp6Sendmsg) return kRefused;
  if (user_ip4.has(off) || user_ip6.has(off) || msg_src_ip4.has(off) || msg_src_ip6.has(off) || user_port.has(off)) {
    if (wide_ok(off, size, user_ip6) || wide_ok(off, size, msg_src_ip6)) return scalar(write ? 0 : kDefault);
    if (write) return size == kDefault ? scalar() : kRefused;
    return narrow_ok(size, kDefault) ? scalar(kDefault) : kRefused;
  }
  if (FIELD(SockAddrMd, sk).has(off)) {
    if (write || size != 8 || off != int32_t(offsetof(SockAddrMd, sk))) return kRefused;
    return CtxAccess{CtxFieldType::Socket, 0, nullptr};
  }
  if (FIELD(SockAddrMd, pad_).has(off)) return kRefused;
  if (write || size != kDefault) return kRefused;
  return scalar();
}

// sock_ops_is_valid_access: u32 reads; the u64 counters, the socket and the skb's data as whole u64s; writes of
// reply and sk_txhash.
Access sock_ops_access(int32_t off, int32_t size, bool write) {
  using uapi::SockOpsMd;
  constexpr int32_t kDefault = 4;
  if (off < 0 || off >= int32_t(sizeof(SockOpsMd)) || off % size != 0) return kRefused;
  if (write) {
    if (off == int32_t(offsetof(SockOpsMd, args)) || off == int32_t(offsetof(SockOpsMd, sk_txhash)))
      return size == kDefault ? scalar() : kRefused;
    return kRefused;
  }
  if (FIELDS(SockOpsMd, bytes_received, bytes_acked).has(off)) return size == 8 ? scalar() : kRefused;
  // The pointers and skb_hwtstamp are whole u64s (with off % size, only at their own offset).
  if (FIELD(SockOpsMd, sk).has(off))
    return size == 8 ? Access(CtxAccess{CtxFieldType::SocketOrNull, 0, nullptr}) : kRefused;
  if (FIELD(SockOpsMd, skb_data).has(off))
    return size == 8 ? Access(CtxAccess{CtxFieldType::PacketData, 0, nullptr}) : kRefused;
  if (FIELD(SockOpsMd, skb_data_end).has(off))
    return size == 8 ? Access(CtxAccess{CtxFieldType::PacketEnd, 0, nullptr}) : kRefused;
  if (off == int32_t(offsetof(SockOpsMd, skb_tcp_flags)))
    return narrow_ok(size, kDefault) ? scalar(kDefault) : kRefused;
  if (FIELD(SockOpsMd, skb_hwtstamp).has(off)) return size == 8 ? scalar() : kRefused;
  return size == kDefault ? scalar() : kRefused;
}

// sk_msg_is_valid_access: read-only; the message as packet pointers, the socket, and u32 address fields.
Access sk_msg_access(int32_t off, int32_t size, bool write) {
  using uapi::SkMsgMd;
  if (write || off % size != 0) return kRefused;
  if (off == int32_t(offsetof(SkMsgMd, data)))
    return size == 8 ? Access(CtxAccess{CtxFieldType::PacketData, 0, nullptr}) : kRefused;
  if (off == int32_t(offsetof(SkMsgMd, data_end)))
    return size == 8 ? Access(CtxAccess{CtxFieldType::PacketEnd, 0, nullptr}) : kRefused;
  if (off == int32_t(offsetof(SkMsgMd, sk)))
    return size == 8 ? Access(CtxAccess{CtxFieldType::Socket, 0, nullptr}) : kRefused;
  if (FIELDS(SkMsgMd, family, size).has(off)) return size == 4 ? scalar() : kRefused;
  return kRefused;
}

// sk_reuseport_is_valid_access.
Access sk_reuseport_access(int32_t off, int32_t size, bool write) {
  using uapi::SkReuseportMd;
  if (off < 0 || off >= int32_t(sizeof(SkReuseportMd)) || off % size != 0 || write) return kRefused;
  auto ptr = [size](CtxFieldType t) { return size == 8 ? Access(CtxAccess{t, 0, nullptr}) : kRefused; };
  if (off == int32_t(offsetof(SkReuseportMd, data))) return ptr(CtxFieldType::PacketData);
  if (off == int32_t(offsetof(SkReuseportMd, data_end))) return ptr(CtxFieldType::PacketEnd);
  if (off == int32_t(offsetof(SkReuseportMd, sk))) return ptr(CtxFieldType::Socket);
  if (off == int32_t(offsetof(SkReuseportMd, migrating_sk))) return ptr(CtxFieldType::SockCommonOrNull);
  if (off == int32_t(offsetof(SkReuseportMd, hash))) return size == 4 ? scalar() : kRefused;
  // eth_protocol is skb->protocol, a u16: no byte loads of it.
  if (FIELD(SkReuseportMd, eth_protocol).has(off) && size < 2) return kRefused;
  for (Range r : {FIELD(SkReuseportMd, eth_protocol), FIELD(SkReuseportMd, ip_protocol),
                  FIELD(SkReuseportMd, bind_inany), FIELD(SkReuseportMd, len)})
    if (r.has(off)) return narrow_ok(size, 4) ? scalar(4) : kRefused;
  return kRefused;
}

// cg_sockopt_is_valid_access (CGROUP_SOCKOPT): retval for getsockopt, level and optname writable for setsockopt.
Access sockopt_access(uint32_t attach_type, int32_t off, int32_t size, bool write) {
  using uapi::SockoptMd;
  constexpr int32_t kDefault = 4;
  if (off < 0 || off >= int32_t(sizeof(SockoptMd)) || off % size != 0) return kRefused;
  const int32_t retval = offsetof(SockoptMd, retval), optname = offsetof(SockoptMd, optname),
                level = offsetof(SockoptMd, level), optlen = offsetof(SockoptMd, optlen);
  if (write) {
    if (off == retval) return size == kDefault && attach_type == attach::CgroupGetsockopt ? scalar() : kRefused;
    if (off == optname || off == level)
      return size == kDefault && attach_type == attach::CgroupSetsockopt ? scalar() : kRefused;
    if (off == optlen) return size == kDefault ? scalar() : kRefused;
    return kRefused;
  }
  auto ptr = [size](CtxFieldType t) { return size == 8 ? Access(CtxAccess{t, 0, nullptr}) : kRefused; };
  if (FIELD(SockoptMd, sk).has(off)) return ptr(CtxFieldType::Socket);
  if (FIELD(SockoptMd, optval).has(off)) return ptr(CtxFieldType::PacketData);
  if (FIELD(SockoptMd, optval_end).has(off)) return ptr(CtxFieldType::PacketEnd);
  if (off == retval) return size == kDefault && attach_type == attach::CgroupGetsockopt ? scalar() : kRefused;
  return size == kDefault ? scalar() : kRefused;
}

// cgroup_dev_is_valid_access: read-only u32s, narrow loads of access_type.
Access cgroup_dev_access(int32_t off, int32_t size, bool write) {
  using uapi::CgroupDevCtx;
  if (write || off < 0 || off + size > int32_t(sizeof(CgroupDevCtx)) || off % size != 0) return kRefused;
  if (FIELD(CgroupDevCtx, access_type).has(off)) return narrow_ok(size, 4) ? scalar(4) : kRefused;
  return size == 4 ? scalar() : kRefused;
}

// sysctl_is_valid_access: write is read-only, file_pos may be written whole.
Access sysctl_access(int32_t off, int32_t size, bool write) {
  using uapi::SysctlMd;
  if (off < 0 || off + size > int32_t(sizeof(SysctlMd)) || off % size != 0) return kRefused;
  if (FIELD(SysctlMd, write).has(off)) return !write && narrow_ok(size, 4) ? scalar(4) : kRefused;
  if (write) return size == 4 ? scalar() : kRefused;
  return narrow_ok(size, 4) ? scalar(4) : kRefused;
}

// nf_is_valid_access (NETFILTER): the hook state and the skb as trusted BTF pointers.
Access netfilter_access(int32_t off, int32_t size, bool write) {
  using uapi::NfCtx;
  if (off < 0 || off >= int32_t(sizeof(NfCtx)) || write || size != 8 || off % size != 0) return kRefused;
  const char* name = FIELD(NfCtx, skb).has(off) ? "sk_buff" : "nf_hook_state";
  return CtxAccess{CtxFieldType::BtfId, 0, name};
}

// lirc_mode2_is_valid_access: the one u32 sample.
Access lirc_mode2_access(int32_t off, int32_t size, bool write) {
  if (write || size != 4 || off != 0) return kRefused;
  return scalar();
}

}  // namespace

std::optional<CtxAccess> ctx_access(ProgType type, uint32_t expected_attach_type, int32_t off, int32_t size,
                                    bool write) {
  if (size != 1 && size != 2 && size != 4 && size != 8) return kRefused;
  switch (type) {
    case ProgType::SocketFilter: return sk_filter_access(off, size, write);
    case ProgType::SchedCls:
    case ProgType::SchedAct: return tc_access(off, size, write);
    case ProgType::CgroupSkb: return cg_skb_access(off, size, write);
    case ProgType::LwtIn:
    case ProgType::LwtOut:
    case ProgType::LwtXmit:
    case ProgType::LwtSeg6local: return lwt_access(off, size, write);
    case ProgType::SkSkb: return sk_skb_access(off, size, write);
    case ProgType::FlowDissector: return flow_dissector_access(off, size, write);
    case ProgType::Xdp: return xdp_access(expected_attach_type, off, size, write);
    case ProgType::Kprobe: return kprobe_access(off, size, write);
    case ProgType::Tracepoint: return tracepoint_access(off, size, write);
    case ProgType::PerfEvent: return perf_event_access(off, size, write);
    case ProgType::RawTracepoint: return raw_tp_access(off, size, write);
    case ProgType::RawTracepointWritable: return raw_tp_writable_access(off, size, write);
    case ProgType::Syscall: return syscall_access(off, size);
    case ProgType::SkLookup: return sk_lookup_access(off, size, write);
    case ProgType::CgroupSock: return cgroup_sock_access(expected_attach_type, off, size, write);
    case ProgType::CgroupSockAddr: return sock_addr_access(expected_attach_type, off, size, write);
    case ProgType::SockOps: return sock_ops_access(off, size, write);
    case ProgType::SkMsg: return sk_msg_access(off, size, write);
    case ProgType::SkReuseport: return sk_reuseport_access(off, size, write);
    case ProgType::CgroupSockopt: return sockopt_access(expected_attach_type, off, size, write);
    case ProgType::CgroupDevice: return cgroup_dev_access(off, size, write);
    case ProgType::CgroupSysctl: return sysctl_access(off, size, write);
    case ProgType::Netfilter: return netfilter_access(off, size, write);
    case ProgType::LircMode2: return lirc_mode2_access(off, size, write);
    default: return kRefused;
  }
}

uint32_t ctx_size(ProgType type, uint32_t /*expected_attach_type*/) {
  switch (type) {
    case ProgType::SocketFilter: case ProgType::SchedCls: case ProgType::SchedAct: case ProgType::CgroupSkb:
    case ProgType::LwtIn: case ProgType::LwtOut: case ProgType::LwtXmit: case ProgType::LwtSeg6local:
    case ProgType::SkSkb: case ProgType::FlowDissector:
      return sizeof(SkBuffMd);
    case ProgType::Xdp: return sizeof(XdpMd);
    case ProgType::Kprobe: return uapi::kPtRegsSize;
    case ProgType::Tracepoint: return uapi::kPerfMaxTraceSize;
    case ProgType::PerfEvent: return sizeof(uapi::PerfEventData);
    case ProgType::RawTracepoint: case ProgType::RawTracepointWritable: return 8 * uapi::kMaxBpfFuncArgs;
    case ProgType::Syscall: return uapi::kSyscallCtxMax;
    case ProgType::SkLookup: return sizeof(uapi::SkLookupMd);
    case ProgType::CgroupSock: return sizeof(uapi::BpfSock);
    case ProgType::CgroupSockAddr: return sizeof(uapi::SockAddrMd);
    case ProgType::SockOps: return sizeof(uapi::SockOpsMd);
    case ProgType::SkMsg: return sizeof(uapi::SkMsgMd);
    case ProgType::SkReuseport: return sizeof(uapi::SkReuseportMd);
    case ProgType::CgroupSockopt: return sizeof(uapi::SockoptMd);
    case ProgType::CgroupDevice: return sizeof(uapi::CgroupDevCtx);
    case ProgType::CgroupSysctl: return sizeof(uapi::SysctlMd);
    case ProgType::Netfilter: return sizeof(uapi::NfCtx);
    case ProgType::LircMode2: return 4;
    default: return 0;
  }
}

}  // namespace bpfkit::verifier
