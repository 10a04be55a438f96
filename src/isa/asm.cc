// Assembler: llvm-objdump and verifier-log spellings, mixed, to instructions.
//
// Each line is tokenized, then parsed by its leading word ("if", "call", "lock", a register, '*', ...). Label
// references are resolved after the last line, when every label is known. Each finished instruction goes through
// check_insn, so the output only holds encodings a valid program can contain; jump targets are not checked against
// the program's bounds, so fragments assemble too (validate_program does that).
//
// Two rules keep the mixed grammar unambiguous, and make assemble(disassemble(x)) == x:
//  - `rN = value` without `ll` is a MOV when the value fits its imm (as LLVM's assembler reads it: -2^31 ..
//    2^32-1, the upper half as the sign-extended negative), and an LD_IMM64 otherwise; `ll` always means LD_IMM64.
//  - in `call X`, a bare number is a helper id, a signed one (`+3`, `-1`, `pc+3`) a pseudo call's offset.
#include <map>
#include <optional>
#include <string>

#include <fmt/format.h>

#include "bpfkit/asm.h"
#include "bpfkit/disasm.h"
#include "isa/asm_parser.h"

namespace bpfkit::asm_detail {

int32_t helper_id(std::string_view name, bool allow_short) {
  for (int32_t id = 0; const char* known = helper_name(id); ++id) {
    const std::string_view full(known);
    if (name == full || (allow_short && full.starts_with("bpf_") && name == full.substr(4))) return id;
  }
  return -1;
}

std::optional<Reg> LineParser::as_reg(const Token& tok) {
  if (tok.kind != TokenKind::Ident || tok.text.size() < 2 || tok.text.size() > 3) return std::nullopt;
  if (tok.text[0] != 'r' && tok.text[0] != 'w') return std::nullopt;
  const std::string_view digits = tok.text.substr(1);
  if (digits.size() == 2 && digits != "10") return std::nullopt;
  if (digits[0] < '0' || digits[0] > '9') return std::nullopt;
  return Reg{uint8_t(digits == "10" ? 10 : digits[0] - '0'), tok.text[0] == 'w'};
}

void LineParser::reject_bad_register(const Token& tok) const {
  if (tok.kind != TokenKind::Ident || tok.text.size() < 2 || (tok.text[0] != 'r' && tok.text[0] != 'w')) return;
  for (char c : tok.text.substr(1))
    if (c < '0' || c > '9') return;
  if (!as_reg(tok)) fail(tok, fmt::format("invalid register '{}' (registers are r0..r10, w0..w10)", tok.text));
}

Reg LineParser::reg() {
  const Token& tok = peek();
  reject_bad_register(tok);
  auto r = as_reg(tok);
  if (!r) fail(tok, fmt::format("expected a register (r0..r10 or w0..w10), got {}", describe(tok)));
  next();
  return *r;
}

Reg LineParser::reg_of_width(bool is32, const char* what) {
  const Token& tok = peek();
  Reg r = reg();
  if (r.is32 != is32)
    fail(tok, fmt::format("{} must be a {}-bit register like the first operand", what, is32 ? 32 : 64));
  return r;
}

__int128 LineParser::number(const char* what) {
  bool negative = false;
  while (at("+") || at("-")) negative ^= next().text == "-";
  const Token& tok = peek();
  if (tok.kind != TokenKind::Number) fail(tok, fmt::format("expected {} (a number), got {}", what, describe(tok)));
  uint64_t magnitude;
  if (!number_value(tok.text, &magnitude)) fail(tok, fmt::format("invalid number '{}'", tok.text));
  next();
  // 128 bits, so that every 64-bit magnitude with either sign compares correctly.
  return negative ? -__int128(magnitude) : __int128(magnitude);
}

int64_t LineParser::integer(int64_t min, int64_t max, const char* what) {
  const __int128 value = number(what);
  const Token& tok = t_[pos_ - 1];  // the digits, after any sign
  if (value < min || value > max)
    fail(tok, fmt::format("{} {} is out of range [{}, {}]", what, int64_t(value), min, max));
  return int64_t(value);
}

int16_t LineParser::offset() {
  if (!at("+") && !at("-")) return 0;
  return int16_t(integer(INT16_MIN, INT16_MAX, "offset"));
}

uint8_t LineParser::size_cast(bool allow_signed, bool* is_signed) {
  expect("(");
  const Token& tok = peek();
  static constexpr std::pair<std::string_view, uint8_t> kSizes[] = {
      {"u8", op::B}, {"u16", op::H}, {"u32", op::W}, {"u64", op::DW}, {"s8", op::B}, {"s16", op::H}, {"s32", op::W}};
  std::optional<uint8_t> size;
  for (auto [name, s] : kSizes) {
    if (tok.kind == TokenKind::Ident && tok.text == name) size = s;
  }
  if (!size)
    fail(tok, fmt::format("expected a size (u8, u16, u32, u64{}), got {}", allow_signed ? ", s8, s16, s32" : "",
                                   describe(tok)));
  const bool sign = tok.text[0] == 's';
  if (sign && !allow_signed) fail(tok, fmt::format("a signed size {} is only valid in a load", tok.text));
  if (is_signed) *is_signed = sign;
  next();
  expect("*");
  expect(")");
  return *size;
}

std::pair<uint8_t, int16_t> LineParser::mem() {
  expect("(");
  const Token& tok = peek();
  const Reg base = reg();
  if (base.is32) fail(tok, "a memory operand needs a 64-bit base register (rN)");
  const int16_t off = offset();
  expect(")");
  return {base.num, off};
}

void LineParser::target(Insn* insn, Fixup::Kind kind) {
  const Token& tok = peek();
  if (tok.kind == TokenKind::Ident && tok.text != "pc") {
    fixups_->push_back(Fixup{slot_, kind, std::string(tok.text), line_, tok.column});
    next();
    return;
  }
  accept("pc");
  const int64_t delta = kind == Fixup::Off16 ? integer(INT16_MIN, INT16_MAX, "jump offset")
                                             : integer(INT32_MIN, INT32_MAX, "offset");
  if (kind == Fixup::Off16) insn->off = int16_t(delta);
  else insn->imm = int32_t(delta);
}

std::vector<Insn> LineParser::parse(std::vector<std::pair<std::string, Token>>* labels) {
  while (peek().kind == TokenKind::Ident && at(":", 1) && !at_reg()) {
    labels->emplace_back(std::string(peek().text), peek());
    next();
    next();
  }
  if (peek().kind == TokenKind::End) return {};
  statement_column_ = peek().column;
  std::vector<Insn> out = statement();
  expect_end();
  return out;
}

std::vector<Insn> LineParser::statement() {
  const Token& first = peek();
  if (auto r = as_reg(first)) {
    next();
    return assignment(*r);
  }
  reject_bad_register(first);
  if (first.text == "*") return {store()};
  if (first.kind != TokenKind::Ident) fail(first, fmt::format("expected an instruction, got {}", describe(first)));
  const std::string_view word = first.text;
  next();
  if (word == "exit") return {Insn{op::JMP | op::EXIT}};
  if (word == "goto" || word == "ja") return {jump(op::JMP | op::JA, Fixup::Off16)};
  if (word == "gotol") return {jump(op::JMP32 | op::JA, Fixup::Imm32)};
  if (word == "may_goto") return {jump(op::JMP | op::JCOND, Fixup::Off16)};
  if (word == "if") return {conditional()};
  if (word == "call") return {call()};
  if (word == "callx") {
    Insn insn{op::JMP | op::CALL | op::X};
    insn.dst = reg_of_width(false, "the callx register").num;
    return {insn};
  }
  if (word == "lock") return {lock()};
  if (word == "store_release") return {store_release()};
  if (word == "ld_pseudo") return ld_pseudo();
  fail(first, fmt::format("unknown instruction '{}'", word));
}

Insn LineParser::jump(uint8_t opcode, Fixup::Kind kind) {
  Insn insn{opcode};
  target(&insn, kind);
  return insn;
}

Insn LineParser::conditional() {
  static constexpr std::pair<std::string_view, uint8_t> kConditions[] = {
      {"==", op::JEQ}, {">", op::JGT},  {">=", op::JGE},  {"&", op::JSET},  {"!=", op::JNE},  {"s>", op::JSGT},
      {"s>=", op::JSGE}, {"<", op::JLT}, {"<=", op::JLE}, {"s<", op::JSLT}, {"s<=", op::JSLE}};
  const Reg dst = reg();
  const Token& oper = peek();
  std::optional<uint8_t> code;
  for (auto [text, c] : kConditions) {
    if (oper.kind == TokenKind::Punct && oper.text == text) code = c;
  }
  if (!code) fail(oper, fmt::format("expected a comparison (==, !=, >, >=, <, <=, s>, s>=, s<, s<=, &), got {}",
                                    describe(oper)));
  next();
  Insn insn{uint8_t((dst.is32 ? op::JMP32 : op::JMP) | *code)};
  insn.dst = dst.num;
  if (at_reg()) {
    insn.opcode |= op::X;
    insn.src = reg_of_width(dst.is32, "the second operand").num;
  } else {
    insn.imm = int32_t(integer(INT32_MIN, UINT32_MAX, "immediate"));
  }
  expect("goto");
  target(&insn, Fixup::Off16);
  return insn;
}

Insn LineParser::call() {
  Insn insn{op::JMP | op::CALL};
  const Token& tok = peek();
  if (tok.kind == TokenKind::Number) {  // a bare number is a helper id
    insn.imm = int32_t(integer(INT32_MIN, UINT32_MAX, "helper id"));
    return insn;
  }
  if (at("+") || at("-") || at("pc")) {
    insn.src = op::PSEUDO_CALL;
    target(&insn, Fixup::Imm32);
    return insn;
  }
  if (tok.kind != TokenKind::Ident)
    fail(tok, fmt::format("expected a helper, function or offset, got {}", describe(tok)));
  next();
  std::string name(tok.text);
  if (name == "kernel" && at("-") && at("function", 1)) {  // the kernel's "kernel-function#id" for kfuncs
    next();
    next();
    name = "kernel-function";
  }
  if (!at("#")) {
    if (name == "kernel-function") fail(peek(), "expected '#' and the kfunc's BTF id after kernel-function");
    fixups_->push_back(Fixup{slot_, Fixup::CallByName, name, line_, tok.column});
    return insn;
  }
  next();
  const Token& id_tok = peek();
  const int32_t id = int32_t(integer(INT32_MIN, INT32_MAX, "call id"));
  insn.imm = id;
  if (name == "unknown") return insn;  // the kernel's spelling for a helper id it has no name for
  if (const int32_t named = helper_id(name, false); named >= 0) {
    if (named != id) fail(id_tok, fmt::format("helper {} has id {}, not {}", name, named, id));
    return insn;
  }
  // Any other name with an id is a kfunc, as the verifier prints it when it knows the kfunc's BTF name.
  insn.src = op::PSEUDO_KFUNC_CALL;
  if (accept("off")) insn.off = int16_t(integer(INT16_MIN, INT16_MAX, "kfunc BTF fd index"));
  return insn;
}

Insn LineParser::lock() {
  static constexpr std::pair<std::string_view, int32_t> kOps[] = {
      {"+=", op::ADD}, {"|=", op::OR}, {"&=", op::AND}, {"^=", op::XOR}};
  expect("*");
  const uint8_t size = size_cast(false, nullptr);
  const auto [base, off] = mem();
  const Token& oper = peek();
  std::optional<int32_t> imm;
  for (auto [text, value] : kOps) {
    if (oper.kind == TokenKind::Punct && oper.text == text) imm = value;
  }
  if (!imm) fail(oper, fmt::format("expected an atomic operation (+=, |=, &=, ^=), got {}", describe(oper)));
  next();
  Insn insn{uint8_t(op::STX | op::ATOMIC | size)};
  insn.dst = base;
  insn.off = off;
  insn.imm = *imm;
  insn.src = reg().num;
  return insn;
}

Insn LineParser::store() {
  expect("*");
  const uint8_t size = size_cast(false, nullptr);
  const auto [base, off] = mem();
  expect("=");
  Insn insn{uint8_t(op::MEM | size)};
  insn.dst = base;
  insn.off = off;
  if (at_reg()) {
    insn.opcode |= op::STX;
    insn.src = reg().num;
  } else {
    insn.opcode |= op::ST;
    insn.imm = int32_t(integer(INT32_MIN, UINT32_MAX, "immediate"));
  }
  return insn;
}

Insn LineParser::store_release() {
  expect("(");
  const uint8_t size = size_cast(false, nullptr);
  const auto [base, off] = mem();
  expect(",");
  Insn insn{uint8_t(op::STX | op::ATOMIC | size)};
  insn.dst = base;
  insn.off = off;
  insn.src = reg().num;
  insn.imm = op::STORE_REL;
  expect(")");
  return insn;
}

// LLVM's "ld_pseudo r1, 2, 5" (and our fourth operand, the upper imm).
std::vector<Insn> LineParser::ld_pseudo() {
  Insn insn{kLdImm64}, second{};
  insn.dst = reg_of_width(false, "the destination").num;
  expect(",");
  const Token& src_tok = peek();
  const int64_t src = integer(0, 15, "pseudo source");
  if (src == 0) fail(src_tok, "ld_pseudo needs a pseudo source 1..6; write 'rN = value ll' for a plain immediate");
  insn.src = uint8_t(src);
  expect(",");
  insn.imm = int32_t(integer(INT32_MIN, UINT32_MAX, "immediate"));
  if (accept(",")) second.imm = int32_t(integer(INT32_MIN, UINT32_MAX, "upper immediate"));
  return {insn, second};
}

}  // namespace bpfkit::asm_detail

