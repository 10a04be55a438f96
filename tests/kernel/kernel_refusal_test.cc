// The rule that turns a kernel refusal into a skip (support/kernel_refusal.h): only a feature this kernel build
// lacks qualifies; an invalid program, a verifier rule or a wrong errno stays a failure. The rule is checked with
// made-up failures and fake feature probes, with the running kernel's own messages, and with the
// BPFKIT_TEST_KERNEL_LACKS_HELPERS simulation.
#include <gtest/gtest.h>

#include <cerrno>
#include <cstdlib>
#include <optional>
#include <string>

#include "bpfkit/asm.h"
#include "support/kernel_refusal.h"
#include "support/kernel_runner.h"

namespace bpfkit::testing {
namespace {

KernelFailure load_failure(int err, std::string log) {
  KernelFailure f;
  f.err = err;
  f.log = std::move(log);
  return f;
}

// Probes that know nothing: only the verifier's wording can qualify a load failure.
FeatureProbes no_probes() {
  FeatureProbes p;
  p.prog_type = [](uint32_t) { return -1; };
  p.map_type = [](uint32_t) { return -1; };
  p.has_probe_events = [](const std::string&) { return true; };
  return p;
}

TEST(KernelRefusal, MissingHelperWordings) {
  const char* lines[] = {"program of this type cannot use helper bpf_xdp_adjust_meta#54",
                         "unknown func bpf_xdp_adjust_meta#54", "invalid func unknown#212"};
  for (const char* line : lines) {
    SCOPED_TRACE(line);
    const std::string log = std::string("0: R1=ctx() R10=fp0\n0: (85) call x#54\n") + line +
                            "\nprocessed 1 insns (limit 1000000)\n";
    EXPECT_EQ(classify_refusal(load_failure(EINVAL, log), no_probes()), std::optional<std::string>(line));
    // The same words with another errno, or at another stage, are not the verifier's helper check.
    EXPECT_EQ(classify_refusal(load_failure(EACCES, log), no_probes()), std::nullopt);
    KernelFailure attach = load_failure(EINVAL, log);
    attach.stage = KernelFailure::Stage::Attach;
    EXPECT_EQ(classify_refusal(attach, no_probes()), std::nullopt);
  }
}

TEST(KernelRefusal, OtherVerifierErrorsStayFailures) {
  for (const char* log : {"0: (95) exit\nR0 !read_ok\n", "invalid access to packet, off=0 size=4\n",
                          "unreachable insn 3\n", "R2 !read_ok\n", "",
                          // Near misses: the wording inside a longer line, or without the helper id.
                          "arg#0 program of this type cannot use helper bpf_x#1 here\n",
                          "program of this type cannot use helper bpf_xdp_adjust_meta\n",
                          "unknown func bpf_x#\n"}) {
    SCOPED_TRACE(log);
    EXPECT_EQ(classify_refusal(load_failure(EINVAL, log), no_probes()), std::nullopt);
  }
}

TEST(KernelRefusal, RefusedHelperId) {
  EXPECT_EQ(refused_helper_id("program of this type cannot use helper bpf_xdp_adjust_meta#54"), 54);
  EXPECT_EQ(refused_helper_id("unknown func bpf_x#7"), 7);
  EXPECT_EQ(refused_helper_id("invalid func unknown#212"), 212);
  EXPECT_EQ(refused_helper_id("R1 invalid mem access 'scalar'"), -1);
  EXPECT_EQ(refused_helper_id("program of this type cannot use helper bpf_x"), -1);
}

TEST(KernelRefusal, KfuncRefusedByTheBuild) {
  const std::string line = "bpf_dynptr_slice_rdwr() is not allowed";
  const std::string log = "12: (85) call bpf_dynptr_slice_rdwr#78543\n" + line + "\nprocessed 11 insns\n";
  EXPECT_EQ(classify_refusal(load_failure(EPERM, log), no_probes()), std::optional<std::string>(line));
  // Only with EPERM, and only the whole line: upstream's "calling kernel function X is not allowed" (a kfunc the
  // program type may not call) is a verdict on the program.
  EXPECT_EQ(classify_refusal(load_failure(EACCES, log), no_probes()), std::nullopt);
  EXPECT_EQ(classify_refusal(load_failure(EPERM, "calling kernel function bpf_x is not allowed\n"), no_probes()),
            std::nullopt);
  EXPECT_EQ(classify_refusal(load_failure(EPERM, "R1 bpf_x() is not allowed here\n"), no_probes()), std::nullopt);
}

TEST(KernelRefusal, TypesNeedTheProbeToConfirm) {
  FeatureProbes p = no_probes();
  p.prog_type = [](uint32_t t) { return t == 99 ? 0 : 1; };
  p.map_type = [](uint32_t t) { return t == 77 ? 0 : t == 78 ? -22 : 1; };
  KernelFailure f = load_failure(EINVAL, "");
  f.prog_types = {6, 99};
  ASSERT_TRUE(classify_refusal(f, p).has_value());
  EXPECT_NE(classify_refusal(f, p)->find("program type 99"), std::string::npos);
  f.prog_types = {6};  // the probe says the kernel has it: some other reason
  EXPECT_EQ(classify_refusal(f, p), std::nullopt);
  f.map_types = {1, 77};
  ASSERT_TRUE(classify_refusal(f, p).has_value());
  EXPECT_NE(classify_refusal(f, p)->find("map type 77"), std::string::npos);
  f.map_types = {78};  // the probe itself failed: not confirmed
  EXPECT_EQ(classify_refusal(f, p), std::nullopt);
  KernelFailure create = load_failure(EINVAL, "");
  create.stage = KernelFailure::Stage::MapCreate;
  create.map_types = {77};
  EXPECT_TRUE(classify_refusal(create, p).has_value());
  create.err = ENOMEM;  // a real error, whatever the type
  EXPECT_EQ(classify_refusal(create, p), std::nullopt);
}

TEST(KernelRefusal, TrampolineAttachEperm) {
  for (uint32_t t : {24u, 25u, 26u, 27u}) {  // fentry, fexit, fmod_ret, lsm
    KernelFailure f = load_failure(EPERM, "");
    f.attach_type = t;
    EXPECT_TRUE(classify_refusal(f, no_probes()).has_value()) << t;
    f.stage = KernelFailure::Stage::Attach;
    EXPECT_TRUE(classify_refusal(f, no_probes()).has_value()) << t;
    f.err = EINVAL;
    EXPECT_EQ(classify_refusal(f, no_probes()), std::nullopt) << t;
  }
  KernelFailure plain = load_failure(EPERM, "");  // no attach type: missing privileges, not a missing feature
  EXPECT_EQ(classify_refusal(plain, no_probes()), std::nullopt);
  plain.attach_type = 37;  // BPF_XDP: not a trampoline
  EXPECT_EQ(classify_refusal(plain, no_probes()), std::nullopt);
}

TEST(KernelRefusal, MissingKprobeSupport) {
  FeatureProbes none = no_probes();
  none.has_probe_events = [](const std::string&) { return false; };
  KernelFailure f = load_failure(ENOENT, "");
  f.stage = KernelFailure::Stage::Attach;
  f.probe_kind = "kprobe";
  EXPECT_TRUE(classify_refusal(f, none).has_value());
  // With a kprobe PMU or tracefs file present, ENOENT means a missing symbol: a failure.
  EXPECT_EQ(classify_refusal(f, no_probes()), std::nullopt);
  f.err = EINVAL;
  EXPECT_EQ(classify_refusal(f, none), std::nullopt);
  f.err = ENOENT;
  f.probe_kind.clear();
  EXPECT_EQ(classify_refusal(f, none), std::nullopt);
}

// Sets (or, with nullptr, unsets) an environment variable for one scope.
class EnvVar {
 public:
  EnvVar(const char* name, const char* value) : name_(name) {
    if (const char* old = std::getenv(name)) old_ = old;
    if (value) setenv(name, value, 1);
    else unsetenv(name);
  }
  ~EnvVar() {
    if (old_) setenv(name_, old_->c_str(), 1);
    else unsetenv(name_);
  }
  EnvVar(const EnvVar&) = delete;
  EnvVar& operator=(const EnvVar&) = delete;

