// The assembler's line parser, shared by asm.cc (control flow, stores, atomics) and asm_assign.cc (statements
// that start with "rN =" or "rN op=").
#pragma once

#include <algorithm>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <fmt/format.h>

#include "bpfkit/error.h"
#include "bpfkit/insn.h"
#include "isa/asm_lexer.h"

namespace bpfkit::asm_detail {

struct Reg {
  uint8_t num = 0;
  bool is32 = false;  // written as wN
};

// A jump or call whose target is a label, patched once all labels are known.
struct Fixup {
  size_t slot;
  enum Kind { Off16, Imm32, CallByName } kind;
  std::string label;
  int line, column;
};

// Thrown by the parser on the first error and caught in assemble(), which returns it; it never leaves the library.
// Unwinding keeps the recursive-descent code free of error plumbing on every token.
struct Failure {
  Error error;
};

// The helper id for a kernel helper name ("bpf_map_lookup_elem"; with allow_short also "map_lookup_elem"), or -1.
int32_t helper_id(std::string_view name, bool allow_short);

class LineParser {
 public:
  LineParser(const std::vector<Token>& tokens, int line, size_t slot, std::vector<Fixup>* fixups)
      : t_(tokens), line_(line), slot_(slot), fixups_(fixups) {}

  // The instruction (one Insn, or two for LD_IMM64), or nothing for a line with only labels.
  std::vector<Insn> parse(std::vector<std::pair<std::string, Token>>* labels);

  // Column where the instruction (after any labels) starts, for errors about the instruction as a whole.
  int statement_column() const { return statement_column_; }

 private:
  const Token& peek(size_t ahead = 0) const { return t_[std::min(pos_ + ahead, t_.size() - 1)]; }
  const Token& next() {
    const Token& tok = peek();
    if (pos_ + 1 < t_.size()) ++pos_;
    return tok;
  }
  bool at(std::string_view text, size_t ahead = 0) const {
    const Token& tok = peek(ahead);
    return tok.kind != TokenKind::End && tok.text == text;
  }
  bool accept(std::string_view text) {
    if (!at(text)) return false;
    next();
    return true;
  }

  [[noreturn]] void fail(const Token& tok, std::string message) const {
    throw Failure{make_error(std::move(message)).at_line(line_, tok.column)};
  }
  static std::string describe(const Token& tok) {
    return tok.kind == TokenKind::End ? "end of line" : fmt::format("'{}'", tok.text);
  }
  void expect(std::string_view text) {
    if (!accept(text)) fail(peek(), fmt::format("expected '{}', got {}", text, describe(peek())));
  }
  void expect_end() {
    if (peek().kind != TokenKind::End)
      fail(peek(), fmt::format("unexpected {} after the instruction", describe(peek())));
  }

  static std::optional<Reg> as_reg(const Token& tok);
  bool at_reg(size_t ahead = 0) const { return bool(as_reg(peek(ahead))); }
  void reject_bad_register(const Token& tok) const;  // "r11", "w12": register-shaped but out of range
  Reg reg();
  Reg reg_of_width(bool is32, const char* what);
  __int128 number(const char* what);                            // [+|-] digits
  int64_t integer(int64_t min, int64_t max, const char* what);  // number() within [min, max]
  int16_t offset();                                             // after a register: [(+|-) number]
  uint8_t size_cast(bool allow_signed, bool* is_signed);        // "(u32 *)"
  std::pair<uint8_t, int16_t> mem();                            // "(r1 + 4)"
  void target(Insn* insn, Fixup::Kind kind);                    // "+3", "pc-2", "label"

  std::vector<Insn> statement();
  Insn jump(uint8_t opcode, Fixup::Kind kind);
  Insn conditional();
  Insn call();
  Insn lock();
  Insn store();
  Insn store_release();
  std::vector<Insn> ld_pseudo();
  std::vector<Insn> assignment(Reg dst);
  std::vector<Insn> immediate_assignment(Reg dst);
  Insn load(Reg dst);
  Insn byte_swap(Reg dst, std::string_view kind, const Token& where);
  Insn atomic_assignment(Reg dst, std::string_view name, const Token& where);
  std::vector<Insn> pseudo_ld_imm64(Reg dst, std::string_view kind);
  Insn alu(Reg dst);

  const std::vector<Token>& t_;
  size_t pos_ = 0;
  int statement_column_ = 1;
  int line_;
  size_t slot_;
  std::vector<Fixup>* fixups_;
};

}  // namespace bpfkit::asm_detail
