#include "verifier/liveness.h"

#include "verifier/env.h"

namespace bpfkit::verifier {

namespace {

struct UseDef {
  uint16_t use = 0, def = 0;
};

constexpr uint16_t bit(int r) { return r >= 0 && r < 10 ? uint16_t(1u << r) : 0; }
constexpr uint16_t kArgs = 0x3e;      // R1-R5
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
        if (in.imm == op::LOAD_ACQ) u.def |= bit(in.dst);
      }
      break;
    case op::LD:
      if (is_ld_imm64(in)) {
        u.def |= bit(in.dst);
      } else {
        u.use |= bit(6);
        if (op::mode(in.opcode) == op::IND) u.use |= bit(in.src);
        u.def |= kCallerSaved;
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

// check_return_code checks a range of R0 (and so needs its precision) for these program types only.
bool return_range_enforced(const Env& env) {
  uint32_t eat = env.in.expected_attach_type;
  switch (env.in.type) {
    case ProgType::CgroupSockAddr: case ProgType::CgroupSkb: case ProgType::CgroupSock: case ProgType::SockOps:
    case ProgType::CgroupDevice: case ProgType::CgroupSysctl: case ProgType::CgroupSockopt:
    case ProgType::SkLookup: case ProgType::Netfilter: case ProgType::Lsm: case ProgType::StructOps:
      return true;
    case ProgType::RawTracepoint: return eat != 0;
    case ProgType::Tracing:
      return eat == attach::TraceFentry || eat == attach::TraceFexit || eat == attach::TraceIter;
    case ProgType::Kprobe: return eat == attach::TraceKprobeSession || eat == attach::TraceUprobeSession;
    default: return false;
  }
}

}  // namespace

void compute_live_registers(Env& env) {
  int n = env.insn_cnt();
  std::vector<UseDef> ud(static_cast<size_t>(n));
  std::vector<std::vector<int>> succ(static_cast<size_t>(n));
  for (int i = 0; i < n; i++) {
    const Insn& in = env.insn(i);
    ud[size_t(i)] = use_def(in);
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

  // Registers whose value may reach a use that depends on its exact range (see liveness.h), backward over the
  // same successors: a use demands precision, and an instruction computing a demanded register from others
  // demands them in turn.
  // Run twice: the second time a store through anything but r10 does not demand its value, which is closer to the
  // kernel's marks (a value stored into a map or object is read back as unknown) and is what the iterator loops'
  // widening (widen_imprecise_scalars) uses: widening too little would keep such a loop from converging.
  for (int pass = 0; pass < 2; pass++) {
  std::vector<uint16_t> need(static_cast<size_t>(n), 0);
  changed = true;
  while (changed) {
    changed = false;
    for (int i = n - 1; i >= 0; i--) {
      uint16_t out = 0;
      for (int s : succ[size_t(i)]) out |= need[size_t(s)];
      const Insn& in = env.insn(i);
      uint16_t v = out;
      uint8_t cls = op::cls(in.opcode);
      switch (cls) {
        case op::ALU:
        case op::ALU64: {
          uint8_t code = op::code(in.opcode);
          bool x = op::source(in.opcode) == op::X;
          bool dst_needed = out & bit(in.dst);
          v &= uint16_t(~bit(in.dst));
          if (code == op::MOV) {
            if (dst_needed && x) v |= bit(in.src);
          } else if (x && (code == op::ADD || code == op::SUB)) {
            // may be pointer arithmetic: the scalar's range becomes the pointer's (for widening, only an added
            // scalar matters: an accumulator is not widened into a pointer)
            v |= bit(in.src);
            if (pass == 0 || dst_needed) v |= bit(in.dst);
          } else if (dst_needed) {
            v |= bit(in.dst);
            if (x) v |= bit(in.src);
          }
          break;
        }
        case op::LDX:
          v &= uint16_t(~bit(in.dst));
          break;
        case op::STX:
          if (pass == 0 || in.dst == 10) v |= bit(in.src);  // a value stored may be loaded back and used anywhere
          if (op::mode(in.opcode) == op::ATOMIC) {
            if (in.imm == op::CMPXCHG) v |= bit(0);
            if (in.imm == op::LOAD_ACQ) v &= uint16_t(~bit(in.dst));
          }
          break;
        case op::LD:
          if (is_ld_imm64(in)) {
            v &= uint16_t(~bit(in.dst));
          } else {
            v &= uint16_t(~kCallerSaved);
            if (op::mode(in.opcode) == op::IND) v |= bit(in.src);
          }
          break;
        case op::JMP:
        case op::JMP32: {
          uint8_t code = op::code(in.opcode);
          if (code == op::CALL) {
            v = uint16_t((v & ~kCallerSaved) | kArgs);
          } else if (code == op::EXIT) {
            bool in_main = env.cfg.subprog_of.empty() || env.cfg.subprog_of[size_t(i)] == 0;
            if (!in_main || return_range_enforced(env)) v |= bit(0);
          } else if (code != op::JA && code != op::JCOND) {
            v |= bit(in.dst);
            if (op::source(in.opcode) == op::X) v |= bit(in.src);
          }
          break;
        }
        default:
          break;
      }
      if (v != need[size_t(i)]) {
        need[size_t(i)] = v;
        changed = true;
      }
    }
  }
  for (int i = 0; i < n; i++) (pass == 0 ? env.aux[size_t(i)].precise_before : env.aux[size_t(i)].widen_keep) = need[size_t(i)];
  }
}

}  // namespace bpfkit::verifier
