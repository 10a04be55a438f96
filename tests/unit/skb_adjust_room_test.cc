// bpf_skb_adjust_room against the kernel: both modes, growing and shrinking by every interesting amount, every
// flag alone and in the combinations the kernel checks, on IPv4, IPv6 and non-IP packets; then sequences
// (encapsulating twice, decapsulating) and a CHECKSUM_COMPLETE skb. Each program runs in bpfkit and in the kernel
// (BPF_PROG_TEST_RUN); return codes, the resulting packet and what the program reads back must match.
#include <gtest/gtest.h>

#include <fmt/format.h>

#include "test_run_harness.h"

namespace bpfkit::trun {
namespace {

constexpr ProgType kTc = ProgType::SchedCls;

// A packet with a recognisable payload: Ethernet, then the given ethertype and bytes i * 13 + 1.
std::vector<uint8_t> packet(uint16_t ethertype, size_t l3_len) {
  std::vector<uint8_t> p(14 + l3_len);
  for (size_t i = 0; i < p.size(); ++i) p[i] = uint8_t(i * 13 + 1);
  std::memset(p.data(), 0, 6);  // to the loopback device: PACKET_HOST
  p[12] = uint8_t(ethertype >> 8);
  p[13] = uint8_t(ethertype);
  if (ethertype == 0x0800) p[14] = 0x45;
  if (ethertype == 0x86dd) p[14] = 0x60;
  return p;
}

// One adjust_room call; R0 = rc ^ (skb->protocol << 16) ^ (skb->len << 4) ^ (data_end - data), so the protocol
// and length the program sees afterwards are compared too.
std::string adjust(int32_t len_diff, uint32_t mode, uint64_t flags) {
  return fmt::format(R"(
    r6 = r1
    r2 = {}
    r3 = {}
    r4 = {:#x} ll
    call bpf_skb_adjust_room
    r1 = *(u32 *)(r6 + 16)
    r1 <<= 16
    r0 ^= r1
    r1 = *(u32 *)(r6 + 0)
    r1 <<= 4
    r0 ^= r1
    r1 = *(u32 *)(r6 + 76)
    r2 = *(u32 *)(r6 + 80)
    r2 -= r1
    r0 ^= r2
    r1 = r6
  )", len_diff, mode, flags);
}

std::vector<Insn> prog_of(std::string body) {
  body += "exit\n";
  return asm_or_die(body);
}

constexpr uint64_t kFixedGso = 1, kEncap4 = 2, kEncap6 = 4, kGre = 8, kUdp = 16, kNoCsumReset = 32, kL2Eth = 64,
                   kDecap4 = 128, kDecap6 = 256;
constexpr uint64_t l2(uint64_t len) { return len << 56; }

TEST(SkbAdjustRoom, ModesSizesAndFlags) {
  const std::vector<std::vector<uint8_t>> packets = {packet(0x0800, 60), packet(0x86dd, 80), packet(0x0806, 40)};
  const int32_t sizes[] = {0, 1, 8, 20, 40, 100, 0xfff, 0x1000, -1, -8, -20, -21, -40, -41, -0xfff, -0x1000};
  const uint64_t flag_sets[] = {0,
                                kFixedGso,
                                kNoCsumReset,
                                kEncap4,
                                kEncap6,
                                kEncap4 | kEncap6,
                                kEncap4 | kGre,
                                kEncap6 | kUdp,
                                kEncap4 | kGre | kUdp,
                                kGre,
                                kEncap4 | l2(14),
                                kEncap4 | kL2Eth | l2(14),
                                kEncap6 | l2(200),
                                kL2Eth,
                                kDecap4,
                                kDecap6,
                                kDecap4 | kDecap6,
                                kDecap6 | kFixedGso | kNoCsumReset,
                                1u << 9,
                                1ull << 40};
  for (const auto& pkt : packets) {
    for (uint32_t mode : {0u, 1u}) {
      for (int32_t size : sizes) {
        for (uint64_t flags : flag_sets) {
          SCOPED_TRACE(fmt::format("ethertype {:02x}{:02x} mode {} len_diff {} flags {:#x}", pkt[12], pkt[13], mode,
                                   size, flags));
          run_both(kTc, prog_of(adjust(size, mode, flags)), with_data(pkt));
        }
      }
    }
  }
  // An unknown mode, and a fixed expectation for the plain cases (so a kernel that cannot run them still checks).
  const auto v4 = packets[0];
  EXPECT_EQ(int32_t(run_both(kTc, prog_of("r2 = 8\nr3 = 2\nr4 = 0\ncall bpf_skb_adjust_room\n"), with_data(v4))
                        .retval),
            -524);  // ENOTSUPP
  const Outcome grown = run_both(kTc, prog_of("r2 = 8\nr3 = 1\nr4 = 0\ncall bpf_skb_adjust_room\n"), with_data(v4));
  EXPECT_EQ(grown.retval, 0u);
  ASSERT_EQ(grown.data_out.size(), v4.size() + 8);
  EXPECT_TRUE(std::equal(v4.begin(), v4.begin() + 14, grown.data_out.begin()));
  EXPECT_EQ(std::vector<uint8_t>(grown.data_out.begin() + 14, grown.data_out.begin() + 22), std::vector<uint8_t>(8));
  EXPECT_TRUE(std::equal(v4.begin() + 14, v4.end(), grown.data_out.begin() + 22));
}

TEST(SkbAdjustRoom, Sequences) {
  const auto v4 = packet(0x0800, 60);
  const auto v6 = packet(0x86dd, 80);
  // Encapsulating twice: the second is -EALREADY. Then decapsulating, and encapsulating again.
  const std::string enc = adjust(20, 1, kEncap4 | kGre) + "r7 = r0\n" + adjust(20, 1, kEncap4) + "r0 <<= 1\nr0 ^= r7\n";
  run_both(kTc, prog_of(enc), with_data(v4));
  const std::string dec = adjust(40, 1, kEncap6) + "r7 = r0\n" + adjust(-40, 1, kDecap4) + "r7 ^= r0\n" +
                          adjust(20, 0, kEncap4 | kUdp) + "r0 ^= r7\n";
  run_both(kTc, prog_of(dec), with_data(v4));
  run_both(kTc, prog_of(dec), with_data(v6));
  // Growing far past the 64 bytes of headroom, then shrinking back.
  const std::string big = adjust(0xfff, 0, 0) + "r7 = r0\n" + adjust(-0xfff, 0, 0) + "r0 ^= r7\n";
  run_both(kTc, prog_of(big), with_data(v6));
  // A CHECKSUM_COMPLETE skb: removing bytes updates skb->csum (the run would end in -EBADMSG otherwise).
  for (int32_t size : {-2, -4, -20, 4, 20}) {
    for (uint32_t mode : {0u, 1u}) {
      SCOPED_TRACE(fmt::format("csum complete, mode {} len_diff {}", mode, size));
      TestRunOptions o = with_data(v6);
      o.flags = BPF_F_TEST_SKB_CHECKSUM_COMPLETE;
      run_both(kTc, prog_of(adjust(size, mode, 0)), o);
    }
  }
  // With a GSO size from ctx_in, test-run's skb is GSO of no known type: refused.
  TestRunOptions gso = with_data(v4);
  std::vector<uint8_t> ctx(192, 0);
  const uint32_t gso_size = 1400;
  std::memcpy(ctx.data() + 176, &gso_size, 4);
  gso.ctx_in = ctx;
  for (int32_t size : {8, -8}) {
    SCOPED_TRACE(fmt::format("gso len_diff {}", size));
    EXPECT_EQ(int32_t(run_both(kTc, prog_of("r2 = " + std::to_string(size) + "\nr3 = 0\nr4 = 0\ncall bpf_skb_adjust_room\n"), gso)
                          .retval),
              -524);
  }
}

}  // namespace
}  // namespace bpfkit::trun
