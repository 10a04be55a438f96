// Runs every case of tests/conformance/data/*.data through bpfkit (assemble, load, raw-mode run) and checks R0,
// memory after the run, or the runtime error against the hand-derived expectations. The kernel differential
// test (tests/kernel/kernel_conformance_test.cc) runs the same cases in the kernel.
#include <gtest/gtest.h>

#include <fmt/format.h>

#include "support/conformance_data.h"

namespace bpfkit::testing {

// gtest prints parameters on failure; the location is what a reader needs.
void PrintTo(const ConformanceCase& c, std::ostream* os) { *os << c.where(); }

namespace {

const Corpus& corpus() {
  static const Corpus c = load_corpus();
  return c;
}

// A malformed case is dropped from the parameter list, so it must fail here instead of vanishing.
TEST(ConformanceCorpus, EveryFileParses) {
  for (const auto& e : corpus().errors) ADD_FAILURE() << e;
  for (const auto& f : corpus().files) {
    for (const auto& e : f.errors) ADD_FAILURE() << e;
    EXPECT_FALSE(f.cases.empty()) << f.file << " yields no cases";
  }
  EXPECT_FALSE(corpus().files.empty());
}

// The corpus is meant to cover every instruction form; a shrinking count means cases got lost.
TEST(ConformanceCorpus, HasTheWholeCorpus) { EXPECT_GE(corpus().all_cases().size(), 330u); }

TEST(ConformanceCorpus, ParserRejectsMalformedCases) {
  const char* bad[] = {
      "== no asm\n-- result\n0\n",
      "== no result\n-- asm\nexit\n",
      "== both\n-- asm\nexit\n-- result\n0\n-- error\nx\n-- kernel-rejects\nwhy: a\nlog: b\n",
      "== error without kernel-rejects\n-- asm\nexit\n-- error\ninvalid\n",
      "== bad hex\n-- asm\nexit\n-- mem\n0g\n-- result\n0\n",
      "== short mem-after\n-- asm\nexit\n-- mem\n00 01\n-- mem-after\n00\n-- result\n0\n",
      "== unknown section\n-- asm\nexit\n-- results\n0\n",
      "== bad number\n-- asm\nexit\n-- result\n12z\n",
      "== kernel-rejects without log\n-- asm\nexit\n-- result\n0\n-- kernel-rejects\nwhy: x\n",
  };
  for (const char* text : bad) {
    ParsedFile f = parse_conformance(text, "bad.data");
    EXPECT_TRUE(f.cases.empty()) << text;
    EXPECT_FALSE(f.errors.empty()) << text;
  }
  ParsedFile good = parse_conformance(
      "# comment\n== neg one\n-- asm\nr0 = -1\nexit\n-- mem\n01 02\n-- result\n-1\n-- mem-after\n01 02\n", "x.data");
  ASSERT_EQ(good.cases.size(), 1u) << (good.errors.empty() ? "" : good.errors[0]);
  EXPECT_EQ(good.cases[0].name, "x_neg_one");
  EXPECT_EQ(good.cases[0].result, ~uint64_t(0));
  EXPECT_EQ(good.cases[0].mem, (std::vector<uint8_t>{1, 2}));
  EXPECT_EQ(good.cases[0].asm_line, 4);
}

// Assembler errors must point at the .data file line, or a broken case is hard to find among hundreds.
TEST(ConformanceCorpus, AssemblerErrorsNameTheDataFileLine) {
  ParsedFile f = parse_conformance("== bad insn\n-- asm\nr0 = 1\nr0 +== 2\nexit\n-- result\n0\n", "x.data");
  ASSERT_EQ(f.cases.size(), 1u);
  BpfkitOutcome out = run_in_bpfkit(f.cases[0]);
  ASSERT_TRUE(out.asm_error);
  EXPECT_NE(out.asm_error->find("x.data:4:"), std::string::npos) << *out.asm_error;
}

class Conformance : public ::testing::TestWithParam<ConformanceCase> {};

TEST_P(Conformance, Run) {
  const ConformanceCase& c = GetParam();
  SCOPED_TRACE(c.where());
  BpfkitOutcome out = run_in_bpfkit(c);
  ASSERT_FALSE(out.asm_error) << "assembler: " << *out.asm_error;

  if (c.error) {
    ASSERT_TRUE(out.error()) << "expected an error containing '" << *c.error << "', got R0 = "
                             << fmt::format("{:#x}", out.r0);
    EXPECT_NE(out.error()->find(*c.error), std::string::npos)
        << "expected an error containing '" << *c.error << "', got: " << *out.error();
    return;
  }
  ASSERT_FALSE(out.load_error) << "load: " << *out.load_error;
  ASSERT_FALSE(out.run_error) << "run: " << *out.run_error;
  EXPECT_EQ(fmt::format("{:#x}", out.r0), fmt::format("{:#x}", *c.result)) << "R0";
  const std::vector<uint8_t>& want_mem = c.mem_after ? *c.mem_after : c.mem;
  EXPECT_EQ(hex_bytes(out.mem_after), hex_bytes(want_mem)) << (c.mem_after ? "mem-after" : "mem must be unchanged");
}

INSTANTIATE_TEST_SUITE_P(Corpus, Conformance, ::testing::ValuesIn(corpus().all_cases()),
                         [](const ::testing::TestParamInfo<ConformanceCase>& info) { return info.param.name; });

}  // namespace
}  // namespace bpfkit::testing
