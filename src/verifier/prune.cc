// State pruning: is_state_visited with states_equal (regsafe, stacksafe, refsafe, check_ids).
//
// Precision: a saved state's scalar is compared by range only if it is marked precise (precision.cc backtracks
// the marks as the kernel's mark_chain_precision does); an imprecise one matches any scalar under NOT_EXACT. On a
// prune, the old state's marks are carried over to the current path (propagate_precision), since the current path
// relies on them being what made it safe. Without bpf_capable every scalar is precise. Registers are compared only
// where live (compute_live_registers, liveness.cc).
#include <algorithm>

#include "verifier/env.h"

namespace bpfkit::verifier {

namespace {

enum class Exact { NotExact, RangeWithin, Exact };

struct IdMap {
  std::vector<std::pair<uint32_t, uint32_t>> map;
  uint32_t tmp_gen;
  bool check(uint32_t old_id, uint32_t cur_id) {
    if (!!old_id != !!cur_id) return false;
    if (old_id == 0) return true;
    for (auto& [o, c] : map) {
      if (o == old_id) return c == cur_id;
      if (c == cur_id) return false;
    }
    map.push_back({old_id, cur_id});
    return true;
  }
  // check_scalar_ids as 6.18 stable has it ("bpf: Relax scalar id equivalence for state pruning" and "bpf: Enforce
  // regsafe base id consistency for BPF_ADD_CONST scalars"). An old scalar without an id relied on no link, so any
  // link the current one has only adds constraints. An old id needs one current id of its own: a current scalar
  // without an id gets a fresh one, so that two unlinked current scalars cannot stand for one linked pair. An old
  // `base + delta` id must map its base consistently too, or `r3 = r2 + 10` would match `r3 = r4 + 10`.
  bool check_scalar(uint32_t old_id, uint32_t cur_id) {
    if (old_id == 0) return true;
    cur_id = cur_id ? cur_id : ++tmp_gen;
    if (!check(old_id, cur_id)) return false;
    if (old_id & kAddConst) return check(old_id & ~kAddConst, cur_id & ~kAddConst);
    return true;
  }
};

// the fields of bpf_reg_state before `id`: type, off, the per-type union and the numeric state
bool base_equal(const RegState& a, const RegState& b, bool with_bounds) {
  if (a.type != b.type || a.flags != b.flags || a.off != b.off || a.map != b.map || a.range != b.range ||
      a.mem_size != b.mem_size || a.subprog != b.subprog || a.btf_name != b.btf_name || a.btf_id != b.btf_id ||
      a.dynptr_type != b.dynptr_type || a.dynptr_id != b.dynptr_id ||
      a.local_btf != b.local_btf)
    return false;
  return !with_bounds || a.b == b.b;
}

// states_maybe_looping: the current frame's registers, every one (live or not), equal as the kernel's memcmp up to
// frameno sees them; only then is an exact match an infinite loop (a dead register that changed means progress)
bool states_maybe_looping(const VerifierState& old, const VerifierState& cur) {
  if (old.frames.size() != cur.frames.size()) return false;
  const FuncState& fo = old.cur();
  const FuncState& fc = cur.cur();
  for (size_t i = 0; i < fo.regs.size(); i++) {
    const RegState& a = fo.regs[i];
    const RegState& b = fc.regs[i];
    if (!base_equal(a, b, true) || a.id != b.id || a.ref_obj_id != b.ref_obj_id) return false;
  }
  return true;
}

bool range_ok(const RegState& o, const RegState& c) {
  return scalar_range_within(o.b, c.b) && o.b.var_off.contains(c.b.var_off);
}

bool regs_exact(const RegState& o, const RegState& c, IdMap& idmap) {
  return base_equal(o, c, true) && idmap.check(o.id, c.id) && idmap.check(o.ref_obj_id, c.ref_obj_id);
}

bool regsafe(const RegState& o, const RegState& c, IdMap& idmap, Exact exact, bool priv) {
  if (exact == Exact::Exact) return regs_exact(o, c, idmap) && (o.type != RegType::PtrToStack || o.frameno == c.frameno);
  if (o.type == RegType::NotInit) {
    if (exact == Exact::NotExact || c.type == RegType::NotInit) return true;
  }
  if (c.type == RegType::NotInit) return false;
  if (o.type != c.type || o.flags != c.flags) return false;
  switch (o.type) {
    case RegType::Scalar:
      if (priv && !o.precise && exact == Exact::NotExact) return true;
      // A linked old scalar needs a current one linked the same way: the same kind of delta (none, alu64, alu32:
      // sync_linked_regs zero-extends an alu32 one) and the same delta. An old scalar without an id takes any
      // current one (check_scalar).
      if (o.id && (o.id & kAddConst) != (c.id & kAddConst)) return false;
      if ((o.id & kAddConst) && o.off != c.off) return false;
      return idmap.check_scalar(o.id, c.id) && range_ok(o, c);
    case RegType::PtrToMapKey: case RegType::PtrToMapValue: case RegType::PtrToMem: case RegType::PtrToBuf:
    case RegType::PtrToTpBuffer:
      return base_equal(o, c, false) && range_ok(o, c) && idmap.check(o.id, c.id) &&
             idmap.check(o.ref_obj_id, c.ref_obj_id);
    case RegType::PtrToPacketMeta: case RegType::PtrToPacket:
      // A negative range is a marker (BEYOND_PKT_END, AT_PKT_END), not a length: it only matches itself.
      if (o.range < 0 || c.range < 0) {
        if (o.range != c.range) return false;
      } else if (o.range > c.range) {
        return false;
      }
      if (o.off != c.off) return false;
      if (!idmap.check(o.id, c.id)) return false;
      return range_ok(o, c);
    case RegType::PtrToStack:
      return regs_exact(o, c, idmap) && o.frameno == c.frameno;
    case RegType::PtrToArena:
      return true;
    default:
      return regs_exact(o, c, idmap);
  }
}

bool is_all_misc(const Env& e, const StackSlot& s) {
  for (SlotType t : s.type)
    if (!(t == SlotType::Misc || (t == SlotType::Invalid && e.priv))) return false;
  return true;
}

bool stacksafe(const Env& e, const FuncState& o, const FuncState& c, IdMap& idmap, Exact exact) {
  static const RegState unbound = make_scalar_unknown();
  int old_bytes = o.allocated_stack(), cur_bytes = c.allocated_stack();
  for (int i = 0; i < old_bytes; i++) {
    size_t spi = size_t(i / 8);
    size_t k = size_t(i % 8);
    SlotType ot = o.stack[spi].type[k];
    if (exact == Exact::Exact && (i >= cur_bytes || ot != c.stack[spi].type[k])) return false;
    if (ot == SlotType::Invalid) continue;
    if (e.priv && ot == SlotType::Misc) continue;
    if (i >= cur_bytes) return false;
    const StackSlot& os = o.stack[spi];
    const StackSlot& cs = c.stack[spi];
    auto scalar_for = [&](const StackSlot& s) -> const RegState* {
      if (s.type[0] == SlotType::Spill && s.spilled.type == RegType::Scalar) return &s.spilled;
      if (is_all_misc(e, s)) return &unbound;
      return nullptr;
    };
    const RegState* orr = scalar_for(os);
    const RegState* crr = scalar_for(cs);
    if (orr && crr) {
      if (!regsafe(*orr, *crr, idmap, exact, e.priv)) return false;
      i += 7 - int(k);
      continue;
    }
    SlotType ct = cs.type[k];
    if (ot == SlotType::Misc && ct == SlotType::Zero) continue;
    if (ot != ct) return false;
    if (k != 7) continue;
    if (os.type[7] == SlotType::Spill && !regsafe(os.spilled, cs.spilled, idmap, exact, e.priv)) return false;
    if (os.type[7] == SlotType::Dynptr &&
        (os.spilled.dynptr_type != cs.spilled.dynptr_type || os.spilled.dynptr_first != cs.spilled.dynptr_first ||
         !idmap.check(os.spilled.ref_obj_id, cs.spilled.ref_obj_id)))
      return false;
    // an iterator's depth is left out: it only tells loop iterations apart (iter_active_depths_differ)
    if (os.type[7] == SlotType::Iter &&
        (os.spilled.btf_name != cs.spilled.btf_name || os.spilled.iter_state != cs.spilled.iter_state ||
         !idmap.check(os.spilled.ref_obj_id, cs.spilled.ref_obj_id)))
      return false;
  }
  return true;
}

// Two states at the same instruction with an active iterator at different next() depths are different loop
// iterations, not an infinite loop.
bool iter_active_depths_differ(const VerifierState& o, const VerifierState& c) {
  for (size_t f = 0; f < o.frames.size() && f < c.frames.size(); f++) {
    const auto& os = o.frames[f].stack;
    const auto& cs = c.frames[f].stack;
    for (size_t i = 0; i < os.size() && i < cs.size(); i++) {
      if (os[i].type[7] != SlotType::Iter || os[i].spilled.iter_state != kIterActive) continue;
      if (cs[i].type[7] == SlotType::Iter && os[i].spilled.iter_depth != cs[i].spilled.iter_depth) return true;
    }
  }
  return false;
}

bool refsafe(const VerifierState& o, const VerifierState& c, IdMap& idmap) {
  if (o.refs.size() != c.refs.size() || o.active_locks != c.active_locks ||
      o.active_rcu_lock != c.active_rcu_lock)
    return false;
  for (size_t i = 0; i < o.refs.size(); i++) {
    if (!idmap.check(o.refs[i].id, c.refs[i].id) || o.refs[i].type != c.refs[i].type) return false;
    if (o.refs[i].type == RefType::Lock && o.refs[i].lock_map != c.refs[i].lock_map) return false;
  }
  return true;
}

bool states_equal(const Env& e, const VerifierState& o, const VerifierState& c, Exact exact) {
  if (o.frames.size() != c.frames.size()) return false;
  if (o.speculative && !c.speculative) return false;
  IdMap idmap;
  idmap.tmp_gen = e.id_gen;
  if (!refsafe(o, c, idmap)) return false;
  for (size_t i = 0; i < o.frames.size(); i++) {
    const FuncState& of = o.frames[i];
    const FuncState& cf = c.frames[i];
    if (of.callsite != cf.callsite) return false;
    if (of.callback_depth > cf.callback_depth) return false;
    int at = i + 1 == o.frames.size() ? o.insn_idx : o.frames[i + 1].callsite;
    uint16_t live = e.aux[size_t(at)].live_regs_before;
    for (int r = 0; r < 10; r++)
      if ((live & (1u << r)) && !regsafe(of.regs[size_t(r)], cf.regs[size_t(r)], idmap, exact, e.priv))
        return false;
    if (!regsafe(of.regs[10], cf.regs[10], idmap, exact, e.priv)) return false;
    if (!stacksafe(e, of, cf, idmap, exact)) return false;
  }
  return true;
}

bool is_may_goto(const Env& e, int idx) {
  const Insn& in = e.insn(idx);
  return in.opcode == (op::JMP | op::JCOND) && in.src == op::MAY_GOTO;
}

bool same_callsites(const VerifierState& a, const VerifierState& b) {
  if (a.frames.size() != b.frames.size()) return false;
  for (size_t i = 0; i < a.frames.size(); i++)
    if (a.frames[i].callsite != b.frames[i].callsite) return false;
  return true;
}

}  // namespace

// clean_verifier_state: a finished saved state's registers and stack slots that nothing after its position reads
// are forgotten, so that comparisons ignore them.
void Env::clean_verifier_state(VerifierState& st) {
  st.cleaned = true;
  auto calls_callback = [this](int idx) { return idx >= 0 && size_t(idx) < aux.size() && aux[size_t(idx)].calls_callback; };
  for (uint32_t f = 0; f < st.frames.size(); f++) {
    FuncState& fs = st.frames[f];
    const int at = f == st.curframe() ? st.insn_idx : st.frames[f + 1].callsite;
    const uint16_t live = aux[size_t(at)].live_regs_before;
    for (int r = 0; r < 10; r++)
      if (!(live & (1u << r))) fs.regs[size_t(r)] = RegState{};
    for (uint32_t spi = 0; spi < fs.stack.size(); spi++) {
      if (stack_live.slot_alive(st, fs.frameno, spi, calls_callback)) continue;
      fs.stack[spi].spilled = RegState{};
      fs.stack[spi].type.fill(SlotType::Invalid);
    }
  }
}

void Env::clean_live_states(int idx) {
  for (Checkpoint* cp : explored_list(idx, cur)) {
    if (cp->branches || cp->state.cleaned || cp->state.insn_idx != idx || !same_callsites(cp->state, cur)) continue;
    if (incomplete_read_marks(cp->state)) continue;
    clean_verifier_state(cp->state);
  }
}

void Env::update_branch_counts(Checkpoint* cp) {
  while (cp) {
    if (cp->branches) cp->branches--;
    if (cp->branches) break;
    maybe_exit_scc(cp);
    Checkpoint* parent = cp->parent;
    maybe_free_verifier_state(cp);
    cp = parent;
  }
}

// An evicted state is freed once no path goes through it and no loop may still propagate marks into it. Only the
// count matters here (peak_states): checkpoints stay allocated for the parent pointers of the states below them.
void Env::maybe_free_verifier_state(Checkpoint* cp) {
  if (!cp->in_free_list || cp->branches || incomplete_read_marks(cp->state)) return;
  cp->in_free_list = false;
  free_list_size--;
}

int Env::is_state_visited(int idx) {
  // A long history since the last checkpoint forces one, so that backtracking stays short.
  bool force = aux[size_t(idx)].force_checkpoint || cur.history.size() > 40;
  bool add_new = force || (jmps_processed - prev_jmps_processed >= 2 && insn_processed - prev_insn_processed >= 8);
  bool iter_next = is_iter_next_insn(idx);
  clean_live_states(idx);
  cur.insn_idx = idx;
  auto& list = explored_list(idx, cur);
  // every state of the list counts, whatever its instruction, including those evicted below
  const uint32_t states_cnt = uint32_t(list.size());
  // `loop` carries over from one saved state to the next, as in the kernel.
  bool loop = false;
  // Newest first, as the kernel's list (new states go to its head).
  for (size_t li = list.size(); li-- > 0;) {
    Checkpoint* cp = list[li];
    if (cp->state.insn_idx != idx) continue;
    bool hit = false;
    if (cp->branches) {
      if (iter_next) {
        // process_iter_next_call's loop: a state seen before with the iterator still active converges
        hit = states_equal(*this, cp->state, cur, Exact::RangeWithin) && iter_next_loop_ok(idx);
        if (hit) loop = true;
      } else if (is_may_goto(*this, idx) && cp->state.may_goto_depth != cur.may_goto_depth &&
                 states_equal(*this, cp->state, cur, Exact::RangeWithin)) {
        // a later iteration of a may_goto loop (on a miss the infinite-loop check below still runs)
        hit = loop = true;
      } else if (aux[size_t(idx)].calls_callback) {
        // bpf_loop and friends are loops the CFG does not show: a hit on a state still being explored is a backedge
        // of the call's SCC visit, so that the states saved inside the callback are compared by range until the
        // loop's precision is settled (6.18 stable: "bpf_scc_visit instance and backedges accumulation for
        // bpf_loop()"). Without it such a state counts as finished, compares imprecise scalars as equal, and
        // prunes paths the kernel goes on with.
        hit = states_equal(*this, cp->state, cur, Exact::RangeWithin);
        if (hit) loop = true;
      } else if (states_maybe_looping(cp->state, cur) && cp->state.callback_unroll_depth == cur.callback_unroll_depth &&
                 cp->state.may_goto_depth == cur.may_goto_depth &&
                 states_equal(*this, cp->state, cur, Exact::Exact) && !iter_active_depths_differ(cp->state, cur)) {
        err(strf("infinite loop detected at insn %d", idx));
        // The kernel then prints both states it compared; its last line, the old state, is the error line.
        err("cur state:" + state_string(cur));
        err("old state:" + state_string(cp->state));
        return -1;
      }
      if (!hit && !force && jmps_processed - prev_jmps_processed < 20 && insn_processed - prev_insn_processed < 100)
        add_new = false;
    } else {
      // A finished state in a loop whose visit has unsettled backedges may lack marks: compare it by range.
      loop = incomplete_read_marks(cp->state);
      hit = states_equal(*this, cp->state, cur, loop ? Exact::RangeWithin : Exact::NotExact);
    }
    if (hit) {
      cp->hits++;
      if (aux[size_t(idx)].jmp_point) push_insn_history();
      // The current path is safe because the old state was: whatever the old state's paths needed precise, this
      // one needs too. In a loop the old state's marks may still grow: the hit is kept as a backedge and
      // propagated again when the loop is done.
      propagate_precision(cp->state, cur);
      if (loop) add_scc_backedge(cp->state, idx);
      return 1;
    }
    // miss: states that keep missing are dropped from the list, as the kernel evicts them (miss_cnt)
    if (add_new) cp->misses++;
    uint32_t n = force && cp->branches > 0 ? 64 : 3;
    if (cp->misses > cp->hits * n + n) {
      list.erase(list.begin() + long(li));
      cp->in_free_list = true;
      free_list_size++;
      explored_states_size--;
      maybe_free_verifier_state(cp);
    }
  }
  max_states_per_insn = std::max(max_states_per_insn, states_cnt);
  if (!add_new) return 0;
  checkpoints.emplace_back();
  Checkpoint& cp = checkpoints.back();
  cp.state = cur;
  cp.state.parent = nullptr;
  cp.state.last_insn_idx = cur.prev_insn_idx;
  cp.parent = cur.parent;
  cp.branches = 1;
  cur.parent = &cp;
  cur.dfs_depth = cp.state.dfs_depth + 1;
  cur.first_insn_idx = idx;
  cur.history.clear();
  list.push_back(&cp);
  maybe_enter_scc(&cp);
  total_states++;
  explored_states_size++;
  update_peak_states();
  prev_jmps_processed = jmps_processed;
  prev_insn_processed = insn_processed;
  return 0;
}

}  // namespace bpfkit::verifier
