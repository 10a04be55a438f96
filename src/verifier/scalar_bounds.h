// What the verifier knows about a scalar (the numeric part of struct bpf_reg_state): a tnum and signed and
// unsigned bounds, 64-bit and 32-bit (the low half). Every operation follows kernel/bpf/verifier.c in 6.18
// exactly: adjust_scalar_min_max_vals and its scalar(32)_min_max_<op> helpers for ALU, regs_refine_cond_op and
// is_scalar_branch_taken for conditional jumps, reg_bounds_sync (__update_reg_bounds, __reg_deduce_bounds,
// __reg_bound_offset) after each, coerce_reg_to_size(_sx) for narrow loads and sign-extending moves. A verdict on
// a bounds trick depends on the last bit of precision, so "close to the kernel" is not good enough.
//
// This is a value type with no notion of pointers, ids or liveness; reg_state.h builds on it.
#pragma once

#include <cstdint>
#include <string>

#include "verifier/tnum.h"

namespace bpfkit::verifier {

struct ScalarBounds {
  Tnum var_off = Tnum::unknown();
  int64_t smin = INT64_MIN, smax = INT64_MAX;
  uint64_t umin = 0, umax = UINT64_MAX;
  int32_t s32_min = INT32_MIN, s32_max = INT32_MAX;
  uint32_t u32_min = 0, u32_max = UINT32_MAX;

  static ScalarBounds unknown() { return {}; }  // __mark_reg_unknown's numeric part
  static ScalarBounds constant(uint64_t v);     // __mark_reg_known
  static ScalarBounds constant32(uint32_t v);   // __mark_reg32_known on a zero-extended value

  bool is_const() const { return var_off.is_const(); }
  uint64_t const_value() const { return var_off.value; }
  bool subreg_is_const() const { return tnum_subreg_is_const(var_off); }

  // reg_bounds_sync: __update_reg_bounds, __reg_deduce_bounds, __reg_bound_offset, __update_reg_bounds again.
  void sync();
  // The kernel's reg_bounds_sanity_check: false when the bounds are contradictory (min > max, or the tnum outside
  // them), which the kernel reports as "REG INVARIANTS VIOLATION" and treats as an impossible branch.
  bool sane() const;
  // The kernel's message when sane() fails, e.g. "REG INVARIANTS VIOLATION (true_reg1): range bounds violation
  // u64=[0x3e8, 0x3] s64=[...] u32=[...] s32=[...] var_off=(0x3, 0x0)" (the verifier prefixes "verifier bug: ");
  // "" when sane. ctx names the register as reg_set_min_max does: true_reg1, true_reg2, false_reg1, false_reg2.
  std::string invariants_violation(const char* ctx) const;

  // zext_32_to_64 after an ALU32 op / __reg_assign_32_into_64 and friends.
  void zext_32_to_64();
  // coerce_reg_to_size: a load of `size` bytes (1, 2, 4) zero-extends.
  void coerce_to_size(int size);
  // coerce_reg_to_size_sx: a sign-extending load or MOVSX of `size` bytes (1, 2, 4) into 64 bits.
  void coerce_to_size_sx(int size);
  // coerce_subreg_to_size_sx: MOVSX32 of 1 or 2 bytes (32-bit result, then zero-extended by the caller).
  void coerce_subreg_to_size_sx(int size);

  // "smin=... umax=... var_off=(...)" in the kernel log's print_scalar_ranges order, leaving out what the kernel
  // leaves out (bounds at their type's extreme, an unknown var_off) and merging equal bounds ("smin=umin=5").
  // Used inside "R1=scalar(...)": an unknown scalar gives "". A constant gives the number alone ("5", "-1",
  // "0x10000"), which the kernel prints without "scalar(...)" (R1=5).
  std::string to_string() const;
  friend bool operator==(const ScalarBounds&, const ScalarBounds&) = default;
};

// ALU on two scalars (dst = dst OP src), for op one of the BPF_ADD .. BPF_ARSH codes (op::ADD, op::SUB, op::MUL,
// op::DIV, op::MOD, op::OR, op::AND, op::LSH, op::RSH, op::ARSH, op::XOR) with `alu32` for the ALU class. `sdiv`
// selects SDIV/SMOD (offset 1). As adjust_scalar_min_max_vals: ops the kernel does not track (div, mod, and shifts
// by a non-constant or too large amount) give unknown; the 32-bit result is zero-extended for alu32. NEG and END
// and MOV are handled by the caller with the helpers below.
void scalar_alu(ScalarBounds& dst, const ScalarBounds& src, uint8_t op, bool alu32, bool sdiv = false);
// maybe_fork_scalars of the running build: before `dst &= K` or `dst |= K` (K a constant), a destination in
// [-1, 0] (as s64, else as s32) splits the path: returns true, sets dst to -1 (all ones; only the subregister when
// it was the s32 range) for the current path and *zero_side to 0 likewise; the caller pushes *zero_side as a new
// branch that executes the same instruction again, then applies the op to dst. False (nothing changed) otherwise.
bool scalar_fork_minus_one_or_zero(ScalarBounds& dst, ScalarBounds* zero_side);
// BPF_NEG: the kernel computes 0 - dst.
void scalar_neg(ScalarBounds& dst, bool alu32);
// BPF_END / BSWAP (scalar_byte_swap of the running build): BSWAP and TO_BE swap the tnum's bytes and rebuild the
// bounds from it; TO_LE only truncates (little-endian host). 16- and 32-bit results are truncated; no zext follows.
void scalar_end(ScalarBounds& dst, int bits, bool to_be, bool alu64_bswap);

// is_branch_taken for two scalars: 1 taken, 0 not taken, -1 unknown. op is a jump code (op::JEQ .. op::JSLE,
// op::JSET, op::JNE), jmp32 for the JMP32 class.
int scalar_branch_taken(const ScalarBounds& dst, const ScalarBounds& src, uint8_t op, bool jmp32);
// is_scalar_branch_taken when both operands are the same register (`if r1 > r1`): decided by the op alone,
// except JSET. The kernel also skips refinement in that case, so callers should not call scalar_refine_branch.
int scalar_branch_taken_same_reg(const ScalarBounds& reg, uint8_t op, bool jmp32);
// regs_refine_cond_op + reg_bounds_sync on both registers for the branch where the condition is `taken`
// (the fall-through refines with the reversed op), then reg_bounds_sanity_check on each as reg_set_min_max does.
// Returns false when a register's bounds came out contradictory: that side cannot happen at run time, but the
// kernel does not drop it; it logs "verifier bug: REG INVARIANTS VIOLATION (...)" (invariants_violation below,
// before this function reset the register), forgets that register's ranges (keeping its tnum) and goes on, which
// is what this function leaves in the register. Seen on the running kernel in tests/kernel/verifier_scalar_kernel_test.cc.
bool scalar_refine_branch(ScalarBounds& dst, ScalarBounds& src, uint8_t op, bool jmp32, bool taken);

// range_within (state pruning): every value `cur` may take, `old` may take too.
bool scalar_range_within(const ScalarBounds& old, const ScalarBounds& cur);

// verbose_snum / verbose_unum: a value in the log, decimal within 16 bits and hex beyond.
void append_snum(std::string& out, int64_t v);
void append_unum(std::string& out, uint64_t v);

}  // namespace bpfkit::verifier
