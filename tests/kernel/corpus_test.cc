// The differential corpus: every program in tests/bpf/corpus runs with the inputs of its .case file in bpfkit and
// in the running kernel (loaded through libbpf, run with BPF_PROG_TEST_RUN). Return values, output packets and
// contexts, every step's return code, the contents of every map, ring buffer records and perf records must be
// equal.
//
// Without bpf() the kernel half skips; the bpfkit half (CorpusBpfkit) still checks that every case loads and runs
// in bpfkit without an error and meets the case's `expect` lines, so the corpus keeps its value on machines without
// the kernel. A kernel that refuses a case for lacking a feature (a helper, program or map type; see
// support/kernel_refusal.h) makes CorpusDiff skip with the kernel's message, after checking bpfkit's half; any other
// refusal is a failure.
#include <gtest/gtest.h>

#include <filesystem>
#include <functional>
#include <iostream>
#include <set>

#include <fmt/format.h>

#include "support/corpus_case.h"
#include "support/corpus_kernel.h"
#include "support/corpus_userspace.h"
#include "support/kernel_refusal.h"
#include "support/kernel_runner.h"

namespace bpfkit::testing::corpus {
namespace {

Case load_or_fail(const std::string& name) {
  auto c = load_case(case_path(name), object_path(name));
  if (!c) {
    ADD_FAILURE() << "case file: " << c.error().to_string() << " (line " << c.error().line << ")";
    return Case{};
  }
  return std::move(*c);
}

std::string param_name(const ::testing::TestParamInfo<std::string>& info) { return info.param; }

TEST(CorpusFiles, EveryProgramHasACaseAndEveryCaseParses) {
  const std::string dir = BPFKIT_SOURCE_DIR "/tests/bpf/corpus";
  std::set<std::string> programs, cases;
  for (const auto& e : std::filesystem::directory_iterator(dir)) {
    const std::string f = e.path().filename().string();
    if (f.size() > 6 && f.ends_with(".bpf.c")) programs.insert(f.substr(0, f.size() - 6));
  }
  for (const std::string& n : case_names()) cases.insert(n);
  EXPECT_EQ(programs, cases) << "each NAME.bpf.c needs a NAME.case and the other way round";
  // The issue asks for at least 40 programs.
  EXPECT_GE(programs.size(), 40u);
  for (const std::string& n : cases) {
    auto c = load_case(case_path(n), object_path(n));
    EXPECT_TRUE(c) << n << ": " << (c ? "" : c.error().to_string());
    if (c) {
      EXPECT_FALSE(c->steps.empty()) << n << ": no steps";
    }
  }
}

// The comparison itself must be able to fail: every field of an Outcome, changed alone, is a difference.
TEST(CorpusHarness, DiffSeesEveryField) {
  Outcome base;
  base.steps.push_back(StepResult{"line 1: run p", 0, "", 2, {1, 2, 3}, {4, 5}});
  MapContents m;
  m.type = "hash";
  m.entries = {{{1}, {10, 11}}, {{2}, {20}}};
  m.slots = {{{0}, "prog_a"}};
  m.elements = {{7}, {8}};
  m.probes = {0, -2};
  base.maps["m"] = m;
  base.ringbuf["rb"] = {{1, 2}, {3}};
  base.perf["pb"] = {{0, 0, 0, 0, 9, 9, 9, 9}};
  Case c;
  EXPECT_TRUE(diff_outcomes(c, base, base).empty());

  std::vector<std::function<void(Outcome&)>> changes = {
      [](Outcome& o) { o.load_error = "x"; },
      [](Outcome& o) { o.steps[0].rc = -22; },
      [](Outcome& o) { o.steps[0].error = "fault"; },
      [](Outcome& o) { o.steps[0].retval = 1; },
      [](Outcome& o) { o.steps[0].data_out[2] = 0; },
      [](Outcome& o) { o.steps[0].data_out.pop_back(); },
      [](Outcome& o) { o.steps[0].ctx_out.push_back(0); },
      [](Outcome& o) { o.steps.push_back(o.steps[0]); },
      [](Outcome& o) { o.maps["m"].type = "array"; },
      [](Outcome& o) { o.maps["m"].entries[0].second[1] = 0; },
      [](Outcome& o) { o.maps["m"].entries.pop_back(); },
      [](Outcome& o) { o.maps["m"].entries[1].first = {3}; },
      [](Outcome& o) { o.maps["m"].slots[0].second = "prog_b"; },
      [](Outcome& o) { o.maps["m"].elements = {{8}, {7}}; },
      [](Outcome& o) { o.maps["m"].probes[1] = 0; },
      [](Outcome& o) { o.maps.erase("m"); },
      [](Outcome& o) { o.ringbuf["rb"][1] = {4}; },
      [](Outcome& o) { o.ringbuf["rb"].pop_back(); },
      [](Outcome& o) { o.perf["pb"][0][4] = 0; },
      [](Outcome& o) { o.perf["pb"].clear(); },
  };
  for (size_t i = 0; i < changes.size(); ++i) {
    Outcome changed = base;
    changes[i](changed);
    EXPECT_FALSE(diff_outcomes(c, base, changed).empty()) << "change #" << i << " went unnoticed";
  }

  // A documented known difference is reported apart, and only for what it names.
  c.known_diffs.push_back(KnownDiff{"map m", " a documented kernel quirk"});
  Outcome changed = base;
  changed.maps["m"].entries[0].second[0] = 0;
  std::vector<std::string> known;
  EXPECT_TRUE(diff_outcomes(c, base, changed, &known).empty());
  EXPECT_EQ(known.size(), 1u);
  changed.ringbuf["rb"].clear();
  EXPECT_FALSE(diff_outcomes(c, base, changed, &known).empty());
}

// An expectation that does not hold must be reported, whichever field it names; a case holding every kind parses.
TEST(CorpusHarness, ExpectationsSeeEveryField) {
  auto c = parse_case(R"(run p
  data u8:1
  expect rc -22
  expect retval -1
  expect data_out hex:0102 u8:3
  expect ctx_out hex:0405
run q
  expect data_out
expect map m u8:1 => hex:0a0b
)",
                      "t");
  ASSERT_TRUE(c) << c.error().to_string();
  ASSERT_EQ(c->expectations.size(), 6u);
  Outcome base;
  base.steps.push_back(StepResult{"line 1: run p", -22, "", 0xffffffffu, {1, 2, 3}, {4, 5}});
  base.steps.push_back(StepResult{"line 7: run q", 0, "", 0, {}, {}});
  MapContents m;
  m.type = "hash";
  m.entries = {{{0}, {9}}, {{1}, {10, 11}}};
  base.maps["m"] = m;
  EXPECT_EQ(check_expectations(*c, base), std::vector<std::string>{});

