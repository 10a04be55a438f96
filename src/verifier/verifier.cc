// verify(): bpf_check's order for one program. check_cfg (cfg.h) first, then do_check from the main program's entry,
// then each global function on its own (do_check_subprogs), then check_max_stack_depth.
#include <algorithm>
#include <cstdio>

#include "bpfkit/disasm.h"
#include "bpfkit/verifier.h"
#include "verifier/env.h"
#include "verifier/liveness.h"
#include "verifier/subprog_args.h"

namespace bpfkit {

using verifier::Env;
using verifier::RegState;
using verifier::RegType;

namespace verifier {

std::string strf(const char* fmt, ...) {
  char buf[512];
  va_list ap;
  va_start(ap, fmt);
  int n = vsnprintf(buf, sizeof(buf), fmt, ap);
  va_end(ap);
  if (n < 0) return {};
  if (size_t(n) < sizeof(buf)) return std::string(buf, size_t(n));
  std::string s(size_t(n) + 1, '\0');
  va_start(ap, fmt);
  vsnprintf(s.data(), s.size(), fmt, ap);
  va_end(ap);
  s.resize(size_t(n));
  return s;
}

const char* func_id_name(int32_t id) {
  if (const HelperProto* p = find_helper_proto(id); p && p->name) return p->name;
  const char* n = helper_name(id);
  return n ? n : "unknown";
}

Env::Env(const VerifierInput& input, const VerifyOptions& options)
    : in(input), opt(options), priv(options.profile.privileged) {}

bool Env::err(std::string msg) {
  if (!msg.empty() && msg.back() == '\n') msg.pop_back();
  if (log1()) {
    log += msg;
    log += '\n';
  }
  error = std::move(msg);
  return false;
}

bool Env::check_reg_read(int regno) {
  if (regno > 10) return err(strf("R%d is invalid", regno));
  mark_reg_scratched(regno);
  if (regs()[size_t(regno)].type == RegType::NotInit) return err(strf("R%d !read_ok", regno));
  return true;
}

bool Env::check_reg_write(int regno, bool mark_unknown) {
  if (regno > 10) return err(strf("R%d is invalid", regno));
  mark_reg_scratched(regno);
  if (regno == 10) return err("frame pointer is read only");
  RegState& r = regs()[size_t(regno)];
  r.written = true;
  if (mark_unknown) mark_reg_unknown(r);
  return true;
}

void Env::assign_scalar_id_before_mov(RegState& r) {
  if (r.type != RegType::Scalar) return;
  if (r.id & kAddConst) {  // rX = rY where rY was already rZ + const: only one level of linking is kept
    r.id = 0;
    r.off = 0;
  }
  if (r.id == 0 && !r.b.is_const()) r.id = new_id();
}

namespace {

// The source line of instruction idx from line_info: the last record at or before it.
const LinkedLineInfo* line_of(const VerifierInput& in, int64_t idx) {
  const LinkedLineInfo* best = nullptr;
  for (const auto& li : in.line_info) {
    if (int64_t(li.insn) <= idx) best = &li;
    else break;
  }
  return best;
}

FuncState init_frame(uint32_t frameno, uint32_t subprog, int32_t callsite) {
  FuncState f;
  f.frameno = frameno;
  f.subprog = subprog;
  f.callsite = callsite;
  f.regs[10] = make_pointer(RegType::PtrToStack);
  f.regs[10].frameno = frameno;
  return f;
}

// The kernel's prog types whose stack may go to a private stack (bpf_enable_priv_stack), where the combined limit
// is checked per private-stack user instead.
bool may_use_priv_stack(ProgType t) {
  switch (t) {
    case ProgType::Kprobe: case ProgType::Tracepoint: case ProgType::PerfEvent: case ProgType::RawTracepoint:
      return true;
    default: return false;
  }
}

class Verifier {
 public:
  Verifier(Env& env) : env_(env) {}

  // do_check_common for subprogram `sp` (0: the main program).
  bool check_subprog(uint32_t sp);
  bool do_check();
  bool check_max_stack_depth();

