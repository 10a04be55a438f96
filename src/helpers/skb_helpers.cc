// skb packet helpers (net/core/filter.c): bpf_skb_load_bytes, bpf_skb_store_bytes, bpf_skb_pull_data,
// bpf_l3_csum_replace and bpf_l4_csum_replace, on the sk_buff of a test run (src/attach/packet_context.h).
//
// Offsets are relative to skb->data: the MAC header for tc programs, the network header for socket filters,
// cgroup_skb and lwt. Test-run skbs are linear, so "may pull" is simply "inside len".
#include <algorithm>
#include <atomic>
#include <cstring>

#include <fmt/format.h>

#include "attach/packet_context.h"
#include "helpers/csum.h"
#include "helpers/dynptr_internal.h"
#include "helpers/internal.h"

namespace bpfkit::helpers {
namespace {

using attach::SkBuff;

constexpr uint64_t BPF_F_RECOMPUTE_CSUM = 1u << 0;
constexpr uint64_t BPF_F_INVALIDATE_HASH = 1u << 1;
constexpr uint64_t BPF_F_HDR_FIELD_MASK = 0xf;
constexpr uint64_t BPF_F_PSEUDO_HDR = 1u << 4;
constexpr uint64_t BPF_F_MARK_MANGLED_0 = 1u << 5;
constexpr uint64_t BPF_F_MARK_ENFORCE = 1u << 6;
constexpr uint64_t BPF_F_IPV6 = 1u << 7;
constexpr uint16_t CSUM_MANGLED_0 = 0xffff;
constexpr uint32_t kIntMax = 0x7fffffff;

// BPF_CALL_4(bpf_skb_load_bytes, const struct sk_buff *, skb, u32, offset, void *, to, u32, len)
uint64_t skb_load_bytes(RunContext& rc, uint64_t r1, uint64_t r2, uint64_t to, uint64_t r4, uint64_t) {
  SkBuff* skb = attach::skb_context(rc, r1, "bpf_skb_load_bytes");
  const uint32_t offset = uint32_t(r2), len = uint32_t(r4);
  if (skb == nullptr || !need_write(rc, to, len, "R3 (to)")) return 0;
  // skb_header_pointer(): the bytes must lie inside the (linear) packet; on failure the buffer is cleared.
  if (offset > kIntMax || uint64_t(offset) + len > skb->len) {
    if (len != 0) std::memset(ptr(to), 0, len);
    return err(EFAULT);
  }
  if (len != 0) std::memmove(ptr(to), skb->data + offset, len);  // len 0 may come with a NULL buffer
  return 0;
}

// BPF_CALL_5(bpf_skb_store_bytes, struct sk_buff *, skb, u32, offset, const void *, from, u32, len, u64, flags)
uint64_t skb_store_bytes(RunContext& rc, uint64_t r1, uint64_t r2, uint64_t from, uint64_t r4, uint64_t flags) {
  SkBuff* skb = attach::skb_context(rc, r1, "bpf_skb_store_bytes");
  const uint32_t offset = uint32_t(r2), len = uint32_t(r4);
  if (skb == nullptr || !need_read(rc, from, len, "R3 (from)")) return 0;
  if (flags & ~(BPF_F_RECOMPUTE_CSUM | BPF_F_INVALIDATE_HASH)) return err(EINVAL);
  if (offset > kIntMax) return err(EFAULT);
  // The kernel adds offset + len in 32 bits; there the verifier bounds len by the size of `from`, so the sum cannot
  // wrap. Here it could (offset 0x7fffffff, len 0x80000002 is 1), so the end is computed in 64 bits: past the
  // packet it fails like any other write beyond skb->len.
  const uint64_t end = uint64_t(offset) + len;
  if (skb->try_make_writable(rc, uint32_t(std::min<uint64_t>(end, UINT32_MAX))) != 0) return err(EFAULT);
  uint8_t* p = skb->data + offset;
  const bool complete = skb->ip_summed == SkBuff::Summed::Complete;
  if ((flags & BPF_F_RECOMPUTE_CSUM) && complete)
    skb->csum = csum::block_sub(skb->csum, csum::partial(p, len, 0), offset);  // __skb_postpull_rcsum
  if (len != 0) std::memmove(p, ptr(from), len);  // len 0 may come with a NULL buffer
  if ((flags & BPF_F_RECOMPUTE_CSUM) && complete)
    skb->csum = csum::block_add(skb->csum, csum::partial(p, len, 0), offset);  // __skb_postpush_rcsum
  if (flags & BPF_F_INVALIDATE_HASH) skb->hash = 0;  // skb_clear_hash
  skb->sync(rc);
  return 0;
}

// BPF_CALL_2(bpf_skb_pull_data, struct sk_buff *, skb, u32, len): nothing to pull in a linear skb, but the length
// is still checked (-ENOMEM past the packet) and the data pointers are computed.
uint64_t skb_pull_data(RunContext& rc, uint64_t r1, uint64_t r2, uint64_t, uint64_t, uint64_t) {
  SkBuff* skb = attach::skb_context(rc, r1, "bpf_skb_pull_data");
  if (skb == nullptr) return 0;
  const uint32_t len = uint32_t(r2);
  return uint64_t(int64_t(skb->try_make_writable(rc, len != 0 ? len : skb->len)));
}

uint16_t load16(const uint8_t* p) {
  uint16_t v;
  std::memcpy(&v, p, 2);
  return v;
}
void store16(uint8_t* p, uint16_t v) { std::memcpy(p, &v, 2); }

// The checks both csum helpers make before touching the field; nullptr with *error set when one fails.
uint8_t* csum_field(RunContext& rc, SkBuff& skb, uint32_t offset, uint64_t* error) {
  if (offset > 0xffff || (offset & 1)) {
    *error = err(EFAULT);
    return nullptr;
  }
  if (skb.try_make_writable(rc, offset + 2) != 0) {
    *error = err(EFAULT);
    return nullptr;
  }
  return skb.data + offset;
}

// BPF_CALL_5(bpf_l3_csum_replace, struct sk_buff *, skb, u32, offset, u64, from, u64, to, u64, flags)
uint64_t l3_csum_replace(RunContext& rc, uint64_t r1, uint64_t r2, uint64_t from, uint64_t to, uint64_t flags) {
  SkBuff* skb = attach::skb_context(rc, r1, "bpf_l3_csum_replace");
  if (skb == nullptr) return 0;
  if (flags & ~BPF_F_HDR_FIELD_MASK) return err(EINVAL);
  uint64_t error = 0;
  uint8_t* p = csum_field(rc, *skb, uint32_t(r2), &error);
  if (p == nullptr) return error;
  uint16_t sum = load16(p);
  switch (flags & BPF_F_HDR_FIELD_MASK) {
    case 0:
      if (from != 0) return err(EINVAL);
      csum::replace_by_diff(sum, uint32_t(to));
      break;
    case 2:
      csum::replace2(sum, uint16_t(from), uint16_t(to));
      break;
    case 4:
      csum::replace4(sum, uint32_t(from), uint32_t(to));
      break;
    default:
      return err(EINVAL);
  }
  store16(p, sum);
  return 0;
}

// inet_proto_csum_replace4() / _by_diff() for an skb that is not CHECKSUM_PARTIAL (test-run skbs never are): the
// field is updated, and a CHECKSUM_COMPLETE skb->csum follows pseudo-header changes.
void proto_replace4(SkBuff& skb, uint16_t& sum, uint32_t from, uint32_t to, bool pseudo) {
  csum::replace4(sum, from, to);
  if (skb.ip_summed == SkBuff::Summed::Complete && pseudo) {
    uint8_t diff[8];
    const uint32_t a = ~from;
    std::memcpy(diff, &a, 4);
    std::memcpy(diff + 4, &to, 4);
    skb.csum = ~csum::partial(diff, 8, ~skb.csum);
  }
}

// BPF_CALL_5(bpf_l4_csum_replace, struct sk_buff *, skb, u32, offset, u64, from, u64, to, u64, flags)
uint64_t l4_csum_replace(RunContext& rc, uint64_t r1, uint64_t r2, uint64_t from, uint64_t to, uint64_t flags) {
  SkBuff* skb = attach::skb_context(rc, r1, "bpf_l4_csum_replace");
  if (skb == nullptr) return 0;
  const bool is_pseudo = flags & BPF_F_PSEUDO_HDR;
  const bool is_mmzero = flags & BPF_F_MARK_MANGLED_0;
  const bool do_mforce = flags & BPF_F_MARK_ENFORCE;
  const bool is_ipv6 = flags & BPF_F_IPV6;
  if (flags & ~(BPF_F_MARK_MANGLED_0 | BPF_F_MARK_ENFORCE | BPF_F_PSEUDO_HDR | BPF_F_HDR_FIELD_MASK | BPF_F_IPV6))
    return err(EINVAL);
  uint64_t error = 0;
  uint8_t* p = csum_field(rc, *skb, uint32_t(r2), &error);
  if (p == nullptr) return error;
  uint16_t sum = load16(p);
  if (is_mmzero && !do_mforce && sum == 0) return 0;  // a UDP checksum of 0 means "none": leave it
  switch (flags & BPF_F_HDR_FIELD_MASK) {
    case 0:
      if (from != 0) return err(EINVAL);
      csum::replace_by_diff(sum, uint32_t(to));
      if (skb->ip_summed == SkBuff::Summed::Complete && is_pseudo && !is_ipv6)
        skb->csum = ~csum::sub(uint32_t(to), skb->csum);
      break;
    case 2:
      // inet_proto_csum_replace2() widens the 16-bit values to __be32 (zero-extended in memory order).
      proto_replace4(*skb, sum, uint16_t(from), uint16_t(to), is_pseudo);
      break;
    case 4:
      proto_replace4(*skb, sum, uint32_t(from), uint32_t(to), is_pseudo);
      break;
    default:
      return err(EINVAL);
  }
  if (is_mmzero && sum == 0) sum = CSUM_MANGLED_0;
  store16(p, sum);
  return 0;
}

// sock_gen_cookie(): a socket's cookie is taken from a global 64-bit counter the first time it is asked for, so it
// is nonzero, unique among sockets and stable for the socket's life.
uint64_t gen_cookie() {
  static std::atomic<uint64_t> next{1};
  return next.fetch_add(1, std::memory_order_relaxed);
}

// bpf_get_socket_cookie: skb->sk ? sock_gen_cookie(skb->sk) : 0. Test-run skbs always carry the socket test-run
// allocates. Programs of other types pass a socket or NULL (bpf_get_socket_ptr_cookie); bpfkit has no sockets,
// so only NULL (0) can be answered.
uint64_t get_socket_cookie(RunContext& rc, uint64_t r1, uint64_t, uint64_t, uint64_t, uint64_t) {
  auto* pc = static_cast<attach::ProgramContext*>(rc.program_context);
  if (pc == nullptr && r1 == 0) return 0;
  SkBuff* skb = attach::skb_context(rc, r1, "bpf_get_socket_cookie");
  if (skb == nullptr) return 0;
  if (skb->sk_cookie == 0) skb->sk_cookie = gen_cookie();
  return skb->sk_cookie;
}

}  // namespace

uint64_t dynptr_skb_load(RunContext& rc, SkBuff& skb, uint32_t offset, uint64_t to, uint32_t len) {
  return skb_load_bytes(rc, skb.ctx_addr(), offset, to, len, 0);
}

uint64_t dynptr_skb_store(RunContext& rc, SkBuff& skb, uint32_t offset, uint64_t from, uint32_t len, uint64_t flags) {
  return skb_store_bytes(rc, skb.ctx_addr(), offset, from, len, flags);
}

void add_skb_helpers(HelperTable& t) {
  t.set(9, skb_store_bytes, "bpf_skb_store_bytes");
  t.set(10, l3_csum_replace, "bpf_l3_csum_replace");
  t.set(11, l4_csum_replace, "bpf_l4_csum_replace");
  t.set(26, skb_load_bytes, "bpf_skb_load_bytes");
  t.set(39, skb_pull_data, "bpf_skb_pull_data");
  t.set(46, get_socket_cookie, "bpf_get_socket_cookie");
}

}  // namespace bpfkit::helpers
