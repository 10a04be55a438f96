// Live stack slots (see stack_liveness.h).
#include "verifier/stack_liveness.h"


namespace bpfkit::verifier {

namespace {

// bpf_insn_successors: exit has none, ja only its target, conditional jumps both, everything else (calls
// included) falls through; ld_imm64 takes two slots. A tail call and a packet load (LD_ABS/IND) may also leave the
// function: their jump table (insn_aux_data.jt) adds the subprogram's exit (`exit_jump`, -1 for none).
int successors(std::span<const Insn> insns, const std::vector<int>& exit_jump, int idx, int out[2]) {
  const Insn& in = insns[size_t(idx)];
  if (size_t(idx) < exit_jump.size() && exit_jump[size_t(idx)] >= 0) {
    out[0] = idx + 1;
    out[1] = exit_jump[size_t(idx)];
    return 2;
  }
  const uint8_t cls = op::cls(in.opcode);
  int n = 0;
  if (cls == op::JMP || cls == op::JMP32) {
    const uint8_t code = op::code(in.opcode);
    if (code == op::EXIT) return 0;
    if (code == op::CALL) {
      out[n++] = idx + 1;
      return n;
    }
    const int target = idx + 1 + (cls == op::JMP32 && code == op::JA ? in.imm : in.off);
    if (code != op::JA) out[n++] = idx + 1;
    out[n++] = target;
    return n;
  }
  out[n++] = idx + int(insn_slots(in));
  return n;
}

}  // namespace

void StackLiveness::init(const CfgInfo& cfg, std::span<const Insn> insns) {
  cfg_ = &cfg;
  insns_ = insns;
  instances_.clear();
  write_inst_ = nullptr;
  writes_valid_ = false;
  last_inst_ = nullptr;
  // subprog->exit_idx (its last exit) for the instructions that may jump there
  exit_jump_.assign(insns.size(), -1);
  for (const Subprog& sp : cfg.subprogs) {
    int exit_idx = -1;
    for (uint32_t i = sp.start; i < sp.end && i < insns.size(); i++)
      if (insns[i].opcode == (op::JMP | op::EXIT)) exit_idx = int(i);
    if (exit_idx < 0) continue;
    for (uint32_t i = sp.start; i < sp.end && i < insns.size(); i++) {
      const Insn& in = insns[i];
      const bool tail_call = in.opcode == (op::JMP | op::CALL) && in.src == 0 && in.imm == 12;
      const bool ld_pkt = op::cls(in.opcode) == op::LD && (op::mode(in.opcode) == op::ABS || op::mode(in.opcode) == op::IND);
      if (tail_call || ld_pkt) exit_jump_[i] = exit_idx;
    }
  }
  // The kernel's compute_postorder: per subprogram, an explicit-stack DFS that pushes every undiscovered successor
  // at once and emits an instruction when it is met again after its successors.
  constexpr uint8_t kDiscovered = 1, kExplored = 2;
  std::vector<uint8_t> state(insns.size(), 0);
  std::vector<int> stack;
  postorder_.clear();
  postorder_start_.clear();
  for (const Subprog& sp : cfg.subprogs) {
    postorder_start_.push_back(uint32_t(postorder_.size()));
    if (sp.start >= insns.size()) continue;
    stack.assign(1, int(sp.start));
    while (!stack.empty()) {
      const int top = stack.back();
      state[size_t(top)] |= kDiscovered;
      if (state[size_t(top)] & kExplored) {
        postorder_.push_back(top);
        stack.pop_back();
        continue;
      }
      int succ[2];
      const int n = successors(insns, exit_jump_, top, succ);
      for (int k = 0; k < n; k++) {
        if (succ[k] < 0 || size_t(succ[k]) >= insns.size() || state[size_t(succ[k])]) continue;
        stack.push_back(succ[k]);
        state[size_t(succ[k])] |= kDiscovered;
      }
      state[size_t(top)] |= kExplored;
    }
  }
  postorder_start_.push_back(uint32_t(postorder_.size()));
}

StackLiveness::Key StackLiveness::key_of(const VerifierState& st, uint32_t frameno, const CfgInfo& cfg) {
  Key k;
  for (uint32_t i = 0; i < frameno; i++) k.v[i] = st.frames[i + 1].callsite;
  const uint32_t sp = st.frames[frameno].subprog;
  k.v[frameno] = sp < cfg.subprogs.size() ? int32_t(cfg.subprogs[sp].start) : 0;
  k.len = uint8_t(frameno + 1);
  return k;
}

StackLiveness::Instance& StackLiveness::instance(const Key& key) {
  if (last_inst_ != nullptr && last_key_ == key) return *last_inst_;
  auto [it, fresh] = instances_.try_emplace(key);
  Instance& inst = it->second;
  if (fresh) {
    inst.key = key;
    inst.start = uint32_t(key.v[key.len - 1]);
    uint32_t end = uint32_t(insns_.size());
    for (const Subprog& s : cfg_->subprogs)
      if (s.start == inst.start) end = s.end;
    inst.count = end > inst.start ? end - inst.start : 0;
    inst.frames.resize(key.len);
    inst.must_write_set.assign(inst.count, 0);
  }
  last_key_ = key;
  last_inst_ = &inst;
  return inst;
}

StackLiveness::Masks* StackLiveness::masks(Instance& inst, uint32_t frame, int idx, bool create) {
  if (frame >= inst.frames.size() || idx < int(inst.start) || idx >= int(inst.start + inst.count)) return nullptr;
  auto& f = inst.frames[frame];
  if (f.empty()) {
    if (!create) return nullptr;
    f.resize(inst.count);
  }
  return &f[size_t(idx) - inst.start];
}

void StackLiveness::add_read(Instance& inst, uint32_t frame, int idx, uint64_t slots) {
  Masks* m = masks(inst, frame, idx, true);
  if (m == nullptr) return;
  const uint64_t now = m->may_read | slots;
  if (now != m->may_read && (now | m->live_before) != m->live_before) inst.updated = true;
  m->may_read = now;
}

void StackLiveness::mark_read(const VerifierState& st, uint32_t frame, int idx, uint64_t slots) {
  add_read(instance(key_of(st, st.curframe(), *cfg_)), frame, idx, slots);
}

void StackLiveness::begin_insn(const VerifierState& st, int idx) {
  write_inst_ = &instance(key_of(st, st.curframe(), *cfg_));
  write_idx_ = idx;
  write_acc_.fill(0);
  writes_valid_ = true;
}

void StackLiveness::mark_write(uint32_t frame, uint64_t slots) {
  if (frame < write_acc_.size()) write_acc_[frame] |= slots;
}

void StackLiveness::end_insn() {
  if (writes_valid_ && write_inst_ != nullptr)
    commit_writes(*write_inst_, write_idx_, write_acc_, uint32_t(write_inst_->frames.size()));
  writes_valid_ = false;
}

// The first visit of an instruction in a chain sets must_write; later visits keep only what every visit wrote.
void StackLiveness::commit_writes(Instance& inst, int idx, const std::array<uint64_t, 8>& writes, uint32_t frames) {
  if (idx < int(inst.start) || idx >= int(inst.start + inst.count)) return;
  const size_t rel = size_t(idx) - inst.start;
  for (uint32_t f = 0; f < frames && f < writes.size(); f++) {
    uint64_t mask = writes[f];
    if (mask == 0 && !inst.must_write_set[rel]) continue;
    Masks* m = masks(inst, f, idx, true);
    const uint64_t old = m->must_write;
    if (inst.must_write_set[rel]) mask &= old;
    if (old != mask) {
      m->must_write = mask;
      inst.updated = true;
    }
    if (old & ~mask) inst.must_write_dropped = true;
  }
  inst.must_write_set[rel] = 1;
}

// liveness.c's update_insn: one step of the backward data flow at idx; true if its masks changed.
bool StackLiveness::update_insn(Instance& inst, uint32_t f, int idx) {
  int succ[2];
  const int n = successors(insns_, exit_jump_, idx, succ);
  if (n == 0) return false;
  Masks& m = inst.frames[f][size_t(idx) - inst.start];
  uint64_t after = 0, acc = ~uint64_t{0};
  for (int s = 0; s < n; s++) {
    const Masks* sm = masks(inst, f, succ[s], false);
    if (sm == nullptr) {
      acc = 0;  // a successor outside the subprogram: nothing is known to be written on that way
      continue;
    }
    after |= sm->live_before;
    acc &= sm->must_write_acc;
  }
  acc |= m.must_write;
  const uint64_t before = (after & ~m.must_write) | m.may_read;
  const bool changed = before != m.live_before || acc != m.must_write_acc;
  if (log_ != nullptr && (m.may_read || m.must_write || uint32_t(idx) == inst.start || (prune_point_ && prune_point_(idx)))) {
    log_mask_change(inst, "live", f, idx, m.live_before, before);
    log_mask_change(inst, "written", f, idx, m.must_write_acc, acc);
  }
  m.live_before = before;
  m.must_write_acc = acc;
  return changed;
}

void StackLiveness::update_instance(Instance& inst) {
  if (inst.must_write_dropped)
    for (auto& f : inst.frames)
      for (Masks& m : f) m.must_write_acc = 0;
  size_t po_begin = 0, po_end = 0;
  for (size_t sp = 0; sp < cfg_->subprogs.size() && sp + 1 < postorder_start_.size(); sp++) {
    if (cfg_->subprogs[sp].start != inst.start) continue;
    po_begin = postorder_start_[sp];
    po_end = postorder_start_[sp + 1];
  }
  // Backward data flow to a fixed point, in postorder as the kernel goes (the order changes the rounds it takes).
  int rounds = 0;
  for (bool changed = true; changed;) {
    rounds++;
    changed = false;
    for (uint32_t f = 0; f < inst.frames.size(); f++) {
      if (inst.frames[f].empty()) continue;
      for (size_t i = po_begin; i < po_end; i++) changed |= update_insn(inst, f, postorder_[i]);
    }
  }
  if (log_ != nullptr) *log_ += callchain_string(inst) + " live stack update done in " + std::to_string(rounds) + " iterations\n";
  if (inst.key.len > 1) propagate_to_caller(inst);
}

// fmt_callchain: the call sites, then the subprogram's start, as "(0)" or "(36,99,102)".
std::string StackLiveness::callchain_string(const Instance& inst) {
  std::string s = "(";
  for (uint32_t i = 0; i < inst.key.len; i++) {
    if (i) s += ',';
    s += std::to_string(inst.key.v[i]);
  }
  return s + ")";
}

// log_mask_change: the slots that became set and those that became clear, as liveness.c prints them (including
// its trailing space after the "+" part).
void StackLiveness::log_mask_change(const Instance& inst, const char* what, uint32_t frame, int idx,
                                    uint64_t old_mask, uint64_t new_mask) {
  const uint64_t changed = old_mask ^ new_mask;
  if (!changed) return;
  std::string& out = *log_;
  out += callchain_string(inst) + " frame " + std::to_string(frame) + " insn " + std::to_string(idx) + " ";
  if (new_mask & changed) out += std::string("+") + what + " " + fmt_stack_mask(new_mask & changed) + " ";
  if (~new_mask & changed) out += std::string("-") + what + " " + fmt_stack_mask(~new_mask & changed);
  out += "\n";
}

// What a callee's entry may read of its callers' frames is read at the call site; what it always writes there is
// written by the call.
void StackLiveness::propagate_to_caller(Instance& inst) {
  Key outer_key = inst.key;
  const int32_t callsite = outer_key.v[outer_key.len - 2];
  outer_key.len--;
  outer_key.v[outer_key.len] = 0;
  // the caller's subprogram: the one holding the call site
  uint32_t start = 0;
  for (const Subprog& s : cfg_->subprogs)
    if (uint32_t(callsite) >= s.start && uint32_t(callsite) < s.end) start = s.start;
  outer_key.v[outer_key.len - 1] = int32_t(start);
  Instance& outer = instance(outer_key);
  std::array<uint64_t, 8> writes{};
  for (uint32_t f = 0; f + 1 < inst.frames.size(); f++) {
    const Masks* entry = masks(inst, f, int(inst.start), false);
    if (entry == nullptr) continue;
    writes[f] = entry->must_write_acc;
    add_read(outer, f, callsite, entry->live_before);
  }
  commit_writes(outer, callsite, writes, uint32_t(outer.frames.size()));
}

void StackLiveness::update(const VerifierState& st) {
  writes_valid_ = false;
  for (uint32_t f = st.curframe() + 1; f-- > 0;) {
    Instance& inst = instance(key_of(st, f, *cfg_));
    if (!inst.updated) continue;
    inst.updated = false;  // before: propagating may touch the caller, never this instance again
    update_instance(inst);
    inst.must_write_dropped = false;
  }
}

bool StackLiveness::slot_alive(const VerifierState& st, uint32_t frameno, uint32_t spi,
                               const std::function<bool(int)>& calls_callback) {
  if (spi >= 64) return true;
  auto alive_at = [&](const Key& key, int idx) {
    auto it = instances_.find(key);
    if (it == instances_.end()) return false;
    const Masks* m = masks(it->second, frameno, idx, false);
    return m != nullptr && (m->live_before >> spi & 1) != 0;
  };
  const uint32_t cur = st.curframe();
  if (alive_at(key_of(st, cur, *cfg_), st.insn_idx)) return true;
  for (uint32_t i = frameno; i < cur; i++) {
    const int callsite = st.frames[i + 1].callsite;
    const bool callback = calls_callback(callsite);
    if (alive_at(key_of(st, i, *cfg_), callback ? callsite : callsite + 1)) return true;
  }
  return false;
}

}  // namespace bpfkit::verifier
