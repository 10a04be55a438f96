// test_run() for the skb program types against the kernel's BPF_PROG_TEST_RUN: the __sk_buff a program reads
// (field by field, per type), data_out (with the zeroed MAC header of non-L2 types), the ctx_in rules, ctx_out,
// LD_ABS offsets, sizes and flags, and BPF_F_TEST_SKB_CHECKSUM_COMPLETE.
#include <gtest/gtest.h>

#include <array>

#include <fmt/format.h>

#include "test_run_harness.h"

namespace bpfkit::trun {
namespace {

constexpr ProgType kTc = ProgType::SchedCls;

struct SkBuff {  // struct __sk_buff, for building ctx_in
  uint32_t len, pkt_type, mark, queue_mapping, protocol, vlan_present, vlan_tci, vlan_proto, priority;
  uint32_t ingress_ifindex, ifindex, tc_index, cb[5], hash, tc_classid, data, data_end, napi_id;
  uint32_t family, remote_ip4, local_ip4, remote_ip6[4], local_ip6[4], remote_port, local_port, data_meta;
  uint64_t flow_keys, tstamp;
  uint32_t wire_len, gso_segs;
  uint64_t sk;
  uint32_t gso_size;
  uint8_t tstamp_type, pad[3];
  uint64_t hwtstamp;
};
static_assert(sizeof(SkBuff) == 192);

std::vector<Insn> read_field(int off, int size) {
  return asm_or_die(fmt::format("r0 = *(u{} *)(r1 + {})\nexit\n", size * 8, off));
}

// An IPv4/TCP packet: MAC header to the loopback address, 20-byte IP header, 20-byte TCP header, 8 bytes payload.
std::vector<uint8_t> tcp_packet() {
  std::vector<uint8_t> p = {
      0, 0, 0, 0, 0, 0, 2, 0, 0, 0, 0, 1, 0x08, 0x00,                                    // ethernet
      0x45, 0, 0, 48, 0x12, 0x34, 0x40, 0, 64, 6, 0, 0, 10, 0, 0, 1, 10, 0, 0, 2,        // ipv4
      0x30, 0x39, 0x00, 0x50, 0, 0, 0, 1, 0, 0, 0, 0, 0x50, 0x02, 0x20, 0, 0, 0, 0, 0,   // tcp
      'p', 'a', 'y', 'l', 'o', 'a', 'd', '!'};
  return p;
}

TEST(TestRunSkb, FieldsTcAndSocketFilter) {
  const int fields[][2] = {{0, 4},  {4, 4},  {8, 4},  {12, 4}, {16, 4}, {20, 4}, {24, 4},   {28, 4},
                           {32, 4}, {36, 4}, {40, 4}, {44, 4}, {48, 4}, {64, 4}, {68, 4},   {72, 4},
                           {84, 4}, {152, 8}, {160, 4}, {164, 4}, {176, 4}, {184, 8}, {180, 1}};
  SkBuff ctx{};
  ctx.mark = 0x1234;
  ctx.priority = 7;
  ctx.cb[0] = 11;
  ctx.cb[4] = 55;
  ctx.tstamp = 0x1122334455667788ull;
  ctx.gso_segs = 3;
  ctx.gso_size = 1400;
  ctx.hwtstamp = 0x99;
  ctx.ingress_ifindex = 1;
  for (ProgType type : {kTc, ProgType::SchedAct, ProgType::SocketFilter, ProgType::LwtIn, ProgType::LwtXmit}) {
    for (const auto& f : fields) {
      for (bool with_ctx : {false, true}) {
        SCOPED_TRACE(fmt::format("{} field {} size {}{}", prog_type_name(type), f[0], f[1], with_ctx ? " ctx" : ""));
        TestRunOptions o = with_data(tcp_packet());
        if (with_ctx) o.ctx_in = bytes_of(ctx);
        const auto prog = read_field(f[0], f[1]);
        if (!testing::kernel_unavailable() && !kernel_accepts(type, prog)) continue;  // not readable in this type
        run_both(type, prog, o);
      }
    }
  }
}

TEST(TestRunSkb, PacketPointers) {
  // r0 = data_end - data (tc: from the MAC header; lwt: from the network header).
  const auto prog = asm_or_die(R"(
    r2 = *(u32 *)(r1 + 76)
    r3 = *(u32 *)(r1 + 80)
    r0 = r3
    r0 -= r2
    exit
  )");
  for (ProgType type : {kTc, ProgType::SchedAct, ProgType::LwtIn, ProgType::LwtOut, ProgType::LwtXmit}) {
    SCOPED_TRACE(prog_type_name(type));
    run_both(type, prog, with_data(tcp_packet()));
  }
  // data_meta == data for an skb test run.
  run_both(kTc, asm_or_die("r2 = *(u32 *)(r1 + 76)\nr3 = *(u32 *)(r1 + 140)\nr0 = r2\nr0 -= r3\nexit\n"),
           with_data(tcp_packet()));
}

TEST(TestRunSkb, DirectPacketWrite) {
  // tc writes the packet in place: bump the IPv4 TTL.
  const auto prog = asm_or_die(R"(
    r2 = *(u32 *)(r1 + 76)
    r3 = *(u32 *)(r1 + 80)
    r4 = r2
    r4 += 34
    if r4 > r3 goto out
    r5 = *(u8 *)(r2 + 22)
    r5 += 1
    *(u8 *)(r2 + 22) = r5
  out:
    r0 = 0
    exit
  )");
  const Outcome o = run_both(kTc, prog, with_data(tcp_packet()));
  ASSERT_EQ(o.data_out.size(), tcp_packet().size());
  EXPECT_EQ(o.data_out[22], 65);
}

// cgroup_skb programs return 0 or 1, so the fields go through an array map the test reads back.
TEST(TestRunSkb, CgroupSkbSocketFields) {
  const int fields[] = {0, 16, 88, 92, 96, 100, 112, 116, 128, 132, 136};
  for (bool ipv6 : {false, true}) {
    for (int off : fields) {
      SCOPED_TRACE(fmt::format("{} field {}", ipv6 ? "ipv6" : "ipv4", off));
      MapPair m(MapSpec{MapType::Array, 4, 8, 1});
      const auto prog = asm_or_die(fmt::format(R"(
        r6 = *(u32 *)(r1 + {})
        r1 = map[fd:0]
        r2 = r10
        r2 += -4
        *(u32 *)(r10 - 4) = 0
        call bpf_map_lookup_elem
        if r0 == 0 goto out
        *(u64 *)(r0 + 0) = r6
      out:
        r0 = 1
        exit
      )",
                                                off));
      std::vector<uint8_t> pkt = tcp_packet();
      if (ipv6) {
        pkt.resize(14 + 40 + 8);
        pkt[12] = 0x86;
        pkt[13] = 0xdd;
        for (int i = 0; i < 40; ++i) pkt[14 + i] = uint8_t(0x60 + i);
      }
      const Outcome o = run_both(ProgType::CgroupSkb, prog, with_data(pkt), {{1, m.mine.get(), m.fd}});
      EXPECT_EQ(o.retval, 1u);
      EXPECT_EQ(m.mine_value(0), m.kernel_value(0));
    }
  }
}

TEST(TestRunSkb, DataOutAndSizes) {
  const auto prog = asm_or_die("r0 = 7\nexit\n");
  for (ProgType type : {kTc, ProgType::SocketFilter, ProgType::LwtIn}) {
    for (size_t size : {0, 13, 14, 33, 34, 60, 3712, 3713}) {
      SCOPED_TRACE(fmt::format("{} size {}", prog_type_name(type), size));
      const Outcome o = run_both(type, prog, with_data(pattern(size)));
      if (size == 33) {
        EXPECT_EQ(o.err, -EINVAL);  // an IPv4 ethertype needs a whole IPv4 header
      }
      if (o.err == 0 && type != kTc) {
        // Non-L2 types: the MAC header comes back zeroed.
        EXPECT_EQ(std::vector<uint8_t>(o.data_out.begin(), o.data_out.begin() + 14), std::vector<uint8_t>(14, 0));
      }
    }
  }
  TestRunOptions o = with_data(pattern(60));
  o.data_size_out = 20;
  EXPECT_EQ(run_both(kTc, prog, o).err, -ENOSPC);
  o = with_data(pattern(60));
  o.flags = BPF_F_TEST_RUN_ON_CPU;
  EXPECT_EQ(run_both(kTc, prog, o).err, -EINVAL);
  o = with_data(pattern(60));
  o.cpu = 1;
  EXPECT_EQ(run_both(kTc, prog, o).err, -EINVAL);
}

TEST(TestRunSkb, PktTypeAndProtocol) {
  const auto pkt_type = read_field(4, 4);
  const auto protocol = read_field(16, 4);
  const std::array<uint8_t, 6> dests[] = {
      {0, 0, 0, 0, 0, 0}, {0xff, 0xff, 0xff, 0xff, 0xff, 0xff}, {1, 0, 0x5e, 0, 0, 1}, {2, 0, 0, 0, 0, 1}};
  for (const auto& d : dests) {
    std::vector<uint8_t> p = tcp_packet();
    std::copy(d.begin(), d.end(), p.begin());
    run_both(kTc, pkt_type, with_data(p));
  }
  const std::array<uint8_t, 4> protos[] = {
      {0x08, 0x00, 0x45, 0}, {0x86, 0xdd, 0x60, 0}, {0x05, 0xff, 0xff, 0xff}, {0x05, 0xff, 0x12, 0xff},
      {0x06, 0x00, 0, 0},    {0x00, 0x2e, 0xaa, 0xaa}};
  for (const auto& pr : protos) {
    std::vector<uint8_t> p = tcp_packet();
    std::copy(pr.begin(), pr.end(), p.begin() + 12);
    run_both(kTc, protocol, with_data(p));
    run_both(ProgType::SocketFilter, protocol, with_data(p));
  }
}

TEST(TestRunSkb, CtxInRules) {
  const auto prog = asm_or_die("r0 = 0\nexit\n");
  // Every byte of __sk_buff outside the allowed fields must be zero.
  const SkBuff zero{};
  for (int off : {0, 4, 12, 16, 20, 24, 28, 44, 68, 72, 76, 80, 84, 88, 92, 140, 144, 168, 180, 181}) {
    SCOPED_TRACE(fmt::format("byte {}", off));
    std::vector<uint8_t> c = bytes_of(zero);
    c[size_t(off)] = 1;
    TestRunOptions o = with_data(tcp_packet());
    o.ctx_in = c;
    EXPECT_EQ(run_both(kTc, prog, o).err, -EINVAL);
  }
  struct Case {
    const char* what;
    uint32_t wire_len, gso_segs, ifindex;
    size_t size;
  } cases[] = {{"wire_len below len", 10, 0, 0, 0},  {"wire_len = len", 62, 0, 0, 0},
               {"wire_len 65536", 65536, 0, 0, 0},   {"wire_len 65537", 65537, 0, 0, 0},
               {"gso_segs 65535", 0, 65535, 0, 0},   {"gso_segs 65536", 0, 65536, 0, 0},
               {"ifindex 1", 0, 0, 1, 0},            {"no such ifindex", 0, 0, 99999, 0},
               {"short ctx_in", 0, 0, 0, 24},        {"long zero ctx_in", 0, 0, 0, 300}};
  for (const Case& c : cases) {
    SCOPED_TRACE(c.what);
    SkBuff ctx{};
    ctx.wire_len = c.wire_len;
    ctx.gso_segs = c.gso_segs;
    ctx.ifindex = c.ifindex;
    ctx.mark = 5;
    std::vector<uint8_t> b = bytes_of(ctx);
    if (c.size != 0) b.resize(c.size, 0);
    TestRunOptions o = with_data(tcp_packet());
    o.ctx_in = b;
    run_both(kTc, prog, o);
    run_both(ProgType::SocketFilter, prog, o);
  }
  // ctx_out alone is a zeroed ctx_in.
  TestRunOptions o = with_data(tcp_packet());
  o.ctx_size_out = sizeof(SkBuff);
  run_both(kTc, prog, o);
  o.ctx_size_out = 100;
  EXPECT_EQ(run_both(kTc, prog, o).err, -ENOSPC);
  o.ctx_size_out = 0;
  EXPECT_EQ(run_both(kTc, prog, o).err, -EINVAL);
}

TEST(TestRunSkb, CtxOutCarriesProgramWrites) {
  // tc may write mark, priority, cb, tstamp (and tc_index, tc_classid, queue_mapping, which ctx_out does not show).
  const auto tc = asm_or_die(R"(
    *(u32 *)(r1 + 8) = 0xabcd
    *(u32 *)(r1 + 32) = 3
    *(u32 *)(r1 + 56) = 0x77
    *(u32 *)(r1 + 44) = 9
    *(u32 *)(r1 + 72) = 0x10001
    r2 = 0x123456789 ll
    *(u64 *)(r1 + 152) = r2
    r0 = 0
    exit
  )");
  SkBuff ctx{};
  ctx.cb[1] = 1;
  ctx.cb[2] = 2;
  ctx.gso_size = 100;
  TestRunOptions o = with_data(tcp_packet());
  o.ctx_in = bytes_of(ctx);
  run_both(kTc, tc, o);
  // Socket filters may write only cb[].
  const auto sf = asm_or_die("*(u32 *)(r1 + 64) = 0x99\nr0 = 0\nexit\n");
  run_both(ProgType::SocketFilter, sf, o);
}

TEST(TestRunSkb, LdAbsIsRelativeToSkbData) {
  // LD_ABS/LD_IND offsets start at skb->data: the MAC header for tc, the IP header for socket filters.
  const auto prog = asm_or_die(R"(
    r6 = r1
    r0 = *(u8 *)skb[0]
    r7 = r0
    r0 = *(u16 *)skb[12]
    r7 <<= 16
    r7 |= r0
    r0 = r7
    exit
  )");
  for (ProgType type : {kTc, ProgType::SocketFilter}) {
    run_both(type, prog, with_data(tcp_packet()));
  }
  // Past the end: the program ends at once with R0 = 0.
  run_both(ProgType::SocketFilter, asm_or_die("r6 = r1\nr0 = *(u32 *)skb[46]\nr0 = 5\nexit\n"),
           with_data(tcp_packet()));
  run_both(ProgType::SocketFilter, asm_or_die("r6 = r1\nr0 = *(u32 *)skb[45]\nr0 = 5\nexit\n"),
           with_data(tcp_packet()));
}

TEST(TestRunSkb, RepeatKeepsChanges) {
  const auto prog = asm_or_die(R"(
    r2 = *(u32 *)(r1 + 76)
    r3 = *(u32 *)(r1 + 80)
    r4 = r2
    r4 += 1
    if r4 > r3 goto out
    r5 = *(u8 *)(r2 + 0)
    r5 += 1
    *(u8 *)(r2 + 0) = r5
  out:
    r0 = *(u32 *)(r1 + 48)
    r0 += 1
    *(u32 *)(r1 + 48) = r0
    exit
  )");
  TestRunOptions o = with_data(tcp_packet());
  o.repeat = 7;
  o.ctx_size_out = sizeof(SkBuff);
  const Outcome r = run_both(kTc, prog, o);
  EXPECT_EQ(r.retval, 7u);
  EXPECT_EQ(r.data_out.at(0), 7);
}

TEST(TestRunSkb, ChecksumComplete) {
  // With BPF_F_TEST_SKB_CHECKSUM_COMPLETE the skb's csum must still match the packet after the run: a store with
  // BPF_F_RECOMPUTE_CSUM keeps it, one without does not (-EBADMSG), at even and odd offsets.
  for (uint64_t flags : {0, 1}) {
    for (int off : {14, 15, 30, 33}) {
      SCOPED_TRACE(fmt::format("flags {} offset {}", flags, off));
      const auto prog = asm_or_die(fmt::format(R"(
        *(u32 *)(r10 - 4) = 0x5a5a1234
        r2 = {}
        r3 = r10
        r3 += -4
        r4 = 3
        r5 = {}
        call bpf_skb_store_bytes
        exit
      )",
                                               off, flags));
      TestRunOptions o = with_data(tcp_packet());
      o.flags = BPF_F_TEST_SKB_CHECKSUM_COMPLETE;
      run_both(kTc, prog, o);
    }
  }
}

TEST(TestRunSkb, UnsupportedTypes) {
  const auto prog = asm_or_die("r0 = 0\nexit\n");
  run_both(ProgType::LwtSeg6local, prog, with_data(pattern(60)));
  // (kprobe and perf_event run in bpfkit on a context of their own: tracing_test.cc.)
  EXPECT_EQ(run_bpfkit(ProgType::CgroupSock, prog, with_data(pattern(60))).err, -ENOTSUPP_KERNEL);
  EXPECT_EQ(run_bpfkit(ProgType::SkMsg, prog, with_data(pattern(60))).err, -ENOTSUPP_KERNEL);
}

}  // namespace
}  // namespace bpfkit::trun
