// Conditional jumps on scalars: is_scalar_branch_taken and regs_refine_cond_op of kernel/bpf/verifier.c in Linux
// 6.18, followed by reg_bounds_sync as reg_set_min_max does.
#include <utility>

#include "bpfkit/insn.h"
#include "verifier/scalar_bounds.h"
#include "verifier/scalar_bounds_internal.h"

namespace bpfkit::verifier {

using namespace detail;  // NOLINT: the kernel helper names, in this .cc only

namespace {

// BPF_JSET | BPF_X stands for "not JSET" (the fall-through of a JSET), as the kernel's rev_opcode gives it.
constexpr uint8_t kJsetFalse = op::JSET | op::X;

bool is_const(const ScalarBounds& r, bool jmp32) {
  return jmp32 ? tnum_subreg_is_const(r.var_off) : r.var_off.is_const();
}

uint64_t const_value(const ScalarBounds& r, bool jmp32) {
  return jmp32 ? uint32_t(r.var_off.value) : r.var_off.value;
}

// flip_opcode: the same test with the operands swapped.
uint8_t flip_opcode(uint8_t opc) {
  switch (opc) {
    case op::JGT: return op::JLT;
    case op::JLT: return op::JGT;
    case op::JGE: return op::JLE;
    case op::JLE: return op::JGE;
    case op::JSGT: return op::JSLT;
    case op::JSLT: return op::JSGT;
    case op::JSGE: return op::JSLE;
    case op::JSLE: return op::JSGE;
    default: return opc;
  }
}

// rev_opcode: the negated test, for the fall-through branch.
uint8_t rev_opcode(uint8_t opc) {
  switch (opc) {
    case op::JEQ: return op::JNE;
    case op::JNE: return op::JEQ;
    case op::JSET: return kJsetFalse;
    case kJsetFalse: return op::JSET;
    case op::JGT: return op::JLE;
    case op::JLE: return op::JGT;
    case op::JGE: return op::JLT;
    case op::JLT: return op::JGE;
    case op::JSGT: return op::JSLE;
    case op::JSLE: return op::JSGT;
    case op::JSGE: return op::JSLT;
    case op::JSLT: return op::JSGE;
    default: return opc;
  }
}

bool is_power_of_2(uint64_t v) { return v != 0 && (v & (v - 1)) == 0; }

void refine_cond_op(ScalarBounds* r1, ScalarBounds* r2, uint8_t opc, bool jmp32) {
  // GE/GT/SGE/SGT are LE/LT/SLE/SLT with the operands swapped.
  switch (opc) {
    case op::JGE:
    case op::JGT:
    case op::JSGE:
    case op::JSGT:
      opc = flip_opcode(opc);
      std::swap(r1, r2);
      break;
    default:
      break;
  }
  switch (opc) {
    case op::JEQ:
      if (jmp32) {
        r1->u32_min = max_u32(r1->u32_min, r2->u32_min);
        r1->u32_max = min_u32(r1->u32_max, r2->u32_max);
        r1->s32_min = max_s32(r1->s32_min, r2->s32_min);
        r1->s32_max = min_s32(r1->s32_max, r2->s32_max);
        r2->u32_min = r1->u32_min;
        r2->u32_max = r1->u32_max;
        r2->s32_min = r1->s32_min;
        r2->s32_max = r1->s32_max;
        Tnum t = tnum_intersect(tnum_subreg(r1->var_off), tnum_subreg(r2->var_off));
        r1->var_off = tnum_with_subreg(r1->var_off, t);
        r2->var_off = tnum_with_subreg(r2->var_off, t);
      } else {
        r1->umin = max_u64(r1->umin, r2->umin);
        r1->umax = min_u64(r1->umax, r2->umax);
        r1->smin = max_s64(r1->smin, r2->smin);
        r1->smax = min_s64(r1->smax, r2->smax);
        r2->umin = r1->umin;
        r2->umax = r1->umax;
        r2->smin = r1->smin;
        r2->smax = r1->smax;
        r1->var_off = tnum_intersect(r1->var_off, r2->var_off);
        r2->var_off = r1->var_off;
      }
      break;
    case op::JNE: {
      if (!is_const(*r2, jmp32)) std::swap(r1, r2);
      if (!is_const(*r2, jmp32)) break;
      // Only a constant sitting exactly on an edge of the other range narrows it.
      uint64_t val = const_value(*r2, jmp32);
      // The steps wrap as the kernel's do (only a constant register could wrap, and then the branch is decided).
      if (jmp32) {
        if (r1->u32_min == uint32_t(val)) r1->u32_min++;
        if (r1->u32_max == uint32_t(val)) r1->u32_max--;
        if (r1->s32_min == int32_t(uint32_t(val))) r1->s32_min = int32_t(uint32_t(r1->s32_min) + 1);
        if (r1->s32_max == int32_t(uint32_t(val))) r1->s32_max = int32_t(uint32_t(r1->s32_max) - 1);
      } else {
        if (r1->umin == val) r1->umin++;
        if (r1->umax == val) r1->umax--;
        if (r1->smin == int64_t(val)) r1->smin = int64_t(uint64_t(r1->smin) + 1);
        if (r1->smax == int64_t(val)) r1->smax = int64_t(uint64_t(r1->smax) - 1);
      }
      break;
    }
    case op::JSET: {
      if (!is_const(*r2, jmp32)) std::swap(r1, r2);
      if (!is_const(*r2, jmp32)) break;
      // "r1 & val" true teaches which bit is set only when val has a single bit.
      uint64_t val = const_value(*r2, jmp32);
      if (!is_power_of_2(val)) break;
      if (jmp32) {
        Tnum t = tnum_or(tnum_subreg(r1->var_off), Tnum::constant(val));
        r1->var_off = tnum_with_subreg(r1->var_off, t);
      } else {
        r1->var_off = tnum_or(r1->var_off, Tnum::constant(val));
      }
      break;
    }
    case kJsetFalse: {
      if (!is_const(*r2, jmp32)) std::swap(r1, r2);
      if (!is_const(*r2, jmp32)) break;
      uint64_t val = const_value(*r2, jmp32);
      // The kernel forgets the ranges before narrowing the tnum, so a dead branch cannot break the invariants.
      mark_unbounded(*r1);
      if (jmp32) {
        Tnum t = tnum_and(tnum_subreg(r1->var_off), Tnum::constant(~val));
        r1->var_off = tnum_with_subreg(r1->var_off, t);
      } else {
        r1->var_off = tnum_and(r1->var_off, Tnum::constant(~val));
      }
      break;
    }
    case op::JLE:
      if (jmp32) {
        r1->u32_max = min_u32(r1->u32_max, r2->u32_max);
        r2->u32_min = max_u32(r1->u32_min, r2->u32_min);
      } else {
        r1->umax = min_u64(r1->umax, r2->umax);
        r2->umin = max_u64(r1->umin, r2->umin);
      }
      break;
    case op::JLT:
      if (jmp32) {
        r1->u32_max = min_u32(r1->u32_max, r2->u32_max - 1);
        r2->u32_min = max_u32(r1->u32_min + 1, r2->u32_min);
      } else {
        r1->umax = min_u64(r1->umax, r2->umax - 1);
        r2->umin = max_u64(r1->umin + 1, r2->umin);
      }
      break;
    case op::JSLE:
      if (jmp32) {
        r1->s32_max = min_s32(r1->s32_max, r2->s32_max);
        r2->s32_min = max_s32(r1->s32_min, r2->s32_min);
      } else {
        r1->smax = min_s64(r1->smax, r2->smax);
        r2->smin = max_s64(r1->smin, r2->smin);
      }
      break;
    case op::JSLT:
      // The kernel's "- 1" and "+ 1" wrap in the unsigned type; in the signed one they would be undefined.
      if (jmp32) {
        r1->s32_max = min_s32(r1->s32_max, int32_t(uint32_t(r2->s32_max) - 1));
        r2->s32_min = max_s32(int32_t(uint32_t(r1->s32_min) + 1), r2->s32_min);
      } else {
        r1->smax = min_s64(r1->smax, int64_t(uint64_t(r2->smax) - 1));
        r2->smin = max_s64(int64_t(uint64_t(r1->smin) + 1), r2->smin);
      }
      break;
    default:
      break;
  }
}

}  // namespace

int scalar_branch_taken(const ScalarBounds& reg1, const ScalarBounds& reg2, uint8_t opc, bool jmp32) {
  const ScalarBounds* r1 = &reg1;
  const ScalarBounds* r2 = &reg2;
  Tnum t1 = jmp32 ? tnum_subreg(r1->var_off) : r1->var_off;
  Tnum t2 = jmp32 ? tnum_subreg(r2->var_off) : r2->var_off;
  uint64_t umin1 = jmp32 ? uint64_t(r1->u32_min) : r1->umin;
  uint64_t umax1 = jmp32 ? uint64_t(r1->u32_max) : r1->umax;
  int64_t smin1 = jmp32 ? int64_t(r1->s32_min) : r1->smin;
  int64_t smax1 = jmp32 ? int64_t(r1->s32_max) : r1->smax;
  uint64_t umin2 = jmp32 ? uint64_t(r2->u32_min) : r2->umin;
  uint64_t umax2 = jmp32 ? uint64_t(r2->u32_max) : r2->umax;
  int64_t smin2 = jmp32 ? int64_t(r2->s32_min) : r2->smin;
  int64_t smax2 = jmp32 ? int64_t(r2->s32_max) : r2->smax;

  switch (opc) {
    case op::JEQ:
    case op::JNE: {
      // Decide "never equal"; JNE is its negation.
      int never_equal = -1;
      if (t1.is_const() && t2.is_const()) {
        never_equal = t1.value != t2.value;
      } else if (!tnum_overlap(t1, t2) || umin1 > umax2 || umax1 < umin2 || smin1 > smax2 || smax1 < smin2) {
        never_equal = 1;
      } else if (!jmp32 && (r1->u32_min > r2->u32_max || r1->u32_max < r2->u32_min ||
                            r1->s32_min > r2->s32_max || r1->s32_max < r2->s32_min)) {
        // 64-bit ranges overlap but the subregisters cannot be equal.
        never_equal = 1;
      }
      if (never_equal < 0) return -1;
      return opc == op::JEQ ? !never_equal : never_equal;
    }
    case op::JSET:
      if (!is_const(*r2, jmp32)) {
        std::swap(r1, r2);
        std::swap(t1, t2);
      }
      if (!is_const(*r2, jmp32)) return -1;
      if ((~t1.mask & t1.value) & t2.value) return 1;
      if (!((t1.mask | t1.value) & t2.value)) return 0;
      return -1;
    case op::JGT:
      if (umin1 > umax2) return 1;
      if (umax1 <= umin2) return 0;
      return -1;
    case op::JSGT:
      if (smin1 > smax2) return 1;
      if (smax1 <= smin2) return 0;
      return -1;
    case op::JLT:
      if (umax1 < umin2) return 1;
      if (umin1 >= umax2) return 0;
      return -1;
    case op::JSLT:
      if (smax1 < smin2) return 1;
      if (smin1 >= smax2) return 0;
      return -1;
    case op::JGE:
      if (umin1 >= umax2) return 1;
      if (umax1 < umin2) return 0;
      return -1;
    case op::JSGE:
      if (smin1 >= smax2) return 1;
      if (smax1 < smin2) return 0;
      return -1;
    case op::JLE:
      if (umax1 <= umin2) return 1;
      if (umin1 > umax2) return 0;
      return -1;
    case op::JSLE:
      if (smax1 <= smin2) return 1;
      if (smin1 > smax2) return 0;
      return -1;
    default:
      return -1;
  }
}

int scalar_branch_taken_same_reg(const ScalarBounds& reg, uint8_t opc, bool jmp32) {
  switch (opc) {
    case op::JGE:
    case op::JLE:
    case op::JSGE:
    case op::JSLE:
    case op::JEQ:
      return 1;
    case op::JGT:
    case op::JLT:
    case op::JSGT:
    case op::JSLT:
    case op::JNE:
      return 0;
    case op::JSET: {
      Tnum t = jmp32 ? tnum_subreg(reg.var_off) : reg.var_off;
      if (t.is_const()) return t.value != 0;
      int64_t smin = jmp32 ? int64_t(reg.s32_min) : reg.smin;
      int64_t smax = jmp32 ? int64_t(reg.s32_max) : reg.smax;
      return (smin <= 0 && smax >= 0) ? -1 : 1;
    }
    default:
      return -1;
  }
}

bool scalar_refine_branch(ScalarBounds& dst, ScalarBounds& src, uint8_t opc, bool jmp32, bool taken) {
  refine_cond_op(&dst, &src, taken ? opc : rev_opcode(opc), jmp32);
  dst.sync();
  src.sync();
  bool ok = true;
  // reg_bounds_sanity_check outside the selftests' strict mode: the contradictory register loses its ranges
  // (its tnum stays) and verification goes on.
  for (ScalarBounds* r : {&dst, &src}) {
    if (!r->sane()) {
      mark_unbounded(*r);
      ok = false;
    }
  }
  return ok;
}

}  // namespace bpfkit::verifier
