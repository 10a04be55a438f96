// "arg:" decl tags on global functions' parameters (btf_prepare_func_args, 6.8+): what the log says before the
// verdict's last line, how the tagged argument is typed when the function is verified on its own, and the
// explanation. The verdicts and last lines, recorded from the running kernel, are in the verifier corpus
// (tests/verifier/c/global_arg_tags.bpf.c).
#include <gtest/gtest.h>

#include <string>

#include "bpfkit/verifier.h"
#include "support/verify_object.h"

namespace bpfkit {
namespace {

VerifyResult verify_prog(const std::string& prog, int log_level) {
  return testing::verify_object_program(BPFKIT_BINARY_DIR "/bpf/verifier/global_arg_tags.o", prog, uint32_t(log_level));
}

size_t count(const std::string& hay, const std::string& needle) {
  size_t n = 0;
  for (size_t at = hay.find(needle); at != std::string::npos; at = hay.find(needle, at + 1)) n++;
  return n;
}

// The refusal's reason is the line before "Caller passes invalid args", which is the verdict's last line.
TEST(VerifierArgTags, TheReasonPrecedesTheCallersRefusal) {
  const VerifyResult r = verify_prog("c_argtag_nullable_mem", 1);
  EXPECT_FALSE(r.accepted);
  EXPECT_EQ(r.error, "Caller passes invalid args into func#1 ('at_nullable_mem')");
  EXPECT_NE(r.log.find("arg#0 has invalid combination of tags\n"
                       "Caller passes invalid args into func#1 ('at_nullable_mem')\n"),
            std::string::npos)
      << r.log;
}

TEST(VerifierArgTags, NonnullArgumentRefusesAMaybeNullPointer) {
  const VerifyResult r = verify_prog("c_argtag_nonnull_maybe_null", 1);
  EXPECT_FALSE(r.accepted);
  EXPECT_NE(r.log.find("arg#0 is expected to be non-NULL\nCaller passes invalid args into func#1 ('at_nonnull')\n"),
            std::string::npos)
      << r.log;
  // the explanation is the reason's, which names the tag
  EXPECT_NE(r.explanation.find("__arg_nonnull"), std::string::npos) << r.explanation;
}

// A nonnull argument needs no NULL check in the function; an untagged pointer does.
TEST(VerifierArgTags, NonnullArgumentIsVerifiedAsNotNull) {
  EXPECT_TRUE(verify_prog("c_argtag_nonnull_ok", 0).accepted);
  const VerifyResult r = verify_prog("c_argtag_void_untagged", 1);
  EXPECT_FALSE(r.accepted);
  EXPECT_NE(r.log.find("arg#0 reference type('UNKNOWN ') size cannot be determined: -22\n"), std::string::npos)
      << r.log;
}

TEST(VerifierArgTags, CtxTagOnAnotherProgramTypesStruct) {
  const VerifyResult r = verify_prog("c_argtag_ctx_wrong_struct", 1);
  EXPECT_FALSE(r.accepted);
  EXPECT_NE(r.log.find("arg#0 should be `struct xdp_md *`\n"), std::string::npos) << r.log;
  EXPECT_NE(r.explanation.find("void *ctx __arg_ctx"), std::string::npos) << r.explanation;
}

// A trusted argument is a trusted BTF pointer in the function, NULL-able only with __arg_nullable.
TEST(VerifierArgTags, TrustedArgumentIsATrustedBtfPointer) {
  const VerifyResult ok = verify_prog("c_argtag_trusted_ok", 2);
  ASSERT_TRUE(ok.accepted) << ok.error;
  const size_t at = ok.log.find("Validating at_trusted() func#1...\n");
  ASSERT_NE(at, std::string::npos) << ok.log;
  EXPECT_NE(ok.log.find("R1=trusted_ptr_task_struct(", at), std::string::npos) << ok.log;

  const VerifyResult deref = verify_prog("c_argtag_trusted_nullable_deref", 1);
  EXPECT_FALSE(deref.accepted);
  EXPECT_EQ(deref.error, "R1 invalid mem access 'trusted_ptr_or_null_'");
  EXPECT_NE(deref.explanation.find("NULL"), std::string::npos) << deref.explanation;

  // NULL where the argument is not __arg_nullable: the register is not trusted (the running kernel's line)
  const VerifyResult null = verify_prog("c_argtag_trusted_null", 1);
  EXPECT_FALSE(null.accepted);
  EXPECT_NE(null.log.find("R1 must be referenced or trusted\nCaller passes invalid args into func#1 ('at_trusted')\n"),
            std::string::npos)
      << null.log;
  // a trusted task where a file is expected
  const VerifyResult file = verify_prog("c_argtag_trusted_wrong_struct", 1);
  EXPECT_FALSE(file.accepted);
  EXPECT_NE(file.log.find("R1 is of type task_struct but file is expected\n"), std::string::npos) << file.log;
  // a name the kernel's BTF does not have
  const VerifyResult local = verify_prog("c_argtag_trusted_no_match", 1);
  EXPECT_NE(local.log.find("arg#0 reference type('STRUCT argtag_local_thing') has no matches\n"), std::string::npos)
      << local.log;
}

// A known NULL is refused where the argument is __arg_nonnull, as the running kernel does.
TEST(VerifierArgTags, NonnullArgumentRefusesNull) {
  const VerifyResult r = verify_prog("c_argtag_nonnull_null", 1);
  EXPECT_FALSE(r.accepted);
  EXPECT_NE(r.log.find("arg#0 is expected to be non-NULL\n"), std::string::npos) << r.log;
}

// do_check_common runs btf_prepare_func_args on the main program too: a `void *ctx` has no size, which is only
// logged, first.
TEST(VerifierArgTags, MainProgramVoidCtxIsLogged) {
  const VerifyResult r = verify_prog("c_argtag_trusted_null", 1);
  EXPECT_FALSE(r.accepted);
  EXPECT_EQ(r.log.rfind("arg#0 reference type('UNKNOWN ') size cannot be determined: -22\n", 0), 0u) << r.log;
  const VerifyResult tc = verify_prog("c_argtag_ctx_stack", 1);
  EXPECT_FALSE(tc.accepted);
  EXPECT_EQ(tc.log.find("size cannot be determined"), std::string::npos) << tc.log;
}

// At level 1 the kernel empties the log after each function it verifies successfully (do_check_common's pop_log):
// an accepted program's log keeps only the last global function's line, as the running kernel's does.
TEST(VerifierArgTags, LevelOneLogKeepsOnlyWhatFollowsTheLastSuccess) {
  const VerifyResult ok = verify_prog("c_argtag_ctx_kprobe_ok", 1);
  ASSERT_TRUE(ok.accepted) << ok.error;
  EXPECT_EQ(ok.log.find("Func#1"), std::string::npos) << ok.log;
  EXPECT_EQ(ok.log.rfind("Func#2 ('at_pt_regs_untagged') is safe for any args that match its prototype\n", 0), 0u)
      << ok.log;
  // a global function that fails: its own lines, announced, after the main program's are gone
  const VerifyResult bad = verify_prog("c_argtag_trusted_nullable_deref", 1);
  EXPECT_FALSE(bad.accepted);
  EXPECT_EQ(bad.log.rfind("Validating at_trusted_nullable_deref() func#1...\n", 0), 0u) << bad.log;
}

// A static function's tags are not read at its calls: nothing is logged, nothing refused.
TEST(VerifierArgTags, StaticFunctionTagIsIgnored) {
  const VerifyResult r = verify_prog("c_argtag_static_ok", 1);
  EXPECT_TRUE(r.accepted) << r.error;
  EXPECT_EQ(count(r.log, "not supported in static functions"), 0u) << r.log;
}

}  // namespace
}  // namespace bpfkit
