// A structured generator of random, mostly well-formed BPF programs for the verifier's soundness checks.
//
// Random bytes (a libFuzzer input, or a seed expanded by splitmix64) drive a generator that emits whole idioms
// rather than raw instructions: ALU on scalars, stack stores, loads and pointer spills, context loads, map lookups
// with and without the null check and with in- and out-of-bounds value accesses, packet accesses with and without
// (or with an off-by-one) bounds check, forward branches, bounded loops, helper calls, LD_ABS, ring buffer
// records (reserve, stores, submit or discard) and static subprograms that write through a pointer into the
// caller's stack. Most programs are
// close to ones the kernel accepts, so the verifier's accept path is exercised, and the small mistakes the idioms
// make on purpose (a missing check, one byte too far) are the ones a verifier must catch.
//
// check_soundness() verifies a program with bpfkit's verifier and runs every accepted one in the userspace
// interpreter (test-run with a small packet and a loop budget), where every memory access is checked. A runtime
// fault of an accepted program is a soundness finding.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "bpfkit/insn.h"
#include "bpfkit/map.h"
#include "bpfkit/prog_type.h"
#include "bpfkit/verifier.h"

namespace bpfkit::vgen {

struct GeneratedProgram {
  ProgType type = ProgType::Xdp;
  bool privileged = true;
  // Map references are LD_IMM64 with src BPF_PSEUDO_MAP_FD and imm the index into maps (as verify() takes them).
  std::vector<Insn> insns;
  std::vector<MapSpec> maps;
  std::vector<uint8_t> packet;  // data_in of the test run
  std::vector<uint32_t> func_starts;  // the first instruction of each function (0: the main program)
  // Loaded with BTF func_info (a static FUNC per function), as clang's objects are; without it the kernel refuses
  // callbacks ("missing btf func_info") and LD_ABS or tail calls in subprograms.
  bool btf_func_info = false;
};

// The program the bytes describe. Never fails: missing bytes read as zero.
GeneratedProgram generate(std::span<const uint8_t> data);
// The program of a seed (its bytes expanded by splitmix64).
GeneratedProgram generate_from_seed(uint64_t seed);

// What verify() is given for the program: its instructions, maps, GPL and func_info when it has BTF.
VerifierInput verifier_input(const GeneratedProgram& prog);
// Verifies the program with the kernel 6.18 profile at the program's privilege, at log level `log_level`.
VerifyResult verify_generated(const GeneratedProgram& prog, uint32_t log_level = 0);

// The raw BTF (.BTF section format) of the program's functions when btf_func_info: type 1 int, 2 a FUNC_PROTO
// returning it, 3 + k the static FUNC "fk" of function k (what func_info's type_id names).
std::vector<uint8_t> func_info_btf(const GeneratedProgram& prog);

struct SoundnessOutcome {
  VerifyResult verdict;
  bool ran = false;             // accepted and run in the interpreter
  bool finding = false;         // accepted, and the runtime faulted (or refused to load it)
  std::string runtime_error;    // the runtime's error when finding
  uint64_t retval = 0;
};

// Verifies prog and, if accepted, runs it once in the interpreter with every memory access checked.
SoundnessOutcome check_soundness(const GeneratedProgram& prog);

// The program as a verifier corpus case (tests/verifier/README.md's asm format: header comments, then the
// instructions in bpfkit's assembler syntax), with `description` as its first line.
std::string to_corpus_asm(const GeneratedProgram& prog, const std::string& description);

// bpftool's name of the program's type, as the corpus headers spell it.
const char* type_name(const GeneratedProgram& prog);

}  // namespace bpfkit::vgen
