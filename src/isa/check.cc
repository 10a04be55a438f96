// Encoding checks: which 8-byte patterns a valid program can contain.
//
// This is the decoder's gate, not the verifier. It answers "is this an instruction at all?" (known opcode, reserved
// fields zero, registers in range, LD_IMM64 complete, jump targets inside the program), the way the kernel's
// do_check() rejects "uses reserved fields" and resolve_pseudo_ldimm64() / check_subprogs() reject bad encodings
// before any abstract interpretation. Every later stage (disassembler, assembler, interpreter, JIT) relies on it.
#include <cstring>

#include <fmt/format.h>

#include "bpfkit/insn.h"

namespace bpfkit {
namespace {

const char* class_name(uint8_t cls) {
  static const char* const kNames[] = {"LD", "LDX", "ST", "STX", "ALU", "JMP", "JMP32", "ALU64"};
  return kNames[cls & 7];
}

const char* alu_name(uint8_t code) {
  static const char* const kNames[] = {"ADD", "SUB", "MUL", "DIV", "OR",  "AND", "LSH", "RSH",
                                       "NEG", "MOD", "XOR", "MOV", "ARSH", "END", "0xe0", "0xf0"};
  return kNames[code >> 4];
}

const char* jmp_name(uint8_t code) {
  static const char* const kNames[] = {"JA",  "JEQ", "JGT", "JGE",  "JSET", "JNE",   "JSGT", "JSGE",
                                       "CALL", "EXIT", "JLT", "JLE", "JSLT", "JSLE", "JCOND", "0xf0"};
  return kNames[code >> 4];
}

Error bad(size_t idx, std::string message) { return make_error(std::move(message)).at_insn(int64_t(idx)); }

// A reserved field that must be zero for this form.
Expected<void> require_zero(size_t idx, const char* form, const char* field, int64_t value) {
  if (value == 0) return {};
  return bad(idx, fmt::format("{}: reserved field {} is {}, must be 0", form, field, value));
}

Expected<void> require_reg(size_t idx, const char* field, unsigned reg) {
  if (reg <= unsigned(kMaxRegister)) return {};
  return bad(idx, fmt::format("invalid register number {}={} (registers are r0..r10)", field, reg));
}

#define TRY(expr)                           \
  do {                                      \
    if (auto r_ = (expr); !r_) return r_;   \
  } while (0)

Expected<void> check_alu(const Insn& insn, size_t idx) {
  const uint8_t cls = op::cls(insn.opcode);
  const uint8_t code = op::code(insn.opcode);
  const bool is64 = cls == op::ALU64;
  const bool reg = op::source(insn.opcode) == op::X;
  const std::string form = fmt::format("{} {} {}", class_name(cls), alu_name(code), reg ? "X" : "K");
  TRY(require_reg(idx, "dst_reg", insn.dst));

  switch (code) {
    case op::ADD: case op::SUB: case op::MUL: case op::OR: case op::AND: case op::LSH: case op::RSH:
    case op::XOR: case op::ARSH:
      TRY(require_zero(idx, form.c_str(), "off", insn.off));
      break;
    case op::DIV: case op::MOD:
      // off selects unsigned (0) or signed (1) division.
      if (insn.off != 0 && insn.off != 1)
        return bad(idx, fmt::format("{}: off is {}, must be 0 (unsigned) or 1 (signed)", form, insn.off));
      break;
    case op::NEG:
      if (reg) return bad(idx, fmt::format("unknown opcode {:#04x} ({} with source X)", insn.opcode, form));
      TRY(require_zero(idx, form.c_str(), "src_reg", insn.src));
      TRY(require_zero(idx, form.c_str(), "off", insn.off));
      return require_zero(idx, form.c_str(), "imm", insn.imm);
    case op::MOV:
      if (!reg) {
        TRY(require_zero(idx, form.c_str(), "off", insn.off));
        break;
      }
      // MOVSX: off is the source width to sign-extend (8/16, and 32 for ALU64).
      if (insn.off != 0 && insn.off != 8 && insn.off != 16 && !(is64 && insn.off == 32))
        return bad(idx, fmt::format("{}: off is {}, must be 0 or a sign-extension width (8, 16{})", form,
                                    insn.off, is64 ? ", 32" : ""));
      break;
    case op::END:
      if (is64 && reg) return bad(idx, fmt::format("unknown opcode {:#04x} (ALU64 END with source X)", insn.opcode));
      TRY(require_zero(idx, form.c_str(), "src_reg", insn.src));
      TRY(require_zero(idx, form.c_str(), "off", insn.off));
      if (insn.imm != 16 && insn.imm != 32 && insn.imm != 64)
        return bad(idx, fmt::format("{}: byte-swap width imm is {}, must be 16, 32 or 64", form, insn.imm));
      return {};
    default:
      return bad(idx, fmt::format("unknown opcode {:#04x} ({} operation {:#04x})", insn.opcode, class_name(cls),
                                  code));
  }
  if (reg) {
    TRY(require_reg(idx, "src_reg", insn.src));
    return require_zero(idx, form.c_str(), "imm", insn.imm);
  }
  return require_zero(idx, form.c_str(), "src_reg", insn.src);
}

Expected<void> check_jmp(const Insn& insn, size_t idx) {
  const uint8_t cls = op::cls(insn.opcode);
  const uint8_t code = op::code(insn.opcode);
  const bool is32 = cls == op::JMP32;
  const bool reg = op::source(insn.opcode) == op::X;
  const std::string form = fmt::format("{} {} {}", class_name(cls), jmp_name(code), reg ? "X" : "K");
  auto unknown = [&] { return bad(idx, fmt::format("unknown opcode {:#04x} ({})", insn.opcode, form)); };

  switch (code) {
    case op::JA:
      if (reg) return unknown();
      TRY(require_zero(idx, form.c_str(), "dst_reg", insn.dst));
      TRY(require_zero(idx, form.c_str(), "src_reg", insn.src));
      // JMP|JA jumps by off; JMP32|JA ("gotol") jumps by the 32-bit imm.
      return is32 ? require_zero(idx, "gotol", "off", insn.off) : require_zero(idx, "goto", "imm", insn.imm);
    case op::CALL:
      if (is32) return unknown();
      if (reg) {  // callx: the target is in dst_reg
        TRY(require_reg(idx, "dst_reg", insn.dst));
        TRY(require_zero(idx, "callx", "src_reg", insn.src));
        TRY(require_zero(idx, "callx", "off", insn.off));
        return require_zero(idx, "callx", "imm", insn.imm);
      }
      TRY(require_zero(idx, "call", "dst_reg", insn.dst));
      if (insn.src > op::PSEUDO_KFUNC_CALL)
        return bad(idx, fmt::format("call: src_reg is {}, must be 0 (helper), 1 (bpf-to-bpf) or 2 (kfunc)",
                                    insn.src));
      // Only kfunc calls use off (the index of the module BTF in fd_array).
      if (insn.src != op::PSEUDO_KFUNC_CALL) TRY(require_zero(idx, "call", "off", insn.off));
      return {};
    case op::EXIT:
      if (is32 || reg) return unknown();
      TRY(require_zero(idx, "exit", "dst_reg", insn.dst));
      TRY(require_zero(idx, "exit", "src_reg", insn.src));
      TRY(require_zero(idx, "exit", "off", insn.off));
      return require_zero(idx, "exit", "imm", insn.imm);
    case op::JCOND:
      if (is32 || reg) return unknown();
      if (insn.src != op::MAY_GOTO)
        return bad(idx, fmt::format("JMP JCOND: src_reg is {}, only 0 (may_goto) is defined", insn.src));
      TRY(require_zero(idx, "may_goto", "dst_reg", insn.dst));
      return require_zero(idx, "may_goto", "imm", insn.imm);
    case 0xf0:
      return unknown();
    default:  // conditional jumps
      TRY(require_reg(idx, "dst_reg", insn.dst));
      if (reg) {
        TRY(require_reg(idx, "src_reg", insn.src));
        return require_zero(idx, form.c_str(), "imm", insn.imm);
      }
      return require_zero(idx, form.c_str(), "src_reg", insn.src);
  }
}

Expected<void> check_ld_imm64(std::span<const Insn> prog, size_t idx) {
  const Insn& insn = prog[idx];
  TRY(require_reg(idx, "dst_reg", insn.dst));
  TRY(require_zero(idx, "LD_IMM64", "off", insn.off));
  if (insn.src > op::PSEUDO_MAP_IDX_VALUE)
    return bad(idx, fmt::format("LD_IMM64: src_reg is {}, must be 0..6 (imm, map fd, map value, btf id, func, "
                                "map idx, map idx value)", insn.src));
  if (idx + 1 >= prog.size()) return bad(idx, "incomplete LD_IMM64: the second slot is missing");
  const Insn& next = prog[idx + 1];
  if (next.opcode != 0 || next.dst != 0 || next.src != 0 || next.off != 0)
    return bad(idx + 1, "LD_IMM64 second slot: opcode, dst_reg, src_reg and off must be 0");
  // For references to a whole map, a BTF object or a function, the upper half is unused.
  const bool whole_object = insn.src == op::PSEUDO_MAP_FD || insn.src == op::PSEUDO_BTF_ID ||
                            insn.src == op::PSEUDO_FUNC || insn.src == op::PSEUDO_MAP_IDX;
  if (whole_object && next.imm != 0)
    return bad(idx + 1, fmt::format("LD_IMM64 with src_reg {}: second slot imm is {}, must be 0", insn.src,
                                    next.imm));
  return {};
}

Expected<void> check_mem(std::span<const Insn> prog, size_t idx) {
  const Insn& insn = prog[idx];
  const uint8_t cls = op::cls(insn.opcode);
  const uint8_t mode = op::mode(insn.opcode);
  const uint8_t size = op::size(insn.opcode);
  auto unknown = [&] {
    return bad(idx, fmt::format("unknown opcode {:#04x} ({} with mode {:#04x})", insn.opcode, class_name(cls), mode));
  };

  switch (cls) {
    case op::LD:
      if (insn.opcode == kLdImm64) return check_ld_imm64(prog, idx);
      if (mode != op::ABS && mode != op::IND) return unknown();
      if (size == op::DW) return bad(idx, "LD_ABS/LD_IND: size DW is not defined (B, H or W only)");
      TRY(require_zero(idx, "LD_ABS/LD_IND", "dst_reg", insn.dst));
      TRY(require_zero(idx, "LD_ABS/LD_IND", "off", insn.off));
      if (mode == op::ABS) return require_zero(idx, "LD_ABS", "src_reg", insn.src);
      return require_reg(idx, "src_reg", insn.src);
    case op::LDX:
      if (mode != op::MEM && mode != op::MEMSX) return unknown();
      if (mode == op::MEMSX && size == op::DW) return bad(idx, "LDX MEMSX: size DW is not defined (B, H or W only)");
      TRY(require_reg(idx, "dst_reg", insn.dst));
      TRY(require_reg(idx, "src_reg", insn.src));
      return require_zero(idx, "LDX", "imm", insn.imm);
    case op::ST:
      if (mode != op::MEM) return unknown();
      TRY(require_reg(idx, "dst_reg", insn.dst));
      return require_zero(idx, "ST", "src_reg", insn.src);
    default:  // STX
      if (mode != op::MEM && mode != op::ATOMIC) return unknown();
      TRY(require_reg(idx, "dst_reg", insn.dst));
      TRY(require_reg(idx, "src_reg", insn.src));
      if (mode == op::MEM) return require_zero(idx, "STX", "imm", insn.imm);
      switch (insn.imm) {
        case op::LOAD_ACQ: case op::STORE_REL:  // any size
          return {};
        case op::ADD: case op::ADD | op::FETCH: case op::OR: case op::OR | op::FETCH: case op::AND:
        case op::AND | op::FETCH: case op::XOR: case op::XOR | op::FETCH: case op::XCHG: case op::CMPXCHG:
          if (size != op::W && size != op::DW)
            return bad(idx, fmt::format("atomic operation {:#x}: size must be W or DW", insn.imm));
          return {};
        default:
          return bad(idx, fmt::format("STX ATOMIC: unknown atomic operation imm={:#x}", insn.imm));
      }
  }
}

// The second slot of the LD_IMM64 ending just before idx, if any: its opcode 0 would otherwise read as LD W IMM.
std::vector<bool> ld_imm64_second_slots(std::span<const Insn> prog) {
  std::vector<bool> second(prog.size(), false);
  for (size_t i = 0; i + 1 < prog.size(); ++i) {
    if (is_ld_imm64(prog[i])) second[++i] = true;
  }
  return second;
}

}  // namespace

Expected<void> check_insn(std::span<const Insn> prog, size_t idx) {
  if (idx >= prog.size()) return bad(idx, fmt::format("instruction index {} is past the end", idx));
  const Insn& insn = prog[idx];
  switch (op::cls(insn.opcode)) {
    case op::ALU: case op::ALU64: return check_alu(insn, idx);
    case op::JMP: case op::JMP32: return check_jmp(insn, idx);
    default: return check_mem(prog, idx);
  }
}

Expected<void> validate_program(std::span<const Insn> prog) {
  if (prog.empty()) return make_error("empty program");
  const std::vector<bool> second = ld_imm64_second_slots(prog);
  const auto n = int64_t(prog.size());
  for (size_t i = 0; i < prog.size(); ++i) {
    if (second[i]) continue;
    TRY(check_insn(prog, i));
    const Insn& insn = prog[i];
    const uint8_t cls = op::cls(insn.opcode);
    if (cls != op::JMP && cls != op::JMP32) continue;
    const uint8_t code = op::code(insn.opcode);
    int64_t delta;
    if (code == op::EXIT || (code == op::CALL && (insn.src != op::PSEUDO_CALL || op::source(insn.opcode) == op::X)))
      continue;  // no static target
    if (code == op::CALL || (code == op::JA && cls == op::JMP32))
      delta = insn.imm;
    else
      delta = insn.off;
    const int64_t target = int64_t(i) + delta + 1;
    if (target < 0 || target >= n)
      return bad(i, fmt::format("jump out of range from insn {} to {}", i, target));
    if (second[size_t(target)])
      return bad(i, fmt::format("jump from insn {} into the middle of LD_IMM64 at insn {}", i, target - 1));
  }
  return {};
}

Expected<std::vector<Insn>> decode_program(std::span<const uint8_t> bytes) {
  if (bytes.size() % sizeof(Insn) != 0)
    return make_error(fmt::format("program size {} is not a multiple of 8 bytes", bytes.size()));
  std::vector<Insn> prog(bytes.size() / sizeof(Insn));
  if (!bytes.empty()) std::memcpy(prog.data(), bytes.data(), bytes.size());  // x86-64 is little-endian
  if (auto ok = validate_program(prog); !ok) return std::move(ok).error();
  return prog;
}

std::vector<uint8_t> encode_program(std::span<const Insn> prog) {
  std::vector<uint8_t> bytes(prog.size() * sizeof(Insn));
  if (!prog.empty()) std::memcpy(bytes.data(), prog.data(), bytes.size());
  return bytes;
}

}  // namespace bpfkit
