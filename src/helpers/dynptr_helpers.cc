// Dynptrs at run time (kernel/bpf/helpers.c, kernel/bpf/ringbuf.c, net/core/filter.c of 6.18): the helpers
// bpf_dynptr_from_mem, bpf_ringbuf_{reserve,submit,discard}_dynptr, bpf_dynptr_{read,write,data} and the kfuncs
// bpf_dynptr_from_{skb,xdp}, bpf_dynptr_slice(_rdwr), bpf_dynptr_adjust, bpf_dynptr_is_null, bpf_dynptr_is_rdonly,
// bpf_dynptr_size and bpf_dynptr_clone.
//
// The dynptr is the kernel's struct bpf_dynptr_kern in the program's 16 stack bytes: data pointer, then a u32 with
// the size in bits 0-23, the type in bits 28-30 and the read-only flag in bit 31, then a u32 offset. A verified
// program cannot read or write those bytes, but a raw run can, so nothing in them is trusted: every use checks the
// bytes against what the program could touch anyway. A local dynptr's [data + offset, + size) must be memory the
// program may read (and write, unless read-only) at the time of the call; a ring buffer dynptr's data must be a
// record this run reserved and has not committed; an skb or xdp dynptr's data must be the run's context, whose
// packet the access goes through as bpf_skb_load_bytes and friends do. A forged dynptr thus reaches nothing the
// program could not reach directly, and stops the run instead.
#include <cstring>

#include <fmt/format.h>

#include "attach/packet_context.h"
#include "helpers/dynptr_internal.h"

