// The UAPI context structs programs see through R1 (include/uapi/linux/bpf.h, bpf_perf_event.h; x86-64), laid out
// field by field. One copy for everyone: the verifier's context-access tables (verifier/ctx_access.cc) and the
// runtime's test-run contexts (attach/packet_context.h) both read these.
#pragma once

#include <cstddef>
#include <cstdint>

namespace bpfkit::uapi {

struct XdpMd {
  uint32_t data, data_end, data_meta, ingress_ifindex, rx_queue_index, egress_ifindex;
};
static_assert(sizeof(XdpMd) == 24);

struct SkBuffMd {
  uint32_t len, pkt_type, mark, queue_mapping, protocol, vlan_present, vlan_tci, vlan_proto, priority;
  uint32_t ingress_ifindex, ifindex, tc_index, cb[5], hash, tc_classid, data, data_end, napi_id;
  uint32_t family, remote_ip4, local_ip4, remote_ip6[4], local_ip6[4], remote_port, local_port, data_meta;
  uint64_t flow_keys, tstamp;  // flow_keys and sk are __bpf_md_ptr: 8 bytes whatever the pointer size
  uint32_t wire_len, gso_segs;
  uint64_t sk;
  uint32_t gso_size;
  uint8_t tstamp_type, pad_[3];
  uint64_t hwtstamp;
};
static_assert(sizeof(SkBuffMd) == 192);
static_assert(offsetof(SkBuffMd, data) == 76 && offsetof(SkBuffMd, tstamp) == 152 &&
              offsetof(SkBuffMd, gso_size) == 176 && offsetof(SkBuffMd, hwtstamp) == 184);

// struct bpf_sk_lookup.
struct SkLookupMd {
  uint64_t sk;  // union with __u64 cookie
  uint32_t family, protocol, remote_ip4, remote_ip6[4];
  uint16_t remote_port, pad_;  // __be16 and 16 bits of zero padding
  uint32_t local_ip4, local_ip6[4], local_port, ingress_ifindex;
};
static_assert(sizeof(SkLookupMd) == 72 && offsetof(SkLookupMd, local_ip4) == 40);

// struct bpf_sock.
struct BpfSock {
  uint32_t bound_dev_if, family, type, protocol, mark, priority, src_ip4, src_ip6[4], src_port;
  uint16_t dst_port, pad_;  // __be16 dst_port; __u16 :16
  uint32_t dst_ip4, dst_ip6[4], state;
  int32_t rx_queue_mapping;
};
static_assert(sizeof(BpfSock) == 80 && offsetof(BpfSock, dst_port) == 48 && offsetof(BpfSock, dst_ip4) == 52);

// struct bpf_sock_addr.
struct SockAddrMd {
  uint32_t user_family, user_ip4, user_ip6[4], user_port, family, type, protocol, msg_src_ip4, msg_src_ip6[4];
  uint32_t pad_;  // the u64 alignment of sk
  uint64_t sk;
};
static_assert(sizeof(SockAddrMd) == 72 && offsetof(SockAddrMd, sk) == 64);

// struct bpf_sock_ops (6.18: with skb_hwtstamp).
struct SockOpsMd {
  uint32_t op;
  uint32_t args[4];  // union with reply and replylong[4]
  uint32_t family, remote_ip4, local_ip4, remote_ip6[4], local_ip6[4], remote_port, local_port, is_fullsock;
  uint32_t snd_cwnd, srtt_us, bpf_sock_ops_cb_flags, state, rtt_min, snd_ssthresh, rcv_nxt, snd_nxt, snd_una;
  uint32_t mss_cache, ecn_flags, rate_delivered, rate_interval_us, packets_out, retrans_out, total_retrans;
  uint32_t segs_in, data_segs_in, segs_out, data_segs_out, lost_out, sacked_out, sk_txhash;
  uint64_t bytes_received, bytes_acked, sk, skb_data, skb_data_end;
  uint32_t skb_len, skb_tcp_flags;
  uint64_t skb_hwtstamp;
};
static_assert(sizeof(SockOpsMd) == 224 && offsetof(SockOpsMd, bytes_received) == 168);

// struct sk_msg_md.
struct SkMsgMd {
  uint64_t data, data_end;
  uint32_t family, remote_ip4, local_ip4, remote_ip6[4], local_ip6[4], remote_port, local_port, size;
  uint64_t sk;
};
static_assert(sizeof(SkMsgMd) == 80 && offsetof(SkMsgMd, sk) == 72);

// struct sk_reuseport_md.
struct SkReuseportMd {
  uint64_t data, data_end;
  uint32_t len, eth_protocol, ip_protocol, bind_inany, hash, pad_;
  uint64_t sk, migrating_sk;
};
static_assert(sizeof(SkReuseportMd) == 56 && offsetof(SkReuseportMd, sk) == 40);

// struct bpf_sockopt.
struct SockoptMd {
  uint64_t sk, optval, optval_end;
  int32_t level, optname, optlen, retval;
};
static_assert(sizeof(SockoptMd) == 40);

// struct bpf_cgroup_dev_ctx, struct bpf_sysctl, struct bpf_nf_ctx.
struct CgroupDevCtx {
  uint32_t access_type, major, minor;
};
struct SysctlMd {
  uint32_t write, file_pos;
};
struct NfCtx {
  uint64_t state, skb;
};

// struct pt_regs of x86-64 (what kprobe and uprobe programs see): 21 registers of 8 bytes.
inline constexpr uint32_t kPtRegsSize = 168;

// struct bpf_perf_event_data: bpf_user_pt_regs_t regs (pt_regs on x86-64); __u64 sample_period; __u64 addr.
struct PerfEventData {
  uint64_t regs[kPtRegsSize / 8];
  uint64_t sample_period, addr;
};
static_assert(sizeof(PerfEventData) == 184);

// struct bpf_raw_tracepoint_args is __u64 args[]; tracing programs see at most MAX_BPF_FUNC_ARGS of them.
inline constexpr uint32_t kMaxBpfFuncArgs = 12;
// PERF_MAX_TRACE_SIZE (include/linux/trace_events.h): the largest tracepoint record a program may read.
inline constexpr uint32_t kPerfMaxTraceSize = 8192;
// A syscall program's context is the caller's buffer, up to U16_MAX bytes (syscall_prog_is_valid_access).
inline constexpr uint32_t kSyscallCtxMax = 65535;

}  // namespace bpfkit::uapi
