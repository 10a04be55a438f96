// Disassembler: one instruction to text, in llvm-objdump's or the kernel verifier log's spelling.
//
// Llvm follows llvm-objdump 14 (`llvm-objdump -d`, no --mattr) byte for byte wherever its text is lossless. Where
// LLVM 14 prints `<unknown>` for a valid encoding (the v4 ISA, JSET, MOD, ST, may_goto, load-acquire/store-release,
// 32-bit fetch atomics), we print the spelling newer LLVM uses. Where LLVM 14's text drops a field, so two valid
// encodings would print alike and assemble() could not invert it, we add the field in an LLVM-flavoured way:
//  - pseudo calls (src 1) print their offset with an explicit sign (`call -1`, `call +2`; LLVM 14: `call 2`), and
//    helper calls print their id unsigned, so a sign always means "relative";
//  - kfunc calls (src 2) print as the kernel does, `call kernel-function#id` (LLVM 14: `call id`);
//  - LD_IND with a nonzero imm prints `skb[r3 + imm]` as the kernel does (LLVM 14 drops imm);
//  - ld_pseudo with a nonzero upper imm (map value offset) gets a fourth operand;
//  - 32-bit atomics other than plain add use the alu32 spelling (`w2 = atomic_fetch_add((u32 *)...)`), which is
//    what `llvm-objdump --mattr=+alu32` prints; without alu32, LLVM 14 prints `<unknown>` for most of them and the
//    plain-add text `lock *(u32 *)(r1 + 0) += r2` for fetch-add, which would alias the plain add.
//  - callx takes its register from dst_reg (the kernel and LLVM >= 19); LLVM 14 read it from imm.
// LD_IMM64 with a pseudo source prints as LLVM 14's `ld_pseudo<TAB>r1, 2, 5` (the imm unsigned); LLVM 14 itself
// crashes on that form when the imm is 0, so there is no reference for it, and we print the same shape.
//
// Verifier follows print_bpf_insn() in kernel/bpf/disasm.c, as printed with allow_ptr_leaks (real immediates).
// It extends the kernel where its text is lossy: an LD_IMM64 whose value also fits a MOV immediate gets an ` ll`
// suffix, and LD_IMM64 pseudo sources print bpftool-style (`map[fd:5]`, `map[fd:5][0]+16`, `map[idx:1]`,
// `btf_id[7]`, `func[pc+3]`) instead of the raw immediate; kfunc calls with a module BTF index print ` off N`.
#include <string>

#include <fmt/format.h>

#include "bpfkit/disasm.h"

