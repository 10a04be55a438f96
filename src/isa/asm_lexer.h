// Tokens of one assembly line, shared by the assembler's parser.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace bpfkit::asm_detail {

enum class TokenKind { Ident, Number, Punct, End };

struct Token {
  TokenKind kind = TokenKind::End;
  std::string_view text;
  int column = 0;  // 1-based, in the original line
};

// Splits one source line into tokens, after removing what is not an instruction: comments (';', '//', and '#'
// at the start or after blank space, since '#' also joins a helper name to its id), a verifier-log prefix
// ("12: (bf) "), llvm-objdump's branch-target annotation (" <LBB0_3>"), and verifier register-state lines
// ("5: R1=ctx() R10=fp0"), which yield no tokens. The last token is always End.
// Returns false, with *error_column set, on a character no instruction uses.
bool tokenize_line(std::string_view line, std::vector<Token>* tokens, int* error_column);

// Value of a Number token's digits (decimal or 0x hex), or false if it does not fit in 64 bits.
bool number_value(std::string_view digits, uint64_t* value);

}  // namespace bpfkit::asm_detail
