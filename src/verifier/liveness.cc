#include "verifier/liveness.h"

#include <optional>

#include "bpfkit/helper_protos.h"
#include "bpfkit/kfuncs.h"
#include "verifier/env.h"

namespace bpfkit::verifier {

namespace {

struct UseDef {
  uint16_t use = 0, def = 0;
};

constexpr uint16_t bit(int r) { return r >= 0 && r < 10 ? uint16_t(1u << r) : 0; }
constexpr uint16_t kArgs = 0x3e;  // R1-R5
constexpr uint16_t kCallerSaved = 0x3f;  // R0-R5

UseDef use_def(const Insn& in) {
  UseDef u;
  uint8_t cls = op::cls(in.opcode);
  switch (cls) {
    case op::ALU:
    case op::ALU64: {
      uint8_t code = op::code(in.opcode);
      if (code == op::MOV) {
        if (op::source(in.opcode) == op::X) u.use |= bit(in.src);
      } else if (code == op::NEG || code == op::END) {
        u.use |= bit(in.dst);
      } else {
        u.use |= bit(in.dst);
        if (op::source(in.opcode) == op::X) u.use |= bit(in.src);
      }
      u.def |= bit(in.dst);
      break;
    }
    case op::LDX:
      u.use |= bit(in.src);
      u.def |= bit(in.dst);
      break;
    case op::ST:
      u.use |= bit(in.dst);
      break;
    case op::STX:
      u.use |= bit(in.dst) | bit(in.src);
      if (op::mode(in.opcode) == op::ATOMIC) {
        if (in.imm == op::CMPXCHG) {
          u.use |= bit(0);
          u.def |= bit(0);
        } else if (in.imm & op::FETCH) {
          u.def |= bit(in.src);
        }
        if (in.imm == op::LOAD_ACQ) {  // dst = *(src + off): dst is only written
          u.use = bit(in.src);
          u.def = bit(in.dst);
        }
      }
      break;
    case op::LD:
      if (is_ld_imm64(in)) {
        u.def |= bit(in.dst);
      } else {
        // LD_ABS/LD_IND keep compute_insn_live_regs' defaults: every register read, none written
        u.use = 0xffff;
      }
      break;
    case op::JMP:
    case op::JMP32: {
      uint8_t code = op::code(in.opcode);
      if (code == op::CALL) {
        u.use |= kArgs;
        u.def |= kCallerSaved;
      } else if (code == op::EXIT) {
        u.use |= bit(0);
      } else if (code == op::JA || code == op::JCOND) {
      } else {
        u.use |= bit(in.dst);
        if (op::source(in.opcode) == op::X) u.use |= bit(in.src);
      }
      break;
    }
  }
  // A use of a register also written by the instruction is still a use before the write.
  return u;
}

// get_call_summary: a helper the program type has, or a kfunc the kernel's BTF (or the program's) types, reads only
// its declared parameters; any other call (bpf-to-bpf, an unknown helper) counts as reading R1-R5.
std::optional<int> call_params(Env& env, int idx) {
  const Insn& in = env.insn(idx);
  if (in.opcode != (op::JMP | op::CALL)) return std::nullopt;
  if (in.src == 0) {
    // get_helper_proto: what the program's type (for struct_ops, its struct's member) offers
    const HelperProto* p = nullptr;
    if (env.in.type == ProgType::StructOps) {
      const StructOpsTarget target{env.st_ops.type, env.st_ops.member};
      if (struct_ops_has_helper(target, in.imm)) p = struct_ops_helper_proto(target, in.imm);
      if (p == nullptr && struct_ops_has_helper(target, in.imm)) p = find_helper_proto(in.imm);
    } else {
      p = helper_proto_for(env.in.type, in.imm);
    }
    if (p == nullptr) return std::nullopt;
    int n = 0;
    while (n < 5 && arg_base(p->args[n]) != ArgType::DontCare) n++;
    return n;
  }
  if (in.src == op::PSEUDO_KFUNC_CALL) {
    const KfuncCall* call = env.kfunc_call_at(idx);
    const Env::KfuncDesc* d = call != nullptr ? env.kfunc_desc(*call) : nullptr;
    if (d == nullptr || d->missing || d->btf == nullptr) return std::nullopt;
    if (!kfunc_allowed_for(call->name, env.in.type)) return std::nullopt;  // fetch_kfunc_meta refuses it
    const btf::Type* t = d->btf->type(d->proto);
    if (t == nullptr || t->kind != btf::Kind::FuncProto || t->params.size() > 5) return std::nullopt;
    return int(t->params.size());
  }
  return std::nullopt;
}

}  // namespace

void compute_live_registers(Env& env) {
  int n = env.insn_cnt();
  std::vector<UseDef> ud(static_cast<size_t>(n));
  std::vector<std::vector<int>> succ(static_cast<size_t>(n));
  for (int i = 0; i < n; i++) {
    const Insn& in = env.insn(i);
    ud[size_t(i)] = use_def(in);
    if (auto n = call_params(env, i)) ud[size_t(i)].use = uint16_t(((1u << *n) - 1) << 1);
    uint8_t cls = op::cls(in.opcode);
    auto add = [&](int t) {
      if (t >= 0 && t < n) succ[size_t(i)].push_back(t);
    };
    if (cls == op::JMP || cls == op::JMP32) {
      uint8_t code = op::code(in.opcode);
      if (code == op::EXIT) continue;
      if (code == op::CALL) {
        add(i + 1);
        continue;
      }
      if (code == op::JA) {
        add(i + 1 + (cls == op::JMP ? in.off : in.imm));
        continue;
      }
      add(i + 1);
      add(i + 1 + in.off);
      continue;
    }
    if (is_ld_imm64(in)) {
      add(i + 2);
      i++;
      continue;
    }
    add(i + 1);
  }
  std::vector<uint16_t> live_in(static_cast<size_t>(n), 0);
  bool changed = true;
  while (changed) {
    changed = false;
    for (int i = n - 1; i >= 0; i--) {
      uint16_t out = 0;
      for (int s : succ[size_t(i)]) out |= live_in[size_t(s)];
      uint16_t v = uint16_t(ud[size_t(i)].use | (out & ~ud[size_t(i)].def));
      if (v != live_in[size_t(i)]) {
        live_in[size_t(i)] = v;
        changed = true;
      }
    }
  }
  for (int i = 0; i < n; i++) env.aux[size_t(i)].live_regs_before = live_in[size_t(i)];
}

}  // namespace bpfkit::verifier
