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
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "bpfkit/verifier.h"
#include "support/verifier_corpus.h"

using namespace bpfkit::testing::vcorpus;

namespace {

// A map's address in the kernel's log ("r1 = 0xffff888225b1f600") is bpfkit's "r1 = map[fd:0]": both become
// "<map>", and the state after such an instruction is compared without its alignment.
std::string normalize_map_load(const std::string& line) {
  static const std::regex load(R"(^(.*\(18\) r[0-9]+ = )(0xffff[0-9a-f]{12}|map\[[^ ]*|btf_id\[[^ ]*)(\s+;.*)?$)");
  std::smatch m;
  if (!std::regex_match(line, m, load)) return line;
  std::string out = m[1].str() + "<map>";
  if (m[3].matched) out += " " + m[3].str().substr(m[3].str().find(';'));
  return out;
}

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) out.push_back(normalize_map_load(line));
  // The statistics lines at the end differ in their timing figures only where bpfkit has none to give.
  while (!out.empty() && out.back().empty()) out.pop_back();
  return out;
}

// The first line (1-based) where the logs differ, 0 when they are the same.
size_t first_difference(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  for (size_t i = 0; i < a.size() || i < b.size(); ++i) {
    if (i >= a.size() || i >= b.size() || a[i] != b[i]) return i + 1;
  }
  return 0;
}

struct Logs {
  std::string kernel, ours;
  bool skipped = false;
  std::string why;
};

Logs logs_of(const Case& c, int level) {
  Logs l;
  if (const auto why = live_unavailable(c)) {
    l.skipped = true;
    l.why = *why;
    return l;
  }
  // the running kernel's build refuses this case for a feature it lacks (upstream_verdicts.txt): its log is not
  // 6.18's
  static const auto upstream = upstream_verdicts();
  if (upstream.count(c.name)) {
    l.skipped = true;
    l.why = "the running kernel's build lacks a feature the case uses (upstream_verdicts.txt)";
    return l;
  }
  auto k = kernel_verdict(c, level);
  if (!k) {
    l.skipped = true;
    l.why = k.error().message;
    return l;
  }
  if (k->log.empty()) {
    l.skipped = true;
    l.why = "the kernel's log did not fit the buffer";
    return l;
  }
  l.kernel = k->log;
  auto in = bpfkit_input(c);
  if (!in) {
    l.skipped = true;
    l.why = in.error().message;
    return l;
  }
  bpfkit::VerifyOptions opts = bpfkit_options(c);
  opts.log_level = level;
  l.ours = bpfkit::verify(in->input, opts).log;
  return l;
}

}  // namespace

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
      const Logs l = logs_of(c, level);
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
    const Logs l = logs_of(c, level);
    if (l.skipped) {
      ++skipped;
      continue;
    }
    ++total;
    const auto k = lines_of(l.kernel), o = lines_of(l.ours);
    const size_t at = first_difference(k, o);
    if (at == 0) {
      ++same;
      continue;
    }
    auto line = [&](const std::vector<std::string>& v) { return at <= v.size() ? v[at - 1] : std::string("<end>"); };
    fmt::print("{}: line {}/{}:\n  kernel: {}\n  bpfkit: {}\n", c.name, at, k.size(), line(k), line(o));
  }
  fmt::print("level {}: log identical on {}/{} cases ({} skipped)\n", level, same, total, skipped);
  return 0;
}
