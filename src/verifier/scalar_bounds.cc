// The numeric part of the verifier's register state, following kernel/bpf/verifier.c of Linux 6.18: the bounds
// synchronisation (reg_bounds_sync), the coercions for narrow and sign-extending loads and moves, and the
// printing of ranges (kernel/bpf/log.c). The ALU and branch transfer functions are in scalar_alu.cc and
// scalar_branch.cc.
#include <cinttypes>
#include <cstdio>

#include "verifier/scalar_bounds.h"
#include "verifier/scalar_bounds_internal.h"

namespace bpfkit::verifier {

using detail::max_s32;
using detail::max_s64;
using detail::max_u32;
using detail::max_u64;
using detail::min_s32;
using detail::min_s64;
using detail::min_u32;
using detail::min_u64;

ScalarBounds ScalarBounds::constant(uint64_t v) {
  ScalarBounds r;
  detail::mark_known(r, v);
  return r;
}

ScalarBounds ScalarBounds::constant32(uint32_t v) { return constant(v); }

namespace detail {

void mark_known(ScalarBounds& r, uint64_t v) {
  r.var_off = Tnum::constant(v);
  r.smin = r.smax = int64_t(v);
  r.umin = r.umax = v;
  r.s32_min = r.s32_max = int32_t(uint32_t(v));
  r.u32_min = r.u32_max = uint32_t(v);
}

void mark_known32(ScalarBounds& r, uint64_t v) {
  r.var_off = tnum_const_subreg(r.var_off, uint32_t(v));
  r.s32_min = r.s32_max = int32_t(uint32_t(v));
  r.u32_min = r.u32_max = uint32_t(v);
}

void mark_unbounded(ScalarBounds& r) {
  mark64_unbounded(r);
  mark32_unbounded(r);
}

void mark64_unbounded(ScalarBounds& r) {
  r.smin = INT64_MIN;
  r.smax = INT64_MAX;
  r.umin = 0;
  r.umax = UINT64_MAX;
}

void mark32_unbounded(ScalarBounds& r) {
  r.s32_min = INT32_MIN;
  r.s32_max = INT32_MAX;
  r.u32_min = 0;
  r.u32_max = UINT32_MAX;
}

void update_reg32_bounds(ScalarBounds& r) {
  Tnum t = tnum_subreg(r.var_off);
  // The smallest signed value has the sign bit set if it may be, and the other bits at their minimum.
  r.s32_min = max_s32(r.s32_min, int32_t(uint32_t(t.value | (t.mask & 0x80000000u))));
  r.s32_max = min_s32(r.s32_max, int32_t(uint32_t(t.value | (t.mask & 0x7fffffffu))));
  r.u32_min = max_u32(r.u32_min, uint32_t(t.value));
  r.u32_max = min_u32(r.u32_max, uint32_t(t.value | t.mask));
}

void update_reg64_bounds(ScalarBounds& r) {
  const Tnum t = r.var_off;
  r.smin = max_s64(r.smin, int64_t(t.value | (t.mask & 0x8000000000000000ull)));
  r.smax = min_s64(r.smax, int64_t(t.value | (t.mask & 0x7fffffffffffffffull)));
  r.umin = max_u64(r.umin, t.value);
  r.umax = min_u64(r.umax, t.value | t.mask);

  // When the u64 range and the tnum share a single value, the register is that constant.
  const uint64_t next = tnum_step(t, r.umin);
  const bool umin_in_tnum = (r.umin & ~t.mask) == t.value;
  const uint64_t tmax = t.value | t.mask;
  if (umin_in_tnum && next > r.umax)
    mark_known(r, r.umin);  // only umin
  else if (!umin_in_tnum && next == tmax)
    mark_known(r, tmax);  // only the tnum's maximum
  else if (!umin_in_tnum && next <= r.umax && tnum_step(t, next) > r.umax)
    mark_known(r, next);  // only one value strictly inside
}

void update_reg_bounds(ScalarBounds& r) {
  update_reg32_bounds(r);
  update_reg64_bounds(r);
}

namespace {

// __reg32_deduce_bounds: the 32-bit bounds learn from the 64-bit ones when the upper halves of a 64-bit range are
// the same (or two consecutive values with the low half crossing the s32 sign), then u32 and s32 learn from each
// other: directly when neither crosses its sign boundary, and, as the running 6.18 build does, also when the s32
// range wraps and the u32 range meets only one of its ends.
void reg32_deduce_bounds(ScalarBounds& r) {
  if ((r.umin >> 32) == (r.umax >> 32)) {
    r.u32_min = max_u32(r.u32_min, uint32_t(r.umin));
    r.u32_max = min_u32(r.u32_max, uint32_t(r.umax));
    if (int32_t(uint32_t(r.umin)) <= int32_t(uint32_t(r.umax))) {
      r.s32_min = max_s32(r.s32_min, int32_t(uint32_t(r.umin)));
      r.s32_max = min_s32(r.s32_max, int32_t(uint32_t(r.umax)));
    }
  }
  if ((r.smin >> 32) == (r.smax >> 32)) {
    if (uint32_t(r.smin) <= uint32_t(r.smax)) {
      r.u32_min = max_u32(r.u32_min, uint32_t(r.smin));
      r.u32_max = min_u32(r.u32_max, uint32_t(r.smax));
    }
    if (int32_t(uint32_t(r.smin)) <= int32_t(uint32_t(r.smax))) {
      r.s32_min = max_s32(r.s32_min, int32_t(uint32_t(r.smin)));
      r.s32_max = min_s32(r.s32_max, int32_t(uint32_t(r.smax)));
    }
  }
  if (uint32_t(r.umin >> 32) + 1 == uint32_t(r.umax >> 32) && int32_t(uint32_t(r.umin)) < 0 &&
      int32_t(uint32_t(r.umax)) >= 0) {
    r.s32_min = max_s32(r.s32_min, int32_t(uint32_t(r.umin)));
    r.s32_max = min_s32(r.s32_max, int32_t(uint32_t(r.umax)));
  }
  if (uint32_t(uint64_t(r.smin) >> 32) + 1 == uint32_t(uint64_t(r.smax) >> 32) && int32_t(uint32_t(r.smin)) < 0 &&
      int32_t(uint32_t(r.smax)) >= 0) {
    r.s32_min = max_s32(r.s32_min, int32_t(uint32_t(r.smin)));
    r.s32_max = min_s32(r.s32_max, int32_t(uint32_t(r.smax)));
  }
  if (int32_t(r.u32_min) <= int32_t(r.u32_max)) {
    r.s32_min = max_s32(r.s32_min, int32_t(r.u32_min));
    r.s32_max = min_s32(r.s32_max, int32_t(r.u32_max));
  }
  if (uint32_t(r.s32_min) <= uint32_t(r.s32_max)) {
    r.u32_min = max_u32(uint32_t(r.s32_min), r.u32_min);
    r.u32_max = min_u32(uint32_t(r.s32_max), r.u32_max);
  } else if (r.u32_max < uint32_t(r.s32_min)) {
    // The s32 range wraps through the sign boundary and the u32 range meets only its non-negative part.
    r.s32_min = int32_t(r.u32_min);
    r.u32_max = min_u32(r.u32_max, uint32_t(r.s32_max));
  } else if (uint32_t(r.s32_max) < r.u32_min) {
    // ... or only its negative part.
    r.s32_max = int32_t(r.u32_max);
    r.u32_min = max_u32(r.u32_min, uint32_t(r.s32_min));
  }
}

// __reg64_deduce_bounds: u64 and s64 learn from each other when a range stays within one sign half; since 6.17
// also when the s64 range wraps through the sign boundary and the u64 range meets only one of its two ends.
void reg64_deduce_bounds(ScalarBounds& r) {
  if (int64_t(r.umin) <= int64_t(r.umax)) {
    r.smin = max_s64(r.smin, int64_t(r.umin));
    r.smax = min_s64(r.smax, int64_t(r.umax));
  }
  if (uint64_t(r.smin) <= uint64_t(r.smax)) {
    r.umin = max_u64(uint64_t(r.smin), r.umin);
    r.umax = min_u64(uint64_t(r.smax), r.umax);
  } else if (r.umax < uint64_t(r.smin)) {
    // The u64 range meets only the non-negative part of the s64 range.
    r.smin = int64_t(r.umin);
    r.umax = min_u64(r.umax, uint64_t(r.smax));
  } else if (uint64_t(r.smax) < r.umin) {
    // The u64 range meets only the negative part.
    r.smax = int64_t(r.umax);
    r.umin = max_u64(r.umin, uint64_t(r.smin));
  }
}

// __reg_deduce_mixed_bounds: the 64-bit bounds learn from the 32-bit ones by substituting the low halves, and a
// sign-extended positive s32 range pins the whole register.
void reg_deduce_mixed_bounds(ScalarBounds& r) {
  constexpr uint64_t kHigh = ~0xffffffffull;
  uint64_t new_umin = (r.umin & kHigh) | r.u32_min;
  uint64_t new_umax = (r.umax & kHigh) | r.u32_max;
  r.umin = max_u64(r.umin, new_umin);
  r.umax = min_u64(r.umax, new_umax);
  int64_t new_smin = int64_t((uint64_t(r.smin) & kHigh) | r.u32_min);
  int64_t new_smax = int64_t((uint64_t(r.smax) & kHigh) | r.u32_max);
  r.smin = max_s64(r.smin, new_smin);
  r.smax = min_s64(r.smax, new_smax);

  // [S32_MIN, S32_MAX] as s64 with a non-negative low half: the upper half cannot be all ones.
  if (r.s32_min >= 0 && r.smin >= INT32_MIN && r.smax <= INT32_MAX) {
    r.smin = r.s32_min;
    r.smax = r.s32_max;
    r.umin = uint64_t(r.s32_min);
    r.umax = uint64_t(r.s32_max);
    r.var_off = tnum_intersect(r.var_off, Tnum::range(uint64_t(r.smin), uint64_t(r.smax)));
  }
}

}  // namespace

void reg_deduce_bounds(ScalarBounds& r) {
  reg32_deduce_bounds(r);
  reg64_deduce_bounds(r);
  reg_deduce_mixed_bounds(r);
}

void reg_bound_offset(ScalarBounds& r) {
  Tnum var64 = tnum_intersect(r.var_off, Tnum::range(r.umin, r.umax));
  Tnum var32 = tnum_intersect(tnum_subreg(var64), Tnum::range(r.u32_min, r.u32_max));
  r.var_off = tnum_or(tnum_clear_subreg(var64), var32);
}

void assign_32_into_64(ScalarBounds& r) {
  r.umin = r.u32_min;
  r.umax = r.u32_max;
  // Signed 32-bit bounds carry over only when both are non-negative; otherwise the tnum refines [0, U32_MAX].
  if (r.s32_min >= 0 && r.s32_max >= 0) {
    r.smin = r.s32_min;
    r.smax = r.s32_max;
  } else {
    r.smin = 0;
    r.smax = UINT32_MAX;
  }
}

}  // namespace detail

void ScalarBounds::sync() {
  detail::update_reg_bounds(*this);
  // Three passes, as the running build does (6.18 as released had two; a random program against the kernel
  // needed the third): one pass's 64-bit deductions feed the next pass's 32-bit ones.
  detail::reg_deduce_bounds(*this);
  detail::reg_deduce_bounds(*this);
  detail::reg_deduce_bounds(*this);
  detail::reg_bound_offset(*this);
  detail::update_reg_bounds(*this);
}

bool ScalarBounds::sane() const {
  if (umin > umax || smin > smax || u32_min > u32_max || s32_min > s32_max) return false;
  if (var_off.is_const()) {
    uint64_t v = var_off.value;
    if (umin != v || umax != v || smin != int64_t(v) || smax != int64_t(v)) return false;
  }
  if (tnum_subreg_is_const(var_off)) {
    uint32_t v = uint32_t(var_off.value);
    if (u32_min != v || u32_max != v || s32_min != int32_t(v) || s32_max != int32_t(v)) return false;
  }
  return true;
}

std::string ScalarBounds::invariants_violation(const char* ctx) const {
  const char* msg = nullptr;
  if (umin > umax || smin > smax || u32_min > u32_max || s32_min > s32_max)
    msg = "range bounds violation";
  else if (var_off.is_const() && (umin != var_off.value || umax != var_off.value ||
                                  smin != int64_t(var_off.value) || smax != int64_t(var_off.value)))
    msg = "const tnum out of sync with range bounds";
  else if (tnum_subreg_is_const(var_off)) {
    uint32_t v = uint32_t(var_off.value);
    if (u32_min != v || u32_max != v || s32_min != int32_t(v) || s32_max != int32_t(v))
      msg = "const subreg tnum out of sync with range bounds";
  }
  if (!msg) return "";
  // The kernel's "%#llx"/"%#x" always carry "0x"; signed values print as their unsigned bit pattern.
  char buf[512];
  std::snprintf(buf, sizeof buf,
                "REG INVARIANTS VIOLATION (%s): %s u64=[0x%" PRIx64 ", 0x%" PRIx64 "] s64=[0x%" PRIx64 ", 0x%" PRIx64
                "] u32=[0x%x, 0x%x] s32=[0x%x, 0x%x] var_off=(0x%" PRIx64 ", 0x%" PRIx64 ")",
                ctx, msg, umin, umax, uint64_t(smin), uint64_t(smax), u32_min, u32_max, uint32_t(s32_min),
                uint32_t(s32_max), var_off.value, var_off.mask);
  return buf;
}

void ScalarBounds::zext_32_to_64() {
  var_off = tnum_subreg(var_off);
  detail::assign_32_into_64(*this);
}

void ScalarBounds::coerce_to_size(int size) {
  var_off = tnum_cast(var_off, uint8_t(size));
  uint64_t mask = size >= 8 ? ~uint64_t{0} : (uint64_t{1} << (size * 8)) - 1;
  if ((umin & ~mask) == (umax & ~mask)) {
    umin &= mask;
    umax &= mask;
  } else {
    umin = 0;
    umax = mask;
  }
  smin = int64_t(umin);
  smax = int64_t(umax);
  // Below 32 bits the subregister is truncated too; the 64-bit bounds (all within the subregister) refill it.
  if (size < 4) detail::mark32_unbounded(*this);
  sync();
}

void ScalarBounds::coerce_to_size_sx(int size) {
  const unsigned num_bits = unsigned(size) * 8;
  auto sext = [size](uint64_t v) -> int64_t {
    if (size == 1) return int8_t(uint8_t(v));
    if (size == 2) return int16_t(uint16_t(v));
    return int32_t(uint32_t(v));
  };
  if (var_off.is_const()) {
    uint64_t v = uint64_t(sext(var_off.value));
    var_off = Tnum::constant(v);
    smin = smax = int64_t(v);
    umin = umax = v;
    s32_min = s32_max = int32_t(uint32_t(v));
    u32_min = u32_max = uint32_t(v);
    return;
  }
  uint64_t top_smax = (uint64_t(smax) >> num_bits) << num_bits;
  uint64_t top_smin = (uint64_t(smin) >> num_bits) << num_bits;
  if (top_smax == top_smin) {
    int64_t a = sext(uint64_t(smax)), b = sext(uint64_t(smin));
    int64_t hi = a > b ? a : b, lo = a < b ? a : b;
    if ((hi >= 0) == (lo >= 0)) {
      // The kernel assigns the 64-bit values to the 32-bit fields, truncating.
      smin = lo;
      s32_min = int32_t(uint32_t(uint64_t(lo)));
      smax = hi;
      s32_max = int32_t(uint32_t(uint64_t(hi)));
      umin = uint64_t(lo);
      u32_min = uint32_t(uint64_t(lo));
      umax = uint64_t(hi);
      u32_max = uint32_t(uint64_t(hi));
      var_off = Tnum::range(uint64_t(lo), uint64_t(hi));
      return;
    }
  }
  // Where the exact ranges above give up, the running build (found against the kernel; the subregister variant
  // below has none of this) still uses what fits the narrow signed type: for a 32-bit extension, and for a
  // narrower one whose s32 range fits, the result is the s32 range sign-extended (u64 bounds reset); a register
  // whose s64 range already fits a narrower type is unchanged. Either way the tnum is rebuilt from the bounds.
  int64_t lim = size == 1 ? INT8_MAX : size == 2 ? INT16_MAX : INT32_MAX;
  const bool s64_fits = smin >= -lim - 1 && smax <= lim;
  const bool s32_fits = s32_min >= -lim - 1 && s32_max <= lim;
  if (size == 4 || (!s64_fits && s32_fits)) {
    smin = s32_min;
    smax = s32_max;
    umin = 0;
    umax = UINT64_MAX;
    var_off = Tnum::unknown();
    sync();
    return;
  }
  if (s64_fits) {
    var_off = Tnum::unknown();
    sync();
    return;
  }
  // set_sext64_default_val
  smin = -lim - 1;
  s32_min = int32_t(-lim - 1);
  smax = lim;
  s32_max = int32_t(lim);
  umin = 0;
  u32_min = 0;
  umax = UINT64_MAX;
  u32_max = UINT32_MAX;
  var_off = Tnum::unknown();
}

void ScalarBounds::coerce_subreg_to_size_sx(int size) {
  const unsigned num_bits = unsigned(size) * 8;
  auto sext = [size](uint32_t v) -> int32_t { return size == 1 ? int8_t(uint8_t(v)) : int16_t(uint16_t(v)); };
  if (var_off.is_const()) {
    // Note the kernel makes the whole tnum the sign-extended 64-bit constant here; zext_32_to_64 follows.
    int32_t v = sext(uint32_t(var_off.value));
    var_off = Tnum::constant(uint64_t(int64_t(v)));
    s32_min = s32_max = v;
    u32_min = u32_max = uint32_t(v);
    return;
  }
  uint32_t top_smax = (uint32_t(s32_max) >> num_bits) << num_bits;
  uint32_t top_smin = (uint32_t(s32_min) >> num_bits) << num_bits;
  if (top_smax == top_smin) {
    int32_t a = sext(uint32_t(s32_max)), b = sext(uint32_t(s32_min));
    int32_t hi = a > b ? a : b, lo = a < b ? a : b;
    if ((lo >= 0) == (hi >= 0)) {
      s32_min = lo;
      s32_max = hi;
      u32_min = uint32_t(lo);
      u32_max = uint32_t(hi);
      var_off = tnum_subreg(Tnum::range(uint64_t(int64_t(lo)), uint64_t(int64_t(hi))));
      return;
    }
  }
  // set_sext32_default_val
  s32_min = size == 1 ? INT8_MIN : INT16_MIN;
  s32_max = size == 1 ? INT8_MAX : INT16_MAX;
  u32_min = 0;
  u32_max = UINT32_MAX;
  var_off = tnum_subreg(Tnum::unknown());
}

// verbose_snum / verbose_unum: decimal within 16 bits, hex beyond; the kernel's "%#llx" always has its "0x".
void append_unum(std::string& out, uint64_t v) {
  char buf[32];
  if (v <= 0xffff)
    std::snprintf(buf, sizeof buf, "%" PRIu64, v);
  else
    std::snprintf(buf, sizeof buf, "0x%" PRIx64, v);
  out += buf;
}

void append_snum(std::string& out, int64_t v) {
  char buf[32];
  if (v >= INT16_MIN && v <= INT16_MAX)
    std::snprintf(buf, sizeof buf, "%" PRId64, v);
  else
    std::snprintf(buf, sizeof buf, "0x%" PRIx64, uint64_t(v));
  out += buf;
}


std::string ScalarBounds::to_string() const {
  // A constant prints as the number alone (R1=5), which print_reg_state does before any parenthesis.
  if (var_off.is_const()) {
    std::string s;
    append_snum(s, int64_t(var_off.value));
    return s;
  }
  // print_scalar_ranges: bounds at their type's extreme are left out; a bound equal to a later one of the same
  // kind (min or max) is printed once as "a=b=value", never merging a negative signed value with a non-negative
  // one. A signed 32-bit bound printed in hex is not sign-extended, so it matches only the same 32-bit pattern.
  struct Entry {
    const char* name;
    uint64_t val;
    bool omit;
  };
  auto s32_val = [](int32_t v) -> uint64_t {
    return (v >= INT16_MIN && v <= INT16_MAX) ? uint64_t(int64_t(v)) : uint64_t(uint32_t(v));
  };
  Entry m[] = {
      {"smin", uint64_t(smin), smin == INT64_MIN},
      {"smax", uint64_t(smax), smax == INT64_MAX},
      {"umin", umin, umin == 0},
      {"umax", umax, umax == UINT64_MAX},
      {"smin32", s32_val(s32_min), s32_min == INT32_MIN},
      {"smax32", s32_val(s32_max), s32_max == INT32_MAX},
      {"umin32", u32_min, u32_min == 0},
      {"umax32", u32_max, u32_max == UINT32_MAX},
  };
  constexpr int n = sizeof m / sizeof m[0];
  std::string out;
  const char* sep = "";
  for (int i = 0; i < n; i++) {
    if (m[i].omit) continue;
    bool neg1 = m[i].name[0] == 's' && int64_t(m[i].val) < 0;
    out += sep;
    out += m[i].name;
    out += '=';
    sep = ",";
    for (int j = i + 2; j < n; j += 2) {
      if (m[j].omit || m[j].val != m[i].val) continue;
      bool neg2 = m[j].name[0] == 's' && int64_t(m[j].val) < 0;
      if (neg2 != neg1) continue;
      m[j].omit = true;
      out += m[j].name;
      out += '=';
    }
    if (m[i].name[0] == 's')
      append_snum(out, int64_t(m[i].val));
    else
      append_unum(out, m[i].val);
  }
  if (!var_off.is_unknown()) {
    out += sep;
    out += "var_off=";
    out += tnum_to_string(var_off);
  }
  return out;
}

bool scalar_range_within(const ScalarBounds& old, const ScalarBounds& cur) {
  return old.umin <= cur.umin && old.umax >= cur.umax && old.smin <= cur.smin && old.smax >= cur.smax &&
         old.u32_min <= cur.u32_min && old.u32_max >= cur.u32_max && old.s32_min <= cur.s32_min &&
         old.s32_max >= cur.s32_max;
}

}  // namespace bpfkit::verifier
