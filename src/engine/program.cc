// Program::load: validation and pre-decoding into engine::Slot form.
//
// All decisions that depend only on the instruction (which operation, which width, which operand, jump direction,
// the helper function, the 64-bit immediate) are taken here once, so the dispatch loop in interp.cc does none of
// them per executed instruction.
#include <algorithm>
#include <cerrno>

#include <fmt/format.h>

#include "bpfkit/disasm.h"
#include "bpfkit/vm.h"
#include "engine/predecoded.h"

namespace bpfkit {

struct Program::Impl {
  engine::Code code;
};

namespace {

using engine::Handler;
using engine::Slot;

Error load_error(size_t idx, std::string message) { return make_error(std::move(message)).at_insn(int64_t(idx)); }

// Handlers of the binary ALU operations come in groups of four: 64_K, 64_X, 32_K, 32_X.
Handler alu_group(Handler base, bool is64, bool reg) {
  return Handler(uint16_t(base) + (is64 ? 0 : 2) + (reg ? 1 : 0));
}

Expected<Handler> decode_alu(const Insn& insn, size_t idx, Slot& s) {
  const bool is64 = op::cls(insn.opcode) == op::ALU64;
  const bool reg = op::source(insn.opcode) == op::X;
  const bool is_signed = insn.off == 1;
  switch (op::code(insn.opcode)) {
    case op::ADD: return alu_group(Handler::ADD64_K, is64, reg);
    case op::SUB: return alu_group(Handler::SUB64_K, is64, reg);
    case op::MUL: return alu_group(Handler::MUL64_K, is64, reg);
    case op::OR: return alu_group(Handler::OR64_K, is64, reg);
    case op::AND: return alu_group(Handler::AND64_K, is64, reg);
    case op::XOR: return alu_group(Handler::XOR64_K, is64, reg);
    case op::DIV: return alu_group(is_signed ? Handler::SDIV64_K : Handler::DIV64_K, is64, reg);
    case op::MOD: return alu_group(is_signed ? Handler::SMOD64_K : Handler::MOD64_K, is64, reg);
    case op::LSH: case op::RSH: case op::ARSH: {
      // The verifier rejects constant shifts out of range; masking gives the same result as the register form.
      s.imm &= is64 ? 63 : 31;
      const Handler base = op::code(insn.opcode) == op::LSH   ? Handler::LSH64_K
                           : op::code(insn.opcode) == op::RSH ? Handler::RSH64_K
                                                              : Handler::ARSH64_K;
      return alu_group(base, is64, reg);
    }
    case op::MOV:
      if (!reg || insn.off == 0) return alu_group(Handler::MOV64_K, is64, reg);
      switch (insn.off) {
        case 8: return is64 ? Handler::MOVSX64_8 : Handler::MOVSX32_8;
        case 16: return is64 ? Handler::MOVSX64_16 : Handler::MOVSX32_16;
        case 32: if (is64) return Handler::MOVSX64_32; break;
      }
      break;
    case op::NEG: return is64 ? Handler::NEG64 : Handler::NEG32;
    case op::END: {
      const int width_index = insn.imm == 16 ? 0 : insn.imm == 32 ? 1 : insn.imm == 64 ? 2 : -1;
      if (width_index < 0) break;
      const Handler base = is64 ? Handler::BSWAP16 : reg ? Handler::BE16 : Handler::LE16;
      return Handler(uint16_t(base) + width_index);
    }
  }
  return load_error(idx, fmt::format("unsupported ALU instruction {:#04x}", insn.opcode));
}

Handler cond_jump(uint8_t code, bool is32, bool reg, bool backward) {
  Handler base;
  switch (code) {
    case op::JEQ: base = Handler::JEQ64_K; break;
    case op::JNE: base = Handler::JNE64_K; break;
    case op::JGT: base = Handler::JGT64_K; break;
    case op::JGE: base = Handler::JGE64_K; break;
    case op::JLT: base = Handler::JLT64_K; break;
    case op::JLE: base = Handler::JLE64_K; break;
    case op::JSET: base = Handler::JSET64_K; break;
    case op::JSGT: base = Handler::JSGT64_K; break;
    case op::JSGE: base = Handler::JSGE64_K; break;
    case op::JSLT: base = Handler::JSLT64_K; break;
    default: base = Handler::JSLE64_K; break;
  }
  return Handler(uint16_t(base) + (is32 ? 2 : 0) + (reg ? 1 : 0) + (backward ? 4 : 0));
}

std::string helper_label(int32_t id) {
  const char* name = helper_name(id);
  return fmt::format("{}#{}", name != nullptr ? name : "", id);
}

// Slot index the jump or call at idx lands on; validate_program has checked it is inside the program.
size_t target_index(size_t idx, int64_t delta) { return size_t(int64_t(idx) + delta + 1); }

Expected<Handler> decode_jmp(std::span<const Insn> prog, size_t idx, const HelperTable* helpers, Slot& s,
                             std::vector<Slot>& slots) {
  const Insn& insn = prog[idx];
  const bool is32 = op::cls(insn.opcode) == op::JMP32;
  const bool reg = op::source(insn.opcode) == op::X;
  switch (op::code(insn.opcode)) {
    case op::JA: {
      const int64_t delta = is32 ? insn.imm : insn.off;  // JMP32|JA is gotol, with a 32-bit displacement
      s.target = &slots[target_index(idx, delta)];
      return delta < 0 ? Handler::JA_B : Handler::JA;
    }
    case op::JCOND:
      s.target = &slots[target_index(idx, insn.off)];
      return insn.off < 0 ? Handler::MAY_GOTO_B : Handler::MAY_GOTO;
    case op::EXIT:
      return Handler::EXIT;
    case op::CALL:
      if (reg) return Handler::CALLX;
      if (insn.src == op::PSEUDO_CALL) {
        s.target = &slots[target_index(idx, insn.imm)];
        return Handler::CALL_LOCAL;
      }
      if (insn.src == op::PSEUDO_KFUNC_CALL) {
        // A kfunc runs like a helper: the loader has put the id of bpfkit's implementation in imm.
        if (const HelperEntry* k = helpers != nullptr ? helpers->find_kfunc(insn.imm) : nullptr) {
          s.fn = k->fn;
          return Handler::CALL_HELPER;
        }
        return load_error(idx, fmt::format("unknown kfunc call (id {})", insn.imm));
      }
      // bpf_tail_call replaces the running program, which no helper can do: the engine runs it itself, whatever
      // the helper table holds for id 12 (see TAIL_CALL in interp.cc).
      if (insn.imm == kHelperTailCall) return Handler::TAIL_CALL;
      if (const HelperEntry* h = helpers != nullptr ? helpers->find(insn.imm) : nullptr) {
        s.fn = h->fn;
        return Handler::CALL_HELPER;
      }
      return load_error(idx, fmt::format("unknown helper {}", helper_label(insn.imm)));
    default:
      s.target = &slots[target_index(idx, insn.off)];
      return cond_jump(op::code(insn.opcode), is32, reg, insn.off < 0);
  }
}

Handler by_size(uint8_t opcode, Handler b, Handler h, Handler w, Handler dw) {
  switch (op::size(opcode)) {
    case op::B: return b;
    case op::H: return h;
    case op::W: return w;
    default: return dw;
  }
}

Expected<Handler> decode_atomic(const Insn& insn, size_t idx) {
  const bool dw = op::size(insn.opcode) == op::DW;
  const bool w = op::size(insn.opcode) == op::W;
  auto pick = [&](Handler for_w, Handler for_dw) -> Expected<Handler> {
    if (w) return for_w;
    if (dw) return for_dw;
    return load_error(idx, fmt::format("atomic operation {:#x}: size must be W or DW", insn.imm));
  };
  switch (insn.imm) {
    case op::ADD: return pick(Handler::AADD_W, Handler::AADD_DW);
    case op::OR: return pick(Handler::AOR_W, Handler::AOR_DW);
    case op::AND: return pick(Handler::AAND_W, Handler::AAND_DW);
    case op::XOR: return pick(Handler::AXOR_W, Handler::AXOR_DW);
    case op::ADD | op::FETCH: return pick(Handler::FADD_W, Handler::FADD_DW);
    case op::OR | op::FETCH: return pick(Handler::FOR_W, Handler::FOR_DW);
    case op::AND | op::FETCH: return pick(Handler::FAND_W, Handler::FAND_DW);
    case op::XOR | op::FETCH: return pick(Handler::FXOR_W, Handler::FXOR_DW);
    case op::XCHG: return pick(Handler::XCHG_W, Handler::XCHG_DW);
    case op::CMPXCHG: return pick(Handler::CMPXCHG_W, Handler::CMPXCHG_DW);
    case op::LOAD_ACQ:
      return by_size(insn.opcode, Handler::LOAD_ACQ_B, Handler::LOAD_ACQ_H, Handler::LOAD_ACQ_W,
                     Handler::LOAD_ACQ_DW);
    case op::STORE_REL:
      return by_size(insn.opcode, Handler::STORE_REL_B, Handler::STORE_REL_H, Handler::STORE_REL_W,
                     Handler::STORE_REL_DW);
  }
  return load_error(idx, fmt::format("unknown atomic operation {:#x}", insn.imm));
}

// LD_IMM64. Map references (src 1, 2, 5, 6) and BTF ids (src 3) are only meaningful after relocation, which
// rewrites them before load; until the engine knows maps, they load their raw 64-bit value. A function reference
// (src 4, BPF_PSEUDO_FUNC) resolves here, to the byte offset of the function from the program start: that is the
// value callx expects (see CALLX in interp.cc).
uint64_t ld_imm64_operand(std::span<const Insn> prog, size_t idx) {
  const Insn& insn = prog[idx];
  const uint64_t raw = ld_imm64_value(insn, prog[idx + 1]);
  if (insn.src != op::PSEUDO_FUNC) return raw;
  const int64_t target = int64_t(idx) + insn.imm + 1;
  if (target < 0 || target >= int64_t(prog.size())) return raw;
  if (target > 0 && is_ld_imm64(prog[size_t(target) - 1])) return raw;  // not an instruction start
  return uint64_t(target) * sizeof(Insn);
}

Expected<Handler> decode_mem(std::span<const Insn> prog, size_t idx, Slot& s) {
  const Insn& insn = prog[idx];
  const uint8_t mode = op::mode(insn.opcode);
  switch (op::cls(insn.opcode)) {
    case op::LD:
      if (insn.opcode == kLdImm64) {
        s.imm64 = ld_imm64_operand(prog, idx);
        return Handler::LD_IMM64;
      }
      if (mode == op::ABS && op::size(insn.opcode) != op::DW)
        return by_size(insn.opcode, Handler::LD_ABS_B, Handler::LD_ABS_H, Handler::LD_ABS_W, Handler::kCount);
      if (mode == op::IND && op::size(insn.opcode) != op::DW)
        return by_size(insn.opcode, Handler::LD_IND_B, Handler::LD_IND_H, Handler::LD_IND_W, Handler::kCount);
      break;
    case op::LDX:
      if (mode == op::MEM)
        return by_size(insn.opcode, Handler::LDX_B, Handler::LDX_H, Handler::LDX_W, Handler::LDX_DW);
      if (mode == op::MEMSX && op::size(insn.opcode) != op::DW)
        return by_size(insn.opcode, Handler::LDSX_B, Handler::LDSX_H, Handler::LDSX_W, Handler::kCount);
      break;
    case op::ST:
      if (mode == op::MEM) return by_size(insn.opcode, Handler::ST_B, Handler::ST_H, Handler::ST_W, Handler::ST_DW);
      break;
    case op::STX:
      if (mode == op::MEM)
        return by_size(insn.opcode, Handler::STX_B, Handler::STX_H, Handler::STX_W, Handler::STX_DW);
      if (mode == op::ATOMIC) return decode_atomic(insn, idx);
      break;
  }
  return load_error(idx, fmt::format("unsupported load/store instruction {:#04x}", insn.opcode));
}

Expected<void> predecode(std::span<const Insn> prog, const HelperTable* helpers,
                         std::span<const PoisonedInsn> poisoned, std::vector<Slot>& slots) {
  const void* const* labels = nullptr;
  (void)engine::execute(nullptr, nullptr, &labels);
  slots.assign(prog.size() + 1, Slot{});
  for (size_t i = 0; i < prog.size(); ++i) {
    const Insn& insn = prog[i];
    Slot& s = slots[i];
    s.dst = insn.dst;
    s.src = insn.src;
    s.off = insn.off;
    s.imm = insn.imm;
    Expected<Handler> h = Handler::kCount;
    auto poison = std::find_if(poisoned.begin(), poisoned.end(), [&](const PoisonedInsn& p) { return p.insn == i; });
    if (poison != poisoned.end()) {
      if (insn.opcode != (op::JMP | op::CALL) || insn.src != 0 || insn.imm != kPoisonedCallImm)
        return load_error(i, "poisoned instruction is not call 0xbad2310");
      s.imm = int32_t(poison - poisoned.begin());
      s.handler = labels[size_t(Handler::POISONED)];
      continue;
    }
    switch (op::cls(insn.opcode)) {
      case op::ALU: case op::ALU64: h = decode_alu(insn, i, s); break;
      case op::JMP: case op::JMP32: h = decode_jmp(prog, i, helpers, s, slots); break;
      default: h = decode_mem(prog, i, s); break;
    }
    if (!h) return std::move(h).error();
    if (*h == Handler::kCount) return load_error(i, fmt::format("unsupported instruction {:#04x}", insn.opcode));
    s.handler = labels[size_t(*h)];
    if (is_ld_imm64(insn)) slots[++i].handler = labels[size_t(Handler::FILLER)];
  }
  slots.back().handler = labels[size_t(Handler::END_OF_PROGRAM)];
  return {};
}

}  // namespace

const engine::Code& engine::program_code(const Program& prog) { return prog.impl_->code; }

Program::Program(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Program::Program(Program&&) noexcept = default;
Program& Program::operator=(Program&&) noexcept = default;
Program::~Program() = default;

Expected<Program> Program::load(std::vector<Insn> prog, const HelperTable* helpers) {
  return load(std::move(prog), helpers, {});
}

Expected<Program> Program::load(std::vector<Insn> prog, const HelperTable* helpers,
                                std::vector<PoisonedInsn> poisoned) {
  if (prog.size() > kMaxProgramInsns)
    return make_error(fmt::format("program has {} instructions, more than the kernel's limit of {} "
                                  "(BPF_COMPLEXITY_LIMIT_INSNS)",
                                  prog.size(), kMaxProgramInsns))
        .with_errno(E2BIG);
  if (auto ok = validate_program(prog); !ok) return std::move(ok).error();
  auto impl = std::make_unique<Impl>();
  impl->code.insns = std::move(prog);
  impl->code.poisoned = std::move(poisoned);
  if (auto ok = predecode(impl->code.insns, helpers, impl->code.poisoned, impl->code.slots); !ok)
    return std::move(ok).error();
  return Program(std::move(impl));
}

Expected<uint64_t> Program::run(RunContext& ctx) const { return engine::execute(&impl_->code, &ctx, nullptr); }

std::span<const Insn> Program::insns() const { return impl_->code.insns; }

RunContext raw_context(std::span<uint8_t> mem) {
  RunContext ctx;
  ctx.add_region(MemoryRegion{mem.data(), mem.size(), true});
  ctx.set_packet(mem.data(), mem.size());
  ctx.args[0] = uint64_t(reinterpret_cast<uintptr_t>(mem.data()));
  ctx.args[1] = mem.size();
  return ctx;
}

Expected<uint64_t> run_raw(const Program& prog, std::span<uint8_t> mem) {
  RunContext ctx = raw_context(mem);
  return prog.run(ctx);
}

}  // namespace bpfkit
