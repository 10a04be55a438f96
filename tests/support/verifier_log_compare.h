// The verifier log of a corpus case, bpfkit's against the running kernel's, line for line (tests/tools/
// verifier_log_diff and tests/kernel/verifier_log_test). A map's address in the kernel's log ("r1 =
// 0xffff888225b1f600") and bpfkit's "r1 = map[fd:0]" compare equal; nothing else is normalised.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "support/verifier_corpus.h"

namespace bpfkit::testing::vcorpus {

struct LogComparison {
  bool skipped = false;
  std::string why;              // when skipped: the kernel cannot judge the case, its log did not fit, ...
  std::string kernel, ours;     // the whole logs
  size_t first_difference = 0;  // 1-based line where they first differ, 0 when identical
  size_t kernel_lines = 0;
  std::string kernel_line, ours_line;  // the differing lines ("<end>" past a log's end)
};

// Both logs of case c at log_level 1 or 2.
LogComparison compare_logs(const Case& c, int log_level);
// Compares two logs already taken (fills kernel, ours, first_difference, kernel_lines and the lines).
void compare_log_texts(std::string kernel, std::string ours, LogComparison& into);

// tests/verifier/known_log_mismatches.txt: "NAME level N: reason" per line, '#' comments; keyed "NAME level N".
std::map<std::string, std::string> known_log_mismatches();
std::string log_mismatch_key(const std::string& name, int log_level);

}  // namespace bpfkit::testing::vcorpus
