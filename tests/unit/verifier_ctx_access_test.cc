// The context-access tables (src/verifier/ctx_access.h): one test per program type family, with the kernel's rules
// from net/core/filter.c and kernel/trace/bpf_trace.c (6.18). tests/kernel/verifier_ctx_access_kernel_test.cc
// compares every offset and size with the running kernel.
#include <gtest/gtest.h>

#include "bpfkit/prog_type.h"
#include "verifier/ctx_access.h"

namespace bpfkit::verifier {
namespace {

bool can_read(ProgType t, int off, int size, uint32_t attach = 0) {
  return ctx_access(t, attach, off, size, false).has_value();
}
bool can_write(ProgType t, int off, int size, uint32_t attach = 0) {
  return ctx_access(t, attach, off, size, true).has_value();
}
CtxFieldType read_type(ProgType t, int off, int size = 4, uint32_t attach = 0) {
  auto a = ctx_access(t, attach, off, size, false);
  EXPECT_TRUE(a.has_value()) << "off " << off;
  return a ? a->type : CtxFieldType::Scalar;
}

// __sk_buff offsets.
constexpr int kLen = 0, kMark = 8, kQueueMapping = 12, kPriority = 32, kTcIndex = 44, kCb0 = 48, kTcClassid = 72,
              kData = 76, kDataEnd = 80, kFamily = 88, kLocalPort = 136, kDataMeta = 140, kFlowKeys = 144,
              kTstamp = 152, kWireLen = 160, kSk = 168, kGsoSize = 176, kTstampType = 180, kHwtstamp = 184;

TEST(CtxAccess, Xdp) {
  EXPECT_EQ(ctx_size(ProgType::Xdp, 0), 24u);
  EXPECT_EQ(read_type(ProgType::Xdp, 0), CtxFieldType::PacketData);
  EXPECT_EQ(read_type(ProgType::Xdp, 4), CtxFieldType::PacketEnd);
  EXPECT_EQ(read_type(ProgType::Xdp, 8), CtxFieldType::PacketMeta);
  EXPECT_EQ(read_type(ProgType::Xdp, 12), CtxFieldType::Scalar);  // ingress_ifindex
  EXPECT_TRUE(can_read(ProgType::Xdp, 16, 4));                     // rx_queue_index
  EXPECT_FALSE(can_read(ProgType::Xdp, 12, 2));                    // no narrow loads
  EXPECT_FALSE(can_read(ProgType::Xdp, 0, 8));
  EXPECT_FALSE(can_read(ProgType::Xdp, 20, 4));                    // egress_ifindex: devmap programs only
  EXPECT_TRUE(can_read(ProgType::Xdp, 20, 4, attach::XdpDevmap));
  EXPECT_FALSE(can_read(ProgType::Xdp, 24, 4));
  EXPECT_FALSE(can_read(ProgType::Xdp, -4, 4));
  EXPECT_FALSE(can_write(ProgType::Xdp, 16, 4));
}

TEST(CtxAccess, SkbCommonRules) {
  for (ProgType t : {ProgType::SocketFilter, ProgType::SchedCls, ProgType::CgroupSkb, ProgType::LwtIn}) {
    EXPECT_EQ(ctx_size(t, 0), 192u);
    EXPECT_TRUE(can_read(t, kLen, 4));
    EXPECT_TRUE(can_read(t, kLen + 2, 2));   // narrow loads of u32 fields
    EXPECT_TRUE(can_read(t, kLen + 3, 1));
    EXPECT_FALSE(can_read(t, kLen + 2, 4));  // misaligned
    EXPECT_FALSE(can_read(t, kLen, 8));      // wider than the field
    EXPECT_TRUE(can_read(t, kCb0 + 8, 8));   // cb[] takes any aligned width
    EXPECT_FALSE(can_read(t, kCb0 + 16, 8)); // ... inside cb[]
    EXPECT_TRUE(can_write(t, kCb0 + 1, 1));
    EXPECT_FALSE(can_read(t, kFlowKeys, 8)); // flow_keys is the flow dissector's
    EXPECT_FALSE(can_read(t, kTstampType + 1, 1));  // padding
    EXPECT_FALSE(can_read(t, 192, 4));
    EXPECT_FALSE(can_write(t, kLen, 4));     // read-only field
    EXPECT_EQ(read_type(t, kSk, 8), CtxFieldType::SockCommonOrNull);
    EXPECT_FALSE(can_read(t, kSk, 4));
    EXPECT_FALSE(can_read(t, kSk + 4, 4));  // no half of the pointer
    EXPECT_FALSE(can_write(t, kSk, 8));
    EXPECT_TRUE(can_read(t, kGsoSize, 4));
    EXPECT_EQ(ctx_access(t, 0, kLen + 1, 1, false)->ctx_field_size, 4u);
  }
}

TEST(CtxAccess, SocketFilter) {
  const ProgType t = ProgType::SocketFilter;
  EXPECT_FALSE(can_read(t, kData, 4));  // no direct packet access
  EXPECT_FALSE(can_read(t, kDataEnd, 4));
  EXPECT_FALSE(can_read(t, kTcClassid, 4));
  EXPECT_FALSE(can_read(t, kFamily, 4));
  EXPECT_FALSE(can_read(t, kTstamp, 8));
  EXPECT_FALSE(can_read(t, kWireLen, 4));
  EXPECT_FALSE(can_read(t, kHwtstamp, 8));
  EXPECT_FALSE(can_write(t, kMark, 4));  // only cb[] is writable
  EXPECT_TRUE(can_write(t, kCb0, 4));
}

TEST(CtxAccess, TcClsAct) {
  for (ProgType t : {ProgType::SchedCls, ProgType::SchedAct}) {
    EXPECT_EQ(read_type(t, kData), CtxFieldType::PacketData);
    EXPECT_EQ(read_type(t, kDataEnd), CtxFieldType::PacketEnd);
    EXPECT_EQ(read_type(t, kDataMeta), CtxFieldType::PacketMeta);
    EXPECT_FALSE(can_read(t, kData, 2));  // packet pointers are whole u32 loads
    for (int off : {kMark, kTcIndex, kPriority, kTcClassid, kQueueMapping}) {
      EXPECT_TRUE(can_write(t, off, 4)) << off;
      EXPECT_FALSE(can_write(t, off, 2)) << off;  // writes are of the whole field
    }
    EXPECT_TRUE(can_write(t, kTstamp, 8));
    EXPECT_FALSE(can_write(t, kLen, 4));
    EXPECT_FALSE(can_write(t, kData, 4));
    EXPECT_FALSE(can_read(t, kFamily, 4));
    EXPECT_FALSE(can_read(t, kLocalPort, 4));
    EXPECT_TRUE(can_read(t, kTstampType, 1));  // tc's own u8
    EXPECT_FALSE(can_read(t, kTstampType, 4));
    EXPECT_FALSE(can_write(t, kTstampType, 1));
    EXPECT_TRUE(can_read(t, kHwtstamp, 8));
    EXPECT_FALSE(can_write(t, kHwtstamp, 8));
  }
}

TEST(CtxAccess, CgroupSkbAndLwt) {
  EXPECT_EQ(read_type(ProgType::CgroupSkb, kData), CtxFieldType::PacketData);
  EXPECT_FALSE(can_read(ProgType::CgroupSkb, kDataMeta, 4));
  EXPECT_TRUE(can_read(ProgType::CgroupSkb, kFamily, 4));  // socket fields are cgroup_skb's
  EXPECT_TRUE(can_write(ProgType::CgroupSkb, kMark, 4));
  EXPECT_TRUE(can_write(ProgType::CgroupSkb, kPriority, 4));
  EXPECT_TRUE(can_write(ProgType::CgroupSkb, kTstamp, 8));
  EXPECT_FALSE(can_write(ProgType::CgroupSkb, kTcIndex, 4));
  for (ProgType t : {ProgType::LwtIn, ProgType::LwtOut, ProgType::LwtXmit, ProgType::LwtSeg6local}) {
    EXPECT_EQ(read_type(t, kData), CtxFieldType::PacketData);
    EXPECT_FALSE(can_read(t, kDataMeta, 4));
    EXPECT_FALSE(can_read(t, kFamily, 4));
    EXPECT_FALSE(can_read(t, kTstamp, 8));
    EXPECT_TRUE(can_write(t, kMark, 4));
    EXPECT_FALSE(can_write(t, kTcIndex, 4));
  }
}

TEST(CtxAccess, SkSkbAndFlowDissector) {
  EXPECT_FALSE(can_read(ProgType::SkSkb, kMark, 4));
  EXPECT_TRUE(can_write(ProgType::SkSkb, kTcIndex, 4));
  EXPECT_FALSE(can_write(ProgType::SkSkb, kCb0, 4));
  const ProgType fd = ProgType::FlowDissector;
  EXPECT_EQ(read_type(fd, kData), CtxFieldType::PacketData);
  EXPECT_EQ(read_type(fd, kFlowKeys, 8), CtxFieldType::FlowKeys);
  EXPECT_FALSE(can_read(fd, kLen, 4));
  EXPECT_FALSE(can_read(fd, kFlowKeys, 4));
  EXPECT_FALSE(can_write(fd, kCb0, 4));
}

TEST(CtxAccess, KprobeReadsPtRegs) {
  const ProgType t = ProgType::Kprobe;
  EXPECT_EQ(ctx_size(t, 0), 168u);
  for (int size : {1, 2, 4, 8}) {
    EXPECT_TRUE(can_read(t, 0, size));
    EXPECT_TRUE(can_read(t, 168 - size, size));
    EXPECT_FALSE(can_read(t, 168, size));
    EXPECT_FALSE(can_write(t, 0, size));
  }
  EXPECT_FALSE(can_read(t, 4, 8));
  EXPECT_TRUE(can_read(t, 4, 4));
}

TEST(CtxAccess, TracepointRawTpPerfEvent) {
  EXPECT_FALSE(can_read(ProgType::Tracepoint, 0, 8));  // the common header
  EXPECT_FALSE(can_read(ProgType::Tracepoint, 4, 4));
  EXPECT_TRUE(can_read(ProgType::Tracepoint, 8, 8));
  EXPECT_TRUE(can_read(ProgType::Tracepoint, 8191, 1));
  EXPECT_FALSE(can_read(ProgType::Tracepoint, 8192, 1));
  EXPECT_FALSE(can_write(ProgType::Tracepoint, 8, 8));
  // 6.18 compares the low bound unsigned: negative offsets pass (measured on the running kernel).
  EXPECT_TRUE(can_read(ProgType::Tracepoint, -8, 8));
  EXPECT_FALSE(can_read(ProgType::Tracepoint, -6, 4));
  EXPECT_TRUE(can_read(ProgType::RawTracepoint, 0, 8));
  EXPECT_TRUE(can_read(ProgType::RawTracepoint, 88, 8));
  EXPECT_FALSE(can_read(ProgType::RawTracepoint, 96, 8));
  EXPECT_FALSE(can_write(ProgType::RawTracepoint, 0, 8));
  const ProgType pe = ProgType::PerfEvent;
  EXPECT_EQ(ctx_size(pe, 0), 184u);
  EXPECT_TRUE(can_read(pe, 0, 8));
  EXPECT_FALSE(can_read(pe, 0, 4));  // registers are whole longs
  EXPECT_TRUE(can_read(pe, 168, 8));  // sample_period
  EXPECT_TRUE(can_read(pe, 172, 4));
  EXPECT_TRUE(can_read(pe, 176, 2));  // addr
  EXPECT_FALSE(can_read(pe, 184, 8));
}

TEST(CtxAccess, SyscallAndSkLookup) {
  EXPECT_TRUE(can_read(ProgType::Syscall, 0, 8));
  EXPECT_TRUE(can_write(ProgType::Syscall, 1000, 8));
  EXPECT_FALSE(can_write(ProgType::Syscall, 1001, 8));
  EXPECT_TRUE(can_read(ProgType::Syscall, 65534, 1));
  EXPECT_FALSE(can_read(ProgType::Syscall, 65535, 1));
  EXPECT_EQ(read_type(ProgType::SkLookup, 0, 8), CtxFieldType::SocketOrNull);
  EXPECT_TRUE(can_read(ProgType::SkLookup, 36, 4));   // remote_port as a u32, for old programs
  EXPECT_TRUE(can_read(ProgType::SkLookup, 36, 2));
  EXPECT_TRUE(can_read(ProgType::SkLookup, 38, 2));   // its zero padding
  EXPECT_FALSE(can_write(ProgType::SkLookup, 8, 4));
  EXPECT_FALSE(can_read(ProgType::SkLookup, 68, 4));
}

TEST(CtxAccess, CgroupSockByAttachType) {
  const ProgType t = ProgType::CgroupSock;
  EXPECT_EQ(ctx_size(t, 0), 80u);
  // bound_dev_if, mark, priority: read and written by sock_create/sock_release, nothing else.
  EXPECT_TRUE(can_write(t, 0, 4, attach::CgroupInetSockCreate));
  EXPECT_TRUE(can_read(t, 16, 4, attach::CgroupInetSockRelease));
  EXPECT_FALSE(can_read(t, 0, 4, attach::CgroupInet4PostBind));
  // src_ip4 and src_port: post_bind only, read-only.
  EXPECT_TRUE(can_read(t, 24, 4, attach::CgroupInet4PostBind));
  EXPECT_TRUE(can_read(t, 25, 1, attach::CgroupInet4PostBind));
  EXPECT_FALSE(can_read(t, 24, 4, attach::CgroupInet6PostBind));
  EXPECT_FALSE(can_write(t, 24, 4, attach::CgroupInet4PostBind));
  EXPECT_TRUE(can_read(t, 44, 4, attach::CgroupInet6PostBind));
  // family: a whole or narrow read at its offset; no write.
  EXPECT_TRUE(can_read(t, 4, 2, attach::CgroupInetSockCreate));
  EXPECT_FALSE(can_read(t, 6, 2, attach::CgroupInetSockCreate));
  EXPECT_FALSE(can_write(t, 4, 4, attach::CgroupInetSockCreate));
  // dst_port: a u16 (or the u32 around it); its padding is refused.
  EXPECT_TRUE(can_read(t, 48, 2, attach::CgroupInetSockCreate));
  EXPECT_TRUE(can_read(t, 48, 4, attach::CgroupInetSockCreate));
  EXPECT_FALSE(can_read(t, 50, 2, attach::CgroupInetSockCreate));
}

TEST(CtxAccess, SockAddrByAttachType) {
  const ProgType t = ProgType::CgroupSockAddr;
  EXPECT_TRUE(can_write(t, 4, 4, attach::CgroupInet4Connect));   // user_ip4
  EXPECT_FALSE(can_read(t, 4, 4, attach::CgroupInet6Connect));
  EXPECT_TRUE(can_write(t, 8, 8, attach::CgroupInet6Connect));   // user_ip6 as two u64 stores
  EXPECT_FALSE(can_write(t, 12, 8, attach::CgroupInet6Connect)); // ... aligned
  EXPECT_TRUE(can_read(t, 40, 4, attach::CgroupUdp4Sendmsg));    // msg_src_ip4
  EXPECT_FALSE(can_read(t, 40, 4, attach::CgroupInet4Connect));
  EXPECT_TRUE(can_write(t, 24, 4, attach::CgroupInet4Bind));     // user_port
  EXPECT_FALSE(can_write(t, 28, 4, attach::CgroupInet4Bind));    // family is read-only
  EXPECT_EQ(read_type(t, 64, 8, attach::CgroupInet4Bind), CtxFieldType::Socket);
  EXPECT_FALSE(can_read(t, 60, 4, attach::CgroupInet4Bind));     // padding
}

TEST(CtxAccess, SockOpsSkMsgReuseportSockopt) {
  EXPECT_TRUE(can_write(ProgType::SockOps, 4, 4));     // reply
  EXPECT_FALSE(can_write(ProgType::SockOps, 8, 4));
  EXPECT_TRUE(can_write(ProgType::SockOps, 164, 4));   // sk_txhash
  EXPECT_TRUE(can_read(ProgType::SockOps, 168, 8));    // bytes_received
  EXPECT_FALSE(can_read(ProgType::SockOps, 168, 4));
  EXPECT_EQ(read_type(ProgType::SockOps, 184, 8), CtxFieldType::SocketOrNull);
  EXPECT_EQ(read_type(ProgType::SockOps, 192, 8), CtxFieldType::PacketData);
  EXPECT_TRUE(can_read(ProgType::SockOps, 212, 1));    // skb_tcp_flags: narrow, at its own offset only
  EXPECT_FALSE(can_read(ProgType::SockOps, 213, 1));
  EXPECT_EQ(read_type(ProgType::SkMsg, 0, 8), CtxFieldType::PacketData);
  EXPECT_FALSE(can_read(ProgType::SkMsg, 16, 2));
  EXPECT_EQ(read_type(ProgType::SkReuseport, 48, 8), CtxFieldType::SockCommonOrNull);
  EXPECT_FALSE(can_read(ProgType::SkReuseport, 20, 1));  // eth_protocol is a u16 underneath
  EXPECT_TRUE(can_read(ProgType::SkReuseport, 20, 2));
  EXPECT_TRUE(can_write(ProgType::CgroupSockopt, 36, 4, attach::CgroupGetsockopt));   // retval
  EXPECT_FALSE(can_write(ProgType::CgroupSockopt, 36, 4, attach::CgroupSetsockopt));
  EXPECT_TRUE(can_write(ProgType::CgroupSockopt, 24, 4, attach::CgroupSetsockopt));   // level
  EXPECT_EQ(read_type(ProgType::CgroupSockopt, 8, 8, attach::CgroupSetsockopt), CtxFieldType::PacketData);
}

TEST(CtxAccess, DeviceSysctlNetfilter) {
  EXPECT_TRUE(can_read(ProgType::CgroupDevice, 0, 2));
  EXPECT_FALSE(can_read(ProgType::CgroupDevice, 4, 2));
  EXPECT_FALSE(can_write(ProgType::CgroupDevice, 0, 4));
  EXPECT_FALSE(can_write(ProgType::CgroupSysctl, 0, 4));
  EXPECT_TRUE(can_write(ProgType::CgroupSysctl, 4, 4));
  EXPECT_TRUE(can_read(ProgType::CgroupSysctl, 6, 2));
  auto skb = ctx_access(ProgType::Netfilter, attach::Netfilter, 8, 8, false);
  ASSERT_TRUE(skb.has_value());
  EXPECT_EQ(skb->type, CtxFieldType::BtfId);
  EXPECT_STREQ(skb->btf_struct_name, "sk_buff");
  EXPECT_FALSE(can_read(ProgType::Netfilter, 4, 8, attach::Netfilter));
}

TEST(CtxAccess, UnknownSizesAndTypes) {
  EXPECT_FALSE(can_read(ProgType::Xdp, 0, 3));
  EXPECT_FALSE(can_read(ProgType::Unspec, 0, 4));
  EXPECT_EQ(ctx_size(ProgType::Unspec, 0), 0u);
}

}  // namespace
}  // namespace bpfkit::verifier
