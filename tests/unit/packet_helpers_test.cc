// The skb packet helpers against the kernel: bpf_skb_load_bytes / bpf_skb_store_bytes at and past the packet's
// edges (offsets are relative to skb->data, so they differ between tc and socket filters), bpf_skb_pull_data, and
// bpf_l3_csum_replace / bpf_l4_csum_replace on real IPv4/TCP/UDP packets with every flag. Each case runs in bpfkit
// and in the kernel (BPF_PROG_TEST_RUN); the outcomes must be equal.
#include <gtest/gtest.h>

#include <fmt/format.h>

#include "test_run_harness.h"

namespace bpfkit::trun {
namespace {

constexpr ProgType kTc = ProgType::SchedCls;

uint16_t ip_checksum(const uint8_t* p, size_t n) {
  uint32_t sum = 0;
  for (size_t i = 0; i + 1 < n; i += 2) sum += uint32_t(p[i] << 8 | p[i + 1]);
  while (sum >> 16) sum = (sum & 0xffff) + (sum >> 16);
  return uint16_t(~sum);
}

// Ethernet + IPv4 (valid header checksum) + TCP or UDP with a valid checksum over the pseudo header.
std::vector<uint8_t> l4_packet(uint8_t proto, bool zero_udp_csum = false) {
  const size_t l4len = proto == 6 ? 20 + 12 : 8 + 12;
  std::vector<uint8_t> p(14 + 20 + l4len, 0);
  p[6] = 2;
  p[11] = 1;
  p[12] = 0x08;
  uint8_t* ip = p.data() + 14;
  const uint8_t iph[20] = {0x45, 0, 0, uint8_t(20 + l4len), 0xbe, 0xef, 0x40, 0, 64, proto, 0, 0,
                           192,  168, 1, 10,                 10,   0,    0,    99};
  std::copy(iph, iph + 20, ip);
  const uint16_t ic = ip_checksum(ip, 20);
  ip[10] = uint8_t(ic >> 8);
  ip[11] = uint8_t(ic);
  uint8_t* l4 = ip + 20;
  l4[0] = 0x9c;  // source port 40000
  l4[1] = 0x40;
  l4[2] = 0x00;  // destination port 80 / 53
  l4[3] = proto == 6 ? 80 : 53;
  if (proto == 6) {
    l4[12] = 0x50;
    l4[13] = 0x18;
  } else {
    l4[4] = 0;
    l4[5] = uint8_t(l4len);
  }
  for (size_t i = 0; i < 12; ++i) l4[l4len - 12 + i] = uint8_t('a' + i);
  // The checksum over the pseudo header (addresses, protocol, L4 length) and the L4 bytes.
  std::vector<uint8_t> pseudo(ip + 12, ip + 20);
  pseudo.push_back(0);
  pseudo.push_back(proto);
  pseudo.push_back(uint8_t(l4len >> 8));
  pseudo.push_back(uint8_t(l4len));
  pseudo.insert(pseudo.end(), l4, l4 + l4len);
  const uint16_t c = zero_udp_csum ? 0 : ip_checksum(pseudo.data(), pseudo.size());
  const size_t at = proto == 6 ? 16 : 6;
  l4[at] = uint8_t(c >> 8);
  l4[at + 1] = uint8_t(c);
  return p;
}

// skb_load_bytes(ctx, off, r10 - 16, len) into a 0xa5-filled buffer; R0 folds the result and the buffer.
std::vector<Insn> load_prog(uint32_t off, uint32_t len) {
  return asm_or_die(fmt::format(R"(
    r7 = 0xa5a5a5a5a5a5a5a5 ll
    *(u64 *)(r10 - 16) = r7
    *(u64 *)(r10 - 8) = r7
    r2 = {} ll
    r3 = r10
    r3 += -16
    r4 = {}
    call bpf_skb_load_bytes
    r0 <<= 32
    r1 = *(u64 *)(r10 - 16)
    r0 ^= r1
    r1 = *(u64 *)(r10 - 8)
    r1 *= 3
    r0 ^= r1
    r1 = r0
    r1 >>= 32
    r0 ^= r1
    exit
  )",
                                off, len));
}

TEST(PacketHelpers, SkbLoadBytesEdges) {
  const std::vector<uint8_t> pkt = l4_packet(6);  // 66 bytes
  const uint32_t cases[][2] = {{0, 1},  {0, 16}, {50, 16}, {51, 16}, {52, 14}, {62, 4},
                               {65, 1}, {66, 1}, {0x7fffffff, 1}, {0x80000000, 1}, {0xffffffff, 2}};
  for (ProgType type : {kTc, ProgType::SocketFilter, ProgType::LwtIn, ProgType::CgroupSkb}) {
    for (const auto& c : cases) {
      SCOPED_TRACE(fmt::format("{} off {} len {}", prog_type_name(type), c[0], c[1]));
      auto prog = load_prog(c[0], c[1]);
      if (type == ProgType::CgroupSkb) {
        prog.pop_back();  // exit
        append_insns(prog, asm_or_die("r0 &= 1\nexit\n"));
      }
      run_both(type, prog, with_data(pkt));
    }
  }
}

// skb_store_bytes(ctx, off, r10 - 16, len, flags) with 16 bytes of a pattern; returns the helper's result.
std::vector<Insn> store_prog(uint32_t off, uint32_t len, uint64_t flags) {
  return asm_or_die(fmt::format(R"(
    r7 = 0x0706050403020100 ll
    *(u64 *)(r10 - 16) = r7
    r7 = 0x0f0e0d0c0b0a0908 ll
    *(u64 *)(r10 - 8) = r7
    r2 = {} ll
    r3 = r10
    r3 += -16
    r4 = {}
    r5 = {} ll
    call bpf_skb_store_bytes
    exit
  )",
                                off, len, flags));
}