 private:
  bool process_exit(bool& path_done);
  bool pop_stack();
  Env& env_;
};

bool Verifier::check_subprog(uint32_t sp) {
  Env& e = env_;
  e.cur = VerifierState{};
  e.pending.clear();
  e.cur.frames.push_back(init_frame(0, sp, -1));
  e.prev_linfo = nullptr;
  e.cur.insn_idx = int32_t(e.cfg.subprogs[sp].start);
  e.cur.first_insn_idx = e.cur.insn_idx;
  auto& regs = e.cur.regs();
  if (sp == 0) {
    if (e.log1()) verifier::log_main_prog_args(e);
    regs[1] = make_pointer(RegType::PtrToCtx);
  } else {
    // A global function: its arguments from BTF (btf_prepare_func_args) and their "arg:" tags; the registers
    // past the last argument stay uninitialised.
    if (!verifier::init_global_func_regs(e, sp, regs)) return false;
  }
  return do_check();
}

bool Verifier::pop_stack() {
  Env& e = env_;
  if (e.pending.empty()) return false;
  // At level 1 the log keeps only the path being explored: it goes back to where the branch was pushed.
  if (e.opt.log_level == 1) e.log.resize(std::min(e.log.size(), e.pending.back().log_pos));
  e.cur = std::move(e.pending.back().st);
  e.pending.pop_back();
  return true;
}

bool Verifier::do_check() {
  Env& e = env_;
  // After a popped branch or a return the next instruction is preceded, at level 2, by "from X to Y:" and the
  // whole state (do_print_state); the state lines after instructions show what each touched (scratch marks).
  bool do_print_state = false;
  e.mark_verifier_state_scratched();
  for (;;) {
    int idx = e.cur.insn_idx;
    if (idx < 0 || idx >= e.insn_cnt())
      return e.err(strf("invalid insn idx %d insn_cnt %d", idx, e.insn_cnt()));
    const Insn& insn = e.insn(idx);
    e.hist_ent_open = false;
    if (++e.insn_processed > e.opt.profile.complexity_limit)
      return e.err(strf("BPF program is too large. Processed %llu insn", (unsigned long long)e.insn_processed));

    bool path_done = false;
    if (e.aux[size_t(idx)].prune_point) {
      int r = e.is_state_visited(idx);
      if (r < 0) return false;
      if (r == 1) {
        if (e.log1()) {
          if (do_print_state)
            e.verbose(strf("\nfrom %d to %d: safe\n", e.cur.prev_insn_idx, idx));
          else
            e.verbose(strf("%d: safe\n", idx));
        }
        path_done = true;
      }
    }
    if (!path_done) {
      // Record the non-linear steps of the path for precision backtracking. A step the CFG did not mark as a
      // jump point should not be non-linear; it is recorded anyway rather than trusted.
      int prev = e.cur.prev_insn_idx;
      // A state maybe_fork_scalars queued runs its instruction again (prev == idx): no history entry, as in the
      // kernel, which records only at jump points.
      bool linear = prev < 0 || prev == idx - 1 || prev == idx || (prev == idx - 2 && is_ld_imm64(e.insn(prev)));
      if (e.aux[size_t(idx)].jmp_point || !linear) e.push_insn_history();
      if (e.log2() && do_print_state) {
        e.verbose(strf("\nfrom %d to %d:", e.cur.prev_insn_idx, idx) + e.state_string(e.cur) + "\n");
        do_print_state = false;
      }
      if (e.log1()) {
        if (e.scratched_regs || e.scratched_stack) e.print_insn_state(idx);
        e.print_insn_log(idx);
      }
      e.aux[size_t(idx)].seen = true;
      e.err_insn = idx;
      e.stack_live.begin_insn(e.cur, idx);
      uint8_t cls = op::cls(insn.opcode);
      int next = idx + 1;
      bool ok = true;
      if (cls == op::ALU || cls == op::ALU64) {
        ok = e.check_alu_op(insn);
      } else if (cls == op::LDX) {
        ok = e.check_load_mem(insn);
      } else if (cls == op::STX) {
        if (op::mode(insn.opcode) == op::ATOMIC) ok = e.check_atomic(insn);
        else if (op::mode(insn.opcode) != op::MEM || insn.imm != 0) ok = e.err("BPF_STX uses reserved fields");
        else ok = e.check_store(insn);
      } else if (cls == op::ST) {
        if (op::mode(insn.opcode) != op::MEM || insn.src != 0) ok = e.err("BPF_ST uses reserved fields");
        else ok = e.check_store(insn);
      } else if (cls == op::JMP || cls == op::JMP32) {
        uint8_t code = op::code(insn.opcode);
        e.jmps_processed++;
        if (code == op::CALL) {
          if (op::source(insn.opcode) != op::K || (insn.src != op::PSEUDO_KFUNC_CALL && insn.off != 0) ||
              (insn.src != 0 && insn.src != op::PSEUDO_CALL && insn.src != op::PSEUDO_KFUNC_CALL) ||
              insn.dst != 0 || cls == op::JMP32) {
            ok = e.err("BPF_CALL uses reserved fields");
          } else if (e.cur.active_locks && ((insn.src == 0 && insn.imm != 94 /* spin_unlock */) ||
                                            insn.src == op::PSEUDO_CALL || insn.src == op::PSEUDO_KFUNC_CALL)) {
            ok = e.err("function calls are not allowed while holding a lock");
          } else if (insn.src == op::PSEUDO_CALL) {
            ok = e.check_func_call(insn, next);
          } else if (insn.src == op::PSEUDO_KFUNC_CALL) {
            ok = e.check_kfunc_call(insn, next);
          } else {
            ok = e.check_helper_call(insn, next);
          }
          if (ok) e.mark_reg_scratched(0);
          if (ok && next != idx + 1 && insn.src == op::PSEUDO_CALL) {
            if (e.log1()) {
              VerifierState caller = e.cur;
              caller.frames.pop_back();
              e.verbose("caller:\n" + e.state_string(caller) + "\ncallee:\n" + e.state_string(e.cur) + "\n");
            }
          }
        } else if (code == op::JA) {
          if (op::source(insn.opcode) != op::K || insn.src != 0 || insn.dst != 0 ||
              (cls == op::JMP && insn.imm != 0) || (cls == op::JMP32 && insn.off != 0))
            ok = e.err("BPF_JA uses reserved fields");
          else
            next = idx + 1 + (cls == op::JMP ? insn.off : insn.imm);
        } else if (code == op::EXIT) {
          if (op::source(insn.opcode) != op::K || insn.imm != 0 || insn.src != 0 || insn.dst != 0 ||
              cls == op::JMP32) {
            ok = e.err("BPF_EXIT uses reserved fields");
          } else if (!e.check_resource_leak(false, e.cur.curframe() == 0, "BPF_EXIT instruction in main prog")) {
            ok = false;
          } else if (e.cur.curframe() > 0) {
            e.stack_live.update(e.cur);
            ok = e.prepare_func_exit(next);
            do_print_state = true;  // process_bpf_exit_full; not after LD_ABS's or a tail call's return
          } else {
            ok = e.check_return_code();
            path_done = ok;
          }
        } else {
          ok = e.check_cond_jmp(insn, next);
        }
      } else if (cls == op::LD) {
        uint8_t mode = op::mode(insn.opcode);
        if (mode == op::ABS || mode == op::IND) {
          ok = e.check_ld_abs(insn, next);
        } else if (mode == op::IMM) {
          ok = e.check_ld_imm(idx);
          next = idx + 2;
          if (size_t(idx + 1) < e.aux.size()) e.aux[size_t(idx + 1)].seen = true;
        } else {
          ok = e.err("invalid BPF_LD mode");
        }
      } else {
        ok = e.err(strf("unknown insn class %d", cls));
      }
      if (!ok) return false;
      e.stack_live.end_insn();
      if (e.path_ends) {
        e.path_ends = false;
        path_done = true;
      }
      if (!path_done) {
        e.cur.prev_insn_idx = idx;
        e.cur.insn_idx = next;
        continue;
      }
    }
    // process_bpf_exit: this path is done; go on with the latest pushed branch.
    e.mark_verifier_state_scratched();
    e.update_branch_counts(e.cur.parent);
    e.stack_live.update(e.cur);
    if (!pop_stack()) return true;
    do_print_state = true;
  }
}

// check_max_stack_depth: the deepest call chain's frames, each rounded up as the JIT rounds them, within 512.
bool Verifier::check_max_stack_depth() {
  Env& e = env_;
  const auto& sps = e.cfg.subprogs;
  size_t n = sps.size();
  // Calls each subprogram makes (bpf2bpf calls and callback references), walked depth first from each root.
  std::vector<std::vector<std::pair<uint32_t, bool>>> calls(n);  // (callee, is_callback)
  for (size_t s = 0; s < n; s++) {
    for (uint32_t i = sps[s].start; i < sps[s].end; i++) {
      const Insn& in = e.insn(int(i));
      bool call = in.opcode == (op::JMP | op::CALL) && in.src == op::PSEUDO_CALL;
      bool func = is_ld_imm64(in) && in.src == op::PSEUDO_FUNC;
      if (!call && !func) continue;
      uint32_t target = i + uint32_t(in.imm) + 1;
      for (size_t t = 0; t < n; t++)
        if (sps[t].start == target) calls[s].push_back({uint32_t(t), func});
    }
  }
  auto round = [](uint32_t d) { return int((d + 15) / 16 * 16); };
  bool priv_stack = may_use_priv_stack(e.in.type);
  for (size_t root = 0; root < n; root++) {
    if (root != 0 && !sps[root].is_global && !sps[root].is_callback) continue;
    // iterative DFS with explicit frames
    struct Frame { uint32_t sp; size_t next; int depth; };
    std::vector<Frame> stack{{uint32_t(root), 0, round(e.stack_depth[root])}};
    if (!priv_stack && stack[0].depth > kMaxBpfStack)
      return e.err(strf("combined stack size of %d calls is %d. Too large", 1, stack[0].depth));
    while (!stack.empty()) {
      Frame& f = stack.back();
      if (f.next >= calls[f.sp].size()) {
        stack.pop_back();
        continue;
      }
      auto [callee, is_cb] = calls[f.sp][f.next++];
      if (sps[callee].is_global) continue;  // verified on its own
      if (stack.size() >= size_t(kMaxCallFrames))
        return e.err(strf("the call stack of %d frames is too deep !", int(stack.size()) + 1));
      int depth = f.depth + round(e.stack_depth[callee]);
      if (!priv_stack && depth > kMaxBpfStack)
        return e.err(strf("combined stack size of %d calls is %d. Too large", int(stack.size()) + 1, depth));
      if (sps[callee].has_tail_call && f.depth >= 256)
        return e.err(strf("tail_calls are not allowed when call stack of previous frames is %d bytes. Too large",
                          f.depth));
      stack.push_back({callee, 0, depth});
    }
  }
  return true;
}

}  // namespace

}  // namespace verifier

VerifyResult verify(const VerifierInput& input, const VerifyOptions& options) {
  using namespace verifier;
  VerifyResult res;
  Env env(input, options);
  auto finish = [&](bool ok) {
    res.accepted = ok;
    res.processed_insns = env.insn_processed;
    res.max_states_per_insn = env.max_states_per_insn;
    res.total_states = env.total_states;
    res.peak_states = env.peak_states;
    if (!ok) {
      res.error = env.error;
      res.insn = env.err_insn;
      if (const LinkedLineInfo* li = line_of(input, env.err_insn); li && env.err_insn >= 0) {
        std::string file = li->file_name;
        if (auto slash = file.rfind('/'); slash != std::string::npos) file = file.substr(slash + 1);
        std::string code = li->line;
        size_t b = code.find_first_not_of(" \t");
        code = b == std::string::npos ? "" : code.substr(b);
        res.source = file + ":" + std::to_string(li->line_num) + ": " + code;
      }
      res.explanation = explain_verifier_message(res.error);
      // "Caller passes invalid args" says only that a call to a global function was refused: the line before it
      // says why, and has its own explanation
      if (!env.error_cause.empty() && res.error.rfind("Caller passes invalid args", 0) == 0) {
        std::string why = explain_verifier_message(env.error_cause);
        if (!why.empty())
          res.explanation = "The call to the global function is refused (" + env.error_cause + "). " + why;
      }
    }
    for (uint32_t d : env.stack_depth) res.stack_depths.push_back(d);
    if (options.log_level >= 1) {
      env.log += strf("processed %llu insns (limit %u) max_states_per_insn %u total_states %u peak_states %u "
                      "mark_read 0\n",
                      (unsigned long long)env.insn_processed, options.profile.complexity_limit,
                      env.max_states_per_insn, env.total_states, env.peak_states);
    }
    res.log = std::move(env.log);
    return res;
  };

  if (input.insns.empty()) {
    env.err("BPF program is empty");  // the kernel refuses insn_cnt 0 with EINVAL before the verifier
    return finish(false);
  }
  if (input.insns.size() > options.profile.max_insns) {
    env.err(strf("BPF program is too large. Processed %zu insn", input.insns.size()));
    return finish(false);
  }

  if (env.log2()) verifier::log_subprog_starts(env);
  CfgOptions copt;
  copt.allow_back_edges = options.profile.privileged && options.profile.bounded_loops;
  copt.allow_ptr_leaks = options.profile.privileged;
  copt.func_info = input.func_info;
  copt.btf = input.btf;
  auto cfg = check_cfg(input.insns, copt);
  if (!cfg) {
    env.err(cfg.error().message);
    env.err_insn = cfg.error().insn;
    return finish(false);
  }
  env.cfg = std::move(*cfg);
  // resolve_pseudo_ldimm64, before the first instruction is verified: every map reference names a map
  for (size_t i = 0; i + 1 < input.insns.size(); i++) {
    const Insn& in = input.insns[i];
    if (!is_ld_imm64(in)) continue;
    if ((in.src == op::PSEUDO_MAP_FD || in.src == op::PSEUDO_MAP_IDX || in.src == op::PSEUDO_MAP_VALUE ||
         in.src == op::PSEUDO_MAP_IDX_VALUE) &&
        (in.imm < 0 || size_t(in.imm) >= input.maps.size())) {
      env.err(strf("fd %d is not pointing to valid bpf_map", in.imm));
      env.err_insn = int64_t(i);
      return finish(false);
    }
    i++;
  }
  size_t n = input.insns.size();
  env.aux.assign(n, InsnAux{});
  env.explored.assign(n, {});
  env.stack_depth.assign(env.cfg.subprogs.size(), 0);
  for (size_t i = 0; i < n; i++) {
    if (i < env.cfg.prune_point.size()) env.aux[i].prune_point = env.cfg.prune_point[i];
    if (i < env.cfg.force_checkpoint.size()) env.aux[i].force_checkpoint = env.cfg.force_checkpoint[i];
    if (i < env.cfg.jmp_point.size()) env.aux[i].jmp_point = env.cfg.jmp_point[i];
  }
  for (size_t i = 0; i < n; i++) {
    const Insn& in = input.insns[i];
    bool cb_call = in.opcode == (op::JMP | op::CALL) && in.src == 0 && (in.imm == 181 || in.imm == 164 || in.imm == 209);
    bool may_goto = in.opcode == (op::JMP | op::JCOND) && in.src == op::MAY_GOTO;
    if (cb_call || may_goto) {
      env.aux[i].calls_callback = cb_call;
      env.aux[i].prune_point = true;
      env.aux[i].force_checkpoint = true;
    }
  }
  env.mark_kfunc_points();

  // check_abnormal_return: without BTF func/line info, subprograms may not tail call or use LD_ABS
  if (input.func_info.empty() && input.line_info.empty()) {
    for (size_t sp = 1; sp < env.cfg.subprogs.size(); sp++) {
      if (env.cfg.subprogs[sp].has_ld_abs) {
        env.err("LD_ABS is not allowed in subprogs without BTF");
        return finish(false);
      }
      if (env.cfg.subprogs[sp].has_tail_call) {
        env.err("tail_call is not allowed in subprogs without BTF");
        return finish(false);
      }
    }
  }
  // Unprivileged loaders may only load socket filters and cgroup skb programs (EPERM, no log).
  if (!options.profile.privileged && input.type != ProgType::SocketFilter && input.type != ProgType::CgroupSkb) {
    env.error.clear();
    return finish(false);
  }

  if (input.type == ProgType::StructOps && !env.check_struct_ops_btf_id()) {
    VerifyResult r = finish(false);
    if (r.error.empty())
      r.explanation = "No .struct_ops variable points at this program, so the loader gives it no struct and member "
                      "to implement (attach_btf_id); the kernel refuses it with ENOTSUPP and an empty log. Put the "
                      "program in a member of a SEC(\".struct_ops\") or SEC(\".struct_ops.link\") variable.";
    return r;
  }

  // compute_scc and compute_live_registers come after check_attach_btf_id, whose struct_ops member decides which
  // helpers a call may be (and so which registers it reads)
  env.compute_scc();
  compute_live_registers(env);
  if (env.log2()) verifier::log_live_registers(env);
  env.stack_live.init(env.cfg, input.insns);
  if (env.log2()) env.stack_live.set_log(&env.log, [&env](int idx) { return env.aux[size_t(idx)].prune_point; });
  Verifier v(env);
  // do_check_common at log level 1 (pop_log) empties the log after each function it verifies successfully, so
  // that a level-1 log shows only the failing function's path: a main program's lines are gone once it passes.
  auto pop_log = [&] {
    if (options.log_level == 1) env.log.clear();
  };
  if (!v.check_subprog(0)) return finish(false);
  pop_log();
  // do_check_subprogs: global functions, each on its own with arguments from BTF; since 6.8 only those a verified
  // path calls, in passes until a pass verifies none (a global function may call globals earlier in the program).
  std::vector<bool> verified(env.cfg.subprogs.size(), false);
  for (bool again = true; again;) {
    again = false;
    for (uint32_t sp = 1; sp < env.cfg.subprogs.size(); sp++) {
      if (!env.cfg.subprogs[sp].is_global || verified[sp]) continue;
      if (sp >= env.global_called.size() || !env.global_called[sp]) continue;
      std::string name = verifier::subprog_btf_name(env, sp);
      if (options.log_level >= 1) env.log += strf("Validating %s() func#%u...\n", name.c_str(), sp);
      if (!v.check_subprog(sp)) return finish(false);
      pop_log();
      if (options.log_level >= 1)
        env.log += strf("Func#%u ('%s') is safe for any args that match its prototype\n", sp, name.c_str());
      verified[sp] = true;
      again = true;
    }
  }
  if (!v.check_max_stack_depth()) {
    env.err_insn = -1;
    return finish(false);
  }
  return finish(true);
}

Error VerifyResult::to_error() const {
  Error e = make_error(error);
  e.insn = insn;
  e.verifier_rejection = !accepted;
  return e;
}

VerifierInput VerifierInput::from_linked(const ObjectSpec& obj, const LinkedProgram& linked,
                                         std::span<const uint8_t> kconfig_value) {
  VerifierInput in;
  in.insns = linked.insns;
  if (linked.spec) {
    in.type = linked.spec->type;
    in.expected_attach_type = linked.spec->expected_attach_type;
    in.sleepable = linked.spec->sleepable;
    in.name = linked.spec->name;
    in.attach_target = linked.spec->attach_target;
    if (in.type == ProgType::StructOps) {
      // the SEC name's suffix means nothing to libbpf for struct_ops: the map's member is the target
      const StructOpsMap* map = nullptr;
      const StructOpsMap::FuncMember* m = obj.struct_ops_member(linked.spec->name, &map);
      in.attach_target = m ? m->member : "";
      in.struct_ops_type = m ? map->type_name : "";
    }
  }
  auto externs = obj.ksym_externs();
  for (const ExternReference& r : linked.extern_refs) {
    if (!r.call || r.ext >= externs.size()) continue;
    const KsymExtern& k = externs[r.ext];
    in.kfunc_calls.push_back(KfuncCall{r.insn, k.name, k.is_weak, k.type_id});
  }
  in.gpl_compatible = license_is_gpl_compatible(obj.license());
  for (const auto& m : obj.maps()) {
    in.maps.push_back(m.spec);
    in.maps.back().btf_key_type_id = m.btf_key_type_id;
    in.maps.back().btf_value_type_id = m.btf_value_type_id;
    std::vector<uint8_t> frozen;
    if (m.origin == MapOrigin::Kconfig) {
      frozen.assign(kconfig_value.begin(), kconfig_value.end());
      if (!frozen.empty()) frozen.resize(m.spec.value_size, 0);
    } else if (m.spec.map_flags & 0x80 /* BPF_F_RDONLY_PROG */) {
      frozen = m.initial_value;
      frozen.resize(m.spec.value_size, 0);
    }
    in.frozen_values.push_back(std::move(frozen));
  }
  in.btf = obj.btf();
  in.func_info = linked.func_info;
  in.line_info = linked.line_info;
  // Linked map references carry ObjectSpec::maps() indices in imm already (link.h), which is what `maps` is
  // indexed by.
  return in;
}

}  // namespace bpfkit
