// bpf_spin_lock / bpf_spin_unlock and bpf_csum_diff.
#include <atomic>
#include <thread>

#include <fmt/format.h>

#include "helpers/internal.h"

namespace bpfkit::helpers {
namespace {

// struct bpf_spin_lock is a u32 in map value memory; 0 is unlocked. A real lock, so programs run from several
// threads exclude each other as they would on several CPUs.
uint32_t* lock_word(RunContext& ctx, uint64_t p) {
  if (p % 4 != 0 || !writable(ctx, p, 4)) {
    ctx.fail(fmt::format("R1 ({:#x}) is not a bpf_spin_lock in writable memory", p));
    return nullptr;
  }
  return ptr<uint32_t>(p);
}

uint64_t spin_lock(RunContext& ctx, uint64_t p, uint64_t, uint64_t, uint64_t, uint64_t) {
  uint32_t* w = lock_word(ctx, p);
  if (w == nullptr) return 0;
  std::atomic_ref<uint32_t> a(*w);
  for (unsigned spins = 0;; ++spins) {
    uint32_t expected = 0;
    if (a.compare_exchange_weak(expected, 1, std::memory_order_acquire, std::memory_order_relaxed)) return 0;
    if (spins > 64) std::this_thread::yield();
  }
}

uint64_t spin_unlock(RunContext& ctx, uint64_t p, uint64_t, uint64_t, uint64_t, uint64_t) {
  uint32_t* w = lock_word(ctx, p);
  if (w == nullptr) return 0;
  std::atomic_ref<uint32_t>(*w).store(0, std::memory_order_release);
  return 0;
}

// x86-64 csum_partial(): the ones' complement sum of the buffer's 32-bit little-endian words and the seed, kept
// in 32 bits with end-around carry. Byte order and alignment do not change the ones' complement value, and
// end-around-carry addition only gives 0 when everything added is 0, so this matches the kernel bit for bit.
uint32_t csum_partial(const uint8_t* p, uint32_t len, uint32_t seed) {
  uint64_t sum = seed;
  uint32_t i = 0;
  for (; i + 4 <= len; i += 4) {
    uint32_t w;
    std::memcpy(&w, p + i, 4);
    sum += w;
  }
  // 1-3 trailing bytes count as a little-endian word padded with zeros (x86's load_unaligned_zeropad trail).
  uint32_t tail = 0;
  for (uint32_t k = 0; i + k < len; ++k) tail |= uint32_t(p[i + k]) << (8 * k);
  sum += tail;
  while (sum >> 32) sum = (sum & 0xffffffffu) + (sum >> 32);
  return uint32_t(sum);
}

uint32_t csum_add(uint32_t a, uint32_t b) {
  a += b;
  return a + (a < b);
}

// csum_from32to16 (include/net/checksum.h): folds to 16 bits, still a ones' complement value.
uint32_t from32to16(uint32_t sum) {
  sum += (sum >> 16) | (sum << 16);
  return sum >> 16;
}

// bpf_csum_diff (net/core/filter.c). Since 6.12 ("optimize and homogenize for all archs") the result is folded to
// 16 bits and there is no scratch buffer any more, so neither the multiple-of-4 rule nor the 512-byte limit of
// older kernels applies (checked against 6.18 in helpers_kernel_test: sizes 2 and 6 and 516 bytes in all are
// accepted). The sizes' only bound is the verifier's (the memory must be readable). With no data at all the result
// is the folded seed.
uint64_t csum_diff(RunContext& ctx, uint64_t from, uint64_t from_size, uint64_t to, uint64_t to_size, uint64_t seed) {
  const uint32_t fs = uint32_t(from_size), ts = uint32_t(to_size), s = uint32_t(seed);
  if (!need_read(ctx, from, fs, "R1 (from)") || !need_read(ctx, to, ts, "R3 (to)")) return 0;
  const uint8_t* f = ptr(from);
  const uint8_t* t = ptr(to);
  if (fs != 0 && ts != 0) return from32to16(csum_add(csum_partial(t, ts, s), ~csum_partial(f, fs, 0)));
  if (ts != 0) return from32to16(csum_partial(t, ts, s));
  if (fs != 0) return from32to16(~csum_partial(f, fs, ~s));
  return from32to16(s);
}

}  // namespace

void add_misc_helpers(HelperTable& t) {
  t.set(28, csum_diff, "bpf_csum_diff");
  t.set(93, spin_lock, "bpf_spin_lock");
  t.set(94, spin_unlock, "bpf_spin_unlock");
}

}  // namespace bpfkit::helpers