TEST(PacketHelpers, SkbStoreBytesEdgesAndFlags) {
  const std::vector<uint8_t> pkt = l4_packet(17);  // 54 bytes
  const uint32_t cases[][2] = {{0, 16}, {38, 16}, {39, 16}, {53, 1}, {54, 1}, {0x7fffffff, 1}, {0x80000000, 1}};
  for (ProgType type : {kTc, ProgType::LwtXmit}) {
    for (const auto& c : cases) {
      for (uint64_t flags : {0ull, 1ull, 2ull, 3ull, 4ull, 1ull << 40}) {
        SCOPED_TRACE(fmt::format("{} off {} len {} flags {:#x}", prog_type_name(type), c[0], c[1], flags));
        run_both(type, store_prog(c[0], c[1], flags), with_data(pkt));
      }
    }
  }
}

TEST(PacketHelpers, SkbStoreBytesKeepsChecksumComplete) {
  // Replacing bytes with BPF_F_RECOMPUTE_CSUM keeps a CHECKSUM_COMPLETE skb's csum right (no -EBADMSG).
  for (uint32_t off : {14, 15, 20, 21, 38}) {
    for (uint64_t flags : {0ull, 1ull}) {
      SCOPED_TRACE(fmt::format("off {} flags {}", off, flags));
      TestRunOptions o = with_data(l4_packet(17));
      o.flags = BPF_F_TEST_SKB_CHECKSUM_COMPLETE;
      run_both(kTc, store_prog(off, 9, flags), o);
    }
  }
}

TEST(PacketHelpers, SkbPullData) {
  for (uint32_t len : {0u, 1u, 54u, 55u, 0x7fffffffu, 0x80000000u, 0xffffffffu}) {
    SCOPED_TRACE(fmt::format("len {}", len));
    const auto prog = asm_or_die(fmt::format("r2 = {} ll\ncall bpf_skb_pull_data\nexit\n", len));
    run_both(kTc, prog, with_data(l4_packet(17)));
    run_both(ProgType::LwtIn, prog, with_data(l4_packet(17)));
  }
}

std::vector<Insn> csum_prog(int helper, uint32_t off, uint64_t from, uint64_t to, uint64_t flags) {
  return asm_or_die(fmt::format(R"(
    r2 = {} ll
    r3 = {} ll
    r4 = {} ll
    r5 = {} ll
    call {}
    exit
  )",
                                off, from, to, flags, helper));
}

TEST(PacketHelpers, L3CsumReplace) {
  const std::vector<uint8_t> pkt = l4_packet(6);
  // The IPv4 header checksum is at 24 (tc: from the MAC header). Rewrite the TTL/protocol word (offset 22) and
  // the destination address (30), by 2- and 4-byte replacement and by a csum_diff-style value.
  const uint16_t old_ttl = uint16_t(pkt[22] | pkt[23] << 8), new_ttl = uint16_t(63 | pkt[23] << 8);
  uint32_t old_daddr, new_daddr = 0x0a0b0c0d;
  std::memcpy(&old_daddr, pkt.data() + 30, 4);
  struct Case {
    uint32_t off;
    uint64_t from, to, flags;
  } cases[] = {
      {24, old_ttl, new_ttl, 2},       {24, old_daddr, new_daddr, 4},    {24, 0, 0x12345678, 0},
      {24, 1, 0x12345678, 0},          {24, old_daddr, new_daddr, 3},    {24, old_daddr, new_daddr, 0x10},
      {25, old_daddr, new_daddr, 4},   {0xfffe, 0, 1, 0},                {0x10000, 0, 1, 0},
      {64, 0, 1, 0},                   {65, 0, 1, 0},                    {66, 0, 1, 2},
      {24, 0xffffffff, 0, 4},          {24, 0x1ffff, 0x2ffff, 2},        {24, 0, 0xffffffffffff, 0},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(fmt::format("off {} from {:#x} to {:#x} flags {:#x}", c.off, c.from, c.to, c.flags));
    const Outcome o = run_both(kTc, csum_prog(10, c.off, c.from, c.to, c.flags), with_data(pkt));
    if (c.off == 24 && c.flags == 4 && c.from == old_daddr && o.retval == 0) {
      // Write the new address too: the header checksum must then verify.
      std::vector<uint8_t> after = o.data_out;
      std::memcpy(after.data() + 30, &new_daddr, 4);
      EXPECT_EQ(ip_checksum(after.data() + 14, 20), 0);
    }
  }
}

