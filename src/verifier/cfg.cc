// The shape checks before abstract interpretation (cfg.h), in the order bpf_check() runs them in 6.18:
// add_subprog_and_kfunc, check_subprogs, resolve_pseudo_ldimm64's instruction checks, then check_cfg's depth-first
// walk. The first failing check gives the kernel's message.
#include "verifier/cfg.h"

#include <algorithm>
#include <cerrno>

#include <fmt/format.h>

namespace bpfkit::verifier {
namespace {

constexpr size_t kMaxSubprogs = 256;  // BPF_MAX_SUBPROGS

// Helpers whose call the kernel treats specially in visit_insn (enum bpf_func_id).
constexpr int32_t kTailCall = 12, kForEachMapElem = 164, kTimerSetCallback = 170, kFindVma = 180, kLoop = 181,
                  kUserRingbufDrain = 209;

Error reject(std::string message, int64_t insn, int err = EINVAL) {
  return make_error(std::move(message)).at_insn(insn).with_errno(err).rejected();
}

bool is_pseudo_func(const Insn& insn) { return is_ld_imm64(insn) && insn.src == op::PSEUDO_FUNC; }
bool is_pseudo_call(const Insn& insn) { return insn.opcode == (op::JMP | op::CALL) && insn.src == op::PSEUDO_CALL; }
bool is_kfunc_call(const Insn& insn) {
  return insn.opcode == (op::JMP | op::CALL) && insn.src == op::PSEUDO_KFUNC_CALL;
}
bool is_helper_call(const Insn& insn) { return insn.opcode == (op::JMP | op::CALL) && insn.src == 0; }
bool is_jmp_class(uint8_t opcode) { return op::cls(opcode) == op::JMP || op::cls(opcode) == op::JMP32; }

// bpf_opcode_in_insntable (kernel/bpf/core.c's BPF_INSN_MAP): the opcodes the interpreter has a slot for.
bool opcode_in_insntable(uint8_t code) {
  const uint8_t cls = op::cls(code);
  switch (cls) {
    case op::ALU:
    case op::ALU64: {
      const uint8_t o = op::code(code);
      if (o == op::NEG) return op::source(code) == op::K;
      if (o == op::END) return cls == op::ALU || op::source(code) == op::TO_LE;  // ALU64|END|TO_LE is BSWAP
      return o <= op::ARSH;  // ADD..MOV, ARSH, with K or X
    }
    case op::JMP:
    case op::JMP32: {
      const uint8_t o = op::code(code);
      if (o == op::JA) return op::source(code) == op::K;
      if (o == op::CALL || o == op::EXIT) return cls == op::JMP && op::source(code) == op::K;
      if (o == op::JCOND) return cls == op::JMP && op::source(code) == op::K;
      return o <= op::JSLE;  // the conditional jumps, K or X
    }
    case op::LD:
      if (code == kLdImm64) return true;
      return (op::mode(code) == op::ABS || op::mode(code) == op::IND) && op::size(code) != op::DW;
    case op::LDX:
      if (op::mode(code) == op::MEM) return true;
      return op::mode(code) == op::MEMSX && op::size(code) != op::DW;
    case op::ST:
      return op::mode(code) == op::MEM;
    case op::STX:
      return op::mode(code) == op::MEM || op::mode(code) == op::ATOMIC;  // ATOMIC B/H: load-acquire, store-release
  }
  return false;
}

// add_subprog: a new subprogram start, kept sorted.
Expected<void> add_subprog(std::vector<Subprog>& subprogs, int64_t off, size_t insn_cnt) {
  if (off < 0 || off >= int64_t(insn_cnt)) return reject("call to invalid destination", -1);
  auto it = std::lower_bound(subprogs.begin(), subprogs.end(), uint32_t(off),
                             [](const Subprog& s, uint32_t v) { return s.start < v; });
  if (it != subprogs.end() && it->start == uint32_t(off)) return {};
  if (subprogs.size() >= kMaxSubprogs) return reject("too many subprograms", -1, E2BIG);
  Subprog s;
  s.start = uint32_t(off);
  subprogs.insert(it, s);
  return {};
}

// add_subprog_and_kfunc: the entry at 0, then every bpf-to-bpf call target and every BPF_PSEUDO_FUNC callback.
Expected<void> find_subprogs(std::span<const Insn> insns, const CfgOptions& options, CfgInfo& info) {
  if (auto r = add_subprog(info.subprogs, 0, insns.size()); !r) return r;
  for (size_t i = 0; i < insns.size(); ++i) {
    const Insn& insn = insns[i];
    if (!is_pseudo_func(insn) && !is_pseudo_call(insn) && !is_kfunc_call(insn)) continue;
    if (!options.allow_ptr_leaks)
      return reject("loading/calling other bpf or kernel functions are allowed for CAP_BPF and CAP_SYS_ADMIN",
                    int64_t(i), EPERM);
    if (is_kfunc_call(insn)) continue;  // add_kfunc_call: resolved against kernel BTF by the call check
    if (auto r = add_subprog(info.subprogs, int64_t(i) + insn.imm + 1, insns.size()); !r) {
      Error e = std::move(r).error();
      e.insn = int64_t(i);
      return e;
    }
  }
  for (size_t i = 0; i < insns.size(); ++i)
    if (is_pseudo_func(insns[i])) {
      const int64_t target = int64_t(i) + insns[i].imm + 1;
      for (Subprog& s : info.subprogs)
        if (s.start == uint32_t(target)) s.is_callback = true;
    }
  for (size_t k = 0; k < info.subprogs.size(); ++k)
    info.subprogs[k].end = k + 1 < info.subprogs.size() ? info.subprogs[k + 1].start : uint32_t(insns.size());
  // Global functions: BTF func_info linkage (check_btf_func, 5.6+).
  if (options.btf != nullptr)
    for (const LinkedFuncInfo& fi : options.func_info) {
      const btf::Type* t = options.btf->type(fi.type_id);
      if (t == nullptr || t->linkage != btf::Linkage::Global) continue;
      for (Subprog& s : info.subprogs)
        if (s.start == fi.insn) s.is_global = true;
    }
  return {};
}

// check_subprogs: jumps stay inside their subprogram, and each subprogram ends in an exit or a jump.
Expected<void> check_subprogs(std::span<const Insn> insns, CfgInfo& info) {
  size_t cur = 0;
  int64_t start = info.subprogs[0].start, end = info.subprogs[0].end;
  info.subprog_of.assign(insns.size(), 0);
  for (size_t i = 0; i < insns.size(); ++i) {
    const Insn& insn = insns[i];
    const uint8_t code = insn.opcode;
    info.subprog_of[i] = uint32_t(cur);
    if (is_helper_call(insn) && insn.imm == kTailCall) info.subprogs[cur].has_tail_call = true;
    if (op::cls(code) == op::LD && (op::mode(code) == op::ABS || op::mode(code) == op::IND))
      info.subprogs[cur].has_ld_abs = true;
    if (is_jmp_class(code) && op::code(code) != op::EXIT && op::code(code) != op::CALL) {
      const int64_t target = code == (op::JMP32 | op::JA) ? int64_t(i) + insn.imm + 1 : int64_t(i) + insn.off + 1;
      if (target < start || target >= end)
        return reject(fmt::format("jump out of range from insn {} to {}", i, target), int64_t(i));
    }
    if (int64_t(i) == end - 1) {
      if (code != (op::JMP | op::EXIT) && code != (op::JMP32 | op::JA) && code != (op::JMP | op::JA))
        return reject("last insn is not an exit or jmp", int64_t(i));
      start = end;
      ++cur;
      if (cur < info.subprogs.size()) end = info.subprogs[cur].end;
    }
  }
  return {};
}

// resolve_pseudo_ldimm64's checks of the instructions themselves. Map references (which this pass also resolves in
// the kernel) are the interpreter's to check: their imm is an index into the program's maps here.
Expected<void> check_insns(std::span<const Insn> insns) {
  for (size_t i = 0; i < insns.size(); ++i) {
    const Insn& insn = insns[i];
    if (op::cls(insn.opcode) == op::LDX &&
        ((op::mode(insn.opcode) != op::MEM && op::mode(insn.opcode) != op::MEMSX) || insn.imm != 0))
      return reject("BPF_LDX uses reserved fields", int64_t(i));
    if (is_ld_imm64(insn)) {
      if (i + 1 == insns.size() || insns[i + 1].opcode != 0 || insns[i + 1].dst != 0 || insns[i + 1].src != 0 ||
          insns[i + 1].off != 0)
        return reject("invalid bpf_ld_imm64 insn", int64_t(i));
      switch (insn.src) {
        case 0:
        case op::PSEUDO_BTF_ID:
        case op::PSEUDO_FUNC:
        case op::PSEUDO_MAP_VALUE:
        case op::PSEUDO_MAP_IDX_VALUE:
          break;
        case op::PSEUDO_MAP_FD:
        case op::PSEUDO_MAP_IDX:
          if (insns[i + 1].imm == 0) break;
          [[fallthrough]];
        default:
          return reject("unrecognized bpf_ld_imm64 insn", int64_t(i));
      }
      ++i;
      continue;
    }
    if (!opcode_in_insntable(insn.opcode))
      return reject(fmt::format("unknown opcode {:02x}", insn.opcode), int64_t(i));
  }
  return {};
}

// check_cfg's depth-first walk (push_insn / visit_insn), with the kernel's states and edge kinds.
class CfgWalk {
 public:
  CfgWalk(std::span<const Insn> insns, const CfgOptions& options, CfgInfo& info)
      : insns_(insns), options_(options), info_(info), state_(insns.size(), 0) {
    info_.prune_point.assign(insns.size(), 0);
    info_.jmp_point.assign(insns.size(), 0);
    info_.force_checkpoint.assign(insns.size(), 0);
  }