  std::vector<std::function<void(Outcome&)>> changes = {
      [](Outcome& o) { o.load_error = "x"; },
      [](Outcome& o) { o.steps[0].rc = 0; },
      [](Outcome& o) { o.steps[0].retval = 0xfffffffe; },
      [](Outcome& o) { o.steps[0].data_out[0] = 0; },
      [](Outcome& o) { o.steps[0].data_out.pop_back(); },
      [](Outcome& o) { o.steps[0].data_out.push_back(0); },
      [](Outcome& o) { o.steps[0].ctx_out[1] = 0; },
      [](Outcome& o) { o.steps[0].ctx_out.clear(); },
      [](Outcome& o) { o.steps[1].data_out = {0}; },
      [](Outcome& o) { o.steps.pop_back(); },
      [](Outcome& o) { o.maps["m"].entries[1].second[1] = 0; },
      [](Outcome& o) { o.maps["m"].entries[1].second.push_back(0); },
      [](Outcome& o) { o.maps["m"].entries.pop_back(); },
      [](Outcome& o) { o.maps.erase("m"); },
  };
  for (size_t i = 0; i < changes.size(); ++i) {
    Outcome changed = base;
    changes[i](changed);
    EXPECT_FALSE(check_expectations(*c, changed).empty()) << "change #" << i << " went unnoticed";
  }
  // A change to what no expectation names is not a mismatch.
  Outcome other = base;
  other.maps["m"].entries[0].second[0] = 1;
  EXPECT_TRUE(check_expectations(*c, other).empty());

