// freplace (BPF_PROG_TYPE_EXT) through bpfkit's kernel backend: tests/bpf/freplace_ext.bpf.c replaces the global
// function verdict() of tests/bpf/freplace_target.bpf.c's XDP program; BPF_PROG_TEST_RUN of the target shows the
// extension's answer while the link lives, and the target's own once it is gone. A kernel that refuses the
// extension for lack of a feature (EPERM: lockdown, no trampolines) is a skip with its message.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include "bpfkit/kernel.h"
#include "bpfkit/kernel_attach.h"
#include "bpfkit/object.h"
#include "support/cli_fixture.h"
#include "support/kernel_refusal.h"

namespace bpfkit::testing {
namespace {

const std::string kTarget = BPFKIT_BINARY_DIR "/bpf/freplace_target.o";
const std::string kExt = BPFKIT_BINARY_DIR "/bpf/freplace_ext.o";
constexpr uint32_t kXdpDrop = 1, kXdpPass = 2;
constexpr uint32_t kProgTypeExt = 28;

class Freplace : public ::testing::Test {
 protected:
  void SetUp() override {
    if (auto why = kernel::bpf_unavailable()) GTEST_SKIP() << "needs bpf(): " << *why;
    auto spec = ObjectSpec::open(kTarget);
    ASSERT_TRUE(spec) << spec.error().message;
    auto obj = KernelObject::load(std::move(*spec));
    ASSERT_TRUE(obj) << obj.error().message;
    target_ = std::move(*obj);
  }

  uint32_t run_target() {
    std::vector<uint8_t> packet(64, 0);
    TestRunOptions o;
    o.data_in = packet;
    auto r = target_->test_run("xdp_entry", o);
    EXPECT_TRUE(r) << r.error().message;
    return r ? uint32_t(r->retval) : ~0u;
  }

  // The extension loaded against the target; nullptr (and a recorded skip) when the kernel refuses freplace.
  std::unique_ptr<KernelObject> load_ext() {
    auto spec = ObjectSpec::open(kExt);
    EXPECT_TRUE(spec) << spec.error().message;
    if (!spec) return nullptr;
    KernelLoadOptions lo;
    lo.attach_prog_fds[""] = target_->program("xdp_entry")->fd.get();
    std::string log;
    lo.failure_log = &log;
    auto ext = KernelObject::load(std::move(*spec), lo);
    if (ext) return std::move(*ext);
    KernelFailure f;
    f.stage = KernelFailure::Stage::Load;
    f.err = ext.error().error_number;
    f.log = log.empty() ? ext.error().message : log;
    f.prog_types = {kProgTypeExt};
    if (!skip_for_kernel_refusal(f, [] {})) ADD_FAILURE() << ext.error().to_string();
    return nullptr;
  }