  Expected<void> run() {
    state_[0] = kDiscovered;
    stack_.push_back(0);
    while (!stack_.empty()) {
      const int64_t t = stack_.back();
      Expected<int> r = visit(t);
      if (!r) return std::move(r).error();
      if (*r == kDone) {
        state_[t] = kExplored;
        stack_.pop_back();
      }
    }
    for (size_t i = 0; i < insns_.size(); ++i) {
      if (state_[i] != kExplored) return reject(fmt::format("unreachable insn {}", i), int64_t(i));
      if (is_ld_imm64(insns_[i])) {
        if (i + 1 < insns_.size() && state_[i + 1] != 0)
          return reject(fmt::format("jump into the middle of ldimm64 insn {}", i), int64_t(i));
        ++i;
      }
    }
    return {};
  }

 private:
  static constexpr int kDone = 0, kKeep = 1;  // DONE_EXPLORING, KEEP_EXPLORING
  static constexpr uint8_t kDiscovered = 0x10, kExplored = 0x20, kFallthrough = 1, kBranch = 2;

  void prune(int64_t i) { if (i >= 0 && i < int64_t(insns_.size())) info_.prune_point[i] = 1; }
  void jmp(int64_t i) { if (i >= 0 && i < int64_t(insns_.size())) info_.jmp_point[i] = 1; }

