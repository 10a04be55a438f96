// Real programs against the kernel's verifier: every entry program of tests/bpf/*.bpf.c and tests/bpf/corpus/*.bpf.c
// (built into build/bpf/), loaded alone through libbpf, and verified by bpfkit through
// VerifierInput::from_linked(obj, link_program(obj, prog)). The verdicts must be equal, and when both accept, so must
// the processed-instruction counts (pruning as the kernel's). A program the kernel does not get to verify (libbpf
// stops before BPF_PROG_LOAD: an extern this kernel lacks, a type it refuses with EPERM) is skipped with the
// kernel's message. Mismatches listed in tests/verifier/known_mismatches.txt are expected, and fail once they match:
// a verdict as "real:OBJ/PROG", a count as "processed:real:OBJ/PROG".
//
// A program the kernel refuses because this kernel build lacks a helper ("program of this type cannot use helper
// NAME#ID": the v1300 build of 6.18.44 refuses bpf_xdp_adjust_meta in XDP) is a property of the kernel, not a
// verdict to match with upstream's rules (tests/bpf/corpus/README.md). bpfkit's half is still checked: given a
// profile in which the program type lacks that helper, as `bpfkit feature probe` would write it for this kernel,
// bpfkit must refuse the program with the kernel's line; then the test reports a skip with the kernel's message.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstring>
#include <cstdlib>
#include <filesystem>
#include <set>

#include <fmt/format.h>

#include "bpfkit/link.h"
#include "bpfkit/runtime.h"
#include "support/kernel_refusal.h"
#include "support/verifier_corpus.h"

