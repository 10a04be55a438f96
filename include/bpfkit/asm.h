// Assembler: text to instructions.
//
// Accepts both spellings the disassembler prints (llvm-objdump's and the verifier log's), mixed freely, one
// instruction per line. Labels are optional: "name:" defines one, and a jump or pseudo call may name a label instead
// of a relative offset. Comments start with ';', '#' or '//'. A verifier-log prefix "12: (bf) " is ignored, so a
// pasted verifier log assembles. For every encoding check_insn accepts, assemble(disassemble(x)) == x.
#pragma once

#include <string_view>
#include <vector>

#include "bpfkit/error.h"
#include "bpfkit/insn.h"

namespace bpfkit {

// Errors carry line and column (Error::line, Error::column) of the offending token.
Expected<std::vector<Insn>> assemble(std::string_view source);

}  // namespace bpfkit
