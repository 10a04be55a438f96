// The differential corpus: every program in tests/bpf/corpus runs with the inputs of its .case file in bpfkit and
// in the running kernel (loaded through libbpf, run with BPF_PROG_TEST_RUN). Return values, output packets and
// contexts, every step's return code, the contents of every map, ring buffer records and perf records must be
// equal.
//
// Without bpf() the kernel half skips; the bpfkit half (CorpusBpfkit) still checks that every case loads and runs
// in bpfkit without an error, so the corpus keeps its value on machines without the kernel.
#include <gtest/gtest.h>

#include <filesystem>
#include <functional>
#include <iostream>
#include <set>

#include <fmt/format.h>

#include "support/corpus_case.h"
#include "support/corpus_kernel.h"
#include "support/corpus_userspace.h"
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

class CorpusBpfkit : public ::testing::TestWithParam<std::string> {};

// bpfkit alone: every case loads and every step runs without a harness or runtime error.
TEST_P(CorpusBpfkit, RunsWithoutErrors) {
  const Case c = load_or_fail(GetParam());
  if (c.steps.empty()) return;
  const Outcome u = run_in_bpfkit(c);
  ASSERT_EQ(u.load_error, "") << "bpfkit could not load " << c.object_path;
  for (const StepResult& r : u.steps) EXPECT_EQ(r.error, "") << r.step;
}

class CorpusDiff : public ::testing::TestWithParam<std::string> {};

TEST_P(CorpusDiff, MatchesKernel) {
  if (const auto& why = kernel_unavailable()) GTEST_SKIP() << "kernel side: " << *why;
  const Case c = load_or_fail(GetParam());
  if (c.steps.empty()) return;
  const Outcome k = run_in_kernel(c);
  // The kernel is the reference: a case it cannot load or run is a broken case, not a bpfkit difference.
  ASSERT_EQ(k.load_error, "") << "the kernel refused " << c.object_path;
  for (const StepResult& r : k.steps) ASSERT_EQ(r.error, "") << "kernel side, " << r.step;
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