 private:
  const char* name_;
  std::optional<std::string> old_;
};

std::vector<Insn> program(const char* text) {
  auto p = assemble(text);
  EXPECT_TRUE(p) << (p ? "" : p.error().to_string());
  return p ? *p : std::vector<Insn>{};
}

TEST(KernelRefusal, SimulatedMissingHelper) {
  const auto meta = program("r2 = -4\ncall bpf_xdp_adjust_meta\nexit\n");
  const auto other = program("r2 = -4\ncall bpf_xdp_adjust_head\nexit\n");
  {
    EnvVar env("BPFKIT_TEST_KERNEL_LACKS_HELPERS", "7,54,junk,");
    EXPECT_EQ(simulated_missing_helpers(), (std::vector<int32_t>{7, 54}));
    auto f = simulated_refusal(meta);
    ASSERT_TRUE(f.has_value());
    EXPECT_EQ(f->err, EINVAL);
    EXPECT_EQ(classify_refusal(*f, no_probes()),
              std::optional<std::string>("program of this type cannot use helper bpf_xdp_adjust_meta#54"));
    EXPECT_EQ(simulated_refusal(other), std::nullopt);
  }
  EnvVar unset("BPFKIT_TEST_KERNEL_LACKS_HELPERS", nullptr);
  EXPECT_EQ(simulated_refusal(meta), std::nullopt) << "no simulation without the variable";
}

// The running kernel's own words: a helper SCHED_CLS programs cannot call, and a helper id past the last one, are
// what a kernel lacking a helper says; an invalid program is not.
TEST(KernelRefusal, RunningKernelMessages) {
  if (const auto& why = kernel_unavailable()) GTEST_SKIP() << *why;
  const std::vector<uint8_t> mem(16, 0);
  auto classify_raw = [&](const std::vector<Insn>& prog) -> std::optional<std::string> {
    auto k = kernel_run_raw(prog, mem);
    EXPECT_TRUE(k) << (k ? "" : k.error().to_string());
    if (!k) return std::nullopt;
    EXPECT_FALSE(k->loaded);
    KernelFailure f = load_failure(k->load_errno, k->verifier_log);
    f.prog_types = {3};  // SCHED_CLS
    return classify_refusal(f);
  };
  // bpf_override_return is for kprobe programs only (the verifier looks the helper up before its arguments).
  EXPECT_EQ(classify_raw(program("r0 = 0\ncall bpf_override_return\nexit\n")),
            std::optional<std::string>("program of this type cannot use helper bpf_override_return#58"));
  auto far = program("r0 = 0\ncall 100000\nexit\n");
  EXPECT_EQ(classify_raw(far), std::optional<std::string>("invalid func unknown#100000"));
  // Invalid programs: R0 never set; an out-of-bounds stack access.
  EXPECT_EQ(classify_raw(program("exit\n")), std::nullopt);
  EXPECT_EQ(classify_raw(program("r0 = *(u64 *)(r10 + 8)\nexit\n")), std::nullopt);
  // The probes the type rule relies on answer on this kernel.
  const FeatureProbes probes = FeatureProbes::running_kernel();
  EXPECT_EQ(probes.prog_type(6), 1);  // BPF_PROG_TYPE_XDP
  EXPECT_EQ(probes.map_type(2), 1);   // BPF_MAP_TYPE_ARRAY
}

TEST(KernelRefusal, SimulationReachesTheRawRunner) {
  if (const auto& why = kernel_unavailable()) GTEST_SKIP() << *why;
  EnvVar env("BPFKIT_TEST_KERNEL_LACKS_HELPERS", "5");  // bpf_ktime_get_ns
  auto k = kernel_run_raw(program("call bpf_ktime_get_ns\nr0 = 0\nexit\n"), std::vector<uint8_t>(16, 0));
  ASSERT_TRUE(k) << k.error().to_string();
  EXPECT_FALSE(k->loaded);
  KernelFailure f = load_failure(k->load_errno, k->verifier_log);
  EXPECT_EQ(classify_refusal(f), std::optional<std::string>("program of this type cannot use helper bpf_ktime_get_ns#5"));
}

}  // namespace
}  // namespace bpfkit::testing
