// The verifier log, line for line against the running kernel's, for every case of the verifier corpus
// (tests/verifier/) at log levels 1 and 2: the path to the error (level 1) or every instruction of every path
// (level 2) with the kernel's state annotations, precision backtracking, loop and liveness lines.
//
// A case whose log differs fails unless tests/verifier/known_log_mismatches.txt lists it ("NAME level N: reason");
// a listed case whose log matches fails too, so the list only shrinks. VerifierLogSummary.Figures prints
// "level N: log identical on X/Y cases". Without bpf() the tests skip: the kernel's log is the reference.
#include <gtest/gtest.h>

#include <fmt/format.h>

#include "support/verifier_log_compare.h"

namespace bpfkit::testing::vcorpus {
namespace {

const std::vector<Case>& all_cases() {
  static const std::vector<Case> cases = [] {
    auto c = load_cases();
    return c ? *c : std::vector<Case>{};
  }();
  return cases;
}

struct LevelCase {
  Case c;
  int level = 1;
};

// gtest prints a parameter on failure: the case and level, not the bytes.
void PrintTo(const LevelCase& l, std::ostream* os) { *os << l.c.name << " level " << l.level; }

std::vector<LevelCase> level_cases() {
  std::vector<LevelCase> out;
  for (int level : {1, 2})
    for (const Case& c : all_cases()) out.push_back({c, level});
  return out;
}

class VerifierLog : public ::testing::TestWithParam<LevelCase> {};

TEST_P(VerifierLog, MatchesKernel) {
  const LevelCase& p = GetParam();
  const LogComparison l = compare_logs(p.c, p.level);
  if (l.skipped) GTEST_SKIP() << l.why;
  const auto known = known_log_mismatches();
  const auto listed = known.find(log_mismatch_key(p.c.name, p.level));
  if (l.first_difference && listed == known.end()) {
    ADD_FAILURE() << "log differs from the kernel's at line " << l.first_difference << " of " << l.kernel_lines
                  << ":\n  kernel: " << l.kernel_line << "\n  bpfkit: " << l.ours_line
                  << "\n(tests/tools/verifier_log_diff --level " << p.level << " --show " << p.c.name
                  << " shows both; fix it or list it in tests/verifier/known_log_mismatches.txt)";
  } else if (!l.first_difference && listed != known.end()) {
    ADD_FAILURE() << "identical to the kernel's now: remove it from tests/verifier/known_log_mismatches.txt";
  } else if (listed != known.end()) {
    std::printf("known log mismatch: %s\n", listed->second.c_str());
  }
}

INSTANTIATE_TEST_SUITE_P(Corpus, VerifierLog, ::testing::ValuesIn(level_cases()),
                         [](const ::testing::TestParamInfo<LevelCase>& info) {
                           return fmt::format("{}_level{}", info.param.c.name, info.param.level);
                         });

TEST(VerifierLogSummary, Figures) {
  ASSERT_FALSE(all_cases().empty());
  size_t skipped = 0;
  for (int level : {1, 2}) {
    size_t same = 0, compared = 0;
    for (const Case& c : all_cases()) {
      const LogComparison l = compare_logs(c, level);
      if (l.skipped) {
        ++skipped;
        continue;
      }
      ++compared;
      same += l.first_difference == 0;
    }
    if (compared == 0) GTEST_SKIP() << "no case could be compared with the kernel (bpf() not allowed?)";
    std::printf("level %d: log identical on %zu/%zu cases\n", level, same, compared);
  }
  std::printf("%zu case-levels skipped (the kernel cannot judge them here)\n", skipped);
}

}  // namespace
}  // namespace bpfkit::testing::vcorpus
