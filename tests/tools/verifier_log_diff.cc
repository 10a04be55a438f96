// Compares bpfkit's verifier log with the running kernel's, line for line, on the verifier corpus (root).
//
//   verifier_log_diff [--level 1|2] [NAME...]     one line per case that differs (its first differing line), and
//                                                 the figure "identical X/N"
//   verifier_log_diff [--level N] --show NAME     both logs of one case as a unified diff
//
// The kernel's log of a rejection at level 1 is the path that led to the error; at level 2 it is every
// instruction of every path. A case whose kernel log did not fit the buffer, or that the running kernel cannot
// judge, is skipped and counted apart. A map's address (the kernel's) and map[fd:N] (bpfkit's) compare equal.
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <set>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "bpfkit/verifier.h"
#include "support/verifier_log_compare.h"

using namespace bpfkit::testing::vcorpus;

int main(int argc, char** argv) {
  int level = 1;
  std::string show;
  std::set<std::string> only;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if ((a == "--level" || a == "--show") && i + 1 >= argc) {
      fmt::print(stderr, "verifier_log_diff: {} needs a value\n", a);
      return 2;
    }
    if (a == "--level") level = std::atoi(argv[++i]);
    else if (a == "--show") show = argv[++i];
    else if (a.rfind("--", 0) == 0) {
      fmt::print(stderr, "verifier_log_diff: unknown option '{}'\n", a);
      return 2;
    } else only.insert(a);
  }
  if (level != 1 && level != 2) {
    fmt::print(stderr, "verifier_log_diff: --level must be 1 or 2\n");
    return 2;
  }
  auto cases = load_cases();
  if (!cases) {
    fmt::print(stderr, "{}\n", cases.error().message);
    return 2;
  }
  if (!show.empty()) {
    for (const Case& c : *cases) {
      if (c.name != show) continue;
      const LogComparison l = compare_logs(c, level);
      if (l.skipped) {
        fmt::print(stderr, "{}: skipped: {}\n", c.name, l.why);
        return 2;
      }
      const std::string dir = fmt::format("/tmp/verifier_log_diff.{}", getpid());
      std::system(fmt::format("mkdir -p {}", dir).c_str());
      std::ofstream(dir + "/kernel") << l.kernel;
      std::ofstream(dir + "/bpfkit") << l.ours;
      const int rc = std::system(fmt::format("diff -u {0}/kernel {0}/bpfkit; rm -rf {0}", dir).c_str());
      return rc == 0 ? 0 : 1;
    }
    fmt::print(stderr, "verifier_log_diff: no case {}\n", show);
    return 2;
  }
  size_t total = 0, same = 0, skipped = 0;
  for (const Case& c : *cases) {
    if (!only.empty() && !only.count(c.name)) continue;
    const LogComparison l = compare_logs(c, level);
    if (l.skipped) {
      ++skipped;
      continue;
    }
    ++total;
    if (l.first_difference == 0) {
      ++same;
      continue;
    }
    fmt::print("{}: line {}/{}:\n  kernel: {}\n  bpfkit: {}\n", c.name, l.first_difference, l.kernel_lines,
               l.kernel_line, l.ours_line);
  }
  fmt::print("level {}: log identical on {}/{} cases ({} skipped)\n", level, same, total, skipped);
  return 0;
}