TEST(PacketHelpers, L4CsumReplace) {
  struct Proto {
    uint8_t proto;
    bool zero;
    uint32_t csum_off;  // from the MAC header
  } protos[] = {{6, false, 50}, {17, false, 40}, {17, true, 40}};
  for (const Proto& p : protos) {
    const std::vector<uint8_t> pkt = l4_packet(p.proto, p.zero);
    uint32_t old_daddr;
    std::memcpy(&old_daddr, pkt.data() + 30, 4);
    const uint16_t old_port = uint16_t(pkt[36] | pkt[37] << 8);
    const uint64_t flags_list[] = {0x10 | 4, 4, 2, 0x20 | 2, 0x20 | 0x40 | 2, 0x20 | 0x10 | 4, 0x80 | 0x10 | 4,
                                   0, 0x10, 0x80 | 0x10, 8, 0x100, 0x40 | 4};
    for (uint64_t flags : flags_list) {
      const bool field4 = (flags & 0xf) == 4, field2 = (flags & 0xf) == 2;
      const uint64_t from = field4 ? old_daddr : field2 ? old_port : 0;
      const uint64_t to = field4 ? 0x01020304 : field2 ? 0x5000 : 0x00ff00ffu;
      SCOPED_TRACE(fmt::format("proto {}{} flags {:#x}", p.proto, p.zero ? " (zero csum)" : "", flags));
      run_both(kTc, csum_prog(11, p.csum_off, from, to, flags), with_data(pkt));
      TestRunOptions o = with_data(pkt);
      o.flags = BPF_F_TEST_SKB_CHECKSUM_COMPLETE;
      run_both(kTc, csum_prog(11, p.csum_off, from, to, flags), o);
    }
    for (uint32_t off : {p.csum_off + 1, 0x10000u, uint32_t(pkt.size()) - 1, uint32_t(pkt.size())}) {
      SCOPED_TRACE(fmt::format("proto {} off {}", p.proto, off));
      run_both(kTc, csum_prog(11, off, old_port, 0x5000, 2), with_data(pkt));
    }
  }
}

TEST(PacketHelpers, NatRewriteVerifies) {
  // A complete destination NAT in tc: new daddr via store_bytes, then l3 and l4 (pseudo header) fixups. The
  // output's IPv4 and TCP checksums must verify, and match the kernel's bytes.
  const std::vector<uint8_t> pkt = l4_packet(6);
  uint32_t old_daddr;
  std::memcpy(&old_daddr, pkt.data() + 30, 4);
  const auto prog = asm_or_die(fmt::format(R"(
    r6 = r1
    *(u32 *)(r10 - 4) = 0x0d0c0b0a
    r1 = r6
    r2 = 50
    r3 = {0} ll
    r4 = 0x0d0c0b0a
    r5 = 0x14
    call bpf_l4_csum_replace
    if r0 != 0 goto out
    r1 = r6
    r2 = 24
    r3 = {0} ll
    r4 = 0x0d0c0b0a
    r5 = 4
    call bpf_l3_csum_replace
    if r0 != 0 goto out
    r1 = r6
    r2 = 30
    r3 = r10
    r3 += -4
    r4 = 4
    r5 = 0
    call bpf_skb_store_bytes
  out:
    exit
  )",
                                           old_daddr));
  const Outcome o = run_both(kTc, prog, with_data(pkt));
  ASSERT_EQ(o.retval, 0u);
  ASSERT_EQ(o.data_out.size(), pkt.size());
  EXPECT_EQ(ip_checksum(o.data_out.data() + 14, 20), 0);
  std::vector<uint8_t> pseudo(o.data_out.begin() + 26, o.data_out.begin() + 34);
  const uint8_t tail[] = {0, 6, 0, 32};
  pseudo.insert(pseudo.end(), tail, tail + 4);
  pseudo.insert(pseudo.end(), o.data_out.begin() + 34, o.data_out.end());
  EXPECT_EQ(ip_checksum(pseudo.data(), pseudo.size()), 0);
}

TEST(PacketHelpers, SkbHelpersNeedAnSkb) {
  // An skb helper called from an XDP test run stops the program.
  const Outcome o = run_bpfkit(ProgType::Xdp, load_prog(0, 4), with_data(l4_packet(6)));
  EXPECT_EQ(o.err, -10000);
  EXPECT_NE(o.message.find("bpf_skb_load_bytes"), std::string::npos) << o.message;
}

}  // namespace
}  // namespace bpfkit::trun
