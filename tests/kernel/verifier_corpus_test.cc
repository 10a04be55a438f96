// The verifier's differential corpus (tests/verifier/, see its README.md): one test per case compares bpfkit's
// verify() with the kernel's verdict and last error line, the live kernel's when bpf() is allowed (and says so when
// it differs from the recording), else the recording in tests/verifier/expected.json.
//
// A case that does not match fails unless tests/verifier/known_mismatches.txt lists it; a listed case that matches
// fails too, so the list only shrinks. VerifierCorpusSummary.Figures prints and writes (build/
// verifier_corpus_summary.json) "verdict match X/N, message match Y/R rejections"; with the list empty it also
// holds the acceptance line: every verdict and at least 90% of the rejection messages.
//
// A case this kernel build refuses for lacking a feature (kernel_refusal.h: a helper it lacks, a kfunc it refuses
// with EPERM) is judged by upstream 6.18's verdict from tests/verifier/upstream_verdicts.txt instead, like the
// unprivileged cases a kernel without unprivileged bpf() cannot judge; the test then reports a skip with the
// kernel's message, after checking bpfkit against that verdict.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <fstream>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "support/kernel_refusal.h"
#include "support/verifier_corpus.h"

namespace bpfkit::testing::vcorpus {
namespace {

const std::vector<Case>& all_cases() {
  static const std::vector<Case> cases = [] {
    auto c = load_cases();
    if (!c) {
      fmt::print(stderr, "verifier corpus: {}\n", c.error().message);
      return std::vector<Case>{};
    }
    return *c;
  }();
  return cases;
}

const Recording& recording() {
  static const Recording r = [] {
    auto got = read_recording(recording_path());
    return got ? *got : Recording{};
  }();
  return r;
}

struct Outcome {
  Verdict kernel;
  VerifyResult ours;
  std::string kernel_note;  // "live kernel differs from the recording: ..." or empty
  std::string build_refusal;  // the kernel's line when this build refused the case for lacking a feature
  bool verdict_match = false;
  bool message_match = false;  // meaningful when the kernel rejected
  bool mismatch() const { return !verdict_match || (!kernel.accepted && !message_match); }
};

std::string describe(const Verdict& v) {
  return v.accepted ? "accept" : fmt::format("reject \"{}\"", v.error);
}

std::string describe(const VerifyResult& r) {
  return r.accepted ? "accept" : fmt::format("reject \"{}\"", r.error);
}

// The kernel's verdict (live when possible) and ours; an Error is a broken case or harness.
Expected<Outcome> judge(const Case& c) {
  Outcome o;
  const auto rec = recording().cases.find(c.name);
  if (!live_unavailable(c)) {
    auto live = kernel_verdict(c);
    if (!live) return live.error();
    o.kernel = *live;
    if (rec == recording().cases.end()) {
      o.kernel_note = "not in the recording (run tests/verifier/record.sh)";
    } else if (rec->second.accepted != live->accepted || rec->second.error != live->error) {
      o.kernel_note = fmt::format("live kernel {} differs from the recording ({}): {} vs {}", uname_release(),
                                  recording().kernel, describe(*live), describe(rec->second));
    }
  } else if (rec != recording().cases.end()) {
    o.kernel = rec->second;
  } else {
    return make_error(fmt::format("{}: no live kernel ({}) and not in {}", c.name, *live_unavailable(c),
                                  recording_path()));
  }
  auto input = bpfkit_input(c);
  if (!input) return make_error(fmt::format("{}: bpfkit cannot read the case: {}", c.name, input.error().message));
  if (!o.kernel.accepted) {
    KernelFailure refusal;
    refusal.err = o.kernel.err;
    refusal.log = o.kernel.error;
    // A helper refusal is this build's only where upstream's table lets the program call the helper: "cannot use
    // helper" is also the verdict on a program calling a helper its type (or struct_ops member) never may
    // (helper_not_allowed_*, c_sops_setsockopt_in_release).
    const auto why = classify_refusal(refusal, FeatureProbes{});
    const int32_t helper = refused_helper_id(o.kernel.error);
    if (why && (helper < 0 || upstream_has_helper(bpfkit_options(c), input->input, helper))) {
      static const auto upstream = upstream_verdicts();
      const auto up = upstream.find(c.name);
      if (up == upstream.end())
        return make_error(fmt::format("{}: this kernel refuses it for lacking a feature ({}); give upstream 6.18's "
                                      "verdict in tests/verifier/upstream_verdicts.txt",
                                      c.name, *why));
      o.build_refusal = *why;
      o.kernel = up->second;
    }
  }
  o.ours = verify(input->input, bpfkit_options(c));
  o.verdict_match = o.ours.accepted == o.kernel.accepted;
  o.message_match = !o.kernel.accepted && !o.ours.accepted && o.ours.error == o.kernel.error;
  return o;
}

}  // namespace

// gtest prints a parameter on failure: the case's name, not its bytes.
void PrintTo(const Case& c, std::ostream* os) { *os << c.name; }

namespace {

class VerifierCorpus : public ::testing::TestWithParam<Case> {};

TEST_P(VerifierCorpus, MatchesKernel) {
  const Case& c = GetParam();
  auto o = judge(c);
  ASSERT_TRUE(o) << o.error().message;
  if (!o->kernel_note.empty()) std::printf("note: %s\n", o->kernel_note.c_str());
  std::printf("%s (%s, %s, %s): kernel %s [%s], bpfkit %s\n", c.name.c_str(), c.file.c_str(),
              prog_type_name(c.type), c.privileged ? "privileged" : "unprivileged", describe(o->kernel).c_str(),
              o->kernel.origin.c_str(), describe(o->ours).c_str());
  const auto known = known_mismatches();
  const bool listed = known.count(c.name) > 0;
  if (o->mismatch() && !listed) {
    ADD_FAILURE() << (o->verdict_match ? "message" : "verdict") << " mismatch: kernel " << describe(o->kernel)
                  << ", bpfkit " << describe(o->ours)
                  << " (fix it, or list it in tests/verifier/known_mismatches.txt with a reason)";
  } else if (!o->mismatch() && listed) {
    ADD_FAILURE() << "matches the kernel now: remove it from tests/verifier/known_mismatches.txt";
  } else if (listed) {
    std::printf("known mismatch: %s\n", known.at(c.name).c_str());
  }
  if (c.exact_processed && o->kernel.processed > 0 && !listed) {
    EXPECT_EQ(int64_t(o->ours.processed_insns), o->kernel.processed) << "processed insns differ from the kernel's";
  }
  if (!o->build_refusal.empty() && !::testing::Test::HasFailure()) record_kernel_skip(o->build_refusal);
}

INSTANTIATE_TEST_SUITE_P(Corpus, VerifierCorpus, ::testing::ValuesIn(all_cases()),
                         [](const ::testing::TestParamInfo<Case>& info) { return info.param.name; });

TEST(VerifierCorpusSummary, Figures) {
  const auto& cases = all_cases();
  ASSERT_FALSE(cases.empty()) << "no cases: " << load_cases().error().message;
  const auto known = known_mismatches();
  size_t verdicts = 0, rejections = 0, messages = 0, kernel_accepted = 0, asm_cases = 0, from_source = 0;
  // Processed-instruction counts of cases both accept: how close pruning is to the kernel's.
  size_t insns_compared = 0, insns_equal = 0, insns_within_5pct = 0;
  std::vector<std::pair<double, std::string>> ratios;
  nlohmann::ordered_json mismatches = nlohmann::ordered_json::array();
  for (const Case& c : cases) {
    auto o = judge(c);
    ASSERT_TRUE(o) << o.error().message;
    asm_cases += c.is_asm;
    from_source += o->kernel.origin != "live";
    kernel_accepted += o->kernel.accepted;
    verdicts += o->verdict_match;
    if (o->kernel.accepted && o->ours.accepted && o->kernel.processed > 0) {
      ++insns_compared;
      const double k = double(o->kernel.processed), b = double(o->ours.processed_insns);
      insns_equal += k == b;
      insns_within_5pct += b <= k * 1.05 && b >= k * 0.95;
      ratios.push_back({b / k, fmt::format("{} {}/{}", c.name, o->ours.processed_insns, o->kernel.processed)});
    }
    if (!o->kernel.accepted) {
      ++rejections;
      messages += o->message_match;
    }
    if (o->mismatch()) {
      mismatches.push_back({{"case", c.name},
                            {"kind", o->verdict_match ? "message" : "verdict"},
                            {"kernel", describe(o->kernel)},
                            {"bpfkit", describe(o->ours)},
                            {"listed", known.count(c.name) > 0}});
    }
  }
  const size_t n = cases.size();
  std::printf("verdict match %zu/%zu, message match %zu/%zu rejections\n", verdicts, n, messages, rejections);
  std::printf("%zu cases (%zu asm, %zu C): kernel accepted %zu, rejected %zu; %zu from kernel source rules\n", n,
              asm_cases, n - asm_cases, kernel_accepted, n - kernel_accepted, from_source);
  nlohmann::ordered_json j;
  j["kernel"] = uname_release();
  j["cases"] = n;
  j["asm_cases"] = asm_cases;
  j["c_cases"] = n - asm_cases;
  j["kernel_accepted"] = kernel_accepted;
  j["kernel_rejected"] = n - kernel_accepted;
  j["from_kernel_source_rules"] = from_source;
  j["verdict_match"] = verdicts;
  j["rejections"] = rejections;
  j["message_match"] = messages;
  std::sort(ratios.begin(), ratios.end());
  std::printf("processed insns of %zu cases both accept: %zu equal, %zu within 5%%\n", insns_compared, insns_equal,
              insns_within_5pct);
  for (size_t i = 0; i < ratios.size() && i < 3; i++)
    std::printf("  lowest bpfkit/kernel %.3f: %s\n", ratios[i].first, ratios[i].second.c_str());
  for (size_t i = ratios.size() >= 5 ? ratios.size() - 5 : 0; i < ratios.size(); i++)
    std::printf("  highest bpfkit/kernel %.3f: %s\n", ratios[i].first, ratios[i].second.c_str());
  j["processed_insns_compared"] = insns_compared;
  j["processed_insns_equal"] = insns_equal;
  j["processed_insns_within_5pct"] = insns_within_5pct;
  j["mismatches"] = mismatches;
  std::ofstream(std::string(BPFKIT_BINARY_DIR) + "/verifier_corpus_summary.json") << j.dump(1) << "\n";

  size_t unlisted = 0;
  for (const auto& m : mismatches) unlisted += !m["listed"].get<bool>();
  EXPECT_EQ(unlisted, 0u) << "mismatches not in tests/verifier/known_mismatches.txt (see the per-case tests)";
  if (known.empty()) {
    EXPECT_EQ(verdicts, n) << "the acceptance asks for the kernel's verdict on every case";
    EXPECT_GE(messages * 10, rejections * 9) << "the acceptance asks for the kernel's message on 90% of rejections";
  }
}

}  // namespace
}  // namespace bpfkit::testing::vcorpus