  Expected<int> push(int64_t t, int64_t w, uint8_t e) {
    if (e == kFallthrough && state_[t] >= (kDiscovered | kFallthrough)) return kDone;
    if (e == kBranch && state_[t] >= (kDiscovered | kBranch)) return kDone;
    if (w < 0 || w >= int64_t(insns_.size()))
      return reject(fmt::format("jump out of range from insn {} to {}", t, w), t);
    if (e == kBranch) {
      prune(w);
      jmp(w);
    }
    if (state_[w] == 0) {  // tree edge
      state_[t] = kDiscovered | e;
      state_[w] = kDiscovered;
      stack_.push_back(w);
      return kKeep;
    }
    if ((state_[w] & 0xf0) == kDiscovered) {  // back edge
      if (options_.allow_back_edges) return kDone;
      return reject(fmt::format("back-edge from insn {} to {}", t, w), t);
    }
    state_[t] = kDiscovered | e;  // forward or cross edge
    return kDone;
  }

  // visit_func_call_insn: the fall-through after the call (a prune and jump point, where the callee returns), and
  // for a subprogram call or a callback reference, the callee.
  Expected<int> visit_call(int64_t t, bool visit_callee) {
    const int64_t next = t + int64_t(insn_slots(insns_[t]));
    Expected<int> r = push(t, next, kFallthrough);
    if (!r || *r != kDone) return r;
    prune(next);
    jmp(next);
    if (!visit_callee) return r;
    prune(t);
    return push(t, t + insns_[t].imm + 1, kBranch);
  }

  Expected<int> visit(int64_t t) {
    const Insn& insn = insns_[t];
    if (is_pseudo_func(insn)) return visit_call(t, true);
    if (!is_jmp_class(insn.opcode)) return push(t, t + int64_t(insn_slots(insn)), kFallthrough);
    switch (op::code(insn.opcode)) {
      case op::EXIT:
        return kDone;
      case op::CALL:
        if (is_helper_call(insn)) {
          if (insn.imm == kTimerSetCallback) prune(t);  // async callback: checked before the call is processed
          if (insn.imm == kForEachMapElem || insn.imm == kLoop || insn.imm == kFindVma ||
              insn.imm == kUserRingbufDrain) {  // sync callbacks: a checkpoint to find the loop's fixed point
            info_.force_checkpoint[t] = 1;
            prune(t);
            jmp(t);
          }
        }
        return visit_call(t, insn.src == op::PSEUDO_CALL);
      case op::JA: {
        if (op::source(insn.opcode) != op::K) return reject("unknown opcode", t);
        const int64_t off = op::cls(insn.opcode) == op::JMP ? insn.off : insn.imm;
        Expected<int> r = push(t, t + off + 1, kFallthrough);
        if (!r || *r != kDone) return r;
        prune(t + off + 1);
        jmp(t + off + 1);
        return r;
      }
      default: {
        prune(t);
        if (insn.opcode == (op::JMP | op::JCOND)) info_.force_checkpoint[t] = 1;  // may_goto
        Expected<int> r = push(t, t + 1, kFallthrough);
        if (!r || *r != kDone) return r;
        return push(t, t + insn.off + 1, kBranch);
      }
    }
  }

  std::span<const Insn> insns_;
  const CfgOptions& options_;
  CfgInfo& info_;
  std::vector<uint8_t> state_;
  std::vector<int64_t> stack_;
};

}  // namespace

Expected<CfgInfo> check_cfg(std::span<const Insn> insns, const CfgOptions& options) {
  CfgInfo info;
  if (insns.empty()) return reject("last insn is not an exit or jmp", -1);
  if (auto r = find_subprogs(insns, options, info); !r) return std::move(r).error();
  if (auto r = check_subprogs(insns, info); !r) return std::move(r).error();
  if (auto r = check_insns(insns); !r) return std::move(r).error();
  if (auto r = CfgWalk(insns, options, info).run(); !r) return std::move(r).error();
  return info;
}

}  // namespace bpfkit::verifier
