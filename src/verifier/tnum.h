// Tristate numbers (kernel/bpf/tnum.c): what is known about a 64-bit value bit by bit. A bit is known when its
// mask bit is 0, and then its value bit says which; value & mask is always 0. Every operation here gives exactly
// the kernel's result, because the verifier's verdict on bit tricks depends on it.
#pragma once

#include <cstdint>
#include <string>

namespace bpfkit::verifier {

struct Tnum {
  uint64_t value = 0;
  uint64_t mask = 0;

  static constexpr Tnum constant(uint64_t v) { return {v, 0}; }
  static constexpr Tnum unknown() { return {0, ~0ull}; }
  // tnum_range: the tightest tnum covering [min, max].
  static Tnum range(uint64_t min, uint64_t max);

  bool is_const() const { return mask == 0; }
  bool is_unknown() const { return mask == ~0ull; }
  bool equals_const(uint64_t v) const { return is_const() && value == v; }
  // tnum_is_aligned: known zero in the low bits of `size` (a power of two).
  bool is_aligned(uint64_t size) const;
  // tnum_in: every value `b` can take, this can take too.
  bool contains(Tnum b) const;
  uint64_t min() const { return value; }
  uint64_t max() const { return value | mask; }

  friend bool operator==(const Tnum&, const Tnum&) = default;
};

Tnum tnum_lshift(Tnum a, uint8_t shift);
Tnum tnum_rshift(Tnum a, uint8_t shift);
Tnum tnum_arshift(Tnum a, uint8_t min_shift, uint8_t insn_bitness);  // 32 or 64
Tnum tnum_add(Tnum a, Tnum b);
Tnum tnum_sub(Tnum a, Tnum b);
Tnum tnum_neg(Tnum a);
Tnum tnum_and(Tnum a, Tnum b);
Tnum tnum_or(Tnum a, Tnum b);
Tnum tnum_xor(Tnum a, Tnum b);
Tnum tnum_mul(Tnum a, Tnum b);
Tnum tnum_intersect(Tnum a, Tnum b);
Tnum tnum_union(Tnum a, Tnum b);
Tnum tnum_cast(Tnum a, uint8_t size);  // keep the low `size` bytes
Tnum tnum_subreg(Tnum a);              // low 32 bits
Tnum tnum_clear_subreg(Tnum a);        // high 32 bits only
Tnum tnum_with_subreg(Tnum reg, Tnum subreg);
Tnum tnum_const_subreg(Tnum a, uint32_t value);
bool tnum_subreg_is_const(Tnum a);
// tnum_overlap: some value may be in both (their known bits agree). is_scalar_branch_taken decides JEQ/JNE with it.
bool tnum_overlap(Tnum a, Tnum b);
// tnum_step: the smallest member of t greater than z (t.min() when z is below it, t.max() when z is at or above
// it). The running 6.18 build has it (a 2026 backport): __update_reg64_bounds uses it to find a range and a tnum
// that meet in a single value.
uint64_t tnum_step(Tnum t, uint64_t z);
// tnum_bswapN: the low N bits with their bytes reversed (upper bits cleared), for BPF_END's tracking.
Tnum tnum_bswap16(Tnum a);
Tnum tnum_bswap32(Tnum a);
Tnum tnum_bswap64(Tnum a);

// The kernel log's spelling (tnum_strn in kernel/bpf/log.c): "(0x0; 0xff)" as in var_off=(0x0; 0xff); a constant
// prints as the number, in decimal up to 0xffff and in hex above.
std::string tnum_to_string(Tnum a);

}  // namespace bpfkit::verifier
