// Tristate numbers, following kernel/bpf/tnum.c of Linux 6.18 operation by operation (the verifier's verdicts on
// bit tricks depend on the exact imprecision of each one, so none of them is "improved" here).
#include "verifier/tnum.h"

#include <bit>
#include <cstdio>

namespace bpfkit::verifier {

namespace {
constexpr Tnum make(uint64_t v, uint64_t m) { return Tnum{v, m}; }
}  // namespace

Tnum Tnum::range(uint64_t min, uint64_t max) {
  uint64_t chi = min ^ max;
  int bits = 64 - std::countl_zero(chi);  // fls64
  // All 64 bits may differ: 1 << 64 is not representable, and nothing is known anyway.
  if (bits > 63) return unknown();
  uint64_t delta = (uint64_t{1} << bits) - 1;
  return make(min & ~delta, delta);
}

bool Tnum::is_aligned(uint64_t size) const {
  if (size == 0) return true;
  return ((value | mask) & (size - 1)) == 0;
}

bool Tnum::contains(Tnum b) const {
  if (b.mask & ~mask) return false;
  return value == (b.value & ~mask);
}

// Shifts by 64 or more are undefined in C; the kernel never asks for them (callers check the shift amount), and
// x86 masks the count, so mask it here too rather than invoke undefined behaviour.
Tnum tnum_lshift(Tnum a, uint8_t shift) { return make(a.value << (shift & 63), a.mask << (shift & 63)); }
Tnum tnum_rshift(Tnum a, uint8_t shift) { return make(a.value >> (shift & 63), a.mask >> (shift & 63)); }

Tnum tnum_arshift(Tnum a, uint8_t min_shift, uint8_t insn_bitness) {
  // The sign bit (known or not) is replicated: an unknown sign makes every shifted-in bit unknown.
  if (insn_bitness == 32) {
    return make(uint32_t(int32_t(uint32_t(a.value)) >> (min_shift & 31)),
                uint32_t(int32_t(uint32_t(a.mask)) >> (min_shift & 31)));
  }
  return make(uint64_t(int64_t(a.value) >> (min_shift & 63)), uint64_t(int64_t(a.mask) >> (min_shift & 63)));
}

Tnum tnum_add(Tnum a, Tnum b) {
  uint64_t sm = a.mask + b.mask;
  uint64_t sv = a.value + b.value;
  uint64_t sigma = sm + sv;
  uint64_t chi = sigma ^ sv;  // bits a carry may reach
  uint64_t mu = chi | a.mask | b.mask;
  return make(sv & ~mu, mu);
}

Tnum tnum_sub(Tnum a, Tnum b) {
  uint64_t dv = a.value - b.value;
  uint64_t alpha = dv + a.mask;
  uint64_t beta = dv - b.mask;
  uint64_t chi = alpha ^ beta;  // bits a borrow may reach
  uint64_t mu = chi | a.mask | b.mask;
  return make(dv & ~mu, mu);
}

Tnum tnum_neg(Tnum a) { return tnum_sub(Tnum::constant(0), a); }

Tnum tnum_and(Tnum a, Tnum b) {
  uint64_t alpha = a.value | a.mask;
  uint64_t beta = b.value | b.mask;
  uint64_t v = a.value & b.value;
  return make(v, alpha & beta & ~v);
}

Tnum tnum_or(Tnum a, Tnum b) {
  uint64_t v = a.value | b.value;
  uint64_t mu = a.mask | b.mask;
  return make(v, mu & ~v);
}

Tnum tnum_xor(Tnum a, Tnum b) {
  uint64_t v = a.value ^ b.value;
  uint64_t mu = a.mask | b.mask;
  return make(v & ~mu, mu);
}

// Long multiplication over the trits of `a` (the 6.18 algorithm): a known 1 adds the shifted `b`, an unknown trit
// takes the union of adding and not adding it.
Tnum tnum_mul(Tnum a, Tnum b) {
  Tnum acc = Tnum::constant(0);
  while (a.value || a.mask) {
    if (a.value & 1)
      acc = tnum_add(acc, b);
    else if (a.mask & 1)
      acc = tnum_union(acc, tnum_add(acc, b));
    a = tnum_rshift(a, 1);
    b = tnum_lshift(b, 1);
  }
  return acc;
}

// A bit known in either operand is known in the result; where they disagree the kernel keeps the known 1.
Tnum tnum_intersect(Tnum a, Tnum b) {
  uint64_t v = a.value | b.value;
  uint64_t mu = a.mask & b.mask;
  return make(v & ~mu, mu);
}

Tnum tnum_union(Tnum a, Tnum b) {
  uint64_t v = a.value & b.value;
  uint64_t mu = (a.value ^ b.value) | a.mask | b.mask;
  return make(v & ~mu, mu);
}

Tnum tnum_cast(Tnum a, uint8_t size) {
  uint64_t keep = size >= 8 ? ~uint64_t{0} : (uint64_t{1} << (size * 8)) - 1;
  return make(a.value & keep, a.mask & keep);
}

Tnum tnum_subreg(Tnum a) { return tnum_cast(a, 4); }
Tnum tnum_clear_subreg(Tnum a) { return tnum_lshift(tnum_rshift(a, 32), 32); }
Tnum tnum_with_subreg(Tnum reg, Tnum subreg) { return tnum_or(tnum_clear_subreg(reg), tnum_subreg(subreg)); }
Tnum tnum_const_subreg(Tnum a, uint32_t value) { return tnum_with_subreg(a, Tnum::constant(value)); }
bool tnum_subreg_is_const(Tnum a) { return tnum_subreg(a).is_const(); }

Tnum tnum_bswap16(Tnum a) {
  return make(__builtin_bswap16(uint16_t(a.value)), __builtin_bswap16(uint16_t(a.mask)));
}
Tnum tnum_bswap32(Tnum a) {
  return make(__builtin_bswap32(uint32_t(a.value)), __builtin_bswap32(uint32_t(a.mask)));
}
Tnum tnum_bswap64(Tnum a) { return make(__builtin_bswap64(a.value), __builtin_bswap64(a.mask)); }

uint64_t tnum_step(Tnum t, uint64_t z) {
  const uint64_t tmax = t.value | t.mask;
  if (z >= tmax) return tmax;
  if (z < t.value) return t.value;
  // Keep t's known bits and take the unknown ones from z.
  const uint64_t j = t.value | (z & t.mask);
  auto fls64 = [](uint64_t x) { return x ? 64 - std::countl_zero(x) : 0; };
  auto high_from = [](int k) { return k >= 64 ? 0 : ~uint64_t{0} << k; };
  if (j > z) {
    // The highest known 1 where z has 0: above it follow z, from it down follow t's known bits.
    int k = fls64(~z & t.value & ~t.mask);
    uint64_t q = high_from(k);
    return (q & z) | (~q & t.value);
  }
  // The highest known 0 where z has 1: the unknown bits above it must count one up past z.
  int k = fls64(z & ~t.value & ~t.mask);
  uint64_t q = high_from(k);
  uint64_t v = (q & t.mask & z) | (q & ~t.mask);
  uint64_t u = v + (k >= 64 ? 0 : uint64_t{1} << k);
  return (u & t.mask) | t.value;
}

bool tnum_overlap(Tnum a, Tnum b) {
  uint64_t known_in_both = ~a.mask & ~b.mask;
  return (a.value & known_in_both) == (b.value & known_in_both);
}

std::string tnum_to_string(Tnum a) {
  // The kernel's printf gives "%#llx" of 0 as "0x0" (glibc would print "0"), so the prefix is written by hand.
  char buf[64];
  if (a.mask == 0) {
    if (a.value <= 0xffff)
      std::snprintf(buf, sizeof buf, "%llu", static_cast<unsigned long long>(a.value));
    else
      std::snprintf(buf, sizeof buf, "0x%llx", static_cast<unsigned long long>(a.value));
    return buf;
  }
  std::snprintf(buf, sizeof buf, "(0x%llx; 0x%llx)", static_cast<unsigned long long>(a.value),
                static_cast<unsigned long long>(a.mask));
  return buf;
}

}  // namespace bpfkit::verifier
