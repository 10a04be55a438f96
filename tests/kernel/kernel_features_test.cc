// Feature probes (kernel_features.h) against the running kernel: the verdicts agree with direct loads, overrides win,
// the profile round-trips through its file. Skips without bpf().
#include <gtest/gtest.h>

#include <chrono>
#include <fstream>
#include <iostream>

#include "bpfkit/kernel_features.h"
#include "bpfkit/kernel_sys.h"

namespace bpfkit {
namespace {

#define SKIP_WITHOUT_BPF()                                                         \
  do {                                                                             \
    if (auto why = kernel::bpf_unavailable()) GTEST_SKIP() << "kernel: " << *why;  \
  } while (0)

constexpr int32_t kXdpAdjustMeta = 54, kMapLookup = 1, kSkbLoadBytes = 26;

const KernelFeatures& probed() {
  static const KernelFeatures f = [] {
    const auto start = std::chrono::steady_clock::now();
    auto r = probe_kernel_features();
    EXPECT_TRUE(r) << r.error().to_string();
    std::cout << "[ probe    ] "
              << std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count() << " s\n";
    return r ? *r : KernelFeatures{};
  }();
  return f;
}

// What loading `call id; exit` as `type` says, read directly.
std::string direct_log(ProgType type, int32_t id) {
  const Insn prog[] = {make_insn(0x85, 0, 0, 0, id), make_insn(0x95)};
  std::vector<char> log(16384);
  kernel::ProgLoadAttr a;
  a.type = type;
  a.insns = prog;
  a.log_level = 1;
  a.log_buf = log;
  auto fd = kernel::prog_load(a);
  return fd ? "" : std::string(log.data());
}

TEST(KernelFeatures, BasicTypesAndHelpers) {
  SKIP_WITHOUT_BPF();
  const KernelFeatures& f = probed();
  EXPECT_TRUE(f.prog_types.at(ProgType::Xdp));
  EXPECT_TRUE(f.prog_types.at(ProgType::SocketFilter));
  EXPECT_TRUE(f.map_types.at(MapType::Hash));
  EXPECT_TRUE(f.map_types.at(MapType::Ringbuf));
  ASSERT_TRUE(f.helpers.contains(ProgType::Xdp));
  EXPECT_TRUE(f.helpers.at(ProgType::Xdp).contains(kMapLookup));
  // XDP may not call bpf_skb_load_bytes: the kernel says "program of this type cannot use helper".
  EXPECT_FALSE(f.helpers.at(ProgType::Xdp).contains(kSkbLoadBytes));
  EXPECT_TRUE(f.helpers_refused.at(ProgType::Xdp).contains(kSkbLoadBytes));
  EXPECT_GT(f.helpers.at(ProgType::SchedCls).size(), 50u);
}

// The case bpftool 7.1 gets wrong: whatever this kernel build says about bpf_xdp_adjust_meta in XDP, the probe says
// the same.
TEST(KernelFeatures, XdpAdjustMetaFollowsTheKernel) {
  SKIP_WITHOUT_BPF();
  const KernelFeatures& f = probed();
  const std::string log = direct_log(ProgType::Xdp, kXdpAdjustMeta);
  const bool refused = log.find("program of this type cannot use helper") != std::string::npos;
  EXPECT_EQ(f.helpers.at(ProgType::Xdp).contains(kXdpAdjustMeta), !refused) << log;
  EXPECT_EQ(f.helpers_refused.at(ProgType::Xdp).contains(kXdpAdjustMeta), refused) << log;
}

TEST(KernelFeatures, FentrySleepableSyscallPrefix) {
  SKIP_WITHOUT_BPF();
  const KernelFeatures& f = probed();
  EXPECT_FALSE(f.fentry.probe.empty());
  if (f.fentry.probe == "ok" || f.fentry.probe.starts_with("E")) {
    EXPECT_EQ(f.fentry.available, f.fentry.probe == "ok");
  }
  std::cout << "[ fentry   ] available=" << f.fentry.available << " probe=" << f.fentry.probe
            << " kconfig=" << (f.fentry.kconfig ? (*f.fentry.kconfig ? "y" : "n") : "unreadable") << "\n";
  EXPECT_FALSE(f.sleepable_probe.empty());
#if defined(__x86_64__)
  std::ifstream kallsyms("/proc/kallsyms");
  if (kallsyms) {
    EXPECT_EQ(f.syscall_prefix, "__x64_sys_") << f.syscall_prefix_source;
  }
#endif
}

TEST(KernelFeatures, OverridesWin) {
  SKIP_WITHOUT_BPF();
  FeatureProbeOptions o;
  o.probe_helpers = true;
  o.overrides = {"prog_type.sk_msg=no",          "map_type.ringbuf=no", "helper.xdp.bpf_map_lookup_elem=no",
                 "helper.xdp.26=yes",            "fentry=yes",          "sleepable=no",
                 "syscall_prefix=__arm64_sys_"};
  auto f = probe_kernel_features(o);
  ASSERT_TRUE(f) << f.error().to_string();
  EXPECT_FALSE(f->prog_types.at(ProgType::SkMsg));
  EXPECT_FALSE(f->helpers.contains(ProgType::SkMsg));
  EXPECT_FALSE(f->map_types.at(MapType::Ringbuf));
  EXPECT_FALSE(f->helpers.at(ProgType::Xdp).contains(kMapLookup));
  EXPECT_TRUE(f->helpers.at(ProgType::Xdp).contains(kSkbLoadBytes));
  EXPECT_TRUE(f->fentry.available);
  EXPECT_FALSE(f->sleepable);
  EXPECT_EQ(f->syscall_prefix, "__arm64_sys_");
  const VerifierProfile p = f->to_profile();
  EXPECT_FALSE(p.map_types.contains(MapType::Ringbuf));
  EXPECT_FALSE(p.has_helper(ProgType::Xdp, kMapLookup));

  for (const char* bad : {"xdp", "prog_type.nope=yes", "fentry=maybe", "helper.xdp.no_such_helper=yes", "what=yes"}) {
    FeatureProbeOptions b;
    b.overrides = {bad};
    b.probe_helpers = false;
    auto r = probe_kernel_features(b);
    ASSERT_FALSE(r) << bad;
    EXPECT_NE(r.error().message.find(bad), std::string::npos) << r.error().message;
  }
}

TEST(KernelFeatures, ProfileRoundTrip) {
  SKIP_WITHOUT_BPF();
  const VerifierProfile p = probed().to_profile();
  char path[] = "/tmp/bpfkit-profile-XXXXXX";
  int fd = mkstemp(path);
  ASSERT_GE(fd, 0);
  close(fd);
  std::ofstream(path) << profile_to_json(p);
  auto back = load_profile(path);
  unlink(path);
  ASSERT_TRUE(back) << back.error().to_string();
  // Types the probe could not load a program of (tracing, LSM, ...) are absent and fall back on the version facts.
  for (const auto& [type, ids] : p.helpers) EXPECT_EQ(back->helpers[type], ids) << prog_type_name(type);
  EXPECT_EQ(back->map_types, p.map_types);
  EXPECT_EQ(back->prog_types, p.prog_types);
  EXPECT_EQ(back->kernel_version, p.kernel_version);
}

}  // namespace
}  // namespace bpfkit
