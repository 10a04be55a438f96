// bpf_fib_lookup (net/core/filter.c: bpf_xdp_fib_lookup, bpf_skb_fib_lookup, bpf_ipv4/ipv6_fib_lookup) against
// the simulated namespace of HelperConfig::fib (bpfkit/fib.h): the device checks, the longest-prefix route, the
// route type mapped to BPF_FIB_LKUP_RET_*, the MTU check, the nexthop, the neighbour, and struct bpf_fib_lookup
// filled in place as the kernel fills it (so the fields it writes before failing, e.g. on NO_NEIGH, are written
// here too). Without a table the namespace is empty: only the loopback device, which does not forward.
#include <algorithm>
#include <cstring>
#include <optional>

#include "attach/packet_context.h"
#include "helpers/internal.h"

namespace bpfkit::helpers {
namespace {

constexpr uint32_t DIRECT = 1u << 0, OUTPUT = 1u << 1, SKIP_NEIGH = 1u << 2, TBID = 1u << 3, SRC = 1u << 4,
                   MARK = 1u << 5;
enum Ret : uint32_t {
  SUCCESS = 0, BLACKHOLE = 1, UNREACHABLE = 2, PROHIBIT = 3, NOT_FWDED = 4, FWD_DISABLED = 5, UNSUPP_LWT = 6,
  NO_NEIGH = 7, FRAG_NEEDED = 8, NO_SRC_ADDR = 9,
};
constexpr uint32_t kParamsSize = 64;
constexpr uint32_t kRtTableLocal = 255, kRtTableDefault = 253;
constexpr uint32_t kEthHlen = 14, kVlanHlen = 4;

// struct bpf_fib_lookup
struct Params {
  uint8_t family, l4_protocol;
  uint16_t sport, dport;
  uint16_t tot_len;  // in: the packet length for the MTU check; out: mtu_result
  uint32_t ifindex;
  uint32_t tos_rt_metric;
  uint8_t src[16];
  uint8_t dst[16];
  uint16_t h_vlan_proto, h_vlan_tci;  // union with tbid
  uint8_t smac[6], dmac[6];           // union with mark
};
static_assert(sizeof(Params) == kParamsSize);

const FibTable& empty_namespace() {
  static const FibTable t = [] {
    FibTable e;
    FibDevice lo;
    lo.ifindex = 1;
    lo.mtu = 65536;
    lo.forwarding = false;
    e.devices.push_back(lo);
    return e;
  }();
  return t;
}

const FibDevice* device(const FibTable& t, uint32_t ifindex) {
  for (const FibDevice& d : t.devices)
    if (d.ifindex == ifindex) return &d;
  return nullptr;
}

bool prefix_match(const FibAddr& net, const uint8_t* addr, uint8_t len) {
  for (uint32_t bit = 0; bit < len; ++bit) {
    const uint8_t m = uint8_t(0x80 >> (bit % 8));
    if ((net[bit / 8] & m) != (addr[bit / 8] & m)) return false;
  }
  return true;
}

// The longest matching prefix of one table (lower metric first among equals), or nullptr.
const FibRoute* lookup_table(const FibTable& t, uint32_t table, uint8_t family, const uint8_t* dst) {
  const FibRoute* best = nullptr;
  for (const FibRoute& r : t.routes) {
    if (r.table != table || r.family != family || !prefix_match(r.dst, dst, r.prefix_len)) continue;
    if (best == nullptr || r.prefix_len > best->prefix_len ||
        (r.prefix_len == best->prefix_len && r.metric < best->metric))
      best = &r;
  }
  return best;
}

bool table_exists(const FibTable& t, uint32_t table) {
  if (table == kRtTableLocal || table == kRtTableMain || table == kRtTableDefault) return true;
  return std::any_of(t.routes.begin(), t.routes.end(), [&](const FibRoute& r) { return r.table == table; });
}

// bpf_ipv4_fib_lookup / bpf_ipv6_fib_lookup on params (family already checked).
uint32_t fib_lookup(const FibTable& t, Params& p, uint32_t flags, bool check_mtu, int* err_out) {
  const FibDevice* in = device(t, p.ifindex);
  if (in == nullptr) {
    *err_out = -ENODEV;
    return 0;
  }
  if (!in->forwarding) return FWD_DISABLED;
  const size_t alen = p.family == kAfInet ? 4 : 16;
  const FibRoute* r = nullptr;
  if (flags & DIRECT) {
    const uint32_t table = flags & TBID ? uint32_t(p.h_vlan_proto) | uint32_t(p.h_vlan_tci) << 16 : kRtTableMain;
    if (!table_exists(t, table)) return NOT_FWDED;
    r = lookup_table(t, table, p.family, p.dst);
  } else {
    // The default rules: local, main, default.
    for (uint32_t table : {kRtTableLocal, kRtTableMain, kRtTableDefault})
      if ((r = lookup_table(t, table, p.family, p.dst)) != nullptr) break;
  }
  if (r == nullptr) return NOT_FWDED;  // -ENETUNREACH
  switch (r->type) {
    case FibRoute::Blackhole: return BLACKHOLE;
    case FibRoute::Unreachable: return UNREACHABLE;
    case FibRoute::Prohibit: return PROHIBIT;
    case FibRoute::Local: return NOT_FWDED;
    case FibRoute::Unicast: break;
  }
  const FibDevice* out = device(t, r->ifindex);
  if (out == nullptr) return NOT_FWDED;  // a route to a device the namespace lacks: nothing to forward to
  uint32_t mtu = 0;
  if (check_mtu) {
    mtu = out->mtu;
    if (p.tot_len > mtu) {
      p.tot_len = uint16_t(mtu);
      return FRAG_NEEDED;
    }
  }
  p.tos_rt_metric = r->metric;
  p.ifindex = out->ifindex;
  if (flags & SRC) {
    const bool has = p.family == kAfInet ? out->has_ipv4 : out->has_ipv6;
    if (!has) return NO_SRC_ADDR;
    std::memcpy(p.src, (p.family == kAfInet ? out->ipv4 : out->ipv6).data(), alen);
  }
  if (r->has_gateway) std::memcpy(p.dst, r->gateway.data(), alen);
  if (!(flags & SKIP_NEIGH)) {
    const auto n = std::find_if(t.neighbours.begin(), t.neighbours.end(), [&](const FibNeighbour& nb) {
      return nb.family == p.family && nb.ifindex == out->ifindex && std::memcmp(nb.ip.data(), p.dst, alen) == 0;
    });
    if (n == t.neighbours.end()) return NO_NEIGH;
    std::memcpy(p.dmac, n->mac.data(), 6);
    std::memcpy(p.smac, out->mac.data(), 6);
  }
  // bpf_fib_set_fwd_params()
  p.h_vlan_proto = 0;
  p.h_vlan_tci = 0;
  if (mtu != 0) p.tot_len = uint16_t(mtu);
  return SUCCESS;
}

// BPF_CALL_4(bpf_xdp_fib_lookup / bpf_skb_fib_lookup, ctx, struct bpf_fib_lookup *params, int plen, u32 flags)
uint64_t fib_lookup_helper(RunContext& rc, uint64_t r1, uint64_t params, uint64_t r3, uint64_t r4, uint64_t) {
  HelperEnv* env = env_of(rc);
  if (env == nullptr) return 0;
  auto* pc = static_cast<attach::ProgramContext*>(rc.program_context);
  const bool xdp = pc != nullptr && pc->kind == attach::ProgramContext::Kind::Xdp;
  attach::SkBuff* skb = nullptr;
  if (xdp) {
    if (attach::xdp_context(rc, r1, "bpf_fib_lookup") == nullptr) return 0;
  } else if ((skb = attach::skb_context(rc, r1, "bpf_fib_lookup")) == nullptr) {
    return 0;
  }
  const int32_t plen = int32_t(uint32_t(r3));
  const uint32_t flags = uint32_t(r4);
  if (plen < 0 || !need_write(rc, params, uint32_t(plen), "R2 (params)")) return 0;
  if (uint32_t(plen) < kParamsSize) return err(EINVAL);
  if (flags & ~(DIRECT | OUTPUT | SKIP_NEIGH | TBID | SRC | MARK)) return err(EINVAL);
  Params p;
  std::memcpy(&p, ptr(params), sizeof p);
  if (p.family != kAfInet && p.family != kAfInet6) return err(EAFNOSUPPORT);
  const FibTable& t = env->config().fib ? *env->config().fib : empty_namespace();
  // XDP always checks tot_len against the MTU; tc only when tot_len is given, and otherwise the skb itself.
  const bool check_mtu = xdp || p.tot_len != 0;
  int e = 0;
  uint32_t ret = fib_lookup(t, p, flags, check_mtu, &e);
  if (e != 0) return uint64_t(int64_t(e));
  if (!xdp && ret == SUCCESS && !check_mtu) {
    const FibDevice* out = device(t, p.ifindex);
    if (skb->len > out->mtu + kEthHlen + kVlanHlen) ret = FRAG_NEEDED;  // is_skb_forwardable()
    p.tot_len = uint16_t(out->mtu);
  }
  std::memcpy(ptr(params), &p, sizeof p);
  return ret;
}

}  // namespace

void add_fib_helpers(HelperTable& t) { t.set(69, fib_lookup_helper, "bpf_fib_lookup"); }

}  // namespace bpfkit::helpers
