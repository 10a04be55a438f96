// check_alu_op, adjust_reg_min_max_vals and adjust_ptr_min_max_vals: ALU on scalars (scalar_bounds.h does the
// arithmetic) and the pointer arithmetic rules, with the kernel's messages.
#include <bit>

#include "verifier/env.h"

namespace bpfkit::verifier {

namespace {

const char* alu_string(uint8_t code) {
  static const char* const s[] = {"+=", "-=", "*=", "/=", "|=", "&=", "<<=", ">>=", "neg", "%=", "^=", "=",
                                  "s>>=", "endian"};
  size_t i = code >> 4;
  return i < sizeof(s) / sizeof(s[0]) ? s[i] : "?";
}

int reg_width(const RegState& r) { return r.b.umax == 0 ? 0 : 64 - std::countl_zero(r.b.umax); }

bool add_overflows(int64_t a, int64_t b, int64_t& out) { return __builtin_add_overflow(a, b, &out); }
bool sub_overflows(int64_t a, int64_t b, int64_t& out) { return __builtin_sub_overflow(a, b, &out); }

void mark_reg32_unbounded(ScalarBounds& b) {
  b.s32_min = INT32_MIN;
  b.s32_max = INT32_MAX;
  b.u32_min = 0;
  b.u32_max = UINT32_MAX;
}

}  // namespace

namespace {

// check_reg_sane_offset_scalar: the offset operand of pointer arithmetic.
bool check_reg_sane_offset_scalar(Env& e, const RegState& reg, RegState ptr_type_of) {
  std::string t = reg_type_str(ptr_type_of);
  bool known = reg.b.is_const();
  int64_t val = int64_t(reg.b.var_off.value);
  if (known && (val >= kMaxVarOff || val <= -kMaxVarOff))
    return e.err(strf("math between %s pointer and %lld is not allowed", t.c_str(), (long long)val));
  if (reg.b.smin == INT64_MIN)
    return e.err(strf("math between %s pointer and register with unbounded min value is not allowed", t.c_str()));
  if (reg.b.smin >= kMaxVarOff || reg.b.smin <= -kMaxVarOff)
    return e.err(strf("value %lld makes %s pointer be out of bounds", (long long)reg.b.smin, t.c_str()));
  return true;
}

// check_reg_sane_offset_ptr: the pointer operand and the result. The kernel names the pointer's own offset
// here, not the scalar's (observed on 6.18: "pkt_meta pointer offset -34359738360 is not allowed").
bool check_reg_sane_offset_ptr(Env& e, const RegState& reg, RegState ptr_type_of) {
  std::string t = reg_type_str(ptr_type_of);
  int64_t val = int64_t(reg.b.var_off.value);
  if (reg.b.is_const() && (val >= kMaxVarOff || val <= -kMaxVarOff))
    return e.err(strf("%s pointer offset %lld is not allowed", t.c_str(), (long long)val));
  if (reg.off >= kMaxVarOff || reg.off <= -kMaxVarOff)
    return e.err(strf("%s pointer offset %d is not allowed", t.c_str(), reg.off));
  if (reg.b.smin >= kMaxVarOff || reg.b.smin <= -kMaxVarOff)
    return e.err(strf("%s pointer offset %lld is not allowed", t.c_str(), (long long)reg.b.smin));
  return true;
}

// adjust_ptr_min_max_vals: dst = ptr OP off (ptr and off may be either operand of the instruction).
bool adjust_ptr_min_max_vals(Env& e, const Insn& insn, const RegState ptr, const RegState off, bool off_is_dst) {
  auto& regs = e.regs();
  RegState& dst = regs[insn.dst];
  int dstno = insn.dst;
  uint8_t code = op::code(insn.opcode);
  bool known = off.b.is_const();
  int64_t smin_val = off.b.smin, smax_val = off.b.smax;
  uint64_t umin_val = off.b.umin, umax_val = off.b.umax;

  if ((known && (smin_val != smax_val || umin_val != umax_val)) || smin_val > smax_val || umin_val > umax_val) {
    // offset with contradictory bounds, from a dead branch: taint the result
    e.mark_reg_unknown(dst);
    return true;
  }
  if (op::cls(insn.opcode) != op::ALU64) {
    if (code == op::SUB && e.priv) {
      e.mark_reg_unknown(dst);
      return true;
    }
    return e.err(strf("R%d 32-bit pointer arithmetic prohibited", dstno));
  }
  if (ptr.maybe_null())
    return e.err(strf("R%d pointer arithmetic on %s prohibited, null-check it first", dstno,
                      reg_type_str(ptr).c_str()));
  switch (ptr.type) {
    case RegType::PtrToCtx: case RegType::PtrToMapValue: case RegType::PtrToMapKey: case RegType::PtrToStack:
    case RegType::PtrToPacketMeta: case RegType::PtrToPacket: case RegType::PtrToTpBuffer:
    case RegType::PtrToBtfId: case RegType::PtrToMem: case RegType::PtrToBuf: case RegType::PtrToFunc:
      break;
    case RegType::PtrToFlowKeys:
      if (known) break;
      [[fallthrough]];
    case RegType::ConstPtrToMap:
      if (ptr.type == RegType::ConstPtrToMap && known && smin_val == 0 && code == op::ADD) break;
      [[fallthrough]];
    default:
      return e.err(strf("R%d pointer arithmetic on %s prohibited", dstno, reg_type_str(ptr).c_str()));
  }
  if (!e.priv) {
    // sanitize_ptr_alu's first refusal: an offset whose sign is unknown cannot be masked
    if (!known && (off.b.smin < 0) != (off.b.smax < 0))
      return e.err(strf("R%d has unknown scalar with mixed signed bounds, pointer arithmetic with it prohibited "
                        "for !root",
                        off_is_dst ? dstno : int(insn.src)));
  }

  RegState res = ptr;
  res.type = ptr.type;
  res.id = ptr.id;
  if (!check_reg_sane_offset_scalar(e, off, ptr) || !check_reg_sane_offset_ptr(e, ptr, ptr)) return false;
  mark_reg32_unbounded(res.b);

  int64_t smin_ptr = ptr.b.smin, smax_ptr = ptr.b.smax;
  uint64_t umin_ptr = ptr.b.umin, umax_ptr = ptr.b.umax;
  switch (code) {
    case op::ADD: {
      int64_t noff = int64_t(ptr.off) + smin_val;
      if (known && noff == int64_t(int32_t(noff))) {
        res.off = int32_t(noff);
        break;
      }
      if (add_overflows(smin_ptr, smin_val, res.b.smin) || add_overflows(smax_ptr, smax_val, res.b.smax)) {
        res.b.smin = INT64_MIN;
        res.b.smax = INT64_MAX;
      }
      if (__builtin_add_overflow(umin_ptr, umin_val, &res.b.umin) ||
          __builtin_add_overflow(umax_ptr, umax_val, &res.b.umax)) {
        res.b.umin = 0;
        res.b.umax = UINT64_MAX;
      }
      res.b.var_off = tnum_add(ptr.b.var_off, off.b.var_off);
      res.off = ptr.off;
      if (ptr.is_pkt()) {
        res.id = e.new_id();
        res.range = 0;
      }
      break;
    }
    case op::SUB: {
      if (off_is_dst) return e.err(strf("R%d tried to subtract pointer from scalar", dstno));
      if (ptr.type == RegType::PtrToStack) return e.err(strf("R%d subtraction from stack pointer prohibited", dstno));
      int64_t noff = int64_t(ptr.off) - smin_val;
      if (known && noff == int64_t(int32_t(noff))) {
        res.off = int32_t(noff);
        break;
      }
      if (sub_overflows(smin_ptr, smax_val, res.b.smin) || sub_overflows(smax_ptr, smin_val, res.b.smax)) {
        res.b.smin = INT64_MIN;
        res.b.smax = INT64_MAX;
      }
      if (umin_ptr < umax_val) {
        res.b.umin = 0;
        res.b.umax = UINT64_MAX;
      } else {
        res.b.umin = umin_ptr - umax_val;
        res.b.umax = umax_ptr - umin_val;
      }
      res.b.var_off = tnum_sub(ptr.b.var_off, off.b.var_off);
      res.off = ptr.off;
      if (ptr.is_pkt()) {
        res.id = e.new_id();
        if (smin_val < 0) res.range = 0;
      }
      break;
    }
    case op::AND: case op::OR: case op::XOR:
      return e.err(strf("R%d bitwise operator %s on pointer prohibited", dstno, alu_string(code)));
    default:
      return e.err(strf("R%d pointer arithmetic with %s operator prohibited", dstno, alu_string(code)));
  }
  if (!check_reg_sane_offset_ptr(e, res, ptr)) return false;
  res.b.sync();
  res.written = true;
  dst = res;
  if (!e.priv) {
    // sanitize_check_bounds
    if (dst.type == RegType::PtrToStack) {
      int64_t o = int64_t(dst.off) + int64_t(dst.b.var_off.value);
      if (!dst.b.is_const())
        return e.err(strf("R%d variable stack access prohibited for !root, var_off=%s off=%d", dstno,
                          tnum_to_string(dst.b.var_off).c_str(), int(o)));
      if (o >= 0 || o < -kMaxBpfStack)
        return e.err(strf("R%d stack pointer arithmetic goes out of range, prohibited for !root; off=%d", dstno,
                          int(o)));
    } else if (dst.type == RegType::PtrToMapValue) {
      if (!e.check_map_access(dstno, dst.off, 1, false))
        return e.err(strf("R%d pointer arithmetic of map value goes out of range, prohibited for !root", dstno));
    }
  }
  return true;
}

void link_scalar_delta(Env& e, const Insn& insn, RegState& dst, const RegState& src, uint64_t dst_umax);

// adjust_reg_min_max_vals
bool adjust_reg_min_max_vals(Env& e, const Insn& insn) {
  auto& regs = e.regs();
  RegState& dst = regs[insn.dst];
  uint8_t code = op::code(insn.opcode);
  bool alu32 = op::cls(insn.opcode) == op::ALU;
  RegState src;
  if (op::source(insn.opcode) == op::X) {
    src = regs[insn.src];
    if (src.type != RegType::Scalar) {
      if (dst.type != RegType::Scalar) {
        if (code == op::SUB && e.priv) {
          e.mark_reg_unknown(dst);
          return true;
        }
        return e.err(strf("R%d pointer %s pointer prohibited", int(insn.dst), alu_string(code)));
      }
      e.mark_chain_precision(insn.dst);  // the scalar's range becomes the pointer's offset
      return adjust_ptr_min_max_vals(e, insn, src, dst, true);
    }
    if (dst.is_pointer()) {
      e.mark_chain_precision(insn.src);
      return adjust_ptr_min_max_vals(e, insn, dst, src, false);
    }
  } else {
    src = make_scalar_const(uint64_t(int64_t(insn.imm)));
    if (dst.is_pointer()) return adjust_ptr_min_max_vals(e, insn, dst, src, false);
  }
  // maybe_fork_scalars: `dst &= K` or `dst |= K` with dst in [-1, 0] (what `w2 s>>= 31` leaves) goes on with
  // dst = -1, and a path with dst = 0 is queued at this same instruction, to run it again (6.18 stable, with the
  // BPF_OR fix that re-executes rather than assuming 0 | K == 0).
  if ((code == op::AND || code == op::OR) && src.b.var_off.is_const()) {
    ScalarBounds zero_side;
    ScalarBounds minus_one = dst.b;
    if (scalar_fork_minus_one_or_zero(minus_one, &zero_side)) {
      VerifierState* branch = nullptr;
      const int idx = e.cur.insn_idx;
      if (!e.push_stack(idx, idx, &branch)) return false;
      branch->regs()[insn.dst].b = zero_side;
      dst.b = minus_one;
    }
  }
  bool sdiv = (code == op::DIV || code == op::MOD) && insn.off == 1;
  // alu32 keeps a link only when the destination's upper half was zero before the op: afterwards it always is.
  const uint64_t dst_umax = dst.b.umax;
  scalar_alu(dst.b, src.b, code, alu32, sdiv);
  dst.written = true;
  link_scalar_delta(e, insn, dst, src, dst_umax);
  return true;
}

// Linked scalars (6.18 stable, "Support negative offsets, BPF_SUB, and alu32 for linked register tracking" with
// its fixes): rX += K or rX -= K, K an immediate or a register known constant, keeps rX linked to its copies, the
// delta in off and the ALU width in the id's flag (kAddConst64, kAddConst32), so that a jump on either side refines
// the other (sync_linked_regs). Any other op, or one the delta cannot describe, clears the id and the delta.
void link_scalar_delta(Env& e, const Insn& insn, RegState& dst, const RegState& src, uint64_t dst_umax) {
  const uint8_t code = op::code(insn.opcode);
  const bool alu32 = op::cls(insn.opcode) == op::ALU;
  // `r1 += r1` reads the result as its source in the kernel: no delta describes it.
  const bool self = op::source(insn.opcode) == op::X && insn.src == insn.dst;
  const bool src_const = alu32 ? src.b.subreg_is_const() : src.b.is_const();
  if (!e.priv || (code != op::ADD && code != op::SUB) || !dst.id || !src_const || self) {
    clear_scalar_id(dst);
    return;
  }
  const uint64_t val = alu32 ? uint64_t(uint32_t(src.b.const_value())) : src.b.const_value();
  if (!alu32 && (int64_t(val) < INT32_MIN || int64_t(val) > INT32_MAX)) return clear_scalar_id(dst);
  if (alu32 && dst_umax > UINT32_MAX) return clear_scalar_id(dst);
  int32_t off = int32_t(uint32_t(val));
  if (code == op::SUB) {
    if (off == INT32_MIN) return clear_scalar_id(dst);  // its negation does not fit
    off = -off;
  }
  // one level only: a delta is not accumulated onto a register that already has one
  if (dst.id & kAddConst) return clear_scalar_id(dst);
  dst.id |= alu32 ? kAddConst32 : kAddConst64;
  dst.off = off;
}

}  // namespace

bool Env::check_alu_op(const Insn& insn) {
  auto& regs = this->regs();
  uint8_t code = op::code(insn.opcode);
  bool alu64 = op::cls(insn.opcode) == op::ALU64;
  int dstno = insn.dst, srcno = insn.src;

  if (code == op::END || code == op::NEG) {
    if (code == op::NEG) {
      if (op::source(insn.opcode) != op::K || insn.src != 0 || insn.off != 0 || insn.imm != 0)
        return err("BPF_NEG uses reserved fields");
    } else if (insn.src != 0 || insn.off != 0 || (insn.imm != 16 && insn.imm != 32 && insn.imm != 64) ||
               (alu64 && op::source(insn.opcode) != op::TO_LE)) {
      return err("BPF_END uses reserved fields");
    }
    if (!check_reg_read(dstno)) return false;
    if (is_pointer_value(dstno)) return err(strf("R%d pointer arithmetic prohibited", dstno));
    RegState& d = regs[size_t(dstno)];
    if (d.type == RegType::Scalar) {
      if (!check_reg_write(dstno, false)) return false;
      const bool to_be = op::source(insn.opcode) == op::TO_BE;
      if (code == op::NEG) scalar_neg(d.b, !alu64);
      else scalar_end(d.b, insn.imm, to_be, alu64);
      // NEG makes a new value (__mark_reg_known clears the id); scalar_byte_swap clears it only for a swap or a
      // truncation: `r1 = le64 r1` on this little-endian host leaves r1 as it was, links included.
      if (code == op::NEG || alu64 || to_be || insn.imm != 64) clear_scalar_id(d);
      return true;
    }
    return check_reg_write(dstno, true);
  }

  if (code == op::MOV) {
    if (op::source(insn.opcode) == op::X) {
      bool bad = alu64 ? ((insn.off != 0 && insn.off != 8 && insn.off != 16 && insn.off != 32) || insn.imm)
                       : ((insn.off != 0 && insn.off != 8 && insn.off != 16) || insn.imm);
      if (bad) return err("BPF_MOV uses reserved fields");
      if (!check_reg_read(srcno)) return false;
    } else if (insn.src != 0 || insn.off != 0) {
      return err("BPF_MOV uses reserved fields");
    }
    if (!check_reg_write(dstno, false)) return false;
    if (op::source(insn.opcode) == op::X) {
      RegState& s = regs[size_t(srcno)];
      RegState& d = regs[size_t(dstno)];
      if (alu64) {
        if (insn.off == 0) {
          assign_scalar_id_before_mov(s);
          d = s;
        } else {
          if (is_pointer_value(srcno)) return err(strf("R%d sign-extension part of pointer", srcno));
          if (s.type == RegType::Scalar) {
            bool no_sext = s.b.umax < (1ull << (insn.off - 1));
            if (no_sext) assign_scalar_id_before_mov(s);
            d = s;
            if (!no_sext) clear_scalar_id(d);
            d.b.coerce_to_size_sx(insn.off >> 3);
          } else {
            mark_reg_unknown(d);
          }
        }
      } else {
        if (is_pointer_value(srcno)) return err(strf("R%d partial copy of pointer", srcno));
        if (s.type == RegType::Scalar) {
          if (insn.off == 0) {
            bool is_u32 = reg_width(s) <= 32;
            if (is_u32) assign_scalar_id_before_mov(s);
            d = s;
            if (!is_u32) clear_scalar_id(d);
          } else {
            bool no_sext = s.b.umax < (1ull << (insn.off - 1));
            if (no_sext) assign_scalar_id_before_mov(s);
            d = s;
            if (!no_sext) clear_scalar_id(d);
            d.b.coerce_subreg_to_size_sx(insn.off >> 3);
          }
        } else {
          mark_reg_unknown(d);
        }
        d.b.zext_32_to_64();
        d.b.sync();
      }
      d.written = true;
    } else {
      RegState& d = regs[size_t(dstno)];
      d = alu64 ? make_scalar_const(uint64_t(int64_t(insn.imm))) : make_scalar_const(uint32_t(insn.imm));
      d.written = true;
    }
    return true;
  }

  if (code > op::END) return err(strf("invalid BPF_ALU opcode %x", code));

  if (op::source(insn.opcode) == op::X) {
    if (insn.imm != 0 || (insn.off != 0 && insn.off != 1) ||
        (insn.off == 1 && code != op::MOD && code != op::DIV))
      return err("BPF_ALU uses reserved fields");
    if (!check_reg_read(srcno)) return false;
  } else if (insn.src != 0 || (insn.off != 0 && insn.off != 1) ||
             (insn.off == 1 && code != op::MOD && code != op::DIV)) {
    return err("BPF_ALU uses reserved fields");
  }
  if (!check_reg_read(dstno)) return false;
  if ((code == op::MOD || code == op::DIV) && op::source(insn.opcode) == op::K && insn.imm == 0)
    return err("div by zero");
  if ((code == op::LSH || code == op::RSH || code == op::ARSH) && op::source(insn.opcode) == op::K) {
    int size = alu64 ? 64 : 32;
    if (insn.imm < 0 || insn.imm >= size) return err(strf("invalid shift %d", insn.imm));
  }
  if (!check_reg_write(dstno, false)) return false;
  return adjust_reg_min_max_vals(*this, insn);
}

}  // namespace bpfkit::verifier
