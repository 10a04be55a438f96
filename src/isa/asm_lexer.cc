// Lexer for the assembler: comments, log prefixes and annotations off, then identifiers, numbers and operators.
#include "isa/asm_lexer.h"

#include <array>
#include <cctype>

namespace bpfkit::asm_detail {
namespace {

bool is_ident_start(char c) { return std::isalpha(uint8_t(c)) || c == '_' || c == '.'; }
bool is_ident_char(char c) { return std::isalnum(uint8_t(c)) || c == '_' || c == '.'; }
bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\v' || c == '\f'; }

// Operators, longest first so that "<<=" wins over "<<" and "<".
constexpr std::array<std::string_view, 35> kOperators = {
    "s>>=", "<<=", ">>=", "s/=", "s%=", "s>=", "s<=", "s>", "s<", "+=", "-=", "*=", "/=", "|=", "&=", "%=", "^=", "==",
    "!=",   ">=",  "<=",  "=",   ">",   "<",   "&",   "*",  "(",  ")",  "[",  "]",  ",",  "+",  "-",  ":",  "#"};

// Length of the text before a comment.
size_t code_length(std::string_view line) {
  for (size_t i = 0; i < line.size(); ++i) {
    const char c = line[i];
    if (c == ';') return i;
    if (c == '/' && i + 1 < line.size() && line[i + 1] == '/') return i;
    if (c == '#' && (i == 0 || is_blank(line[i - 1]))) return i;
  }
  return line.size();
}

size_t skip_blanks(std::string_view s, size_t i) {
  while (i < s.size() && is_blank(s[i])) ++i;
  return i;
}

// Start of the instruction after a verifier-log prefix "12: " or "12: (bf) ", or 0 if there is none.
size_t after_log_prefix(std::string_view s, bool* has_opcode) {
  size_t i = skip_blanks(s, 0);
  const size_t digits = i;
  while (i < s.size() && std::isdigit(uint8_t(s[i]))) ++i;
  if (i == digits || i >= s.size() || s[i] != ':') return 0;
  i = skip_blanks(s, i + 1);
  *has_opcode = false;
  if (i + 4 <= s.size() && s[i] == '(' && std::isxdigit(uint8_t(s[i + 1])) && std::isxdigit(uint8_t(s[i + 2])) &&
      s[i + 3] == ')') {
    *has_opcode = true;
    i = skip_blanks(s, i + 4);
  }
  return i;
}

// Length without a trailing " <symbol+0x18>" that llvm-objdump appends to branch targets.
size_t without_annotation(std::string_view s, size_t end) {
  size_t e = end;
  while (e > 0 && is_blank(s[e - 1])) --e;
  if (e == 0 || s[e - 1] != '>') return end;
  size_t open = e - 1;
  while (open > 0 && s[open - 1] != '<' && !is_blank(s[open - 1]) && s[open - 1] != '>') --open;
  if (open == 0 || s[open - 1] != '<' || open == e - 1) return end;
  --open;  // at '<'
  if (open == 0 || !is_blank(s[open - 1])) return end;
  return open;
}

}  // namespace

bool tokenize_line(std::string_view line, std::vector<Token>* tokens, int* error_column) {
  tokens->clear();
  size_t end = code_length(line);
  bool has_opcode = false;
  size_t i = after_log_prefix(line.substr(0, end), &has_opcode);
  if (i > 0 && !has_opcode && i + 1 < end && line[i] == 'R' && std::isdigit(uint8_t(line[i + 1]))) {
    tokens->push_back(Token{TokenKind::End, {}, int(i) + 1});  // register state, not an instruction
    return true;
  }
  end = without_annotation(line, end);
  while (true) {
    i = skip_blanks(line, i);
    if (i >= end) break;
    const char c = line[i];
    const size_t start = i;
    TokenKind kind;
    if (c == 's' && i + 1 < end && (line[i + 1] == '<' || line[i + 1] == '>' || line[i + 1] == '/' ||
                                    line[i + 1] == '%')) {
      kind = TokenKind::Punct;  // the signed operators s>, s>=, s<, s<=, s>>=, s/=, s%=
    } else if (is_ident_start(c)) {
      while (i < end && is_ident_char(line[i])) ++i;
      tokens->push_back(Token{TokenKind::Ident, line.substr(start, i - start), int(start) + 1});
      continue;
    } else if (std::isdigit(uint8_t(c))) {
      while (i < end && std::isalnum(uint8_t(line[i]))) ++i;
      tokens->push_back(Token{TokenKind::Number, line.substr(start, i - start), int(start) + 1});
      continue;
    } else {
      kind = TokenKind::Punct;
    }
    bool matched = false;
    for (std::string_view oper : kOperators) {
      if (line.substr(i, end - i).starts_with(oper)) {
        tokens->push_back(Token{kind, line.substr(i, oper.size()), int(i) + 1});
        i += oper.size();
        matched = true;
        break;
      }
    }
    if (!matched) {
      *error_column = int(i) + 1;
      return false;
    }
  }
  tokens->push_back(Token{TokenKind::End, {}, int(end) + 1});
  return true;
}

bool number_value(std::string_view digits, uint64_t* value) {
  unsigned base = 10;
  if (digits.size() > 2 && digits[0] == '0' && (digits[1] == 'x' || digits[1] == 'X')) {
    base = 16;
    digits.remove_prefix(2);
  }
  if (digits.empty()) return false;
  uint64_t v = 0;
  for (char c : digits) {
    unsigned d;
    if (c >= '0' && c <= '9') d = unsigned(c - '0');
    else if (base == 16 && c >= 'a' && c <= 'f') d = unsigned(c - 'a' + 10);
    else if (base == 16 && c >= 'A' && c <= 'F') d = unsigned(c - 'A' + 10);
    else return false;
    if (v > (UINT64_MAX - d) / base) return false;
    v = v * base + d;
  }
  *value = v;
  return true;
}

}  // namespace bpfkit::asm_detail
