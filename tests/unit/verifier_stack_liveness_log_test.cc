// The level-2 log's lines of 6.18's live stack slot analysis (kernel/bpf/liveness.c: update_insn's
// log_mask_change and update_instance's summary), against what the running kernel printed for the same program.
#include <gtest/gtest.h>

#include <sstream>

#include "bpfkit/asm.h"
#include "bpfkit/verifier.h"
#include "support/verify_object.h"

namespace bpfkit {
namespace {

// The liveness lines of a log: they alone start with a call chain, "(0) ...".
std::string liveness_lines(const std::string& log) {
  std::istringstream in(log);
  std::string line, out;
  while (std::getline(in, line))
    if (!line.empty() && line[0] == '(') out += line + "\n";
  return out;
}

VerifyResult verify_level2(const char* text) { return testing::verify_socket_filter_asm(text); }

// Two paths join at insn 9: the first (fall-through) path's exit settles slot -16 as read at the join; the second
// writes -16 and -24 on its way there, so must_write narrows and -16 stops being live before insn 7 (the "-live"
// lines). The order of the lines is the kernel's postorder of the CFG (6 before 4), and the fixed point takes the
// kernel's number of rounds.
TEST(VerifierStackLivenessLog, MatchesTheKernelsLines) {
  const VerifyResult r = verify_level2(R"(call 7
*(u64 *)(r10 - 8) = r0
if r0 == 0 goto +3
r1 = 1
*(u64 *)(r10 - 16) = r1
goto +3
r1 = 2
*(u64 *)(r10 - 16) = r1
*(u64 *)(r10 - 24) = r1
r0 = *(u64 *)(r10 - 16)
r1 = *(u64 *)(r10 - 8)
r0 += r1
r0 &= 1
exit
)");
  ASSERT_TRUE(r.accepted) << r.error;
  // 6.18.44-fc-v1300 (root, log_level 2), the same instructions loaded from a clang-built socket filter. Note the
  // kernel's trailing space after a "+" part and none after a "-" part.
  const char* kernel =
      "(0) frame 0 insn 10 +live -8 \n"
      "(0) frame 0 insn 9 +live -8,-16 \n"
      "(0) frame 0 insn 6 +live -8,-16 \n"
      "(0) frame 0 insn 4 +live -8 \n"
      "(0) frame 0 insn 4 +written -16 \n"
      "(0) frame 0 insn 2 +live -8,-16 \n"
      "(0) frame 0 insn 1 +live -16 \n"
      "(0) frame 0 insn 1 +written -8 \n"
      "(0) frame 0 insn 0 +live -16 \n"
      "(0) frame 0 insn 0 +written -8 \n"
      "(0) live stack update done in 2 iterations\n"
      "(0) frame 0 insn 8 +written -24 \n"
      "(0) frame 0 insn 7 -live -16\n"
      "(0) frame 0 insn 7 +written -16,-24 \n"
      "(0) frame 0 insn 6 -live -16\n"
      "(0) frame 0 insn 6 +written -16,-24 \n"
      "(0) frame 0 insn 2 -live -16\n"
      "(0) frame 0 insn 2 +written -16 \n"
      "(0) frame 0 insn 1 -live -16\n"
      "(0) frame 0 insn 1 +written -16 \n"
      "(0) frame 0 insn 0 -live -16\n"
      "(0) frame 0 insn 0 +written -16 \n"
      "(0) live stack update done in 2 iterations\n";
  EXPECT_EQ(liveness_lines(r.log), kernel) << r.log;
  EXPECT_EQ(r.processed_insns, 19u);  // the kernel's count for this program
}

// Below level 2 the analysis prints nothing; at level 2 the lines are the kernel's (6.18.44-fc-v1300, the same four
// instructions).
TEST(VerifierStackLivenessLog, OnlyAtLevel2) {
  auto insns = assemble("r1 = 1\n*(u64 *)(r10 - 8) = r1\nr0 = *(u64 *)(r10 - 8)\nexit\n");
  ASSERT_TRUE(insns.has_value());
  VerifierInput in;
  in.type = ProgType::SocketFilter;
  in.insns = *insns;
  VerifyOptions opt;
  opt.profile = VerifierProfile::for_kernel(6 << 16 | 18 << 8, true);
  opt.log_level = 1;
  const VerifyResult r = verify(in, opt);
  ASSERT_TRUE(r.accepted) << r.error;
  EXPECT_EQ(liveness_lines(r.log), "");
  opt.log_level = 2;
  EXPECT_EQ(liveness_lines(verify(in, opt).log),
            "(0) frame 0 insn 2 +live -8 \n"
            "(0) frame 0 insn 1 +written -8 \n"
            "(0) frame 0 insn 0 +written -8 \n"
            "(0) live stack update done in 2 iterations\n");
}

}  // namespace
}  // namespace bpfkit
