// The verifier's differential corpus (tests/verifier/): the cases, the kernel's verdict on them, and the
// recording of those verdicts (tests/verifier/expected.json).
//
// A case is one program:
//  - tests/verifier/asm/NAME.s: bpfkit's assembler syntax (asm.h), one program, header comments give its type and
//    maps (see tests/verifier/README.md); a map reference is `rN = map[fd:I] ll` with I the index of the declared
//    map, which the harness replaces with the map's fd for the kernel and keeps as the linked index for bpfkit;
//  - tests/verifier/c/FILE.bpf.c: BPF C built by clang at build time into build/bpf/verifier/FILE.o; every entry
//    program of the object is a case, named after the program (names are unique over the corpus).
//
// The kernel's answer is taken with log_level 1 and a log buffer large enough; its "error" is the last log line
// before "processed N insns ..." (nothing stripped), or the last line when there is none.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "bpfkit/error.h"
#include "bpfkit/map.h"
#include "bpfkit/object.h"
#include "bpfkit/prog_type.h"
#include "bpfkit/verifier.h"

namespace bpfkit::testing::vcorpus {

// The kernel's answer for one case.
struct Verdict {
  bool accepted = false;
  std::string error;            // the last line before "processed ..." when rejected; empty when accepted
  int err = 0;                  // positive errno of BPF_PROG_LOAD, 0 when accepted
  int64_t processed = -1;       // "processed N insns", -1 when the log has none (or the rule comes from the source)
  std::string origin;           // "live" or "kernel source rules: ..." for a case the running kernel cannot run
  std::string log;              // the whole log at the level asked (not recorded); empty when it did not fit
};

struct Case {
  std::string name;             // the gtest name: asm file stem, or the C program's name
  std::string file;             // relative to tests/verifier/
  bool is_asm = false;
  std::string object;           // C: the built object (absolute path)
  std::string prog;             // C: the program's name in the object
  std::string description;      // the first comment line
  ProgType type = ProgType::Unspec;
  uint32_t expected_attach_type = 0;
  bool privileged = true;
  bool sleepable = false;
  bool gpl = true;
  std::vector<MapSpec> maps;    // asm: the declared maps, in index order
  // asm: "// raw N: OPCODE DST SRC OFF IMM" puts that instruction at index N after assembly (N == size appends),
  // for encodings the assembler refuses to write (a bad opcode, half an LD_IMM64).
  std::vector<std::pair<size_t, Insn>> raw;
  // A case the running kernel refuses to judge (unprivileged while kernel.unprivileged_bpf_disabled != 0): the
  // verdict that kernel/bpf/verifier.c's rules give, written in the case ("// unprivileged-kernel: ...").
  std::optional<Verdict> source_rule;
  // "// processed: exact": the processed-instruction count must equal the kernel's, not only the verdict (cases
  // that test pruning).
  bool exact_processed = false;
};

// All cases, sorted by name. Duplicated names or malformed headers are an Error naming the file.
Expected<std::vector<Case>> load_cases();

// Why the live kernel cannot judge this case (no bpf(), unprivileged bpf disabled), or nullopt.
std::optional<std::string> live_unavailable(const Case& c);

// Loads the case into the running kernel and returns its verdict, with the log at log_level (1 or 2). Errors are
// failures of the harness (map creation, a broken object), not verifier rejections.
Expected<Verdict> kernel_verdict(const Case& c, int log_level = 1);

// The last log line before "processed N insns", or the last non-empty line when there is no such line.
std::string last_error_line(const std::string& log);
// N of "processed N insns", or -1.
int64_t processed_insns(const std::string& log);

// The instructions of an asm case, map references holding the declared map's index.
Expected<std::vector<Insn>> asm_insns(const Case& c);

// What bpfkit's verify() is given for the case (keeps the object alive for the BTF pointer).
struct BpfkitInput {
  std::shared_ptr<ObjectSpec> obj;
  VerifierInput input;
};
Expected<BpfkitInput> bpfkit_input(const Case& c);
// The options verify() runs the case with: the running kernel's profile at the case's privilege.
VerifyOptions bpfkit_options(const Case& c);
// Does upstream 6.18 let this program call the helper: the profile's answer for its type and, for struct_ops, its
// struct_ops type's get_func_proto for the member it fills? Only then is a kernel's "program of this type cannot
// use helper" this build lacking the helper; otherwise it is the verdict bpfkit must give.
bool upstream_has_helper(const VerifyOptions& opts, const VerifierInput& in, int32_t helper);

// tests/verifier/expected.json.
struct Recording {
  std::string kernel;                    // uname -r of the kernel that gave the live verdicts
  std::map<std::string, Verdict> cases;  // by case name
};
std::string recording_path();
Expected<Recording> read_recording(const std::string& path);
Expected<void> write_recording(const std::string& path, const Recording& r);

// tests/verifier/known_mismatches.txt: "NAME: reason" per line, '#' comments.
std::map<std::string, std::string> known_mismatches();

// tests/verifier/upstream_verdicts.txt: "NAME: accept" or "NAME: reject: MESSAGE" per line, '#' comments. Upstream
// 6.18's verdict on a case that this kernel build refuses for lacking a feature (kernel_refusal.h's rule, e.g. a
// kfunc the build refuses with EPERM): bpfkit's half is checked against it, since the live kernel cannot judge it.
std::map<std::string, Verdict> upstream_verdicts();

std::string uname_release();

}  // namespace bpfkit::testing::vcorpus
