// Loops and precision (6.17+: compute_scc, maybe_enter_scc, maybe_exit_scc, add_scc_backedge, propagate_backedges,
// incomplete_read_marks).
//
// Inside a loop, a path may be pruned against a state whose exploration is not finished (a loop back-edge), whose
// precision marks are therefore not final. Such a hit is recorded as a backedge of the loop's "visit" (the loop,
// reached through a given chain of call sites); while a visit has backedges, finished states inside it are compared
// by range (RANGE_WITHIN) rather than by precise scalars only. When the first checkpoint of the visit is fully
// explored, the backedges' marks are propagated again and again until nothing changes.
#include <algorithm>

#include "verifier/env.h"

namespace bpfkit::verifier {

namespace {

constexpr int kMaxBackedgeIters = 64;

void successors(const Env& e, int i, std::vector<int>& out) {
  out.clear();
  int n = e.insn_cnt();
  const Insn& in = e.insn(i);
  auto add = [&](int t) {
    if (t >= 0 && t < n) out.push_back(t);
  };
  uint8_t cls = op::cls(in.opcode);
  if (cls == op::JMP || cls == op::JMP32) {
    uint8_t code = op::code(in.opcode);
    if (code == op::EXIT) return;
    if (code == op::CALL) return add(i + 1);
    if (code == op::JA) return add(i + 1 + (cls == op::JMP ? in.off : in.imm));
    add(i + 1);
    add(i + 1 + in.off);
    return;
  }
  add(i + (is_ld_imm64(in) ? 2 : 1));
}

// format_callchain: "(callsite,...,scc)", the call sites that are not 0
std::string format_callchain(const std::vector<int32_t>& chain) {
  std::string s = "(";
  for (size_t i = 0; i + 1 < chain.size(); i++)
    if (chain[i]) s += strf("%u,", uint32_t(chain[i]));
  return s + strf("%u)", chain.empty() ? 0u : uint32_t(-chain.back()));  // callchain() stores the scc negated
}

// The state's callchain: the call sites down to the first frame whose instruction is in a loop, then that loop.
bool callchain(const Env& e, const VerifierState& st, std::vector<int32_t>& out) {
  out.clear();
  for (size_t i = 0; i < st.frames.size(); i++) {
    int insn = i + 1 < st.frames.size() ? st.frames[i + 1].callsite : st.insn_idx;
    if (insn < 0 || insn >= e.insn_cnt()) return false;
    uint32_t scc = e.aux[size_t(insn)].scc;
    if (scc) {
      out.push_back(-int32_t(scc));  // negative: cannot be taken for a call site
      return true;
    }
    if (i + 1 == st.frames.size()) return false;
    out.push_back(insn);
  }
  return false;
}

}  // namespace

// Tarjan's algorithm over instruction successors (calls fall through; callees are their own graphs). A component
// is a loop when it has two or more instructions, an instruction jumping to itself, or a callback-calling
// instruction (the callback may run again: an implicit loop).
void Env::compute_scc() {
  int n = insn_cnt();
  std::vector<int> index(size_t(n), -1), low(size_t(n), 0), stack;
  std::vector<char> on_stack(size_t(n), 0);
  struct Frame {
    int v;
    size_t next;
    std::vector<int> succ;
  };
  int counter = 0;
  uint32_t next_scc = 1;
  std::vector<Frame> dfs;
  for (int root = 0; root < n; root++) {
    if (index[size_t(root)] >= 0) continue;
    dfs.push_back({root, 0, {}});
    successors(*this, root, dfs.back().succ);
    index[size_t(root)] = low[size_t(root)] = counter++;
    stack.push_back(root);
    on_stack[size_t(root)] = 1;
    while (!dfs.empty()) {
      Frame& f = dfs.back();
      if (f.next < f.succ.size()) {
        int w = f.succ[f.next++];
        if (index[size_t(w)] < 0) {
          index[size_t(w)] = low[size_t(w)] = counter++;
          stack.push_back(w);
          on_stack[size_t(w)] = 1;
          Frame nf{w, 0, {}};
          successors(*this, w, nf.succ);
          dfs.push_back(std::move(nf));
        } else if (on_stack[size_t(w)]) {
          low[size_t(f.v)] = std::min(low[size_t(f.v)], index[size_t(w)]);
        }
        continue;
      }
      int v = f.v;
      bool self = std::find(f.succ.begin(), f.succ.end(), v) != f.succ.end();
      dfs.pop_back();
      if (!dfs.empty()) low[size_t(dfs.back().v)] = std::min(low[size_t(dfs.back().v)], low[size_t(v)]);
      if (low[size_t(v)] != index[size_t(v)]) continue;
      bool loop = stack.back() != v || self || aux[size_t(v)].calls_callback;
      uint32_t id = loop ? next_scc++ : 0;
      for (;;) {
        int w = stack.back();
        stack.pop_back();
        on_stack[size_t(w)] = 0;
        aux[size_t(w)].scc = id;
        if (w == v) break;
      }
    }
  }
}

void Env::maybe_enter_scc(Checkpoint* cp) {
  std::vector<int32_t> chain;
  if (!callchain(*this, cp->state, chain)) return;
  SccVisit& v = scc_visits[chain];
  if (!v.entry) {
    if (log2()) verbose("SCC enter " + format_callchain(chain) + "\n");
    v.entry = cp;
  }
}

void Env::maybe_exit_scc(Checkpoint* cp) {
  std::vector<int32_t> chain;
  if (!callchain(*this, cp->state, chain)) return;
  auto it = scc_visits.find(chain);
  if (it == scc_visits.end() || it->second.entry != cp) return;
  SccVisit& v = it->second;
  if (log2()) verbose("SCC exit " + format_callchain(chain) + "\n");
  v.entry = nullptr;
  num_backedges -= uint32_t(v.backedges.size());
  update_peak_states();
  // propagate_backedges
  for (int iter = 0;; iter++) {
    if (iter > kMaxBackedgeIters) {
      for (auto b = v.backedges.rbegin(); b != v.backedges.rend(); ++b) mark_all_scalars_precise(b->state);
      break;
    }
    bool changed = false;
    // newest first: the kernel's list of backedges has each new one at its head
    for (auto b = v.backedges.rbegin(); b != v.backedges.rend(); ++b) propagate_precision(*b->equal, b->state, &changed);
    if (!changed) break;
  }
  v.backedges.clear();
}

bool Env::incomplete_read_marks(const VerifierState& st) {
  std::vector<int32_t> chain;
  if (!callchain(*this, st, chain)) return false;
  auto it = scc_visits.find(chain);
  return it != scc_visits.end() && !it->second.backedges.empty();
}

void Env::add_scc_backedge(const VerifierState& old, int insn_idx) {
  std::vector<int32_t> chain;
  if (!callchain(*this, old, chain)) {
    // The old state is in no loop: nothing will settle this path's marks later, so settle them now.
    mark_all_scalars_precise(cur);
    return;
  }
  SccVisit& v = scc_visits[chain];
  if (log2()) verbose("SCC backedge " + format_callchain(chain) + "\n");
  Backedge b;
  b.state = cur;
  b.state.insn_idx = insn_idx;
  b.equal = &old;
  v.backedges.push_back(std::move(b));
  num_backedges++;
  update_peak_states();
}

}  // namespace bpfkit::verifier
