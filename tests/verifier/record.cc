// Records the running kernel's verdicts on the verifier corpus into tests/verifier/expected.json (record.sh runs
// it as root). Cases the running kernel refuses to judge (unprivileged while unprivileged bpf is disabled) are
// recorded from the rule the case states, marked so.
//
//   verifier_corpus_record            record every case, print one line per case
//   verifier_corpus_record NAME...    print those cases' verdicts and log tails, write nothing
#include <cstdio>
#include <set>
#include <string>

#include <fmt/format.h>

#include "support/verifier_corpus.h"

using namespace bpfkit::testing::vcorpus;

int main(int argc, char** argv) {
  auto cases = load_cases();
  if (!cases) {
    fmt::print(stderr, "{}\n", cases.error().message);
    return 2;
  }
  std::set<std::string> only;
  for (int i = 1; i < argc; ++i) only.insert(argv[i]);
  Recording rec;
  rec.kernel = uname_release();
  int failures = 0, accepted = 0, rejected = 0, from_source = 0;
  for (const Case& c : *cases) {
    if (!only.empty() && !only.count(c.name)) continue;
    Verdict v;
    if (const auto why = live_unavailable(c)) {
      if (!c.source_rule) {
        fmt::print(stderr, "{}: the live kernel cannot judge it ({}) and the case gives no source rule\n", c.name,
                   *why);
        ++failures;
        continue;
      }
      v = *c.source_rule;
      ++from_source;
    } else {
      auto got = kernel_verdict(c);
      if (!got) {
        fmt::print(stderr, "{}: {}\n", c.name, got.error().message);
        ++failures;
        continue;
      }
      v = *got;
    }
    (v.accepted ? accepted : rejected)++;
    fmt::print("{:<40} {:<6} {:>7} {}\n", c.name, v.accepted ? "accept" : "reject",
               v.processed < 0 ? std::string("-") : std::to_string(v.processed), v.error);
    rec.cases[c.name] = v;
  }
  fmt::print("{} cases: {} accepted, {} rejected ({} from kernel source rules), {} failed\n", rec.cases.size(),
             accepted, rejected, from_source, failures);
  if (!only.empty()) return failures ? 1 : 0;
  if (failures) return 1;
  if (auto w = write_recording(recording_path(), rec); !w) {
    fmt::print(stderr, "{}\n", w.error().message);
    return 1;
  }
  fmt::print("wrote {}\n", recording_path());
  return 0;
}
