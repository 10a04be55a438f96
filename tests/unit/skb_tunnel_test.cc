// bpf_skb_set_tunnel_key / bpf_skb_get_tunnel_key against the kernel: every flag, every accepted (and a refused)
// struct size on both sides, IPv4 and IPv6 keys, labels and tunnel_ext that must be zero, and get without a set.
// The program copies what get wrote into the packet, so data_out compares the whole buffer; R0 holds both
// return codes.
#include <gtest/gtest.h>

#include <fmt/format.h>

#include "test_run_harness.h"

namespace bpfkit::trun {
namespace {

constexpr uint64_t kIpv6 = 1, kZeroCsum = 2, kDontFragment = 4, kSeq = 8, kNoKey = 16, kFlags = 16;

struct SetKey {
  bool call = true;
  uint32_t size = 44;
  uint64_t flags = 0;
  uint32_t label = 0;
  uint16_t ext = 0;
};

std::vector<Insn> tunnel_prog(const SetKey& set, uint32_t get_size, uint64_t get_flags) {
  // The key at r10 - 48: tunnel_id, remote_ipv6[4], tos, ttl, ext, label, local_ipv6[4] (44 bytes + 4 spare).
  uint8_t key[48] = {};
  const uint32_t id = 0x11223344;
  std::memcpy(key, &id, 4);
  for (int i = 0; i < 16; ++i) key[4 + i] = uint8_t(0xa0 + i);
  key[20] = 0x12;
  key[21] = 0x40;
  std::memcpy(key + 22, &set.ext, 2);
  std::memcpy(key + 24, &set.label, 4);
  for (int i = 0; i < 16; ++i) key[28 + i] = uint8_t(0xc0 + i);
  std::string text = "r6 = r1\nr7 = 0\n";
  for (int w = 0; w < 6; ++w) {
    uint64_t v;
    std::memcpy(&v, key + 8 * w, 8);
    text += fmt::format("r1 = {:#x} ll\n*(u64 *)(r10 - {}) = r1\n", v, 48 - 8 * w);
  }
  text += "r1 = 0xa5a5a5a5a5a5a5a5 ll\n";
  for (int w = 0; w < 6; ++w) text += fmt::format("*(u64 *)(r10 - {}) = r1\n", 96 - 8 * w);
  if (set.call)
    text += fmt::format("r1 = r6\nr2 = r10\nr2 += -48\nr3 = {}\nr4 = {:#x} ll\ncall bpf_skb_set_tunnel_key\nr7 = r0\n",
                        set.size, set.flags);
  text += fmt::format(R"(
    r1 = r6
    r2 = r10
    r2 += -96
    r3 = {}
    r4 = {:#x} ll
    call bpf_skb_get_tunnel_key
    r8 = r0
    r1 = r6
    r2 = 0
    r3 = r10
    r3 += -96
    r4 = 48
    r5 = 0
    call bpf_skb_store_bytes
    r0 = r7
    r0 <<= 16
    r0 ^= r8
    exit
  )", get_size, get_flags);
  return asm_or_die(text);
}

const uint32_t kSizes[] = {44, 28, 24, 22, 8, 12};

TEST(SkbTunnelKey, SetSizesAndFlags) {
  const auto pkt = pattern(80);
  for (ProgType type : {ProgType::SchedCls, ProgType::LwtXmit}) {
    for (uint32_t size : kSizes) {
      for (uint64_t flags : {uint64_t(0), kIpv6, kZeroCsum | kDontFragment | kSeq, kNoKey | kIpv6, uint64_t(1) << 5}) {
        for (int variant = 0; variant < 3; ++variant) {
          SetKey set;
          set.size = size;
          set.flags = flags;
          if (variant == 1) set.label = 0xfff12345;  // refused without BPF_F_TUNINFO_IPV6, masked with it
          if (variant == 2) set.ext = 1;             // always refused
          SCOPED_TRACE(fmt::format("{} set size {} flags {:#x} variant {}", prog_type_name(type), size, flags,
                                   variant));
          run_both(type, tunnel_prog(set, 44, (flags & kIpv6) | kFlags), with_data(pkt));
        }
      }
    }
  }
}

TEST(SkbTunnelKey, GetSizesAndFlags) {
  const auto pkt = pattern(80);
  for (uint64_t set_flags : {uint64_t(0), kIpv6}) {
    for (uint32_t size : kSizes) {
      for (uint64_t flags : {uint64_t(0), kIpv6, kFlags, kIpv6 | kFlags, uint64_t(1) << 5}) {
        SCOPED_TRACE(fmt::format("set flags {:#x}, get size {} flags {:#x}", set_flags, size, flags));
        SetKey set;
        set.flags = set_flags;
        set.label = 0x54321;
        if (!(set_flags & kIpv6)) set.label = 0;
        run_both(ProgType::SchedCls, tunnel_prog(set, size, flags), with_data(pkt));
      }
    }
  }
  // Without a set, the skb has no tunnel metadata: -EINVAL and the buffer cleared.
  for (uint32_t size : kSizes) {
    SCOPED_TRACE(fmt::format("no set, get size {}", size));
    SetKey none;
    none.call = false;
    const Outcome o = run_both(ProgType::SchedCls, tunnel_prog(none, size, 0), with_data(pkt));
    EXPECT_EQ(int32_t(o.retval), -EINVAL);
    ASSERT_GE(o.data_out.size(), 48u);
    for (uint32_t i = 0; i < 48; ++i) EXPECT_EQ(o.data_out[i], i < size ? 0 : 0xa5) << i;
  }
  // A fixed expectation for the round trip: remote and local swap sides (the metadata is the transmit view).
  SetKey set;
  const Outcome o = run_both(ProgType::SchedCls, tunnel_prog(set, 44, kFlags), with_data(pkt));
  EXPECT_EQ(o.retval, 0u);
  ASSERT_GE(o.data_out.size(), 44u);
  uint32_t remote, local;
  std::memcpy(&remote, o.data_out.data() + 4, 4);
  std::memcpy(&local, o.data_out.data() + 28, 4);
  EXPECT_EQ(remote, 0xc3c2c1c0u);
  EXPECT_EQ(local, 0xa3a2a1a0u);
  EXPECT_EQ(o.data_out[22], 0x20);  // __be16 tunnel_flags: NOCACHE (bit 13), KEY (2), CSUM (0)
  EXPECT_EQ(o.data_out[23], 0x05);
}

}  // namespace
}  // namespace bpfkit::trun
