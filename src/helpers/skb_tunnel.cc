// bpf_skb_set_tunnel_key / bpf_skb_get_tunnel_key (net/core/filter.c) on a test-run skb: set attaches the
// tunnel metadata (the kernel's per-CPU metadata dst) to the skb, get reads it back. A test-run skb starts without
// one, so get alone is -EINVAL with the buffer cleared, as in the kernel.
//
// struct bpf_tunnel_key (44 bytes): u32 tunnel_id @0; remote_ipv4 / remote_ipv6[4] @4; u8 tunnel_tos @20;
// u8 tunnel_ttl @21; u16 tunnel_ext / __be16 tunnel_flags @22; u32 tunnel_label @24; local_ipv4 / local_ipv6[4]
// @28. Older, shorter layouts (cut at local_ipv6, tunnel_label, tunnel_ext, or remote_ipv6[1]) are accepted.
#include <cstring>

#include "attach/packet_context.h"
#include "helpers/internal.h"

namespace bpfkit::helpers {
namespace {

using attach::SkBuff;

constexpr uint64_t BPF_F_TUNINFO_IPV6 = 1u << 0, BPF_F_ZERO_CSUM_TX = 1u << 1, BPF_F_DONT_FRAGMENT = 1u << 2,
                   BPF_F_SEQ_NUMBER = 1u << 3, BPF_F_NO_TUNNEL_KEY = 1u << 4, BPF_F_TUNINFO_FLAGS = 1u << 4;
// IP_TUNNEL_*_BIT
constexpr uint16_t TUNNEL_CSUM = 1u << 0, TUNNEL_KEY = 1u << 2, TUNNEL_SEQ = 1u << 3,
                   TUNNEL_DONT_FRAGMENT = 1u << 8, TUNNEL_NOCACHE = 1u << 13;
constexpr uint32_t kKeySize = 44, kOffLocal = 28, kOffLabel = 24, kOffExt = 22, kOffRemote6_1 = 8;
constexpr uint32_t kFlowLabelMask = 0xfffff;

struct Key {
  uint32_t tunnel_id;
  uint32_t remote[4];
  uint8_t tos, ttl;
  uint16_t ext;
  uint32_t label;
  uint32_t local[4];
};
static_assert(sizeof(Key) == kKeySize);

bool compat_size(uint32_t size) {
  return size == kOffLocal || size == kOffLabel || size == kOffExt || size == kOffRemote6_1;
}

// BPF_CALL_4(bpf_skb_set_tunnel_key, struct sk_buff *, skb, const struct bpf_tunnel_key *, from, u32, size,
// u64, flags)
uint64_t set_tunnel_key(RunContext& rc, uint64_t r1, uint64_t from, uint64_t r3, uint64_t flags, uint64_t) {
  SkBuff* skb = attach::skb_context(rc, r1, "bpf_skb_set_tunnel_key");
  const uint32_t size = uint32_t(r3);
  if (skb == nullptr || !need_read(rc, from, size, "R2 (from)")) return 0;
  if (flags & ~(BPF_F_TUNINFO_IPV6 | BPF_F_ZERO_CSUM_TX | BPF_F_DONT_FRAGMENT | BPF_F_SEQ_NUMBER |
                BPF_F_NO_TUNNEL_KEY))
    return err(EINVAL);
  if (size != kKeySize && !compat_size(size)) return err(EINVAL);
  Key k{};
  std::memcpy(&k, ptr(from), size);  // a shorter layout: the rest zero
  if ((!(flags & BPF_F_TUNINFO_IPV6) && k.label != 0) || k.ext != 0) return err(EINVAL);
  SkBuff::TunnelInfo info;
  info.flags = TUNNEL_CSUM | TUNNEL_NOCACHE;
  if (!(flags & BPF_F_NO_TUNNEL_KEY)) info.flags |= TUNNEL_KEY;
  if (flags & BPF_F_DONT_FRAGMENT) info.flags |= TUNNEL_DONT_FRAGMENT;
  if (flags & BPF_F_ZERO_CSUM_TX) info.flags &= uint16_t(~TUNNEL_CSUM);
  if (flags & BPF_F_SEQ_NUMBER) info.flags |= TUNNEL_SEQ;
  info.tun_id = k.tunnel_id;
  info.tos = k.tos;
  info.ttl = k.ttl;
  if (flags & BPF_F_TUNINFO_IPV6) {
    info.ipv6 = true;
    std::memcpy(info.dst, k.remote, 16);
    std::memcpy(info.src, k.local, 16);
    info.label = k.label & kFlowLabelMask;
  } else {
    info.dst[0] = k.remote[0];
    info.src[0] = k.local[0];
  }
  skb->tunnel = info;
  return 0;
}

// BPF_CALL_4(bpf_skb_get_tunnel_key, struct sk_buff *, skb, struct bpf_tunnel_key *, to, u32, size, u64, flags):
// what the metadata holds, seen from the receiving side (remote is the tunnel's source).
uint64_t get_tunnel_key(RunContext& rc, uint64_t r1, uint64_t to, uint64_t r3, uint64_t flags, uint64_t) {
  SkBuff* skb = attach::skb_context(rc, r1, "bpf_skb_get_tunnel_key");
  const uint32_t size = uint32_t(r3);
  if (skb == nullptr || !need_write(rc, to, size, "R2 (to)")) return 0;
  const auto fail = [&](int e) {
    if (size != 0) std::memset(ptr(to), 0, size);
    return err(e);
  };
  if (!skb->tunnel || (flags & ~(BPF_F_TUNINFO_IPV6 | BPF_F_TUNINFO_FLAGS))) return fail(EINVAL);
  const SkBuff::TunnelInfo& info = *skb->tunnel;
  if (info.ipv6 != bool(flags & BPF_F_TUNINFO_IPV6)) return fail(EPROTO);
  if (size != kKeySize) {
    if (!compat_size(size) || (size == kOffRemote6_1 && info.ipv6)) return fail(EINVAL);
  }
  Key k{};
  k.tunnel_id = uint32_t(info.tun_id);
  k.tos = info.tos;
  k.ttl = info.ttl;
  // tunnel_flags is the __be16 of the low 16 flag bits.
  k.ext = flags & BPF_F_TUNINFO_FLAGS ? uint16_t(info.flags << 8 | info.flags >> 8) : 0;
  if (flags & BPF_F_TUNINFO_IPV6) {
    std::memcpy(k.remote, info.src, 16);
    std::memcpy(k.local, info.dst, 16);
    k.label = info.label;
  } else {
    k.remote[0] = info.src[0];
    k.local[0] = info.dst[0];
  }
  std::memcpy(ptr(to), &k, size);
  return 0;
}

}  // namespace

void add_skb_tunnel_helpers(HelperTable& t) {
  t.set(20, get_tunnel_key, "bpf_skb_get_tunnel_key");
  t.set(21, set_tunnel_key, "bpf_skb_set_tunnel_key");
}

}  // namespace bpfkit::helpers