namespace bpfkit::testing::vcorpus {
namespace {
namespace fs = std::filesystem;

struct RealProgram {
  std::string object;  // build/bpf/NAME.o
  std::string stem;
  std::string prog;
  std::string id() const { return "real:" + stem + "/" + prog; }
};

std::vector<RealProgram> real_programs() {
  std::vector<RealProgram> out;
  std::vector<fs::path> sources;
  for (const char* dir : {"/tests/bpf", "/tests/bpf/corpus"}) {
    for (const auto& e : fs::directory_iterator(std::string(BPFKIT_SOURCE_DIR) + dir)) {
      const std::string f = e.path().filename().string();
      if (f.ends_with(".bpf.c")) sources.push_back(e.path());
    }
  }
  std::sort(sources.begin(), sources.end());
  for (const auto& src : sources) {
    const std::string f = src.filename().string();
    const std::string stem = f.substr(0, f.size() - 6);
    const std::string obj = std::string(BPFKIT_BINARY_DIR) + "/bpf/" + stem + ".o";
    auto spec = ObjectSpec::open(obj);
    if (!spec) continue;  // reported by NamesEveryObject
    for (const auto& p : spec->programs()) out.push_back({obj, stem, p.name});
  }
  return out;
}

std::string gtest_name(const RealProgram& p) {
  std::string s = p.stem + "__" + p.prog;
  for (char& ch : s) {
    if (!std::isalnum(static_cast<unsigned char>(ch))) ch = '_';
  }
  return s;
}

void PrintTo(const RealProgram& p, std::ostream* os) { *os << p.id(); }

// `base` with helper id taken away from type, as a probe of a kernel lacking it would say.
VerifierProfile without_helper(VerifierProfile base, ProgType type, int32_t id) {
  std::set<int32_t> allowed;
  for (int32_t h = 1; h < 512; ++h) {
    if (h != id && base.has_helper(type, h)) allowed.insert(h);
  }
  base.helpers[type] = std::move(allowed);
  base.source = "running kernel without helper " + std::to_string(id);
  return base;
}

class VerifierRealPrograms : public ::testing::TestWithParam<RealProgram> {};

TEST_P(VerifierRealPrograms, KernelVerdict) {
  const RealProgram& p = GetParam();
  auto obj = ObjectSpec::open(p.object);
  ASSERT_TRUE(obj) << obj.error().message;
  const ProgramSpec* spec = obj->program(p.prog);
  ASSERT_NE(spec, nullptr);

  Case c;
  c.name = p.id();
  c.object = p.object;
  c.prog = p.prog;
  c.type = spec->type;
  if (const auto why = live_unavailable(c)) GTEST_SKIP() << *why;
  auto kernel = kernel_verdict(c);
  if (!kernel) GTEST_SKIP() << "the kernel did not verify it: " << kernel.error().message;
  // A struct_ops program no .struct_ops map names gets no attach_btf_id from libbpf, and the kernel's
  // check_struct_ops_btf_id refuses it with ENOTSUPP and an empty log: a verdict bpfkit must give too.
  constexpr int kEnotsupp = 524;
  const bool struct_ops_unattached = spec->type == ProgType::StructOps && kernel->err == kEnotsupp;
  if (!kernel->accepted && kernel->error.empty() && kernel->processed <= 0 && !struct_ops_unattached) {
    // Refused before the verifier looked at an instruction ("processed 0 insns" or no log): a type this kernel
    // will not load (EPERM). Not a verdict on the code.
    GTEST_SKIP() << "the kernel refused it before verifying it: " << std::strerror(kernel->err);
  }

  auto linked = link_program(*obj, *spec);
  ASSERT_TRUE(linked) << "bpfkit cannot link it, the kernel " << (kernel->accepted ? "accepted" : "rejected")
                      << " it: " << linked.error().message;
  auto kconfig = kconfig_map_value(*obj, LoadOptions{});  // as libbpf fills .kconfig for the kernel
  ASSERT_TRUE(kconfig) << kconfig.error().message;
  const VerifierInput input = VerifierInput::from_linked(*obj, *linked, *kconfig);
  VerifyOptions opts;
  opts.profile = VerifierProfile::running_kernel(true);
  const VerifyResult ours = verify(input, opts);
  std::printf("%s: kernel %s%s, bpfkit %s%s\n", p.id().c_str(), kernel->accepted ? "accept" : "reject ",
              kernel->error.c_str(), ours.accepted ? "accept" : "reject ", ours.error.c_str());

  if (!kernel->accepted) {
    testing::KernelFailure refusal;
    refusal.err = kernel->err;
    refusal.log = kernel->error;
    const int32_t missing = testing::refused_helper_id(kernel->error);
    // Only where upstream's table lets the type call the helper: otherwise "cannot use helper" is the verdict on a
    // program calling a helper its type never may, which bpfkit must give on its own.
    if (missing > 0 && upstream_has_helper(opts, input, missing) &&
        testing::classify_refusal(refusal, testing::FeatureProbes{})) {
      VerifyOptions lacking;
      lacking.profile = without_helper(opts.profile, spec->type, missing);
      const VerifyResult probed = verify(input, lacking);
      EXPECT_FALSE(probed.accepted) << "with the helper taken away, bpfkit still accepts";
      EXPECT_EQ(probed.error, kernel->error);
      if (!::testing::Test::HasFailure()) testing::record_kernel_skip(kernel->error);
      return;
    }
  }

  const auto known = known_mismatches();
  const bool listed = known.count(p.id()) > 0;
  const bool match = ours.accepted == kernel->accepted;
  if (!match && !listed) {
    ADD_FAILURE() << "verdict mismatch: kernel " << (kernel->accepted ? "accepts" : "rejects \"" + kernel->error + "\"")
                  << ", bpfkit " << (ours.accepted ? "accepts" : "rejects \"" + ours.error + "\"")
                  << " (fix it, or list " << p.id() << " in tests/verifier/known_mismatches.txt)";
  } else if (match && listed) {
    ADD_FAILURE() << "matches the kernel now: remove " << p.id() << " from tests/verifier/known_mismatches.txt";
  }

  if (!kernel->accepted || !ours.accepted || kernel->processed <= 0) return;
  std::printf("processed insns %s: kernel %lld, bpfkit %llu\n", p.id().c_str(), (long long)kernel->processed,
              (unsigned long long)ours.processed_insns);
  const std::string count_id = "processed:" + p.id();
  const bool count_listed = known.count(count_id) > 0;
  const bool count_match = int64_t(ours.processed_insns) == kernel->processed;
  if (!count_match && !count_listed) {
    ADD_FAILURE() << "processed insns differ: kernel " << kernel->processed << ", bpfkit " << ours.processed_insns
                  << ": bpfkit prunes " << (int64_t(ours.processed_insns) < kernel->processed ? "more" : "less")
                  << " than the kernel (fix it, or list " << count_id << " in tests/verifier/known_mismatches.txt)";
  } else if (count_match && count_listed) {
    ADD_FAILURE() << "processed insns match the kernel now: remove " << count_id
                  << " from tests/verifier/known_mismatches.txt";
  }
}

INSTANTIATE_TEST_SUITE_P(Real, VerifierRealPrograms, ::testing::ValuesIn(real_programs()),
                         [](const ::testing::TestParamInfo<RealProgram>& info) { return gtest_name(info.param); });

TEST(VerifierRealProgramsList, NamesEveryObject) {
  for (const char* dir : {"/tests/bpf", "/tests/bpf/corpus"}) {
    for (const auto& e : fs::directory_iterator(std::string(BPFKIT_SOURCE_DIR) + dir)) {
      const std::string f = e.path().filename().string();
      if (!f.ends_with(".bpf.c")) continue;
      const std::string obj = std::string(BPFKIT_BINARY_DIR) + "/bpf/" + f.substr(0, f.size() - 6) + ".o";
      auto spec = ObjectSpec::open(obj);
      EXPECT_TRUE(spec) << obj << ": " << (spec ? "" : spec.error().message);
    }
  }
}

}  // namespace
}  // namespace bpfkit::testing::vcorpus
