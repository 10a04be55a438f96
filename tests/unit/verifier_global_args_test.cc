// A call to a global function checks the caller's arguments against the callee's BTF prototype
// (btf_check_subprog_call), and the stack memory it passes is read there: the level-2 liveness lines mark those
// slots live at the call, as the running kernel (6.18.44-fc-v1300, log_level 2) printed for the same objects.
// The verdicts and messages of the argument checks are in the verifier corpus (tests/verifier/c/global_args.bpf.c).
#include <gtest/gtest.h>

#include <sstream>
#include <string>

#include "bpfkit/verifier.h"
#include "support/verify_object.h"

namespace bpfkit {
namespace {

std::string liveness_lines(const std::string& log, size_t max_lines) {
  std::istringstream in(log);
  std::string line, out;
  size_t n = 0;
  while (n < max_lines && std::getline(in, line))
    if (!line.empty() && line[0] == '(') {
      out += line + "\n";
      n++;
    }
  return out;
}

VerifyResult verify_level2(const std::string& object, const std::string& prog) {
  return testing::verify_object_program(std::string(BPFKIT_BINARY_DIR "/bpf/") + object, prog, 2);
}

// &x passed to global_deref(int *) is read at the call (insn 4), so fp-8 is live from the program's start.
TEST(VerifierGlobalArgs, StackPassedToAGlobalFunctionIsReadAtTheCall) {
  const VerifyResult r = verify_level2("verifier/global_funcs.o", "c_global_unchecked_ptr_arg");
  EXPECT_FALSE(r.accepted);
  EXPECT_EQ(liveness_lines(r.log, 100),
            "(0) frame 0 insn 4 +live -8 \n"
            "(0) frame 0 insn 0 +live -8 \n"
            "(0) live stack update done in 2 iterations\n");
}

// The syscall program's calls pass stack buffers to global functions: the main frame's and the first global
// function's first lines, which lacked the reads at the calls (insns 50, 46, 131, 75, 74).
TEST(VerifierGlobalArgs, DeepCallsLivenessMatchesTheKernel) {
  const VerifyResult r = verify_level2("sys_bpf2bpf.o", "deep_calls");
  EXPECT_TRUE(r.accepted) << r.error;
  EXPECT_EQ(liveness_lines(r.log, 10),
            "(0) frame 0 insn 50 +live -8,-16 \n"
            "(0) frame 0 insn 46 +live -8 \n"
            "(0) frame 0 insn 46 +written -16 \n"
            "(0) frame 0 insn 31 +written -8,-16 \n"
            "(0) frame 0 insn 0 +written -8,-16 \n"
            "(0) live stack update done in 2 iterations\n"
            "(74) frame 0 insn 131 +live -8,-16 \n"
            "(74) frame 0 insn 75 +live -8,-16 \n"
            "(74) frame 0 insn 74 +live -8,-16 \n"
            "(74) live stack update done in 2 iterations\n");
}

// At level 2 the call says the callee is taken as valid, and the callee's own verification is announced by name.
TEST(VerifierGlobalArgs, LogNamesTheGlobalFunction) {
  const VerifyResult r = verify_level2("verifier/global_funcs.o", "c_global_checked_ptr_arg_ok");
  ASSERT_TRUE(r.accepted) << r.error;
  EXPECT_NE(r.log.find("Func#1 ('global_checked') is global and assumed valid.\n"), std::string::npos) << r.log;
  EXPECT_NE(r.log.find("Validating global_checked() func#1...\n"), std::string::npos) << r.log;
  EXPECT_NE(r.log.find("Func#1 ('global_checked') is safe for any args that match its prototype\n"),
            std::string::npos)
      << r.log;
}

}  // namespace
}  // namespace bpfkit
