// ALU transfer functions on scalars: adjust_scalar_min_max_vals and its scalar(32)_min_max_<op> helpers of
// kernel/bpf/verifier.c in Linux 6.18. The 32-bit and 64-bit bounds are computed independently for the ops that
// allow it (add, sub, mul, and, or, xor); the shifts work on one width and let the tnum refill the other.
#include "verifier/scalar_bounds.h"
#include "verifier/scalar_bounds_internal.h"

#include "bpfkit/insn.h"

namespace bpfkit::verifier {

using namespace detail;  // NOLINT: the kernel helper names, in this .cc only

namespace {

template <class T>
bool add_overflows(T a, T b, T* out) {
  return __builtin_add_overflow(a, b, out);
}
template <class T>
bool sub_overflows(T a, T b, T* out) {
  return __builtin_sub_overflow(a, b, out);
}
template <class T>
bool mul_overflows(T a, T b, T* out) {
  return __builtin_mul_overflow(a, b, out);
}

// Signed bounds wrap as a whole or not at all; unsigned bounds are kept when all sums overflow or none does.
void scalar32_add(ScalarBounds& d, const ScalarBounds& s) {
  if (add_overflows(d.s32_min, s.s32_min, &d.s32_min) || add_overflows(d.s32_max, s.s32_max, &d.s32_max)) {
    d.s32_min = INT32_MIN;
    d.s32_max = INT32_MAX;
  }
  bool min_overflow = add_overflows(d.u32_min, s.u32_min, &d.u32_min);
  bool max_overflow = add_overflows(d.u32_max, s.u32_max, &d.u32_max);
  if (!min_overflow && max_overflow) {
    d.u32_min = 0;
    d.u32_max = UINT32_MAX;
  }
}

void scalar64_add(ScalarBounds& d, const ScalarBounds& s) {
  if (add_overflows(d.smin, s.smin, &d.smin) || add_overflows(d.smax, s.smax, &d.smax)) {
    d.smin = INT64_MIN;
    d.smax = INT64_MAX;
  }
  bool min_overflow = add_overflows(d.umin, s.umin, &d.umin);
  bool max_overflow = add_overflows(d.umax, s.umax, &d.umax);
  if (!min_overflow && max_overflow) {
    d.umin = 0;
    d.umax = UINT64_MAX;
  }
}

void scalar32_sub(ScalarBounds& d, const ScalarBounds& s) {
  if (sub_overflows(d.s32_min, s.s32_max, &d.s32_min) || sub_overflows(d.s32_max, s.s32_min, &d.s32_max)) {
    d.s32_min = INT32_MIN;
    d.s32_max = INT32_MAX;
  }
  bool min_underflow = sub_overflows(d.u32_min, s.u32_max, &d.u32_min);
  bool max_underflow = sub_overflows(d.u32_max, s.u32_min, &d.u32_max);
  if (min_underflow && !max_underflow) {
    d.u32_min = 0;
    d.u32_max = UINT32_MAX;
  }
}

void scalar64_sub(ScalarBounds& d, const ScalarBounds& s) {
  if (sub_overflows(d.smin, s.smax, &d.smin) || sub_overflows(d.smax, s.smin, &d.smax)) {
    d.smin = INT64_MIN;
    d.smax = INT64_MAX;
  }
  bool min_underflow = sub_overflows(d.umin, s.umax, &d.umin);
  bool max_underflow = sub_overflows(d.umax, s.umin, &d.umax);
  if (min_underflow && !max_underflow) {
    d.umin = 0;
    d.umax = UINT64_MAX;
  }
}

template <class T>
void min_max_of4(const T (&p)[4], T* lo, T* hi) {
  *lo = p[0];
  *hi = p[0];
  for (int i = 1; i < 4; i++) {
    if (p[i] < *lo) *lo = p[i];
    if (p[i] > *hi) *hi = p[i];
  }
}

void scalar32_mul(ScalarBounds& d, const ScalarBounds& s) {
  if (mul_overflows(d.u32_max, s.u32_max, &d.u32_max) || mul_overflows(d.u32_min, s.u32_min, &d.u32_min)) {
    d.u32_min = 0;
    d.u32_max = UINT32_MAX;
  }
  int32_t p[4];
  if (mul_overflows(d.s32_min, s.s32_min, &p[0]) || mul_overflows(d.s32_min, s.s32_max, &p[1]) ||
      mul_overflows(d.s32_max, s.s32_min, &p[2]) || mul_overflows(d.s32_max, s.s32_max, &p[3])) {
    d.s32_min = INT32_MIN;
    d.s32_max = INT32_MAX;
  } else {
    min_max_of4(p, &d.s32_min, &d.s32_max);
  }
}

void scalar64_mul(ScalarBounds& d, const ScalarBounds& s) {
  if (mul_overflows(d.umax, s.umax, &d.umax) || mul_overflows(d.umin, s.umin, &d.umin)) {
    d.umin = 0;
    d.umax = UINT64_MAX;
  }
  int64_t p[4];
  if (mul_overflows(d.smin, s.smin, &p[0]) || mul_overflows(d.smin, s.smax, &p[1]) ||
      mul_overflows(d.smax, s.smin, &p[2]) || mul_overflows(d.smax, s.smax, &p[3])) {
    d.smin = INT64_MIN;
    d.smax = INT64_MAX;
  } else {
    min_max_of4(p, &d.smin, &d.smax);
  }
}

// After and/or/xor the unsigned bounds give the signed ones when they do not cross the sign boundary.
void signed32_from_unsigned(ScalarBounds& d) {
  if (int32_t(d.u32_min) <= int32_t(d.u32_max)) {
    d.s32_min = int32_t(d.u32_min);
    d.s32_max = int32_t(d.u32_max);
  } else {
    d.s32_min = INT32_MIN;
    d.s32_max = INT32_MAX;
  }
}

void signed64_from_unsigned(ScalarBounds& d) {
  if (int64_t(d.umin) <= int64_t(d.umax)) {
    d.smin = int64_t(d.umin);
    d.smax = int64_t(d.umax);
  } else {
    d.smin = INT64_MIN;
    d.smax = INT64_MAX;
  }
}

// The and/or/xor helpers run after var_off already holds the result of the tnum op.
void scalar32_and(ScalarBounds& d, const ScalarBounds& s) {
  bool src_known = tnum_subreg_is_const(s.var_off), dst_known = tnum_subreg_is_const(d.var_off);
  Tnum t = tnum_subreg(d.var_off);
  if (src_known && dst_known) {
    mark_known32(d, t.value);
    return;
  }
  d.u32_min = uint32_t(t.value);
  d.u32_max = min_u32(d.u32_max, s.u32_max);
  signed32_from_unsigned(d);
}

void scalar64_and(ScalarBounds& d, const ScalarBounds& s) {
  if (s.var_off.is_const() && d.var_off.is_const()) {
    mark_known(d, d.var_off.value);
    return;
  }
  d.umin = d.var_off.value;
  d.umax = min_u64(d.umax, s.umax);
  signed64_from_unsigned(d);
  update_reg_bounds(d);
}

void scalar32_or(ScalarBounds& d, const ScalarBounds& s) {
  bool src_known = tnum_subreg_is_const(s.var_off), dst_known = tnum_subreg_is_const(d.var_off);
  Tnum t = tnum_subreg(d.var_off);
  if (src_known && dst_known) {
    mark_known32(d, t.value);
    return;
  }
  d.u32_min = max_u32(d.u32_min, s.u32_min);
  d.u32_max = uint32_t(t.value | t.mask);
  signed32_from_unsigned(d);
}

void scalar64_or(ScalarBounds& d, const ScalarBounds& s) {
  if (s.var_off.is_const() && d.var_off.is_const()) {
    mark_known(d, d.var_off.value);
    return;
  }
  d.umin = max_u64(d.umin, s.umin);
  d.umax = d.var_off.value | d.var_off.mask;
  signed64_from_unsigned(d);
  update_reg_bounds(d);
}

void scalar32_xor(ScalarBounds& d, const ScalarBounds& s) {
  bool src_known = tnum_subreg_is_const(s.var_off), dst_known = tnum_subreg_is_const(d.var_off);
  Tnum t = tnum_subreg(d.var_off);
  if (src_known && dst_known) {
    mark_known32(d, t.value);
    return;
  }
  d.u32_min = uint32_t(t.value);
  d.u32_max = uint32_t(t.value | t.mask);
  signed32_from_unsigned(d);
}

void scalar64_xor(ScalarBounds& d, const ScalarBounds& s) {
  if (s.var_off.is_const() && d.var_off.is_const()) {
    mark_known(d, d.var_off.value);
    return;
  }
  d.umin = d.var_off.value;
  d.umax = d.var_off.value | d.var_off.mask;
  signed64_from_unsigned(d);
  update_reg_bounds(d);
}

void scalar32_lsh_bounds(ScalarBounds& d, uint64_t umin_val, uint64_t umax_val) {
  d.s32_min = INT32_MIN;
  d.s32_max = INT32_MAX;
  // The top bit may be shifted out: nothing is known.
  if (umax_val > 31 || d.u32_max > (uint64_t{1} << (31 - umax_val))) {
    d.u32_min = 0;
    d.u32_max = UINT32_MAX;
  } else {
    d.u32_min <<= umin_val;
    d.u32_max <<= umax_val;
  }
}

void scalar64_lsh_bounds(ScalarBounds& d, uint64_t umin_val, uint64_t umax_val) {
  // "<<32 s>>32" sign-extends a subregister: a shift by exactly 32 moves the s32 range into the upper half
  // without flipping any sign (the running build's version, for negative s32 bounds too).
  if (umin_val == 32 && umax_val == 32) {
    d.smax = int64_t(uint64_t(int64_t(d.s32_max)) << 32);
    d.smin = int64_t(uint64_t(int64_t(d.s32_min)) << 32);
  } else {
    d.smax = INT64_MAX;
    d.smin = INT64_MIN;
  }
  if (d.umax > (uint64_t{1} << (63 - umax_val))) {
    d.umin = 0;
    d.umax = UINT64_MAX;
  } else {
    d.umin <<= umin_val;
    d.umax <<= umax_val;
  }
}

void scalar32_lsh(ScalarBounds& d, const ScalarBounds& s) {
  Tnum subreg = tnum_subreg(d.var_off);
  scalar32_lsh_bounds(d, s.u32_min, s.u32_max);
  d.var_off = tnum_subreg(tnum_lshift(subreg, uint8_t(s.u32_min)));
  mark64_unbounded(d);
  update_reg32_bounds(d);
}

void scalar64_lsh(ScalarBounds& d, const ScalarBounds& s) {
  // The 64-bit part reads the unshifted 32-bit bounds, so it goes first.
  scalar64_lsh_bounds(d, s.umin, s.umax);
  scalar32_lsh_bounds(d, s.umin, s.umax);
  d.var_off = tnum_lshift(d.var_off, uint8_t(s.umin));
  update_reg_bounds(d);
}

void scalar32_rsh(ScalarBounds& d, const ScalarBounds& s) {
  Tnum subreg = tnum_subreg(d.var_off);
  d.s32_min = INT32_MIN;
  d.s32_max = INT32_MAX;
  d.var_off = tnum_rshift(subreg, uint8_t(s.u32_min));
  d.u32_min >>= s.u32_max;
  d.u32_max >>= s.u32_min;
  mark64_unbounded(d);
  update_reg32_bounds(d);
}

void scalar64_rsh(ScalarBounds& d, const ScalarBounds& s) {
  d.smin = INT64_MIN;
  d.smax = INT64_MAX;
  d.var_off = tnum_rshift(d.var_off, uint8_t(s.umin));
  d.umin >>= s.umax;
  d.umax >>= s.umin;
  // Bits shifted in from the upper half make the 32-bit bounds hard; the tnum refills them.
  mark32_unbounded(d);
  update_reg_bounds(d);
}

void scalar32_arsh(ScalarBounds& d, const ScalarBounds& s) {
  uint64_t sh = s.u32_min;  // constant here: is_safe_to_compute_dst_reg_range checked it
  d.s32_min = d.s32_min >> sh;
  d.s32_max = d.s32_max >> sh;
  d.var_off = tnum_arshift(tnum_subreg(d.var_off), uint8_t(sh), 32);
  d.u32_min = 0;
  d.u32_max = UINT32_MAX;
  mark64_unbounded(d);
  update_reg32_bounds(d);
}

void scalar64_arsh(ScalarBounds& d, const ScalarBounds& s) {
  uint64_t sh = s.umin;
  d.smin >>= sh;
  d.smax >>= sh;
  d.var_off = tnum_arshift(d.var_off, uint8_t(sh), 64);
  d.umin = 0;
  d.umax = UINT64_MAX;
  mark32_unbounded(d);
  update_reg_bounds(d);
}

// is_safe_to_compute_dst_reg_range of 6.18: shifts need a constant amount below the width (checked on the 64-bit
// umax even for ALU32, as the kernel does); div, mod and byte swaps are not tracked.
bool safe_to_compute(const ScalarBounds& src, uint8_t op, bool alu32) {
  bool src_is_const;
  if (alu32)
    src_is_const = tnum_subreg_is_const(src.var_off) && src.s32_min == src.s32_max && src.u32_min == src.u32_max;
  else
    src_is_const = src.var_off.is_const() && src.smin == src.smax && src.umin == src.umax;
  switch (op) {
    case op::ADD:
    case op::SUB:
    case op::NEG:
    case op::AND:
    case op::XOR:
    case op::OR:
    case op::MUL:
    case op::END:
      return true;
    case op::LSH:
    case op::RSH:
    case op::ARSH:
      return src_is_const && src.umax < (alu32 ? 32u : 64u);
    default:
      return false;
  }
}

}  // namespace

void scalar_alu(ScalarBounds& dst, const ScalarBounds& src_in, uint8_t opc, bool alu32, bool sdiv) {
  (void)sdiv;  // signed division is not tracked in 6.18 either
  const ScalarBounds src = src_in;  // src may alias dst (r1 += r1)
  if (!safe_to_compute(src, opc, alu32)) {
    dst = ScalarBounds::unknown();
    return;
  }
  switch (opc) {
    case op::ADD:
      scalar32_add(dst, src);
      scalar64_add(dst, src);
      dst.var_off = tnum_add(dst.var_off, src.var_off);
      break;
    case op::SUB:
      scalar32_sub(dst, src);
      scalar64_sub(dst, src);
      dst.var_off = tnum_sub(dst.var_off, src.var_off);
      break;
    case op::NEG: {
      const ScalarBounds old = dst;
      mark_known(dst, 0);
      scalar32_sub(dst, old);
      scalar64_sub(dst, old);
      dst.var_off = tnum_neg(old.var_off);
      break;
    }
    case op::MUL:
      dst.var_off = tnum_mul(dst.var_off, src.var_off);
      scalar32_mul(dst, src);
      scalar64_mul(dst, src);
      break;
    case op::AND:
      dst.var_off = tnum_and(dst.var_off, src.var_off);
      scalar32_and(dst, src);
      scalar64_and(dst, src);
      break;
    case op::OR:
      dst.var_off = tnum_or(dst.var_off, src.var_off);
      scalar32_or(dst, src);
      scalar64_or(dst, src);
      break;
    case op::XOR:
      dst.var_off = tnum_xor(dst.var_off, src.var_off);
      scalar32_xor(dst, src);
      scalar64_xor(dst, src);
      break;
    case op::LSH:
      alu32 ? scalar32_lsh(dst, src) : scalar64_lsh(dst, src);
      break;
    case op::RSH:
      alu32 ? scalar32_rsh(dst, src) : scalar64_rsh(dst, src);
      break;
    case op::ARSH:
      alu32 ? scalar32_arsh(dst, src) : scalar64_arsh(dst, src);
      break;
    default:
      break;
  }
  if (alu32) dst.zext_32_to_64();
  dst.sync();
}

bool scalar_fork_minus_one_or_zero(ScalarBounds& dst, ScalarBounds* zero_side) {
  bool alu32;
  if (dst.smin == -1 && dst.smax == 0)
    alu32 = false;
  else if (dst.s32_min == -1 && dst.s32_max == 0)
    alu32 = true;
  else
    return false;
  *zero_side = dst;
  if (alu32) {
    mark_known32(*zero_side, 0);
    mark_known32(dst, ~uint64_t{0});
  } else {
    mark_known(*zero_side, 0);
    mark_known(dst, ~uint64_t{0});
  }
  return true;
}

void scalar_neg(ScalarBounds& dst, bool alu32) { scalar_alu(dst, dst, op::NEG, alu32); }

void scalar_end(ScalarBounds& dst, int bits, bool to_be, bool alu64_bswap) {
  // scalar_byte_swap (the 6.18 build this project runs tracks byte swaps): on a little-endian host, BSWAP and
  // TO_BE swap the tnum's bytes and drop the ranges, which the tnum then refills; TO_LE only truncates. 16- and
  // 32-bit results are truncated as a narrow load is; no zero-extension follows, even for the ALU32 class.
  if (alu64_bswap || to_be) {
    if (bits == 16)
      dst.var_off = tnum_bswap16(dst.var_off);
    else if (bits == 32)
      dst.var_off = tnum_bswap32(dst.var_off);
    else if (bits == 64)
      dst.var_off = tnum_bswap64(dst.var_off);
    mark_unbounded(dst);
  }
  if (bits == 16 || bits == 32) dst.coerce_to_size(bits / 8);
  dst.sync();
}

}  // namespace bpfkit::verifier