namespace bpfkit::helpers {
namespace {

constexpr uint32_t kSizeMask = 0xffffff;       // DYNPTR_SIZE_MASK
constexpr uint32_t kMaxSize = (1u << 24) - 1;  // DYNPTR_MAX_SIZE
constexpr uint32_t kTypeShift = 28;            // DYNPTR_TYPE_SHIFT
constexpr uint32_t kTypeMask = 0x7;
constexpr uint32_t kRdonlyBit = 1u << 31;      // DYNPTR_RDONLY_BIT
enum : uint32_t { kLocal = 1, kRingbuf = 2, kSkb = 3, kXdp = 4 };

struct Kern {
  uint64_t data;
  uint32_t size;  // size, type and rdonly bits
  uint32_t offset;
};
static_assert(sizeof(Kern) == 16);

uint32_t dsize(const Kern& k) { return k.size & kSizeMask; }
uint32_t dtype(const Kern& k) { return (k.size >> kTypeShift) & kTypeMask; }
bool drdonly(const Kern& k) { return k.size & kRdonlyBit; }

// The dynptr's 16 bytes, which must be writable program memory (the stack, in a verified program).
bool load(RunContext& ctx, uint64_t p, Kern& k, const char* what) {
  if (!need_write(ctx, p, sizeof(Kern), what)) return false;
  std::memcpy(&k, ptr(p), sizeof(Kern));
  return true;
}
void store(uint64_t p, const Kern& k) { std::memcpy(ptr(p), &k, sizeof(Kern)); }
void set_null(uint64_t p) { std::memset(ptr(p), 0, sizeof(Kern)); }
void init(uint64_t p, uint64_t data, uint32_t type, uint32_t offset, uint32_t size) {
  store(p, Kern{data, size | (type << kTypeShift), offset});
}

// bpf_dynptr_check_off_len
int check_off_len(const Kern& k, uint64_t offset, uint64_t len) {
  uint64_t size = dsize(k);
  if (len > size || offset > size - len) return -E2BIG;
  return 0;
}

// The run's record a ring buffer dynptr points into, or nullptr after failing the run.
const HandOut* ringbuf_record(RunContext& ctx, const Kern& k, const char* what) {
  for (const HandOut& h : ctx.hand_outs())
    if (h.kind == HandOut::RingbufRecord && h.contains(k.data, 1)) return &h;
  ctx.fail(fmt::format("{}: not a dynptr to a reserved ring buffer record", what));
  return nullptr;
}

// Checks that the dynptr's bytes [offset, offset + len) are memory its type lets the program reach, for a local or
// ring buffer dynptr; returns the address, or 0 after failing the run.
uint64_t mem_at(RunContext& ctx, const Kern& k, uint64_t offset, uint64_t len, bool write, const char* what) {
  const uint64_t addr = k.data + k.offset + offset;
  if (dtype(k) == kRingbuf) {
    const HandOut* h = ringbuf_record(ctx, k, what);
    if (h == nullptr) return 0;
    if (!h->contains(addr, len)) {
      ctx.fail(fmt::format("{}: dynptr bytes outside its ring buffer record", what));
      return 0;
    }
    return addr;
  }
  if (len == 0) return addr;
  if (write ? !writable(ctx, addr, len) : !readable(ctx, addr, len)) {
    ctx.fail(fmt::format("{}: dynptr memory at {:#x} ({} bytes) is not program memory", what, addr, len));
    return 0;
  }
  return addr;
}

attach::SkBuff* skb_of(RunContext& ctx, const Kern& k, const char* what) { return attach::skb_context(ctx, k.data, what); }
attach::XdpBuff* xdp_of(RunContext& ctx, const Kern& k, const char* what) { return attach::xdp_context(ctx, k.data, what); }

bool known_type(RunContext& ctx, const Kern& k, const char* what) {
  uint32_t t = dtype(k);
  if (t == kLocal || t == kRingbuf || t == kSkb || t == kXdp) return true;
  ctx.fail(fmt::format("{}: dynptr of unknown type {}", what, t));
  return false;
}

// __bpf_dynptr_read
uint64_t dynptr_read_impl(RunContext& ctx, uint64_t dst, uint64_t len, const Kern& src, uint64_t offset,
                          uint64_t flags, const char* what) {
  if (!src.data || flags) return err(EINVAL);
  if (int e = check_off_len(src, offset, len)) return uint64_t(int64_t(e));
  if (!known_type(ctx, src, what)) return 0;
  switch (dtype(src)) {
    case kSkb: {
      attach::SkBuff* skb = skb_of(ctx, src, what);
      if (skb == nullptr) return 0;
      return dynptr_skb_load(ctx, *skb, uint32_t(src.offset + offset), dst, uint32_t(len));
    }
    case kXdp: {
      attach::XdpBuff* xdp = xdp_of(ctx, src, what);
      if (xdp == nullptr) return 0;
      return uint64_t(dynptr_xdp_copy(*xdp, uint32_t(src.offset + offset), ptr(dst), uint32_t(len), false));
    }
    default: {
      uint64_t from = mem_at(ctx, src, offset, len, false, what);
      if (ctx.failed()) return 0;
      if (len) std::memmove(ptr(dst), ptr(from), len);
      return 0;
    }
  }
}

// __bpf_dynptr_write
uint64_t dynptr_write_impl(RunContext& ctx, const Kern& dst, uint64_t offset, uint64_t src, uint64_t len,
                           uint64_t flags, const char* what) {
  if (!dst.data || drdonly(dst)) return err(EINVAL);
  if (int e = check_off_len(dst, offset, len)) return uint64_t(int64_t(e));
  if (!known_type(ctx, dst, what)) return 0;
  switch (dtype(dst)) {
    case kSkb: {
      attach::SkBuff* skb = skb_of(ctx, dst, what);
      if (skb == nullptr) return 0;
      return dynptr_skb_store(ctx, *skb, uint32_t(dst.offset + offset), src, uint32_t(len), flags);
    }
    case kXdp: {
      if (flags) return err(EINVAL);
      attach::XdpBuff* xdp = xdp_of(ctx, dst, what);
      if (xdp == nullptr) return 0;
      return uint64_t(dynptr_xdp_copy(*xdp, uint32_t(dst.offset + offset), ptr(src), uint32_t(len), true));
    }
    default: {
      if (flags) return err(EINVAL);
      uint64_t to = mem_at(ctx, dst, offset, len, true, what);
      if (ctx.failed()) return 0;
      if (len) std::memmove(ptr(to), ptr(src), len);
      return 0;
    }
  }
}

// BPF_CALL_4(bpf_dynptr_from_mem, void *, data, u32, size, u64, flags, struct bpf_dynptr_kern *, ptr)
uint64_t dynptr_from_mem(RunContext& ctx, uint64_t data, uint64_t size64, uint64_t flags, uint64_t p, uint64_t) {
  const uint32_t size = uint32_t(size64);
  Kern k;
  if (!load(ctx, p, k, "bpf_dynptr_from_mem: R4")) return 0;
  if (size > kMaxSize || flags) {
    set_null(p);
    return err(size > kMaxSize ? E2BIG : EINVAL);
  }
  if (size && !readable(ctx, data, size)) {
    ctx.fail(fmt::format("bpf_dynptr_from_mem: R1 ({:#x}, {} bytes) is not program memory", data, size));
    return 0;
  }
  // a read-only map value (BPF_F_RDONLY_PROG) gives a read-only dynptr: the kernel refuses such a value at load
  // (the verifier), so only a raw run gets here with one
  uint32_t sz = size | (kLocal << kTypeShift);
  if (size && !writable(ctx, data, size)) sz |= kRdonlyBit;
  store(p, Kern{data, sz, 0});
  return 0;
}

RingbufMap* ringbuf_of(RunContext& ctx, uint64_t r1) {
  HelperEnv* env = env_of(ctx);
  if (env == nullptr) return nullptr;
  if (!env->has_map(ptr<void>(r1)) || ptr<Map>(r1)->type() != MapType::Ringbuf) {
    ctx.fail(fmt::format("R1 is not a ring buffer map ({:#x})", r1));
    return nullptr;
  }
  return static_cast<RingbufMap*>(ptr<Map>(r1));
}

// BPF_CALL_4(bpf_ringbuf_reserve_dynptr, struct bpf_map *, map, u32, size, u64, flags, struct bpf_dynptr_kern *, ptr)
uint64_t ringbuf_reserve_dynptr(RunContext& ctx, uint64_t r1, uint64_t size64, uint64_t flags, uint64_t p, uint64_t) {
  const uint32_t size = uint32_t(size64);
  RingbufMap* rb = ringbuf_of(ctx, r1);
  Kern k;
  if (rb == nullptr || !load(ctx, p, k, "bpf_ringbuf_reserve_dynptr: R4")) return 0;
  int e = 0;
  void* rec = nullptr;
  if (flags) e = EINVAL;
  else if (size > kMaxSize) e = E2BIG;
  else if ((rec = rb->reserve(size, 0)) == nullptr) e = EINVAL;
  if (e) {
    set_null(p);
    return err(e);
  }
  HandOut h;
  h.base = uint64_t(reinterpret_cast<uintptr_t>(rec));
  h.size = size;
  h.kind = HandOut::RingbufRecord;
  h.owner = rb;
  ctx.hand_out(h);
  init(p, h.base, kRingbuf, 0, size);
  return 0;
}

// bpf_ringbuf_submit_dynptr / bpf_ringbuf_discard_dynptr: a NULL dynptr (a failed reserve) is a no-op.
uint64_t ringbuf_commit_dynptr(RunContext& ctx, uint64_t p, uint64_t flags, bool discard, const char* what) {
  Kern k;
  if (!load(ctx, p, k, what)) return 0;
  if (!k.data) return 0;
  const HandOut* h = dtype(k) == kRingbuf ? ringbuf_record(ctx, k, what) : nullptr;
  if (h == nullptr || h->base != k.data) {
    if (!ctx.failed()) ctx.fail(fmt::format("{}: not a ring buffer dynptr", what));
    return 0;
  }
  auto* rb = static_cast<RingbufMap*>(const_cast<void*>(h->owner));
  ctx.revoke_hand_out(k.data);
  if (discard) rb->discard(ptr<void>(k.data), flags);
  else rb->submit(ptr<void>(k.data), flags);
  set_null(p);
  return 0;
}
uint64_t ringbuf_submit_dynptr(RunContext& ctx, uint64_t p, uint64_t flags, uint64_t, uint64_t, uint64_t) {
  return ringbuf_commit_dynptr(ctx, p, flags, false, "bpf_ringbuf_submit_dynptr");
}
uint64_t ringbuf_discard_dynptr(RunContext& ctx, uint64_t p, uint64_t flags, uint64_t, uint64_t, uint64_t) {
  return ringbuf_commit_dynptr(ctx, p, flags, true, "bpf_ringbuf_discard_dynptr");
}

// BPF_CALL_5(bpf_dynptr_read, void *, dst, u32, len, const struct bpf_dynptr_kern *, src, u32, offset, u64, flags)
uint64_t dynptr_read(RunContext& ctx, uint64_t dst, uint64_t len, uint64_t src, uint64_t offset, uint64_t flags) {
  Kern k;
  if (!load(ctx, src, k, "bpf_dynptr_read: R3") || !need_write(ctx, dst, uint32_t(len), "bpf_dynptr_read: R1"))
    return 0;
  return dynptr_read_impl(ctx, dst, uint32_t(len), k, uint32_t(offset), flags, "bpf_dynptr_read");
}

// BPF_CALL_5(bpf_dynptr_write, const struct bpf_dynptr_kern *, dst, u32, offset, void *, src, u32, len, u64, flags)
uint64_t dynptr_write(RunContext& ctx, uint64_t dst, uint64_t offset, uint64_t src, uint64_t len, uint64_t flags) {
  Kern k;
  if (!load(ctx, dst, k, "bpf_dynptr_write: R1") || !need_read(ctx, src, uint32_t(len), "bpf_dynptr_write: R3"))
    return 0;
  return dynptr_write_impl(ctx, k, uint32_t(offset), src, uint32_t(len), flags, "bpf_dynptr_write");
}

// BPF_CALL_3(bpf_dynptr_data, const struct bpf_dynptr_kern *, ptr, u32, offset, u32, len)
uint64_t dynptr_data(RunContext& ctx, uint64_t p, uint64_t offset64, uint64_t len64, uint64_t, uint64_t) {
  const uint32_t offset = uint32_t(offset64), len = uint32_t(len64);
  Kern k;
  if (!load(ctx, p, k, "bpf_dynptr_data: R1")) return 0;
  if (!k.data || check_off_len(k, offset, len) || drdonly(k)) return 0;
  if (!known_type(ctx, k, "bpf_dynptr_data")) return 0;
  if (dtype(k) == kSkb || dtype(k) == kXdp) return 0;  // those take bpf_dynptr_slice
  return mem_at(ctx, k, offset, len, true, "bpf_dynptr_data");
}

// --- kfuncs

// bpf_dynptr_from_skb(skb, flags, ptr__uninit); the types whose packet is not writable get bpf_dynptr_from_skb_rdonly.
uint64_t dynptr_from_skb(RunContext& ctx, uint64_t s, uint64_t flags, uint64_t p, uint64_t, uint64_t) {
  Kern k;
  if (!load(ctx, p, k, "bpf_dynptr_from_skb: R3")) return 0;
  attach::SkBuff* skb = attach::skb_context(ctx, s, "bpf_dynptr_from_skb");
  if (skb == nullptr) return 0;
  if (flags) {
    set_null(p);
    return err(EINVAL);
  }
  init(p, s, kSkb, 0, skb->len);
  if (!skb->packet_writable) {
    uint32_t sz = skb->len | (kSkb << kTypeShift) | kRdonlyBit;
    std::memcpy(ptr(p + 8), &sz, 4);
  }
  return 0;
}

uint64_t dynptr_from_xdp(RunContext& ctx, uint64_t x, uint64_t flags, uint64_t p, uint64_t, uint64_t) {
  Kern k;
  if (!load(ctx, p, k, "bpf_dynptr_from_xdp: R3")) return 0;
  attach::XdpBuff* xdp = attach::xdp_context(ctx, x, "bpf_dynptr_from_xdp");
  if (xdp == nullptr) return 0;
  if (flags) {
    set_null(p);
    return err(EINVAL);
  }
  init(p, x, kXdp, 0, xdp->buff_len());
  return 0;
}

uint64_t slice_impl(RunContext& ctx, const Kern& k, uint32_t offset, uint64_t buffer, uint32_t len, const char* what) {
  if (!k.data || check_off_len(k, offset, len)) return 0;
  if (!known_type(ctx, k, what)) return 0;
  switch (dtype(k)) {
    case kSkb: {
      attach::SkBuff* skb = skb_of(ctx, k, what);
      if (skb == nullptr) return 0;
      // test-run skbs are linear: the bytes are always there (skb_header_pointer gives the packet, not the buffer)
      const uint64_t at = uint64_t(k.offset) + offset;
      if (at + len > skb->len) return 0;
      return uint64_t(reinterpret_cast<uintptr_t>(skb->data + at));
    }
    case kXdp: {
      attach::XdpBuff* xdp = xdp_of(ctx, k, what);
      if (xdp == nullptr) return 0;
      const uint64_t at = uint64_t(k.offset) + offset, linear = uint64_t(xdp->data_end - xdp->data);
      if (at + len <= linear) return uint64_t(reinterpret_cast<uintptr_t>(xdp->data + at));
      if (!buffer) return 0;  // bpf_xdp_pointer found it across fragments: copied only into a buffer
      if (!need_write(ctx, buffer, len, what)) return 0;
      dynptr_xdp_copy(*xdp, uint32_t(at), ptr(buffer), len, false);
      return buffer;
    }
    default:
      return mem_at(ctx, k, offset, len, false, what);
  }
}

// bpf_dynptr_slice(p, offset, buffer__opt, buffer__szk)
uint64_t dynptr_slice(RunContext& ctx, uint64_t p, uint64_t offset, uint64_t buffer, uint64_t len, uint64_t) {
  Kern k;
  if (!load(ctx, p, k, "bpf_dynptr_slice: R1")) return 0;
  return slice_impl(ctx, k, uint32_t(offset), buffer, uint32_t(len), "bpf_dynptr_slice");
}

uint64_t dynptr_slice_rdwr(RunContext& ctx, uint64_t p, uint64_t offset, uint64_t buffer, uint64_t len, uint64_t) {
  Kern k;
  if (!load(ctx, p, k, "bpf_dynptr_slice_rdwr: R1")) return 0;
  if (!k.data || drdonly(k)) return 0;
  uint64_t r = slice_impl(ctx, k, uint32_t(offset), buffer, uint32_t(len), "bpf_dynptr_slice_rdwr");
  // the program writes through it: local memory must be writable too
  if (r && (dtype(k) == kLocal) && !writable(ctx, r, uint32_t(len))) {
    ctx.fail("bpf_dynptr_slice_rdwr: dynptr memory is not writable");
    return 0;
  }
  return r;
}

// bpf_dynptr_adjust(p, start, end)
uint64_t dynptr_adjust(RunContext& ctx, uint64_t p, uint64_t start64, uint64_t end64, uint64_t, uint64_t) {
  const uint32_t start = uint32_t(start64), end = uint32_t(end64);
  Kern k;
  if (!load(ctx, p, k, "bpf_dynptr_adjust: R1")) return 0;
  if (!k.data) return err(EINVAL);
  const uint32_t size = dsize(k);
  if (start > size || end > size) return err(ERANGE);
  if (start > end) return err(EINVAL);
  k.offset += start;
  k.size = (k.size & ~kSizeMask) | (end - start);
  store(p, k);
  return 0;
}

uint64_t dynptr_is_null(RunContext& ctx, uint64_t p, uint64_t, uint64_t, uint64_t, uint64_t) {
  Kern k;
  if (!load(ctx, p, k, "bpf_dynptr_is_null: R1")) return 0;
  return k.data == 0;
}

uint64_t dynptr_is_rdonly(RunContext& ctx, uint64_t p, uint64_t, uint64_t, uint64_t, uint64_t) {
  Kern k;
  if (!load(ctx, p, k, "bpf_dynptr_is_rdonly: R1")) return 0;
  return k.data && drdonly(k);
}

uint64_t dynptr_size(RunContext& ctx, uint64_t p, uint64_t, uint64_t, uint64_t, uint64_t) {
  Kern k;
  if (!load(ctx, p, k, "bpf_dynptr_size: R1")) return 0;
  if (!k.data) return uint32_t(-EINVAL);  // the kfunc returns __u32
  return dsize(k);
}

uint64_t dynptr_clone(RunContext& ctx, uint64_t p, uint64_t c, uint64_t, uint64_t, uint64_t) {
  Kern k, kc;
  if (!load(ctx, p, k, "bpf_dynptr_clone: R1") || !load(ctx, c, kc, "bpf_dynptr_clone: R2")) return 0;
  if (!k.data) {
    set_null(c);
    return err(EINVAL);
  }
  store(c, k);
  return 0;
}

}  // namespace

void add_dynptr_helpers(HelperTable& t) {
  t.set(197, dynptr_from_mem, "bpf_dynptr_from_mem");
  t.set(198, ringbuf_reserve_dynptr, "bpf_ringbuf_reserve_dynptr");
  t.set(199, ringbuf_submit_dynptr, "bpf_ringbuf_submit_dynptr");
  t.set(200, ringbuf_discard_dynptr, "bpf_ringbuf_discard_dynptr");
  t.set(201, dynptr_read, "bpf_dynptr_read");
  t.set(202, dynptr_write, "bpf_dynptr_write");
  t.set(203, dynptr_data, "bpf_dynptr_data");
}

std::vector<KfuncDef> dynptr_kfuncs() {
  return {
      {"bpf_dynptr_from_skb", dynptr_from_skb},   {"bpf_dynptr_from_xdp", dynptr_from_xdp},
      {"bpf_dynptr_slice", dynptr_slice},         {"bpf_dynptr_slice_rdwr", dynptr_slice_rdwr},
      {"bpf_dynptr_adjust", dynptr_adjust},       {"bpf_dynptr_is_null", dynptr_is_null},
      {"bpf_dynptr_is_rdonly", dynptr_is_rdonly}, {"bpf_dynptr_size", dynptr_size},
      {"bpf_dynptr_clone", dynptr_clone},
  };
}

}  // namespace bpfkit::helpers
