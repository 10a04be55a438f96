// check_cond_jmp_op: is_branch_taken, refinement of both branches (scalar_bounds.h), linked scalars
// (sync_linked_regs), null checks (mark_ptr_or_null_regs) and packet range checks (try_match_pkt_pointers).
#include "verifier/env.h"

namespace bpfkit::verifier {

namespace {

uint8_t flip_opcode(uint8_t code) {
  switch (code) {
    case op::JGT: return op::JLT;
    case op::JLT: return op::JGT;
    case op::JGE: return op::JLE;
    case op::JLE: return op::JGE;
    case op::JSGT: return op::JSLT;
    case op::JSLT: return op::JSGT;
    case op::JSGE: return op::JSLE;
    case op::JSLE: return op::JSGE;
    default: return code;  // JEQ, JNE, JSET
  }
}

bool reg_not_null(const RegState& r) {
  if (r.maybe_null()) return false;
  switch (r.type) {
    case RegType::PtrToSocket: case RegType::PtrToTcpSock: case RegType::PtrToMapValue: case RegType::PtrToMapKey:
    case RegType::PtrToSockCommon: case RegType::ConstPtrToMap:
      return true;
    // is_trusted_reg: a held reference, or a trusted/allocated pointer without unsafe modifiers
    case RegType::PtrToBtfId:
      return r.ref_obj_id != 0 || ((r.flags & (kTrusted | kAlloc)) && !(r.flags & ~(kTrusted | kAlloc)));
    case RegType::PtrToMem: return !(r.flags & kUntrusted);
    default: return false;
  }
}

int is_pkt_ptr_branch_taken(const RegState& dst, const RegState& src, uint8_t code) {
  const RegState* pkt;
  if (src.type == RegType::PtrToPacketEnd) {
    pkt = &dst;
  } else if (dst.type == RegType::PtrToPacketEnd) {
    pkt = &src;
    code = flip_opcode(code);
  } else {
    return -1;
  }
  if (pkt->range >= 0) return -1;
  switch (code) {
    case op::JLE:
    case op::JGT:
      if (pkt->range == kBeyondPktEnd) return code == op::JGT;
      break;
    case op::JLT:
    case op::JGE:
      if (pkt->range == kBeyondPktEnd || pkt->range == kAtPktEnd) return code == op::JGE;
      break;
  }
  return -1;
}

bool is_reg_const(const RegState& r, bool jmp32) {
  return r.type == RegType::Scalar && (jmp32 ? tnum_subreg(r.b.var_off).is_const() : r.b.var_off.is_const());
}

int is_branch_taken(const RegState& a, const RegState& b, uint8_t code, bool jmp32) {
  if ((a.is_pkt() || a.type == RegType::PtrToPacketEnd) && (b.is_pkt() || b.type == RegType::PtrToPacketEnd) &&
      !jmp32)
    return is_pkt_ptr_branch_taken(a, b, code);
  if (a.is_pointer() || b.is_pointer()) {
    const RegState* r1 = &a;
    const RegState* r2 = &b;
    if (!is_reg_const(*r2, jmp32)) {
      code = flip_opcode(code);
      std::swap(r1, r2);
    }
    if (!is_reg_const(*r2, jmp32)) return -1;
    if (!reg_not_null(*r1)) return -1;
    uint64_t val = jmp32 ? tnum_subreg(r2->b.var_off).value : r2->b.var_off.value;
    if (val != 0) return -1;
    if (code == op::JEQ) return 0;
    if (code == op::JNE) return 1;
    return -1;
  }
  return scalar_branch_taken(a.b, b.b, code, jmp32);
}

void find_good_pkt_pointers(VerifierState& st, const RegState& dst, RegType type, bool range_right_open) {
  if (dst.off < 0 || (dst.off == 0 && range_right_open)) return;
  if (dst.b.umax > kMaxPacketOff || dst.b.umax + uint64_t(dst.off) > kMaxPacketOff) return;
  int32_t new_range = dst.off;
  if (range_right_open) new_range++;
  uint32_t id = dst.id;
  for_each_reg(st, [&](RegState& r) {
    if (r.type == type && r.id == id) r.range = std::max(r.range, new_range);
  });
}

void mark_pkt_end(VerifierState& st, int regno, bool range_open) {
  RegState& r = st.regs()[size_t(regno)];
  if (r.type != RegType::PtrToPacket) return;
  r.range = range_open ? kBeyondPktEnd : kAtPktEnd;
}

bool reg_is_init_pkt_pointer(const RegState& r, RegType t) {
  return r.type == t && r.off == 0 && r.b.var_off.equals_const(0);
}

// try_match_pkt_pointers: `this_st` is the fall-through, `other` the jump target.
bool try_match_pkt_pointers(const Insn& insn, const RegState& dst, const RegState& src, VerifierState& this_st,
                            VerifierState& other) {
  if (op::source(insn.opcode) != op::X || op::cls(insn.opcode) == op::JMP32) return false;
  bool dst_pkt_src_end = (dst.type == RegType::PtrToPacket && src.type == RegType::PtrToPacketEnd) ||
                         (dst.type == RegType::PtrToPacketMeta && reg_is_init_pkt_pointer(src, RegType::PtrToPacket));
  bool dst_end_src_pkt = (dst.type == RegType::PtrToPacketEnd && src.type == RegType::PtrToPacket) ||
                         (reg_is_init_pkt_pointer(dst, RegType::PtrToPacket) && src.type == RegType::PtrToPacketMeta);
  switch (op::code(insn.opcode)) {
    case op::JGT:
      if (dst_pkt_src_end) {
        find_good_pkt_pointers(this_st, dst, dst.type, false);
        mark_pkt_end(other, insn.dst, true);
      } else if (dst_end_src_pkt) {
        find_good_pkt_pointers(other, src, src.type, true);
        mark_pkt_end(this_st, insn.src, false);
      } else {
        return false;
      }
      return true;
    case op::JLT:
      if (dst_pkt_src_end) {
        find_good_pkt_pointers(other, dst, dst.type, true);
        mark_pkt_end(this_st, insn.dst, false);
      } else if (dst_end_src_pkt) {
        find_good_pkt_pointers(this_st, src, src.type, false);
        mark_pkt_end(other, insn.src, true);
      } else {
        return false;
      }
      return true;
    case op::JGE:
      if (dst_pkt_src_end) {
        find_good_pkt_pointers(this_st, dst, dst.type, true);
        mark_pkt_end(other, insn.dst, false);
      } else if (dst_end_src_pkt) {
        find_good_pkt_pointers(other, src, src.type, false);
        mark_pkt_end(this_st, insn.src, true);
      } else {
        return false;
      }
      return true;
    case op::JLE:
      if (dst_pkt_src_end) {
        find_good_pkt_pointers(other, dst, dst.type, false);
        mark_pkt_end(this_st, insn.dst, true);
      } else if (dst_end_src_pkt) {
        find_good_pkt_pointers(this_st, src, src.type, true);
        mark_pkt_end(other, insn.src, false);
      } else {
        return false;
      }
      return true;
    default:
      return false;
  }
}

// sync_linked_regs: every scalar the jump collected (collect_linked_regs) that shares known's base id gets known's
// bounds, shifted by the difference of the two deltas (in 64 bits: two s32 deltas may differ by more than s32).
// A link made by an alu32 op on either side is zero-extended after the shift, as the CPU did to that register
// (6.18 stable, "Fix sync_linked_regs regarding BPF_ADD_CONST32 zext propagation"); links of different ALU
// widths (one kAddConst32, the other kAddConst64) say nothing about each other and are skipped.
void sync_linked_regs(VerifierState& st, const RegState& known, const RegState* known_addr, const HistEntry& linked) {
  const uint32_t base = known.id & ~kAddConst;
  for (int i = 0; i < linked.nlinked; i++) {
    const HistEntry::Linked& l = linked.linked[size_t(i)];
    FuncState& fr = st.frames[l.frame];
    RegState& r = l.is_reg ? fr.regs[l.num] : fr.stack[l.num].spilled;
    if (r.type != RegType::Scalar || &r == known_addr) continue;
    if ((r.id & ~kAddConst) != base) continue;
    if (((r.id ^ known.id) & kAddConst) == kAddConst) continue;
    if ((!(r.id & kAddConst) && !(known.id & kAddConst)) || r.off == known.off) {
      bool w = r.written;
      r = known;
      r.written = w;
    } else {
      const int32_t saved_off = r.off;
      const uint32_t saved_id = r.id;
      const bool w = r.written;
      const int64_t delta = int64_t(saved_off) - int64_t(known.off);
      r = known;
      r.off = saved_off;
      r.id = saved_id;
      r.written = w;
      // scalar_alu's alu32 flavour is the kernel's add, zext_32_to_64 and reg_bounds_sync; its 64-bit one the add
      // and reg_bounds_sync
      scalar_alu(r.b, ScalarBounds::constant(uint64_t(delta)), op::ADD, ((saved_id | known.id) & kAddConst32) != 0);
    }
  }
}

bool reg_may_point_to_spin_lock(const Env& e, const RegState& r) {
  const MapSpec* m = e.map_of(r);
  return r.type == RegType::PtrToMapValue && m && m->spin_lock_off >= 0;
}

}  // namespace

void Env::mark_ptr_or_null_regs(VerifierState& st, int regno, bool is_null) {
  const RegState& reg = st.regs()[size_t(regno)];
  uint32_t id = reg.id;
  uint32_t ref_obj_id = reg.ref_obj_id;
  if (ref_obj_id && ref_obj_id == id && is_null) {
    // the NULL branch: nothing was acquired
    for (size_t i = 0; i < st.refs.size(); i++)
      if (st.refs[i].id == id && st.refs[i].type == RefType::Ptr) {
        st.refs.erase(st.refs.begin() + long(i));
        break;
      }
  }
  for_each_reg(st, [&](RegState& r) {
    if (!r.maybe_null() || r.id != id || id == 0) return;
    if (is_null) {
      bool w = r.written;
      r = make_scalar_const(0);
      r.written = w;
      return;
    }
    if (r.type == RegType::PtrToMapValue) {
      const MapSpec* m = map_of(r);
      r.flags &= uint16_t(~kMaybeNull);
      if (m && m->inner) {
        r.type = RegType::ConstPtrToMap;
        r.map = inner_map_index(r.map);
      } else if (m && m->type == MapType::Xskmap) {
        r.type = RegType::PtrToXdpSock;
      } else if (m && (m->type == MapType::Sockmap || m->type == MapType::Sockhash)) {
        r.type = RegType::PtrToSocket;
      }
    } else {
      r.flags &= uint16_t(~kMaybeNull);
    }
    if (!reg_may_point_to_spin_lock(*this, r)) r.id = 0;
  });
}

bool Env::push_stack(int insn_idx, int prev_idx, VerifierState** out) {
  pending.push_back(Pending{cur, log.size()});
  VerifierState& st = pending.back().st;
  st.insn_idx = insn_idx;
  st.prev_insn_idx = prev_idx;
  if (pending.size() > opt.profile.jmp_seq_limit)
    return err(strf("The sequence of %zu jumps is too complex.", pending.size()));
  if (st.parent) st.parent->branches++;
  if (out) *out = &st;
  return true;
}

bool Env::check_cond_jmp(const Insn& insn, int& next) {
  uint8_t code = op::code(insn.opcode);
  int idx = cur.insn_idx;
  bool jmp32 = op::cls(insn.opcode) == op::JMP32;
  if (code == op::JCOND) {
    if (insn.src != op::MAY_GOTO || insn.dst != 0 || insn.imm != 0 || jmp32)
      return err("invalid may_goto off %d imm %d");
    // may_goto: the budget may run out here (jump) or not (fall through). As the kernel, the fall-through is
    // queued one may_goto deeper, with the scalars that changed since the previous visit widened, and this path
    // goes on at the target.
    const VerifierState* prev = cur.parent ? find_prev_entry(idx, cur.parent->state) : nullptr;
    VerifierState* queued = nullptr;
    if (!push_stack(idx + 1, idx, &queued)) return false;
    queued->may_goto_depth++;
    if (prev) widen_imprecise_scalars(*prev, *queued);
    next = idx + insn.off + 1;
    return true;
  }
  if (code > op::JSLE) return err(strf("invalid BPF_JMP/JMP32 opcode %x", code));
  if (!check_reg_read(insn.dst)) return false;
  auto& R = regs();
  RegState src;
  if (op::source(insn.opcode) == op::X) {
    if (insn.imm != 0) return err("BPF_JMP/JMP32 uses reserved fields");
    if (!check_reg_read(insn.src)) return false;
    const RegState& d = R[insn.dst];
    const RegState& s = R[insn.src];
    bool both_pkt = (d.is_pkt() || d.type == RegType::PtrToPacketEnd) &&
                    (s.is_pkt() || s.type == RegType::PtrToPacketEnd);
    if (!both_pkt && is_pointer_value(insn.src))
      return err(strf("R%d pointer comparison prohibited", int(insn.src)));
    src = s;
  } else {
    if (insn.src != 0) return err("BPF_JMP/JMP32 uses reserved fields");
    src = make_scalar_const(uint64_t(int64_t(insn.imm)));
  }
  const RegState dst = R[insn.dst];
  int target = idx + insn.off + 1;

  int pred = is_branch_taken(dst, src, code, jmp32);
  // A decided branch relies on the scalars' ranges (pointers compared with 0 need nothing).
  auto mark_operands = [&] {
    if (dst.type == RegType::Scalar) mark_chain_precision(insn.dst);
    if (op::source(insn.opcode) == op::X && src.type == RegType::Scalar) mark_chain_precision(insn.src);
  };
  // check_cond_jmp_op ends by logging the state of the path that goes on (print_insn_state), after the other
  // branch was pushed: a level-1 log cut back to the push keeps the jump's line without its state.
  auto jmp_state_logged = [&] {
    if (log1()) print_insn_state(idx);
    return true;
  };
  if (pred >= 0) mark_operands();
  if (pred == 1) {
    next = target;
    return jmp_state_logged();
  }
  if (pred == 0) return jmp_state_logged();

  // Both branches. Scalars sharing an id with an operand gain range together: the history records them so that
  // backtracking treats them as one. Done before the copy so that both branches carry it.
  HistEntry linked;
  if (op::source(insn.opcode) == op::X && src.type == RegType::Scalar && src.id) collect_linked_regs(src.id, linked);
  if (dst.type == RegType::Scalar && dst.id) collect_linked_regs(dst.id, linked);
  if (linked.nlinked > 1) push_insn_history(-1, -1, &linked);
  // `other` is the jump target, `cur` the fall-through.
  VerifierState other = cur;
  other.insn_idx = target;
  other.prev_insn_idx = idx;
  bool ok_true = true, ok_false = true;
  if (dst.type == RegType::Scalar && src.type == RegType::Scalar) {
    auto& od = other.regs()[insn.dst];
    auto& cd = cur.regs()[insn.dst];
    if (op::source(insn.opcode) == op::X) {
      auto& os = other.regs()[insn.src];
      auto& cs = cur.regs()[insn.src];
      ok_true = scalar_refine_branch(od.b, os.b, code, jmp32, true);
      ok_false = scalar_refine_branch(cd.b, cs.b, code, jmp32, false);
      if (insn.src != insn.dst) {
        if (cs.id) sync_linked_regs(cur, cs, &cs, linked);
        if (os.id) sync_linked_regs(other, os, &os, linked);
      }
    } else {
      ScalarBounds k1 = src.b, k2 = src.b;
      ok_true = scalar_refine_branch(od.b, k1, code, jmp32, true);
      ok_false = scalar_refine_branch(cd.b, k2, code, jmp32, false);
    }
    if (cd.id) sync_linked_regs(cur, cd, &cd, linked);
    if (od.id) sync_linked_regs(other, od, &od, linked);
  }
  // Pointer against pointer where one may be NULL and the other not: equal means not NULL.
  if (!jmp32 && op::source(insn.opcode) == op::X && src.is_pointer() && dst.is_pointer() &&
      src.maybe_null() != dst.maybe_null() && src.type != RegType::PtrToBtfId && dst.type != RegType::PtrToBtfId) {
    VerifierState* eq = code == op::JEQ ? &other : code == op::JNE ? &cur : nullptr;
    if (eq) {
      RegState& r = eq->regs()[src.maybe_null() ? insn.src : insn.dst];
      r.flags &= uint16_t(~kMaybeNull);
    }
  }
  if (!jmp32 && op::source(insn.opcode) == op::K && insn.imm == 0 && (code == op::JEQ || code == op::JNE) &&
      dst.maybe_null()) {
    mark_ptr_or_null_regs(cur, insn.dst, code == op::JNE);
    mark_ptr_or_null_regs(other, insn.dst, code == op::JEQ);
  } else if (!try_match_pkt_pointers(insn, dst, R[insn.src], cur, other) && is_pointer_value(insn.dst)) {
    return err(strf("R%d pointer comparison prohibited", int(insn.dst)));
  }

  if (ok_true && ok_false) {
    pending.push_back(Pending{std::move(other), log.size()});
    if (pending.size() > opt.profile.jmp_seq_limit)
      return err(strf("The sequence of %zu jumps is too complex.", pending.size()));
    if (cur.parent) cur.parent->branches++;
    return jmp_state_logged();
  }
  // One side is impossible given the operands' ranges: that decision needs them precise too.
  mark_operands();
  if (ok_true) {
    cur = std::move(other);
    next = target;
    return jmp_state_logged();
  }
  if (ok_false) return jmp_state_logged();
  path_ends = true;  // no value satisfies either side: this path is dead
  return true;
}

}  // namespace bpfkit::verifier
