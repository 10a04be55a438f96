// Precision tracking (kernel/bpf/verifier.c, 6.18: mark_chain_precision, backtrack_insn, propagate_precision).
//
// A scalar in a saved state is "precise" when some path from that state relied on its exact range: a pointer
// offset, a helper's size argument, a branch decided by is_branch_taken, a checked return value, ... Pruning
// (prune.cc) compares only precise scalars' ranges; an imprecise one matches any scalar. The marks are found by
// walking the current path backwards from the instruction that needs the range, instruction by instruction (each
// state's history gives the order where it is not linear), and are set in the saved states (checkpoints) the walk
// passes. The current state itself is never marked, as in the kernel: only checkpoints are compared.
//
// Wherever the walk meets something it cannot follow, it gives up and marks every scalar on the path precise
// (mark_all_scalars_precise), which is the kernel's fallback too and always sound.
#include <algorithm>
#include <bit>

#include "verifier/env.h"

namespace bpfkit::verifier {

namespace {

constexpr uint16_t kArgRegs = 0x3e;  // R1-R5

// struct backtrack_state: registers and stack slots still to find the origin of, per frame.
struct Backtrack {
  int frame = 0;
  std::array<uint16_t, kMaxCallFrames> regs{};
  std::array<uint64_t, kMaxCallFrames> slots{};

