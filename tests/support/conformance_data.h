// The conformance corpus: hand-written cases in tests/conformance/data/*.data.
//
// Format (one file holds many cases; lines before the first case and lines starting with '#' outside -- asm are
// comments):
//
//   == sdiv64 INT64_MIN / -1          case title; the gtest name is <file stem>_<title with non-alnum as '_'>
//   -- asm                            program text, llvm-objdump spelling (bpfkit::assemble)
//   r0 = ...
//   -- mem                            optional: hex bytes of the memory R1 points at (R2 = its length)
//   00 11 22 33
//   -- result                         the full 64-bit R0: 0x..., decimal, or negative decimal (two's complement)
//   -- mem-after                      optional: memory after the run; without it memory must be unchanged
//   -- error                          instead of result: substring of the expected bpfkit error
//   -- kernel-rejects                 optional: the kernel verifier refuses the program
//   why: constant division by zero      (why it is refused)
//   log: div by zero                    (substring of the verifier log)
//
// A case with -- error must also have -- kernel-rejects: a program that fails at run time in bpfkit is one the
// kernel verifier must refuse.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "bpfkit/insn.h"

namespace bpfkit::testing {

struct KernelReject {
  std::string why;
  std::string log;  // substring of the verifier log
};

struct ConformanceCase {
  std::string name;   // unique gtest-safe name
  std::string title;  // as written after "=="
  std::string file;   // file name, for messages
  int line = 0;       // line of the "==" header
  std::string asm_text;
  int asm_line = 0;   // file line of the first asm line, to map assembler errors back to the file
  std::vector<uint8_t> mem;
  std::optional<uint64_t> result;
  std::optional<std::vector<uint8_t>> mem_after;
  std::optional<std::string> error;
  std::optional<KernelReject> kernel_rejects;

  // "file:line: title", for failure messages.
  std::string where() const;
};

struct ParsedFile {
  std::string file;
  std::vector<ConformanceCase> cases;
  std::vector<std::string> errors;  // "file:line: message" for each malformed case or line
};

// Parses the text of one .data file. Malformed cases are reported in errors and left out of cases.
ParsedFile parse_conformance(std::string_view text, std::string_view file_name);

struct Corpus {
  std::vector<ParsedFile> files;
  std::vector<std::string> errors;  // file-level problems (unreadable file, no files, duplicate names)
  std::vector<ConformanceCase> all_cases() const;
};

// Reads every tests/conformance/data/*.data (sorted by name) and checks that case names are unique.
Corpus load_corpus();

// What bpfkit makes of a case: assemble, Program::load, run in raw mode (R1 = mem, R2 = its length, mem is also
// the LD_ABS packet) with a loop limit. The first failing step sets its error and stops.
struct BpfkitOutcome {
  std::optional<std::string> asm_error;
  std::optional<std::string> load_error;
  std::optional<std::string> run_error;
  std::vector<Insn> insns;
  uint64_t r0 = 0;
  std::vector<uint8_t> mem_after;

  // The error of the failing step (load or run), if any.
  std::optional<std::string> error() const { return load_error ? load_error : run_error; }
};

// Backward jumps plus calls allowed per run: far above any case that ends, so only runaway loops hit it.
inline constexpr uint64_t kLoopLimit = 1 << 22;

BpfkitOutcome run_in_bpfkit(const ConformanceCase& c);

// Parses "0x..", decimal, or "-decimal" into a 64-bit value.
std::optional<uint64_t> parse_u64(std::string_view text);

// Hex bytes separated by whitespace; nullopt on anything else.
std::optional<std::vector<uint8_t>> parse_hex_bytes(std::string_view text);

// "00 11 22", for messages.
std::string hex_bytes(const std::vector<uint8_t>& bytes);

}  // namespace bpfkit::testing