namespace bpfkit {

Expected<std::vector<Insn>> assemble(std::string_view source) {
  using namespace asm_detail;
  std::vector<Insn> prog;
  std::vector<Fixup> fixups;
  std::map<std::string, size_t, std::less<>> labels;
  std::vector<Token> tokens;
  int line_no = 0;
  try {
    while (!source.empty()) {
      ++line_no;
      const size_t eol = source.find('\n');
      const std::string_view line = source.substr(0, eol);
      source.remove_prefix(eol == std::string_view::npos ? source.size() : eol + 1);
      int bad_column = 0;
      if (!tokenize_line(line, &tokens, &bad_column))
        return make_error(fmt::format("unexpected character '{}'", line[size_t(bad_column - 1)]))
            .at_line(line_no, bad_column);
      std::vector<std::pair<std::string, Token>> new_labels;
      LineParser parser(tokens, line_no, prog.size(), &fixups);
      const std::vector<Insn> insns = parser.parse(&new_labels);
      for (const auto& [name, tok] : new_labels) {
        if (!labels.emplace(name, prog.size()).second)
          return make_error(fmt::format("label '{}' is defined twice", name)).at_line(line_no, tok.column);
      }
      if (insns.empty()) continue;
      if (auto ok = check_insn(insns, 0); !ok)
        return make_error(ok.error().message).at_line(line_no, parser.statement_column());
      prog.insert(prog.end(), insns.begin(), insns.end());
    }
    for (const Fixup& fix : fixups) {
      Insn& insn = prog[fix.slot];
      const auto found = labels.find(fix.label);
      if (fix.kind == Fixup::CallByName) {
        if (found == labels.end()) {
          const int32_t id = helper_id(fix.label, true);
          if (id < 0)
            return make_error(fmt::format("'{}' is neither a label nor a helper name", fix.label))
                .at_line(fix.line, fix.column);
          insn.imm = id;
          continue;
        }
        insn.src = op::PSEUDO_CALL;
      }
      if (found == labels.end())
        return make_error(fmt::format("undefined label '{}'", fix.label)).at_line(fix.line, fix.column);
      const int64_t delta = int64_t(found->second) - int64_t(fix.slot) - 1;
      if (fix.kind == Fixup::Off16) {
        if (delta < INT16_MIN || delta > INT16_MAX)
          return make_error(fmt::format("label '{}' is {} instructions away, beyond a 16-bit jump offset",
                                        fix.label, delta))
              .at_line(fix.line, fix.column);
        insn.off = int16_t(delta);
      } else {
        insn.imm = int32_t(delta);
      }
    }
  } catch (Failure& failure) {
    return std::move(failure.error);
  }
  return prog;
}

}  // namespace bpfkit