  bool empty() const {
    for (int i = 0; i <= frame && i < kMaxCallFrames; i++)
      if (regs[size_t(i)] || slots[size_t(i)]) return false;
    return true;
  }
  uint16_t& reg_mask() { return regs[size_t(frame)]; }
  uint64_t& slot_mask() { return slots[size_t(frame)]; }
  bool reg_set(int r) const { return r >= 0 && r < 16 && (regs[size_t(frame)] >> r) & 1; }
  void set_reg(int r) {
    if (r >= 0 && r < 10) regs[size_t(frame)] |= uint16_t(1u << r);
  }
  void clear_reg(int r) {
    if (r >= 0 && r < 16) regs[size_t(frame)] &= uint16_t(~(1u << r));
  }
  bool set_frame_slot(int fr, int spi) {
    if (fr < 0 || fr >= kMaxCallFrames || spi < 0 || spi >= 64) return false;
    slots[size_t(fr)] |= uint64_t(1) << spi;
    return true;
  }
  bool frame_slot_set(int fr, int spi) const {
    return fr >= 0 && fr < kMaxCallFrames && spi >= 0 && spi < 64 && (slots[size_t(fr)] >> spi) & 1;
  }
  void clear_frame_slot(int fr, int spi) { slots[size_t(fr)] &= ~(uint64_t(1) << spi); }
};

// bt_sync_linked_regs: if one of the scalars a jump refined together is tracked, all of them are.
void sync_linked(Backtrack& bt, const HistEntry* h) {
  if (!h || h->nlinked == 0) return;
  bool any = false;
  for (int i = 0; i < h->nlinked; i++) {
    const auto& l = h->linked[size_t(i)];
    if (l.is_reg ? (bt.regs[l.frame] >> l.num) & 1 : (bt.slots[l.frame] >> l.num) & 1) any = true;
  }
  if (!any) return;
  for (int i = 0; i < h->nlinked; i++) {
    const auto& l = h->linked[size_t(i)];
    if (l.is_reg) bt.regs[l.frame] |= uint16_t(1u << l.num);
    else bt.slots[l.frame] |= uint64_t(1) << l.num;
  }
}

// bpf_for_each_map_elem, bpf_find_vma, bpf_loop, bpf_user_ringbuf_drain
bool is_sync_callback_call(const Insn& in) {
  return in.opcode == (op::JMP | op::CALL) && in.src == 0 &&
         (in.imm == 164 || in.imm == 180 || in.imm == 181 || in.imm == 209);
}

// backtrack_insn: what instruction idx means for the tracked set, walking backwards. subseq_idx is the
// instruction that followed it on the path. false: the walk cannot go on (the caller marks everything).
bool backtrack_insn(Env& e, int idx, int subseq_idx, const HistEntry* h, Backtrack& bt) {
  const Insn& in = e.insn(idx);
  if (in.opcode == 0) return true;  // second half of ld_imm64
  if (e.log2())
    e.verbose(strf("mark_precise: frame%d: regs=%s stack=%s before %d: (%02x) ", bt.frame,
                   fmt_reg_mask(bt.reg_mask()).c_str(), fmt_stack_mask(bt.slot_mask()).c_str(), idx, in.opcode) +
              e.insn_log_text(idx) + "\n");
  uint8_t cls = op::cls(in.opcode), code = op::code(in.opcode), mode = op::mode(in.opcode);
  int dreg = in.dst, sreg = in.src;
  sync_linked(bt, h);

  if (cls == op::ALU || cls == op::ALU64) {
    if (!bt.reg_set(dreg)) return true;
    if (code == op::END || code == op::NEG) return true;
    if (code == op::MOV) {
      bt.clear_reg(dreg);
      if (op::source(in.opcode) == op::X && sreg != 10) bt.set_reg(sreg);
    } else if (op::source(in.opcode) == op::X && sreg != 10) {
      bt.set_reg(sreg);
    }
  } else if (cls == op::LDX || (cls == op::STX && mode == op::ATOMIC && (in.imm == op::LOAD_ACQ ||
                                                                          (in.imm & op::FETCH)))) {
    // An atomic fetch loads the old value into src (r0 for cmpxchg): a fill like any load, so a precise result
    // makes the stack slot it came from precise (6.18 stable, "is_atomic_fetch_insn" in backtrack_insn).
    int load_reg = dreg;
    if (cls == op::STX && (in.imm & op::FETCH)) load_reg = in.imm == op::CMPXCHG ? 0 : sreg;
    if (!bt.reg_set(load_reg)) return true;
    bt.clear_reg(load_reg);
    // Only a fill from a stack slot keeps a scalar's precision; any other load gave an unknown or the
    // value's own range.
    if (!h || h->stack_frame < 0) return true;
    if (!bt.set_frame_slot(h->stack_frame, h->stack_spi)) return false;
  } else if (cls == op::STX || cls == op::ST) {
    if (bt.reg_set(dreg)) return false;  // a store cannot define dst
    if (!h || h->stack_frame < 0) return true;
    if (!bt.frame_slot_set(h->stack_frame, h->stack_spi)) return true;
    bt.clear_frame_slot(h->stack_frame, h->stack_spi);
    if (cls == op::STX) bt.set_reg(sreg);
  } else if (cls == op::JMP || cls == op::JMP32) {
    if (code == op::CALL && in.src == op::PSEUDO_CALL) {
      uint32_t target = uint32_t(idx + in.imm + 1);
      bool global = false;
      for (const auto& sp : e.cfg.subprogs)
        if (sp.start == target) global = sp.is_global;
      if (global) {
        if (subseq_idx != idx + 1) return false;
        if (bt.reg_mask() & kArgRegs) return false;
        bt.clear_reg(0);
        return true;
      }
      // The walk leaves the callee at its entry: only its arguments can still be tracked, and they are the
      // caller's R1-R5.
      if (bt.reg_mask() & ~kArgRegs) return false;
      if (bt.slot_mask()) return false;
      if (bt.frame == 0) return false;
      uint16_t args = bt.reg_mask() & kArgRegs;
      bt.reg_mask() = 0;
      bt.frame--;
      bt.reg_mask() |= args;
      return true;
    }
    if (in.opcode == (op::JMP | op::CALL) && in.src == 0 && in.imm == 12 /* tail_call */ && subseq_idx >= 0 &&
        idx != subseq_idx - 1) {
      // Walking back into a subprogram through a tail call that left it (check_helper_call): the caller's R0 came
      // from the tail-called program, its R1-R5 were cleared by the return.
      bt.clear_reg(0);
      if (bt.reg_mask() & kArgRegs) return false;
      if (bt.frame + 1 >= kMaxCallFrames) return false;
      bt.frame++;
      return true;
    }
    if (is_sync_callback_call(in) && idx != subseq_idx - 1) {
      // Leaving a callback at its entry: its R1-R5 were set by the helper, not passed from the caller.
      if (bt.reg_mask() & ~kArgRegs) return false;
      if (bt.slot_mask()) return false;
      if (bt.frame == 0) return false;
      bt.reg_mask() = 0;
      bt.frame--;
      return true;
    }
    if (code == op::CALL) {
      // imm 0 is an unresolved kfunc only without an extern: bpfkit's userspace link leaves every kfunc's BTF id
      // at 0 and names it in kfunc_calls instead.
      if (in.src == op::PSEUDO_KFUNC_CALL && in.imm == 0 && !e.kfunc_call_at(idx)) return false;
      bt.clear_reg(0);  // the helper (or kfunc) set R0
      if (bt.reg_mask() & kArgRegs) return false;
      return true;
    }
    if (code == op::EXIT) {
      // Walking backwards into a callee from the instruction after its return.
      // Into a callback from its call site (bpf_loop and friends): the caller's R1-R5 at the call are the helper's
      // arguments, which the callback does not touch, so their marks stay in the caller's frame until the walk
      // leaves the callback at its entry. The running 6.18 kernel's log shows them kept there (a precise bpf_loop
      // count reaches the states saved inside the callback).
      bool to_callback_site = subseq_idx >= 0 && e.aux[size_t(subseq_idx)].calls_callback;
      if (!to_callback_site && (bt.reg_mask() & kArgRegs)) return false;
      bool r0 = subseq_idx - 1 >= 0 && e.insn(subseq_idx - 1).opcode == (op::JMP | op::CALL) &&
                e.insn(subseq_idx - 1).src == op::PSEUDO_CALL && bt.reg_set(0);
      bt.clear_reg(0);
      if (bt.frame + 1 >= kMaxCallFrames) return false;
      bt.frame++;
      if (r0) bt.set_reg(0);
      return true;
    }
    if (code == op::JA || code == op::JCOND) return true;
    if (op::source(in.opcode) == op::X) {
      if (!bt.reg_set(dreg) && !bt.reg_set(sreg)) return true;
      bt.set_reg(dreg);
      bt.set_reg(sreg);
    }
  } else if (cls == op::LD) {
    if ((mode == op::IND || mode == op::ABS) && subseq_idx >= 0 && idx != subseq_idx - 1) {
      // Walking back into a subprogram through the hidden exit of a failed packet load (check_ld_abs): the walk
      // goes on in the callee's frame, unless it looks for R0, which the exit set to 0 (the running 6.18 kernel
      // gives up there and marks everything, as its log shows).
      if (bt.reg_set(0)) return false;
      if (bt.reg_mask() & kArgRegs) return false;
      if (bt.frame + 1 >= kMaxCallFrames) return false;
      bt.frame++;
      return true;
    }
    if (!bt.reg_set(dreg)) return true;
    bt.clear_reg(dreg);
    if (mode == op::IND || mode == op::ABS) return false;
  }
  sync_linked(bt, h);
  return true;
}

bool mark_state_scalars(Env& e, VerifierState& st) {
  bool changed = false;
  auto mark = [&](RegState& r) {
    if (r.type != RegType::Scalar || r.precise) return false;
    r.precise = true;
    changed = true;
    return e.log2();
  };
  for (size_t f = 0; f < st.frames.size(); f++) {
    FuncState& fr = st.frames[f];
    for (int r = 0; r < 10; r++)
      if (mark(fr.regs[size_t(r)])) e.verbose(strf("force_precise: frame%zu: forcing r%d to be precise\n", f, r));
    for (size_t i = 0; i < fr.stack.size(); i++)
      if (fr.stack[i].is_spilled() && mark(fr.stack[i].spilled))
        e.verbose(strf("force_precise: frame%zu: forcing fp%d to be precise\n", f, -int(i + 1) * 8));
  }
  return changed;
}

}  // namespace

void Env::push_insn_history(int stack_frame, int stack_spi, const HistEntry* linked) {
  auto& h = cur.history;
  // One entry per visit of an instruction (the kernel's cur_hist_ent): a loop that comes back to the same
  // instruction gets a new entry, a spill and a jump point of one visit share one.
  if (h.empty() || !hist_ent_open) {
    hist_ent_open = true;
    h.emplace_back();
    h.back().idx = cur.insn_idx;
    h.back().prev_idx = cur.prev_insn_idx;
  }
  HistEntry& e = h.back();
  if (stack_frame >= 0) {
    e.stack_frame = int16_t(stack_frame);
    e.stack_spi = int16_t(stack_spi);
  }
  if (linked) {
    e.nlinked = linked->nlinked;
    e.linked = linked->linked;
  }
}

// Only registers live at the frame's instruction take part (6.18 stable, "bpf: collect only live registers in
// linked regs"): a dead copy is neither refined by the jump nor made precise with the others, as states_equal
// ignores it too. Past LINKED_REGS_MAX the leftover scalars lose their id and delta, as __collect_linked_regs does.
void Env::collect_linked_regs(uint32_t id, HistEntry& into) {
  id &= ~kAddConst;
  auto add = [&](RegState& r, uint32_t frame, int num, bool is_reg) {
    if (r.type != RegType::Scalar || (r.id & ~kAddConst) != id) return;
    // No duplicate check: a jump whose two operands share an id collects them twice, as the kernel does.
    if (into.nlinked >= HistEntry::kMaxLinked) {
      clear_scalar_id(r);
      return;
    }
    into.linked[into.nlinked++] = HistEntry::Linked{uint8_t(frame), uint8_t(num), is_reg};
  };
  for (size_t f = cur.frames.size(); f-- > 0;) {
    FuncState& fr = cur.frames[f];
    const int at = f + 1 == cur.frames.size() ? cur.insn_idx : cur.frames[f + 1].callsite;
    const uint16_t live = at >= 0 && size_t(at) < aux.size() ? aux[size_t(at)].live_regs_before : 0x3ff;
    for (int r = 0; r < 10; r++)
      if (live & (1u << r)) add(fr.regs[size_t(r)], uint32_t(f), r, true);
    for (size_t s = 0; s < fr.stack.size() && s < 64; s++)
      if (fr.stack[s].is_spilled()) add(fr.stack[s].spilled, uint32_t(f), int(s), false);
  }
}

bool Env::mark_all_scalars_precise(const VerifierState& st) {
  if (log2())
    verbose(strf("mark_precise: frame%u: falling back to forcing all scalars precise\n", st.curframe()));
  bool changed = false;
  for (Checkpoint* cp = st.parent; cp; cp = cp->parent) changed |= mark_state_scalars(*this, cp->state);
  return changed;
}

namespace {

// __mark_chain_precision from `start` (the current state or a backedge's copy of it) with bt preset.
// Returns false when the walk gave up.
bool mark_chain(Env& e, VerifierState& start, Backtrack& bt, bool* changed) {
  VerifierState* st = &start;
  Checkpoint* cp = nullptr;
  int last_idx = start.insn_idx, first_idx = start.first_insn_idx, subseq_idx = -1;
  bool skip_first = true;
  for (;;) {
    const std::vector<HistEntry>* hist = &st->history;
    size_t hcnt = hist->size();
    if (e.log2())
      e.verbose(strf("mark_precise: frame%d: last_idx %d first_idx %d subseq_idx %d \n", bt.frame, last_idx,
                     first_idx, subseq_idx));
    if (last_idx < 0) {
      // The entry of a global function verified on its own: its R1-R5 are arguments.
      if (st->frames.size() == 1 && bt.frame == 0 && bt.slots[0] == 0 && !(bt.regs[0] & ~kArgRegs)) return true;
      return false;
    }
    for (int i = last_idx;;) {
      if (skip_first) {
        skip_first = false;
      } else {
        const HistEntry* h = hcnt > 0 && (*hist)[hcnt - 1].idx == i ? &(*hist)[hcnt - 1] : nullptr;
        if (!backtrack_insn(e, i, subseq_idx, h, bt)) return false;
      }
      if (bt.empty()) return true;
      subseq_idx = i;
      // get_prev_insn_idx
      if (i == first_idx) {
        if (hcnt == 0) break;
        if (hcnt == 1 && (*hist)[0].idx == i) break;
      }
      if (hcnt > 0 && (*hist)[hcnt - 1].idx == i) {
        i = (*hist)[hcnt - 1].prev_idx;
        hcnt--;
      } else {
        i--;
      }
      if (i < 0 || i >= e.insn_cnt()) return false;
    }
    Checkpoint* parent = cp ? cp->parent : start.parent;
    if (!parent) return bt.empty();  // marks left at the first state: something was missed, mark everything
    cp = parent;
    st = &cp->state;
    if (int(st->frames.size()) - 1 != bt.frame) return false;
    for (int f = bt.frame; f >= 0; f--) {
      FuncState& fr = st->frames[size_t(f)];
      uint16_t regs = bt.regs[size_t(f)];
      for (int r = 0; r < 16; r++) {
        if (!((regs >> r) & 1)) continue;
        RegState* reg = r < 10 ? &fr.regs[size_t(r)] : nullptr;
        if (!reg || reg->type != RegType::Scalar || reg->precise) {
          bt.regs[size_t(f)] &= uint16_t(~(1u << r));
          continue;
        }
        reg->precise = true;
        if (changed) *changed = true;
      }
      uint64_t slots = bt.slots[size_t(f)];
      for (int s = 0; s < 64; s++) {
        if (!((slots >> s) & 1)) continue;
        if (size_t(s) >= fr.stack.size()) return false;
        StackSlot& ss = fr.stack[size_t(s)];
        if (!ss.is_spilled_scalar() || ss.spilled.precise) {
          bt.clear_frame_slot(f, s);
          continue;
        }
        ss.spilled.precise = true;
        if (changed) *changed = true;
      }
      if (e.log2())
        e.verbose(strf("mark_precise: frame%d: parent state regs=%s stack=%s: ", f,
                       fmt_reg_mask(bt.regs[size_t(f)]).c_str(), fmt_stack_mask(bt.slots[size_t(f)]).c_str()) +
                  e.state_string(*st, true, f) + "\n");
    }
    if (bt.empty()) return true;
    subseq_idx = first_idx;
    last_idx = st->last_insn_idx;
    first_idx = st->first_insn_idx;
  }
}

void run(Env& e, VerifierState& start, Backtrack& bt, bool* changed) {
  if (!mark_chain(e, start, bt, changed) && e.mark_all_scalars_precise(start) && changed) *changed = true;
}

}  // namespace

void Env::mark_chain_precision(int regno) {
  if (!priv) return;  // without bpf_capable every scalar is precise already
  if (regno < 0 || regno >= 10 || regs()[size_t(regno)].type != RegType::Scalar) return;
  Backtrack bt;
  bt.frame = int(cur.curframe());
  bt.set_reg(regno);
  run(*this, cur, bt, nullptr);
}

void Env::mark_stack_slot_precision(uint32_t frameno, int spi) {
  if (!priv) return;
  Backtrack bt;
  bt.frame = int(cur.curframe());
  if (!bt.set_frame_slot(int(frameno), spi)) {
    mark_all_scalars_precise(cur);
    return;
  }
  run(*this, cur, bt, nullptr);
}

void Env::propagate_precision(const VerifierState& old, VerifierState& start, bool* changed) {
  if (!priv) return;
  Backtrack bt;
  bt.frame = int(start.curframe());
  for (size_t f = std::min(old.frames.size(), size_t(kMaxCallFrames)); f-- > 0;) {
    const FuncState& fr = old.frames[f];
    bool first = true;
    auto note = [&](const std::string& what) {
      if (log2()) verbose(first ? strf("frame %zu: propagating ", f) + what : "," + what);
      first = false;
    };
    for (int r = 0; r < 10; r++) {
      if (fr.regs[size_t(r)].type != RegType::Scalar || !fr.regs[size_t(r)].precise) continue;
      note(strf("r%d", r));
      bt.regs[f] |= uint16_t(1u << r);
    }
    for (size_t s = 0; s < fr.stack.size(); s++) {
      const StackSlot& ss = fr.stack[s];
      if (!ss.is_spilled_scalar() || !ss.spilled.precise) continue;
      note(strf("fp%d", -int(s + 1) * 8));
      if (!bt.set_frame_slot(int(f), int(s))) {
        if (mark_all_scalars_precise(start) && changed) *changed = true;
        return;
      }
    }
    // not only at level 2: the kernel's newline after the list has no level check
    if (!first) verbose("\n");
  }
  if (bt.empty()) return;
  run(*this, start, bt, changed);
}

namespace {

bool same_callsites(const VerifierState& a, const VerifierState& b) {
  if (a.frames.size() != b.frames.size()) return false;
  for (size_t i = 0; i < a.frames.size(); i++)
    if (a.frames[i].callsite != b.frames[i].callsite) return false;
  return true;
}

// check_ids over one widening pass (the kernel's idmap_scratch): an id of the old state stands for one id of the
// new, both set or both 0.
struct WidenIdMap {
  std::vector<std::pair<uint32_t, uint32_t>> pairs;
  bool check(uint32_t old_id, uint32_t cur_id) {
    if ((old_id == 0) != (cur_id == 0)) return false;
    if (old_id == 0) return true;
    for (const auto& [o, c] : pairs) {
      if (o == old_id) return c == cur_id;
      if (c == cur_id) return false;
    }
    pairs.push_back({old_id, cur_id});
    return true;
  }
};

// maybe_widen_reg: a scalar that is not exactly what it was (regs_exact: the numeric state, and the ids as the
// idmap pairs them) and decides nothing (not precise) becomes unknown.
void maybe_widen(const RegState& old, RegState& r, WidenIdMap& ids) {
  if (old.type != RegType::Scalar || r.type != RegType::Scalar) return;
  if (old.precise || r.precise) return;
  if (old.b == r.b && old.off == r.off && ids.check(old.id, r.id) && ids.check(old.ref_obj_id, r.ref_obj_id)) return;
  bool w = r.written;
  r = make_scalar_unknown();
  r.written = w;
}

}  // namespace

const VerifierState* Env::find_prev_entry(int idx, const VerifierState& of) const {
  // Newest first, as the kernel's list: the latest state at idx still on this path (branches left), at the same
  // call sites, saved before `of`.
  const auto& list = const_cast<Env*>(this)->explored_list(idx, of);
  for (size_t i = list.size(); i-- > 0;) {
    const Checkpoint* cp = list[i];
    if (cp->state.insn_idx == idx && cp->branches && same_callsites(cp->state, of) && cp->state.dfs_depth < of.dfs_depth) return &cp->state;
  }
  return nullptr;
}

void Env::widen_imprecise_scalars(const VerifierState& prev, VerifierState& into) {
  WidenIdMap ids;
  // the deepest frame first, registers before stack slots, as the kernel pairs the ids
  for (size_t f = std::min(prev.frames.size(), into.frames.size()); f-- > 0;) {
    const FuncState& fo = prev.frames[f];
    FuncState& fc = into.frames[f];
    for (size_t r = 0; r < fo.regs.size(); r++) maybe_widen(fo.regs[r], fc.regs[r], ids);
    size_t slots = std::min(fo.stack.size(), fc.stack.size());
    for (size_t s = 0; s < slots; s++)
      if (fo.stack[s].is_spilled() && fc.stack[s].is_spilled())
        maybe_widen(fo.stack[s].spilled, fc.stack[s].spilled, ids);
  }
}

void Env::widen_after_callback(int callsite) {
  if (callsite < 0 || callsite >= insn_cnt()) return;
  if (const VerifierState* prev = find_prev_entry(callsite, cur)) widen_imprecise_scalars(*prev, cur);
}

}  // namespace bpfkit::verifier