namespace bpfkit {
namespace {

constexpr const char* kUnknown = "<unknown>";

const char* alu_operator(uint8_t code, bool is_signed) {
  switch (code) {
    case op::ADD: return "+=";
    case op::SUB: return "-=";
    case op::MUL: return "*=";
    case op::DIV: return is_signed ? "s/=" : "/=";
    case op::OR: return "|=";
    case op::AND: return "&=";
    case op::LSH: return "<<=";
    case op::RSH: return ">>=";
    case op::MOD: return is_signed ? "s%=" : "%=";
    case op::XOR: return "^=";
    case op::MOV: return "=";
    case op::ARSH: return "s>>=";
    default: return nullptr;
  }
}

const char* jmp_operator(uint8_t code) {
  switch (code) {
    case op::JEQ: return "==";
    case op::JGT: return ">";
    case op::JGE: return ">=";
    case op::JSET: return "&";
    case op::JNE: return "!=";
    case op::JSGT: return "s>";
    case op::JSGE: return "s>=";
    case op::JLT: return "<";
    case op::JLE: return "<=";
    case op::JSLT: return "s<";
    case op::JSLE: return "s<=";
    default: return nullptr;
  }
}

const char* atomic_alu_name(int32_t imm) {  // the ALU operation in an atomic's imm, without FETCH
  switch (imm & ~op::FETCH) {
    case op::ADD: return "add";
    case op::OR: return "or";
    case op::AND: return "and";
    case op::XOR: return "xor";
    default: return nullptr;
  }
}

const char* size_name(uint8_t opcode) {
  switch (op::size(opcode)) {
    case op::W: return "u32";
    case op::H: return "u16";
    case op::B: return "u8";
    default: return "u64";
  }
}

const char* signed_size_name(uint8_t opcode) {
  switch (op::size(opcode)) {
    case op::W: return "s32";
    case op::H: return "s16";
    default: return "s8";
  }
}

// "(r1 + 4)" / "(r1 - 4)" for LLVM, "(r1 +4)" / "(r1 -4)" for the kernel's "%+d".
std::string mem_operand(unsigned base, int16_t off, AsmSyntax syntax) {
  if (syntax == AsmSyntax::Verifier) return fmt::format("(r{} {:+d})", base, off);
  if (off < 0) return fmt::format("(r{} - {})", base, -int32_t(off));
  return fmt::format("(r{} + {})", base, off);
}

// LLVM's "r1 - 8" inside xchg_64()/cmpxchg_64().
std::string llvm_address(unsigned base, int16_t off) {
  if (off < 0) return fmt::format("r{} - {}", base, -int32_t(off));
  return fmt::format("r{} + {}", base, off);
}

std::string jump_target(int64_t delta, AsmSyntax syntax) {
  return fmt::format("{}{:+d}", syntax == AsmSyntax::Verifier ? "pc" : "", delta);
}

std::string alu(const Insn& insn) {
  const uint8_t cls = op::cls(insn.opcode);
  const uint8_t code = op::code(insn.opcode);
  const char r = cls == op::ALU ? 'w' : 'r';
  const bool reg = op::source(insn.opcode) == op::X;
  if (code == op::END) {
    // Both LLVM and the kernel print byte swaps with r registers, also in the ALU class.
    const char* kind = cls == op::ALU64 ? "bswap" : reg ? "be" : "le";
    return fmt::format("r{} = {}{} r{}", insn.dst, kind, insn.imm, insn.dst);
  }
  if (code == op::NEG) return fmt::format("{}{} = -{}{}", r, insn.dst, r, insn.dst);
  const bool is_signed = (code == op::DIV || code == op::MOD) && insn.off == 1;
  const char* oper = alu_operator(code, is_signed);
  if (!reg) return fmt::format("{}{} {} {}", r, insn.dst, oper, insn.imm);
  if (code == op::MOV && insn.off != 0)
    return fmt::format("{}{} = (s{}){}{}", r, insn.dst, insn.off, r, insn.src);
  return fmt::format("{}{} {} {}{}", r, insn.dst, oper, r, insn.src);
}

std::string call(const Insn& insn, AsmSyntax syntax) {
  if (op::source(insn.opcode) == op::X) return fmt::format("callx r{}", insn.dst);
  switch (insn.src) {
    case op::PSEUDO_CALL: return fmt::format("call {}", jump_target(insn.imm, syntax));
    case op::PSEUDO_KFUNC_CALL:
      if (insn.off != 0) return fmt::format("call kernel-function#{} off {}", insn.imm, insn.off);
      return fmt::format("call kernel-function#{}", insn.imm);
    default:
      if (syntax == AsmSyntax::Llvm) return fmt::format("call {}", uint32_t(insn.imm));
      if (const char* name = helper_name(insn.imm))
        return fmt::format("call {}#{}", name, insn.imm);
      return fmt::format("call unknown#{}", insn.imm);
  }
}

std::string jmp(const Insn& insn, AsmSyntax syntax) {
  const uint8_t cls = op::cls(insn.opcode);
  const uint8_t code = op::code(insn.opcode);
  switch (code) {
    case op::JA:
      if (cls == op::JMP32) return "gotol " + jump_target(insn.imm, syntax);
      return "goto " + jump_target(insn.off, syntax);
    case op::JCOND: return "may_goto " + jump_target(insn.off, syntax);
    case op::CALL: return call(insn, syntax);
    case op::EXIT: return "exit";
    default: break;
  }
  const char r = cls == op::JMP32 ? 'w' : 'r';
  const std::string target = jump_target(insn.off, syntax);
  if (op::source(insn.opcode) == op::X)
    return fmt::format("if {}{} {} {}{} goto {}", r, insn.dst, jmp_operator(code), r, insn.src, target);
  if (syntax == AsmSyntax::Verifier)
    return fmt::format("if {}{} {} {:#x} goto {}", r, insn.dst, jmp_operator(code), uint32_t(insn.imm), target);
  return fmt::format("if {}{} {} {} goto {}", r, insn.dst, jmp_operator(code), insn.imm, target);
}

std::string atomic(const Insn& insn, AsmSyntax syntax) {
  const bool dw = op::size(insn.opcode) == op::DW;
  const char* sz = size_name(insn.opcode);
  const std::string mem = mem_operand(insn.dst, insn.off, syntax);
  if (syntax == AsmSyntax::Verifier) {
    const char* width = dw ? "64" : "";
    switch (insn.imm) {
      case op::LOAD_ACQ:
        return fmt::format("r{} = load_acquire(({} *){})", insn.dst, sz, mem_operand(insn.src, insn.off, syntax));
      case op::STORE_REL: return fmt::format("store_release(({} *){}, r{})", sz, mem, insn.src);
      case op::XCHG: return fmt::format("r{} = atomic{}_xchg(({} *){}, r{})", insn.src, width, sz, mem, insn.src);
      case op::CMPXCHG: return fmt::format("r0 = atomic{}_cmpxchg(({} *){}, r0, r{})", width, sz, mem, insn.src);
      default: break;
    }
    const char* name = atomic_alu_name(insn.imm);
    if (insn.imm & op::FETCH)
      return fmt::format("r{} = atomic{}_fetch_{}(({} *){}, r{})", insn.src, width, name, sz, mem, insn.src);
    return fmt::format("lock *({} *){} {} r{}", sz, mem, alu_operator(uint8_t(insn.imm), false), insn.src);
  }
  // LLVM 14 without alu32 prints r registers only for the 64-bit forms and for the plain 32-bit add.
  const char r = dw || insn.imm == op::ADD ? 'r' : 'w';
  switch (insn.imm) {
    case op::LOAD_ACQ:
      return fmt::format("{}{} = load_acquire(({} *){})", r, insn.dst, sz, mem_operand(insn.src, insn.off, syntax));
    case op::STORE_REL: return fmt::format("store_release(({} *){}, {}{})", sz, mem, r, insn.src);
    case op::XCHG:
      return fmt::format("{}{} = xchg{}({}, {}{})", r, insn.src, dw ? "_64" : "32_32", llvm_address(insn.dst, insn.off),
                         r, insn.src);
    case op::CMPXCHG:
      return fmt::format("{}0 = cmpxchg{}({}, {}0, {}{})", r, dw ? "_64" : "32_32", llvm_address(insn.dst, insn.off), r,
                         r, insn.src);
    default: break;
  }
  const char* name = atomic_alu_name(insn.imm);
  if (insn.imm & op::FETCH)
    return fmt::format("{}{} = atomic_fetch_{}(({} *){}, {}{})", r, insn.src, name, sz, mem, r, insn.src);
  return fmt::format("lock *({} *){} {} {}{}", sz, mem, alu_operator(uint8_t(insn.imm), false), r, insn.src);
}

std::string ld_imm64(const Insn& insn, const Insn& next, AsmSyntax syntax) {
  const uint64_t value = ld_imm64_value(insn, next);
  if (insn.src == 0) {
    if (syntax == AsmSyntax::Llvm) return fmt::format("r{} = {} ll", insn.dst, int64_t(value));
    // "r1 = 0x1234" would read back as a MOV: keep the kernel's spelling only where it is unambiguous.
    return fmt::format("r{} = {:#x}{}", insn.dst, value, value <= UINT32_MAX ? " ll" : "");
  }
  if (syntax == AsmSyntax::Llvm) {
    // LLVM 14 prints the imm unsigned; the upper half, which it drops, follows as a fourth operand.
    if (next.imm != 0)
      return fmt::format("ld_pseudo\tr{}, {}, {}, {}", insn.dst, insn.src, uint32_t(insn.imm), uint32_t(next.imm));
    return fmt::format("ld_pseudo\tr{}, {}, {}", insn.dst, insn.src, uint32_t(insn.imm));
  }
  switch (insn.src) {
    case op::PSEUDO_MAP_FD: return fmt::format("r{} = map[fd:{}]", insn.dst, insn.imm);
    case op::PSEUDO_MAP_VALUE: return fmt::format("r{} = map[fd:{}][0]+{}", insn.dst, insn.imm, uint32_t(next.imm));
    case op::PSEUDO_BTF_ID: return fmt::format("r{} = btf_id[{}]", insn.dst, insn.imm);
    case op::PSEUDO_FUNC: return fmt::format("r{} = func[{}]", insn.dst, jump_target(insn.imm, syntax));
    case op::PSEUDO_MAP_IDX: return fmt::format("r{} = map[idx:{}]", insn.dst, insn.imm);
    default: return fmt::format("r{} = map[idx:{}][0]+{}", insn.dst, insn.imm, uint32_t(next.imm));
  }
}

std::string load_store(std::span<const Insn> prog, size_t idx, AsmSyntax syntax) {
  const Insn& insn = prog[idx];
  const uint8_t mode = op::mode(insn.opcode);
  switch (op::cls(insn.opcode)) {
    case op::LD:
      if (insn.opcode == kLdImm64) return ld_imm64(insn, prog[idx + 1], syntax);
      if (mode == op::ABS) return fmt::format("r0 = *({} *)skb[{}]", size_name(insn.opcode), insn.imm);
      if (syntax == AsmSyntax::Llvm && insn.imm == 0)
        return fmt::format("r0 = *({} *)skb[r{}]", size_name(insn.opcode), insn.src);
      return fmt::format("r0 = *({} *)skb[r{} + {}]", size_name(insn.opcode), insn.src, insn.imm);
    case op::LDX:
      return fmt::format("r{} = *({} *){}", insn.dst,
                         mode == op::MEMSX ? signed_size_name(insn.opcode) : size_name(insn.opcode),
                         mem_operand(insn.src, insn.off, syntax));
    case op::ST:
      return fmt::format("*({} *){} = {}", size_name(insn.opcode), mem_operand(insn.dst, insn.off, syntax), insn.imm);
    default:
      if (mode == op::ATOMIC) return atomic(insn, syntax);
      return fmt::format("*({} *){} = r{}", size_name(insn.opcode), mem_operand(insn.dst, insn.off, syntax),
                         insn.src);
  }
}

}  // namespace

std::string disassemble_insn(std::span<const Insn> prog, size_t idx, AsmSyntax syntax) {
  // check_insn also guarantees an LD_IMM64 has its second slot inside the span.
  if (idx >= prog.size() || !check_insn(prog, idx)) return kUnknown;
  const Insn& insn = prog[idx];
  switch (op::cls(insn.opcode)) {
    case op::ALU: case op::ALU64: return alu(insn);
    case op::JMP: case op::JMP32: return jmp(insn, syntax);
    default: return load_store(prog, idx, syntax);
  }
}

std::string disassemble(std::span<const Insn> prog, AsmSyntax syntax) {
  std::string out;
  for (size_t i = 0; i < prog.size(); ++i) {
    out += fmt::format("{:>5}: {}\n", i, disassemble_insn(prog, i, syntax));
    // Skip the second slot only when the pair is valid; a lone 0x18 at the end prints as <unknown> by itself.
    if (is_ld_imm64(prog[i]) && i + 1 < prog.size() && check_insn(prog, i)) ++i;
  }
  return out;
}

}  // namespace bpfkit
