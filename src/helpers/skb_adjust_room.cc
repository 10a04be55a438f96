// bpf_skb_adjust_room (net/core/filter.c): room added or removed after the MAC header (BPF_ADJ_ROOM_MAC) or after
// the base IPv4/IPv6 header (BPF_ADJ_ROOM_NET), with the encapsulation flags' bookkeeping: the outer protocol,
// skb->encapsulation, the network header. On a test-run skb (linear, no GSO type), so what the program can see is
// exactly the kernel's: the packet bytes, len, protocol, the data pointers and the return code.
#include <cstdlib>
#include <cstring>

#include "attach/packet_context.h"
#include "helpers/csum.h"
#include "helpers/internal.h"

namespace bpfkit::helpers {
namespace {

using attach::SkBuff;

constexpr uint32_t BPF_ADJ_ROOM_NET = 0, BPF_ADJ_ROOM_MAC = 1;
constexpr uint64_t FIXED_GSO = 1u << 0, ENCAP_L3_IPV4 = 1u << 1, ENCAP_L3_IPV6 = 1u << 2, ENCAP_L4_GRE = 1u << 3,
                   ENCAP_L4_UDP = 1u << 4, NO_CSUM_RESET = 1u << 5, ENCAP_L2_ETH = 1u << 6,
                   DECAP_L3_IPV4 = 1u << 7, DECAP_L3_IPV6 = 1u << 8;
constexpr uint64_t ENCAP_L2_MASK = 0xffull << 56;  // BPF_F_ADJ_ROOM_ENCAP_L2(len): the inner MAC header's length
constexpr uint64_t ENCAP_L3_MASK = ENCAP_L3_IPV4 | ENCAP_L3_IPV6;
constexpr uint64_t DECAP_L3_MASK = DECAP_L3_IPV4 | DECAP_L3_IPV6;
constexpr uint64_t ADJ_ROOM_MASK =
    FIXED_GSO | ENCAP_L3_MASK | ENCAP_L4_GRE | ENCAP_L4_UDP | ENCAP_L2_ETH | ENCAP_L2_MASK | DECAP_L3_MASK;
constexpr uint32_t kMaxLen = 16384 - attach::kSkbSharedInfo;  // SKB_MAX_ALLOC on x86-64
constexpr uint32_t kIpv4Hlen = 20, kIpv6Hlen = 40;
constexpr uint16_t ETH_P_IP_BE = 0x0008, ETH_P_IPV6_BE = 0xdd86;  // htons()
constexpr int ENOTSUPP_ = 524;

// bpf_skb_net_base_len()
uint32_t net_base_len(uint32_t protocol) {
  if (protocol == ETH_P_IP_BE) return kIpv4Hlen;
  if (protocol == ETH_P_IPV6_BE) return kIpv6Hlen;
  return ~0u;
}

// A test-run skb is GSO when ctx_in gave it a gso_size; its gso_type is 0 (neither TCP nor UDP_L4), so any
// adjustment is refused as for UDP GSO without BPF_F_ADJ_ROOM_FIXED_GSO.
bool is_gso(const SkBuff& skb) { return skb.md.gso_size != 0; }

// bpf_skb_generic_push() + bpf_skb_net_hdr_push(): len zero bytes at off, the first off bytes moved to the front.
void hdr_push(SkBuff& skb, uint32_t off, uint32_t len) {
  skb.data -= len;
  skb.len += len;
  std::memmove(skb.data, skb.data + len, off);
  std::memset(skb.data + off, 0, len);  // zeros: no change to a CHECKSUM_COMPLETE csum
  skb.mac_header -= len;
  skb.network_header -= len;
}

// bpf_skb_generic_pop() + bpf_skb_net_hdr_pop(): the len bytes at off removed (-ENOMEM past the packet).
int hdr_pop(SkBuff& skb, uint32_t off, uint32_t len) {
  if (uint64_t(off) + len > skb.len) return -ENOMEM;  // pskb_may_pull
  uint8_t* old = skb.data;
  skb.data += len;
  skb.len -= len;
  if (skb.ip_summed == SkBuff::Summed::Complete)  // skb_postpull_rcsum
    skb.csum = csum::block_sub(skb.csum, csum::partial(old + off, len, 0), 0);
  std::memmove(skb.data, old, off);
  skb.mac_header += len;
  skb.network_header += len;
  return 0;
}

int net_grow(SkBuff& skb, uint32_t off, uint32_t len_diff, uint64_t flags) {
  const uint32_t inner_mac_len = uint32_t(flags >> 56);
  const bool encap = flags & ENCAP_L3_MASK;
  if (is_gso(skb)) return -ENOTSUPP_;
  if (skb.cow_head(len_diff) != 0) return -ENOMEM;
  uint32_t mac_len = 0;
  if (encap) {
    if (skb.md.protocol != ETH_P_IP_BE && skb.md.protocol != ETH_P_IPV6_BE) return -ENOTSUPP_;
    if ((flags & ENCAP_L3_IPV4) && (flags & ENCAP_L3_IPV6)) return -EINVAL;
    if ((flags & ENCAP_L4_GRE) && (flags & ENCAP_L4_UDP)) return -EINVAL;
    if (skb.encapsulation) return -EALREADY;
    mac_len = uint32_t(skb.network_header - skb.mac_header);
    if (inner_mac_len > len_diff) return -EINVAL;
  }
  hdr_push(skb, off, len_diff);
  if (encap) {
    skb.encapsulation = true;
    skb.network_header = skb.data + mac_len;  // skb_set_network_header(skb, mac_len)
    // The outer header's protocol becomes skb->protocol.
    if (skb.md.protocol == ETH_P_IP_BE && (flags & ENCAP_L3_IPV6))
      skb.md.protocol = ETH_P_IPV6_BE;
    else if (skb.md.protocol == ETH_P_IPV6_BE && (flags & ENCAP_L3_IPV4))
      skb.md.protocol = ETH_P_IP_BE;
  }
  return 0;
}

int net_shrink(SkBuff& skb, uint32_t off, uint32_t len_diff, uint64_t flags) {
  if (flags & ~(FIXED_GSO | DECAP_L3_MASK | NO_CSUM_RESET)) return -EINVAL;
  if (is_gso(skb)) return -ENOTSUPP_;
  if (const int ret = hdr_pop(skb, off, len_diff); ret != 0) return ret;
  if (skb.md.protocol == ETH_P_IP_BE && (flags & DECAP_L3_IPV6))
    skb.md.protocol = ETH_P_IPV6_BE;
  else if (skb.md.protocol == ETH_P_IPV6_BE && (flags & DECAP_L3_IPV4))
    skb.md.protocol = ETH_P_IP_BE;
  return 0;
}

// BPF_CALL_4(bpf_skb_adjust_room, struct sk_buff *, skb, s32, len_diff, u32, mode, u64, flags)
uint64_t skb_adjust_room(RunContext& rc, uint64_t r1, uint64_t r2, uint64_t r3, uint64_t flags, uint64_t) {
  SkBuff* skb = attach::skb_context(rc, r1, "bpf_skb_adjust_room");
  if (skb == nullptr) return 0;
  const int32_t len_diff = int32_t(uint32_t(r2));
  const uint32_t mode = uint32_t(r3);
  const uint32_t len_diff_abs = len_diff < 0 ? 0u - uint32_t(len_diff) : uint32_t(len_diff);
  const bool shrink = len_diff < 0;
  const uint32_t proto = skb->md.protocol;
  uint32_t len_min = net_base_len(proto);
  if (flags & ~(ADJ_ROOM_MASK | NO_CSUM_RESET)) return err(EINVAL);
  if (len_diff_abs > 0xfff) return err(EFAULT);
  if (proto != ETH_P_IP_BE && proto != ETH_P_IPV6_BE) return err(ENOTSUPP_);
  if ((shrink && (flags & DECAP_L3_MASK) == DECAP_L3_MASK) || (!shrink && (flags & DECAP_L3_MASK)))
    return err(EINVAL);
  uint32_t off = uint32_t(skb->network_header - skb->mac_header);  // skb_mac_header_len
  if (mode == BPF_ADJ_ROOM_NET)
    off += net_base_len(proto);
  else if (mode != BPF_ADJ_ROOM_MAC)
    return err(ENOTSUPP_);
  if (shrink) {
    if (flags & DECAP_L3_IPV6)
      len_min = kIpv6Hlen;
    else if (flags & DECAP_L3_IPV4)
      len_min = kIpv4Hlen;
  }
  const uint32_t len_cur = skb->len - uint32_t(skb->network_header - skb->data);
  if ((shrink && (len_diff_abs >= len_cur || len_cur - len_diff_abs < len_min)) ||
      (!shrink && uint64_t(skb->len) + len_diff_abs > kMaxLen && !is_gso(*skb)))
    return err(ENOTSUPP_);
  const int ret = shrink ? net_shrink(*skb, off, len_diff_abs, flags) : net_grow(*skb, off, len_diff_abs, flags);
  // __skb_reset_checksum_unnecessary(): test-run skbs are never CHECKSUM_UNNECESSARY, nothing to reset.
  skb->compute_data_pointers(rc);
  return uint64_t(int64_t(ret));
}

}  // namespace

void add_skb_adjust_room(HelperTable& t) { t.set(50, skb_adjust_room, "bpf_skb_adjust_room"); }

}  // namespace bpfkit::helpers