  std::unique_ptr<KernelObject> target_;
};

TEST_F(Freplace, ReplacesAGlobalFunctionWhileAttached) {
  ASSERT_EQ(run_target(), kXdpPass);
  auto ext = load_ext();
  if (!ext) return;
  const KernelObject::LoadedProgram* p = ext->program("new_verdict");
  ASSERT_NE(p, nullptr);
  EXPECT_NE(p->attach_btf_id, 0u);
  auto info = kernel::prog_info(p->fd.get());
  ASSERT_TRUE(info);
  EXPECT_EQ(info->type, ProgType::Ext);
  // Loaded is not attached: the target still answers for itself.
  EXPECT_EQ(run_target(), kXdpPass);
  {
    auto link = kernel::attach_program(*p->spec, p->fd.get());
    ASSERT_TRUE(link) << link.error().message;
    EXPECT_EQ(link->method, "freplace");
    EXPECT_EQ(link->target, "verdict");
    EXPECT_NE(link->link_id, 0u);
    EXPECT_EQ(run_target(), kXdpDrop);
  }
  EXPECT_EQ(run_target(), kXdpPass) << "the extension still runs after its link was destroyed";
}

TEST_F(Freplace, WithoutATargetIsOneLineError) {
  auto spec = ObjectSpec::open(kExt);
  ASSERT_TRUE(spec);
  auto ext = KernelObject::load(std::move(*spec));
  ASSERT_FALSE(ext);
  EXPECT_EQ(ext.error().program, "new_verdict");
  EXPECT_NE(ext.error().message.find("no target program was given"), std::string::npos) << ext.error().message;
  EXPECT_EQ(ext.error().message.find('\n'), std::string::npos);
}

TEST_F(Freplace, TargetWithoutTheFunctionIsOneLineError) {
  // A target whose BTF has no function named verdict: the extension's own object, loaded as a plain XDP target
  // would not do (it is freplace itself), so use a program of another test object.
  auto other = ObjectSpec::open(BPFKIT_BINARY_DIR "/bpf/net_attach.o");
  ASSERT_TRUE(other);
  auto obj = KernelObject::load(std::move(*other));
  ASSERT_TRUE(obj) << obj.error().message;
  auto spec = ObjectSpec::open(kExt);
  ASSERT_TRUE(spec);
  KernelLoadOptions lo;
  lo.attach_prog_fds["new_verdict"] = (*obj)->program("net_xdp")->fd.get();
  auto ext = KernelObject::load(std::move(*spec), lo);
  ASSERT_FALSE(ext);
  EXPECT_NE(ext.error().message.find("has no function 'verdict'"), std::string::npos) << ext.error().message;
}

// `bpfkit load --target PROG=OBJ[:TPROG]`: the target is loaded first, the extension against it, then attached.
class FreplaceCli : public CliTest {
 protected:
  void SetUp() override {
    CliTest::SetUp();
    if (auto why = kernel::bpf_unavailable()) GTEST_SKIP() << "needs bpf(): " << *why;
  }
  // The kernel's refusal of freplace itself (EPERM on this project's lockdown kernels) is a skip; anything else is
  // checked by the caller.
  bool refused_for_lack_of_freplace(const Result& r) {
    if (r.code == 0 || r.err.find("BPF_PROG_LOAD 'new_verdict': Operation not permitted") == std::string::npos)
      return false;
    record_kernel_skip("EPERM: this kernel refuses freplace (BPF_PROG_TYPE_EXT) programs: " + r.err);
    return true;
  }
};

TEST_F(FreplaceCli, LoadsAgainstATargetObjectAndAttaches) {
  Result r = bpfkit({"load", kExt, "--attach", "--target", "new_verdict=" + kTarget + ":xdp_entry", "--duration",
                     "0.1", "--json"});
  if (refused_for_lack_of_freplace(r)) return;
  ASSERT_EQ(r.code, 0) << r.err;
  json j = json::parse(r.out.substr(0, r.out.find('\n')));
  EXPECT_EQ(j["links"][0]["method"], "freplace") << j.dump();
  EXPECT_EQ(j["links"][0]["target"], "verdict") << j.dump();
}

TEST_F(FreplaceCli, PinnedTarget) {
  const std::string pin = "/sys/fs/bpf/bpfkit-freplace-test-" + std::to_string(getpid());
  Result pinned = bpfkit({"load", kTarget, "--pin", pin});
  if (pinned.code != 0) GTEST_SKIP() << "cannot pin under /sys/fs/bpf: " << pinned.err;
  Result r = bpfkit({"load", kExt, "--target", "new_verdict=" + pin + "/prog_xdp_entry"});
  std::filesystem::remove_all(pin);
  if (refused_for_lack_of_freplace(r)) return;
  EXPECT_EQ(r.code, 0) << r.err;
}

TEST_F(FreplaceCli, BadTargetsAreOneLineErrors) {
  Result none = bpfkit({"load", kExt});
  EXPECT_EQ(none.code, 2);
  EXPECT_NE(none.err.find("no target program was given"), std::string::npos) << none.err;
  Result missing = bpfkit({"load", kExt, "--target", "new_verdict=" + (dir_ / "nope.o").string()});
  EXPECT_EQ(missing.code, 2);
  EXPECT_NE(missing.err.find("nope.o"), std::string::npos) << missing.err;
  Result ambiguous = bpfkit({"load", kExt, "--target", "new_verdict=" BPFKIT_BINARY_DIR "/bpf/net_attach.o"});
  EXPECT_EQ(ambiguous.code, 2);
  EXPECT_NE(ambiguous.err.find("has 4 programs: name one"), std::string::npos) << ambiguous.err;
  Result no_func = bpfkit({"load", kExt, "--target", "new_verdict=" BPFKIT_BINARY_DIR "/bpf/net_attach.o:net_xdp"});
  EXPECT_EQ(no_func.code, 2);
  EXPECT_NE(no_func.err.find("has no function 'verdict'"), std::string::npos) << no_func.err;
  for (const Result* r : {&none, &missing, &ambiguous, &no_func})
    EXPECT_EQ(std::count(r->err.begin(), r->err.end(), '\n'), 1) << r->err;
}

}  // namespace
}  // namespace bpfkit::testing
