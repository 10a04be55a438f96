// bpf_fib_lookup: the argument checks and the empty namespace against the kernel (a test run looks routes up in
// the caller's namespace; on the test machines, as in a fresh one, the loopback device does not forward), then a
// configured namespace (HelperConfig::fib) against fixed answers: every BPF_FIB_LKUP_RET_* code bpfkit can give and
// struct bpf_fib_lookup as the kernel fills it. The program copies the struct into the packet, so data_out shows it.
#include <arpa/inet.h>

#include <gtest/gtest.h>

#include <fmt/format.h>

#include "test_run_harness.h"

namespace bpfkit::trun {
namespace {

struct Params {
  uint8_t family = 0, l4_protocol = 0;
  uint16_t sport = 0, dport = 0, tot_len = 0;
  uint32_t ifindex = 0, rt_metric = 0;
  uint8_t src[16] = {}, dst[16] = {};
  uint32_t tbid = 0;
  uint8_t smac[6] = {}, dmac[6] = {};
};
static_assert(sizeof(Params) == 64);

std::vector<Insn> fib_prog(ProgType type, const Params& p, uint32_t plen, uint32_t flags) {
  uint8_t raw[64];
  std::memcpy(raw, &p, 64);
  std::string text = "r6 = r1\n";
  for (int w = 0; w < 8; ++w) {
    uint64_t v;
    std::memcpy(&v, raw + 8 * w, 8);
    text += fmt::format("r1 = {:#x} ll\n*(u64 *)(r10 - {}) = r1\n", v, 64 - 8 * w);
  }
  text += fmt::format("r1 = r6\nr2 = r10\nr2 += -64\nr3 = {}\nr4 = {}\ncall bpf_fib_lookup\nr7 = r0\n", plen, flags);
  if (type == ProgType::Xdp)
    text += "r1 = r6\nr2 = 0\nr3 = r10\nr3 += -64\nr4 = 64\ncall bpf_xdp_store_bytes\n";
  else
    text += "r1 = r6\nr2 = 0\nr3 = r10\nr3 += -64\nr4 = 64\nr5 = 0\ncall bpf_skb_store_bytes\n";
  text += "r0 = r7\nexit\n";
  return asm_or_die(text);
}

Params v4(uint32_t ifindex, const char* dst, uint16_t tot_len = 0) {
  Params p;
  p.family = 2;
  p.ifindex = ifindex;
  p.tot_len = tot_len;
  inet_pton(AF_INET, dst, p.dst);
  return p;
}

Params v6(uint32_t ifindex, const char* dst) {
  Params p;
  p.family = 10;
  p.ifindex = ifindex;
  inet_pton(AF_INET6, dst, p.dst);
  return p;
}

Params params_out(const Outcome& o) {
  Params p;
  EXPECT_GE(o.data_out.size(), 64u);
  if (o.data_out.size() >= 64) std::memcpy(&p, o.data_out.data(), 64);
  return p;
}

constexpr ProgType kTypes[] = {ProgType::Xdp, ProgType::SchedCls};

TEST(FibLookup, ArgumentsAndEmptyNamespace) {
  const auto pkt = pattern(100);
  for (ProgType type : kTypes) {
    SCOPED_TRACE(prog_type_name(type));
    // The loopback device does not forward: FWD_DISABLED before any route is looked at.
    EXPECT_EQ(run_both(type, fib_prog(type, v4(1, "10.0.0.1"), 64, 0), with_data(pkt)).retval, 5u);
    EXPECT_EQ(run_both(type, fib_prog(type, v6(1, "fd00::1"), 64, 0), with_data(pkt)).retval, 5u);
    EXPECT_EQ(int32_t(run_both(type, fib_prog(type, v4(999999, "10.0.0.1"), 64, 0), with_data(pkt)).retval), -ENODEV);
    Params bad_family = v4(1, "10.0.0.1");
    bad_family.family = 7;
    EXPECT_EQ(int32_t(run_both(type, fib_prog(type, bad_family, 64, 0), with_data(pkt)).retval), -EAFNOSUPPORT);
    EXPECT_EQ(int32_t(run_both(type, fib_prog(type, v4(1, "10.0.0.1"), 32, 0), with_data(pkt)).retval), -EINVAL);
    EXPECT_EQ(int32_t(run_both(type, fib_prog(type, v4(1, "10.0.0.1"), 64, 64), with_data(pkt)).retval), -EINVAL);
    EXPECT_EQ(run_both(type, fib_prog(type, v4(1, "10.0.0.1"), 64, 1 | 2 | 4 | 8 | 16 | 32), with_data(pkt)).retval,
              5u);
  }
}

std::shared_ptr<const FibTable> table() {
  auto t = std::make_shared<FibTable>();
  FibDevice in;
  in.ifindex = 2;
  in.mac = {2, 0, 0, 0, 0, 2};
  FibDevice out;
  out.ifindex = 3;
  out.mac = {2, 0, 0, 0, 0, 3};
  out.mtu = 1400;
  out.has_ipv4 = true;
  inet_pton(AF_INET, "192.0.2.3", out.ipv4.data());
  FibDevice off;
  off.ifindex = 4;
  off.forwarding = false;
  t->devices = {in, out, off};
  const auto route = [&](const char* dst, uint8_t len, uint32_t dev, const char* via, FibRoute::Type type,
                         uint32_t table_id = kRtTableMain) {
    FibRoute r;
    r.family = std::string(dst).find(':') == std::string::npos ? kAfInet : kAfInet6;
    inet_pton(r.family == kAfInet ? AF_INET : AF_INET6, dst, r.dst.data());
    r.prefix_len = len;
    r.ifindex = dev;
    if (via != nullptr) {
      r.has_gateway = true;
      inet_pton(r.family == kAfInet ? AF_INET : AF_INET6, via, r.gateway.data());
    }
    r.metric = 10 + len;
    r.type = type;
    r.table = table_id;
    return r;
  };
  t->routes = {route("198.51.100.0", 24, 3, nullptr, FibRoute::Unicast),
               route("10.0.0.0", 8, 3, "192.0.2.254", FibRoute::Unicast),
               route("10.66.0.0", 16, 3, nullptr, FibRoute::Blackhole),
               route("10.67.0.0", 16, 3, nullptr, FibRoute::Unreachable),
               route("10.68.0.0", 16, 3, nullptr, FibRoute::Prohibit),
               route("10.69.0.1", 32, 3, nullptr, FibRoute::Local, 255),
               route("172.16.0.0", 12, 3, nullptr, FibRoute::Unicast, 100),
               route("2001:db8::", 32, 3, "fe80::1", FibRoute::Unicast)};
  FibNeighbour gw;
  inet_pton(AF_INET, "192.0.2.254", gw.ip.data());
  gw.ifindex = 3;
  gw.mac = {0xaa, 0xbb, 0xcc, 0, 0, 0xfe};
  FibNeighbour host;
  inet_pton(AF_INET, "198.51.100.7", host.ip.data());
  host.ifindex = 3;
  host.mac = {0xaa, 0xbb, 0xcc, 0, 0, 7};
  FibNeighbour gw6;
  gw6.family = kAfInet6;
  inet_pton(AF_INET6, "fe80::1", gw6.ip.data());
  gw6.ifindex = 3;
  gw6.mac = {0xaa, 0xbb, 0xcc, 0, 0, 6};
  t->neighbours = {gw, host, gw6};
  return t;
}

Outcome run_table(ProgType type, const Params& p, uint32_t flags, size_t packet = 100) {
  HelperConfig c;
  c.fib = table();
  HelperEnv env(c);
  return run_bpfkit(type, fib_prog(type, p, 64, flags), with_data(pattern(packet)), {}, 0, &env);
}

TEST(FibLookup, ConfiguredNamespace) {
  for (ProgType type : kTypes) {
    SCOPED_TRACE(prog_type_name(type));
    // Through a gateway: the nexthop replaces dst, the neighbour gives dmac, the device smac.
    Outcome o = run_table(type, v4(2, "10.1.2.3"), 0);
    EXPECT_EQ(o.retval, 0u);
    Params p = params_out(o);
    EXPECT_EQ(p.ifindex, 3u);
    EXPECT_EQ(p.rt_metric, 18u);
    uint8_t gw[4];
    inet_pton(AF_INET, "192.0.2.254", gw);
    EXPECT_EQ(std::memcmp(p.dst, gw, 4), 0);
    EXPECT_EQ(p.dmac[5], 0xfe);
    EXPECT_EQ(p.smac[5], 3);
    EXPECT_EQ(p.tot_len, 1400u);  // mtu_result
    // A connected route: the destination itself is the neighbour; without one, NO_NEIGH with the route applied.
    EXPECT_EQ(run_table(type, v4(2, "198.51.100.7"), 0).retval, 0u);
    o = run_table(type, v4(2, "198.51.100.8"), 0);
    EXPECT_EQ(o.retval, 7u);
    EXPECT_EQ(params_out(o).ifindex, 3u);
    EXPECT_EQ(run_table(type, v4(2, "198.51.100.8"), 4).retval, 0u);  // SKIP_NEIGH
    // Route types, no route, a device that does not forward, an unknown device.
    EXPECT_EQ(run_table(type, v4(2, "10.66.1.1"), 0).retval, 1u);
    EXPECT_EQ(run_table(type, v4(2, "10.67.1.1"), 0).retval, 2u);
    EXPECT_EQ(run_table(type, v4(2, "10.68.1.1"), 0).retval, 3u);
    EXPECT_EQ(run_table(type, v4(2, "10.69.0.1"), 0).retval, 4u);  // local
    EXPECT_EQ(run_table(type, v4(2, "203.0.113.1"), 0).retval, 4u);
    EXPECT_EQ(run_table(type, v4(4, "10.1.2.3"), 0).retval, 5u);
    EXPECT_EQ(int32_t(run_table(type, v4(9, "10.1.2.3"), 0).retval), -ENODEV);
    // Table 100 only through DIRECT | TBID; an empty table id is NOT_FWDED.
    EXPECT_EQ(run_table(type, v4(2, "172.16.0.9"), 0).retval, 4u);
    Params t100 = v4(2, "172.16.0.9");
    t100.tbid = 100;
    EXPECT_EQ(run_table(type, t100, 1 | 8 | 4).retval, 0u);
    t100.tbid = 101;
    EXPECT_EQ(run_table(type, t100, 1 | 8 | 4).retval, 4u);
    // MTU: tot_len above the output device's MTU.
    o = run_table(type, v4(2, "10.1.2.3", 1500), 0);
    EXPECT_EQ(o.retval, 8u);
    EXPECT_EQ(params_out(o).tot_len, 1400u);
    EXPECT_EQ(run_table(type, v4(2, "10.1.2.3", 1400), 0).retval, 0u);
    // SRC: the output device's address.
    o = run_table(type, v4(2, "10.1.2.3"), 16);
    EXPECT_EQ(o.retval, 0u);
    uint8_t src[4];
    inet_pton(AF_INET, "192.0.2.3", src);
    EXPECT_EQ(std::memcmp(params_out(o).src, src, 4), 0);
    // IPv6 through a link-local gateway.
    o = run_table(type, v6(2, "2001:db8::42"), 0);
    EXPECT_EQ(o.retval, 0u);
    EXPECT_EQ(params_out(o).dmac[5], 6);
    EXPECT_EQ(run_table(type, v6(2, "2001:db9::42"), 0).retval, 4u);
  }
  // tc without tot_len checks the skb itself against the MTU (plus the Ethernet and VLAN headers).
  EXPECT_EQ(run_table(ProgType::SchedCls, v4(2, "10.1.2.3"), 0, 1418).retval, 0u);
  EXPECT_EQ(run_table(ProgType::SchedCls, v4(2, "10.1.2.3"), 0, 1419).retval, 8u);
}

}  // namespace
}  // namespace bpfkit::trun