  // Misplaced or malformed expectations are case errors.
  for (const char* bad : {"expect retval 1\n", "run p\n  expect map m u8:1 => u8:2\n", "run p\n  expect bogus 1\n",
                          "run p\n  expect rc x\n", "expect map m u8:1 =>\n", "expect map m => u8:1\n",
                          "run p\n  expect retval\n"}) {
    EXPECT_FALSE(parse_case(bad, "t")) << bad;
  }
}

// bpfkit's half: the case loads, every step runs without a harness or runtime error, and the case's fixed
// expectations hold.
void check_bpfkit_half(const Case& c) {
  const Outcome u = run_in_bpfkit(c);
  ASSERT_EQ(u.load_error, "") << "bpfkit could not load " << c.object_path;
  for (const StepResult& r : u.steps) EXPECT_EQ(r.error, "") << r.step;
  for (const std::string& m : check_expectations(c, u)) ADD_FAILURE() << "bpfkit: " << m << "\n" << describe(u);
}

class CorpusBpfkit : public ::testing::TestWithParam<std::string> {};

TEST_P(CorpusBpfkit, RunsWithoutErrors) {
  const Case c = load_or_fail(GetParam());
  if (c.steps.empty()) return;
  check_bpfkit_half(c);
}

class CorpusDiff : public ::testing::TestWithParam<std::string> {};

TEST_P(CorpusDiff, MatchesKernel) {
  if (const auto& why = kernel_unavailable()) GTEST_SKIP() << "kernel side: " << *why;
  const Case c = load_or_fail(GetParam());
  if (c.steps.empty()) return;
  std::optional<KernelFailure> refusal;
  const Outcome k = run_in_kernel(c, &refusal);
  // A kernel build lacking a feature the case needs cannot be compared with: bpfkit's half is checked on its own
  // (against the case's expectations), then the test skips with the kernel's message.
  if (!k.load_error.empty() && refusal && skip_for_kernel_refusal(*refusal, [&] {
        check_bpfkit_half(c);
        if (c.expectations.empty())
          std::cout << "[ warning  ] " << c.name << " has no expect lines: bpfkit's results went unchecked\n";
      }))
    return;
  // The kernel is the reference: a case it cannot load or run is a broken case, not a bpfkit difference.
  ASSERT_EQ(k.load_error, "") << "the kernel refused " << c.object_path;
  for (const StepResult& r : k.steps) ASSERT_EQ(r.error, "") << "kernel side, " << r.step;
  // The fixed expectations must hold in the kernel too, or they would check bpfkit against wrong values.
  for (const std::string& m : check_expectations(c, k)) ADD_FAILURE() << "kernel: " << m << "\n" << describe(k);
  const Outcome u = run_in_bpfkit(c);

  std::vector<std::string> known;
  const std::vector<std::string> diffs = diff_outcomes(c, k, u, &known);
  for (const std::string& kd : known) std::cout << "[ known    ] " << kd << "\n";
  if (!diffs.empty()) {
    ADD_FAILURE() << diffs.size() << " difference(s) between the kernel and bpfkit for " << c.name << ":\n  "
                  << fmt::format("{}", fmt::join(diffs, "\n  ")) << "\n--- kernel ---\n"
                  << describe(k) << "--- bpfkit ---\n"
                  << describe(u);
  }
}

INSTANTIATE_TEST_SUITE_P(Corpus, CorpusBpfkit, ::testing::ValuesIn(case_names()), param_name);
INSTANTIATE_TEST_SUITE_P(Corpus, CorpusDiff, ::testing::ValuesIn(case_names()), param_name);

}  // namespace
}  // namespace bpfkit::testing::corpus
