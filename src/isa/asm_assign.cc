// The assembler's statements that start with a register: "rN = ..." (moves, loads, LD_IMM64, byte swaps,
// fetching atomics, load-acquire) and "rN op= ..." (ALU).
#include <fmt/format.h>

#include "isa/asm_parser.h"

namespace bpfkit::asm_detail {

std::vector<Insn> LineParser::assignment(Reg dst) {
  if (!at("=")) return {alu(dst)};
  next();
  const Token& first = peek();
  if (first.text == "*" && first.kind == TokenKind::Punct) return {load(dst)};
  if (first.kind == TokenKind::Number || ((at("-") || at("+")) && !at_reg(1)))
    return immediate_assignment(dst);
  if (at("-")) {  // NEG: "r1 = -r1"
    next();
    const Token& tok = peek();
    const Reg src = reg_of_width(dst.is32, "the negated register");
    if (src.num != dst.num) fail(tok, "negation works in place: write 'rN = -rN' with the same register");
    Insn insn{uint8_t((dst.is32 ? op::ALU : op::ALU64) | op::NEG | op::K)};
    insn.dst = dst.num;
    return {insn};
  }
  const uint8_t alu_class = dst.is32 ? op::ALU : op::ALU64;
  if (at("(")) {  // MOVSX: "r1 = (s8)r2"
    next();
    const Token& width_tok = peek();
    int16_t width = 0;
    if (width_tok.text == "s8") width = 8;
    else if (width_tok.text == "s16") width = 16;
    else if (width_tok.text == "s32") width = 32;
    else fail(width_tok, fmt::format("expected a sign-extension width (s8, s16, s32), got {}", describe(width_tok)));
    next();
    expect(")");
    Insn insn{uint8_t(alu_class | op::MOV | op::X)};
    insn.dst = dst.num;
    insn.off = width;
    insn.src = reg_of_width(dst.is32, "the source").num;
    return {insn};
  }
  if (at_reg()) {
    Insn insn{uint8_t(alu_class | op::MOV | op::X)};
    insn.dst = dst.num;
    insn.src = reg_of_width(dst.is32, "the source").num;
    return {insn};
  }
  reject_bad_register(first);
  if (first.kind != TokenKind::Ident) fail(first, fmt::format("unexpected {} after '='", describe(first)));
  const std::string_view word = first.text;
  next();
  if (word.starts_with("be") || word.starts_with("le") || word.starts_with("bswap"))
    return {byte_swap(dst, word, first)};
  if (word == "map" || word == "btf_id" || word == "func") return pseudo_ld_imm64(dst, word);
  return {atomic_assignment(dst, word, first)};
}

std::vector<Insn> LineParser::immediate_assignment(Reg dst) {
  const __int128 value = number("immediate");
  const Token& first = t_[pos_ - 1];  // the digits, after any sign
  const bool ll = accept("ll");
  if (dst.is32) {
    if (ll) fail(first, "a 64-bit immediate load (ll) needs a 64-bit register (rN)");
    if (value < INT32_MIN || value > UINT32_MAX) fail(first, "immediate is out of range for a 32-bit move");
    Insn insn{op::ALU | op::MOV | op::K};
    insn.dst = dst.num;
    insn.imm = int32_t(uint32_t(uint64_t(value)));
    return {insn};
  }
  if (!ll && value >= INT32_MIN && value <= UINT32_MAX) {
    Insn insn{op::ALU64 | op::MOV | op::K};
    insn.dst = dst.num;
    insn.imm = int32_t(uint32_t(uint64_t(value)));
    return {insn};
  }
  if (value < INT64_MIN || value > __int128(UINT64_MAX)) fail(first, "immediate does not fit in 64 bits");
  const uint64_t bits = uint64_t(value);
  Insn insn{kLdImm64}, second{};
  insn.dst = dst.num;
  insn.imm = int32_t(uint32_t(bits));
  second.imm = int32_t(uint32_t(bits >> 32));
  return {insn, second};
}

Insn LineParser::load(Reg dst) {
  expect("*");
  bool is_signed = false;
  const uint8_t size = size_cast(true, &is_signed);
  if (at("skb")) {  // legacy packet access: LD_ABS "skb[imm]", LD_IND "skb[rN]" / "skb[rN + imm]"
    const Token& skb = next();
    if (is_signed) fail(skb, "packet loads are unsigned");
    if (dst.num != 0) fail(skb, "packet loads (skb[...]) always load into r0");
    expect("[");
    Insn insn{uint8_t(op::LD | size)};
    if (at_reg()) {
      insn.opcode |= op::IND;
      insn.src = reg_of_width(false, "the packet offset register").num;
      if (at("+") || at("-")) insn.imm = int32_t(integer(INT32_MIN, UINT32_MAX, "packet offset"));
    } else {
      insn.opcode |= op::ABS;
      insn.imm = int32_t(integer(INT32_MIN, UINT32_MAX, "packet offset"));
    }
    expect("]");
    return insn;
  }
  const auto [base, off] = mem();
  Insn insn{uint8_t(op::LDX | (is_signed ? op::MEMSX : op::MEM) | size)};
  insn.dst = dst.num;
  insn.src = base;
  insn.off = off;
  return insn;
}

Insn LineParser::byte_swap(Reg dst, std::string_view kind, const Token& where) {
  Insn insn{};
  std::string_view width;
  if (kind.starts_with("bswap")) {
    insn.opcode = op::ALU64 | op::END | op::TO_LE;
    width = kind.substr(5);
  } else {
    insn.opcode = uint8_t(op::ALU | op::END | (kind.starts_with("be") ? op::TO_BE : op::TO_LE));
    width = kind.substr(2);
  }
  if (width == "16") insn.imm = 16;
  else if (width == "32") insn.imm = 32;
  else if (width == "64") insn.imm = 64;
  else fail(where, fmt::format("unknown operation '{}' (byte swaps are be16/32/64, le16/32/64, bswap16/32/64)", kind));
  insn.dst = dst.num;
  const Token& tok = peek();
  if (reg().num != dst.num) fail(tok, "a byte swap works in place: write 'rN = be16 rN' with the same register");
  return insn;
}

// "rN = xchg_64(r1 + 8, rN)", "rN = atomic64_fetch_add((u64 *)(r1 +8), rN)", "r0 = cmpxchg_64(...)",
// "rN = load_acquire((u64 *)(r1 + 0))".
Insn LineParser::atomic_assignment(Reg dst, std::string_view name, const Token& where) {
  static constexpr std::pair<std::string_view, int32_t> kFetch[] = {
      {"fetch_add", op::ADD | op::FETCH}, {"fetch_or", op::OR | op::FETCH}, {"fetch_and", op::AND | op::FETCH},
      {"fetch_xor", op::XOR | op::FETCH}, {"xchg", op::XCHG}, {"cmpxchg", op::CMPXCHG}};
  Insn insn{uint8_t(op::STX | op::ATOMIC)};
  if (name == "load_acquire") {
    expect("(");
    insn.opcode |= size_cast(false, nullptr);
    const auto [base, off] = mem();
    expect(")");
    insn.dst = dst.num;
    insn.src = base;
    insn.off = off;
    insn.imm = op::LOAD_ACQ;
    return insn;
  }
  // LLVM: xchg_64, xchg32_32, cmpxchg_64, cmpxchg32_32 with a bare "rN + off" address.
  // Kernel: atomic[64]_{fetch_op,xchg,cmpxchg} with a "(uNN *)(rN +off)" operand; LLVM also uses atomic_fetch_op.
  std::string_view op_name = name;
  int forced_size = -1;
  bool llvm_address = false;
  if (name.ends_with("_64") || name.ends_with("32_32")) {
    forced_size = name.ends_with("_64") ? op::DW : op::W;
    op_name = name.substr(0, name.size() - (name.ends_with("_64") ? 3 : 5));
    llvm_address = true;
  } else if (name.starts_with("atomic64_")) {
    forced_size = op::DW;
    op_name = name.substr(9);
  } else if (name.starts_with("atomic_")) {
    op_name = name.substr(7);
  } else {
    fail(where, fmt::format("unknown operation '{}'", name));
  }
  std::optional<int32_t> imm;
  for (auto [text, value] : kFetch) {
    if (op_name == text) imm = value;
  }
  if (imm && llvm_address && *imm != op::XCHG && *imm != op::CMPXCHG) imm.reset();
  if (!imm) fail(where, fmt::format("unknown operation '{}'", name));
  insn.imm = *imm;
  expect("(");
  const Token& size_tok = peek();
  if (llvm_address) {
    insn.opcode |= uint8_t(forced_size);
    const Token& base_tok = peek();
    const Reg base = reg();
    if (base.is32) fail(base_tok, "a memory operand needs a 64-bit base register (rN)");
    insn.dst = base.num;
    insn.off = offset();
  } else {
    const uint8_t size = size_cast(false, nullptr);
    if (forced_size >= 0 && size != forced_size) fail(size_tok, fmt::format("{} operates on u64", name));
    insn.opcode |= size;
    const auto [base, off] = mem();
    insn.dst = base;
    insn.off = off;
  }
  expect(",");
  if (insn.imm == op::CMPXCHG) {
    const Token& r0_tok = peek();
    if (reg().num != 0) fail(r0_tok, "cmpxchg compares with r0: write 'r0 = cmpxchg(..., r0, rN)'");
    expect(",");
    if (dst.num != 0) fail(where, "cmpxchg loads the old value into r0");
  }
  const Token& src_tok = peek();
  insn.src = reg().num;
  if (insn.imm != op::CMPXCHG && insn.src != dst.num)
    fail(src_tok,
         fmt::format("{} returns the old value in its operand register: write 'rN = {}(..., rN)'", name, name));
  expect(")");
  return insn;
}

std::vector<Insn> LineParser::pseudo_ld_imm64(Reg dst, std::string_view kind) {
  if (dst.is32) fail(peek(), "a 64-bit load needs a 64-bit register (rN)");
  Insn insn{kLdImm64}, second{};
  insn.dst = dst.num;
  expect("[");
  if (kind == "btf_id") {
    insn.src = op::PSEUDO_BTF_ID;
    insn.imm = int32_t(integer(INT32_MIN, UINT32_MAX, "BTF id"));
    expect("]");
    return {insn, second};
  }
  if (kind == "func") {
    insn.src = op::PSEUDO_FUNC;
    target(&insn, Fixup::Imm32);
    expect("]");
    return {insn, second};
  }
  // "map[fd:N]", "map[idx:N]", then "[0]+off" for a pointer into the map's value.
  const Token& key = peek();
  const bool by_fd = key.text == "fd";
  if (!by_fd && key.text != "idx") fail(key, fmt::format("expected 'fd' or 'idx', got {}", describe(key)));
  next();
  expect(":");
  insn.imm = int32_t(integer(INT32_MIN, UINT32_MAX, by_fd ? "map fd" : "map index"));
  expect("]");
  if (accept("[")) {
    const Token& zero = peek();
    if (integer(0, 0, "element") != 0) fail(zero, "expected [0]");
    expect("]");
    expect("+");
    second.imm = int32_t(integer(INT32_MIN, UINT32_MAX, "value offset"));
    insn.src = by_fd ? op::PSEUDO_MAP_VALUE : op::PSEUDO_MAP_IDX_VALUE;
  } else {
    insn.src = by_fd ? op::PSEUDO_MAP_FD : op::PSEUDO_MAP_IDX;
  }
  return {insn, second};
}

Insn LineParser::alu(Reg dst) {
  static constexpr std::pair<std::string_view, std::pair<uint8_t, int16_t>> kOps[] = {
      {"+=", {op::ADD, 0}},  {"-=", {op::SUB, 0}},  {"*=", {op::MUL, 0}},   {"/=", {op::DIV, 0}},
      {"|=", {op::OR, 0}},   {"&=", {op::AND, 0}},  {"<<=", {op::LSH, 0}},  {">>=", {op::RSH, 0}},
      {"%=", {op::MOD, 0}},  {"^=", {op::XOR, 0}},  {"s>>=", {op::ARSH, 0}}, {"s/=", {op::DIV, 1}},
      {"s%=", {op::MOD, 1}}};
  const Token& oper = peek();
  std::optional<std::pair<uint8_t, int16_t>> code;
  for (auto [text, c] : kOps) {
    if (oper.kind == TokenKind::Punct && oper.text == text) code = c;
  }
  if (!code) fail(oper, fmt::format("expected '=' or an ALU operator (+=, -=, *=, /=, %=, s/=, s%=, |=, &=, ^=, "
                                    "<<=, >>=, s>>=), got {}", describe(oper)));
  next();
  Insn insn{uint8_t((dst.is32 ? op::ALU : op::ALU64) | code->first)};
  insn.dst = dst.num;
  insn.off = code->second;
  if (at_reg()) {
    insn.opcode |= op::X;
    insn.src = reg_of_width(dst.is32, "the source").num;
  } else {
    insn.imm = int32_t(integer(INT32_MIN, UINT32_MAX, "immediate"));
  }
  return insn;
}

}  // namespace bpfkit::asm_detail
