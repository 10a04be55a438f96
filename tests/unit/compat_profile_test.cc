// Version facts (compat.h) and verifier profiles: for_kernel, has_helper, and the profile file's round trip.
#include <unistd.h>

#include <cstdio>
#include <fstream>
#include <string>

#include <gtest/gtest.h>

#include "bpfkit/compat.h"
#include "bpfkit/helper_protos.h"
#include "bpfkit/verifier.h"

namespace bpfkit {
namespace {

constexpr int32_t kMapLookup = 1, kTracePrintk = 6, kSpinLock = 93, kRingbufOutput = 130, kLoop = 181,
                  kXdpAdjustMeta = 54, kSkbLoadBytes = 26;

std::string write_temp(const std::string& text) {
  char path[] = "/tmp/bpfkit_profile_XXXXXX";
  const int fd = mkstemp(path);
  EXPECT_GE(fd, 0);
  if (fd >= 0) {
    EXPECT_EQ(write(fd, text.data(), text.size()), ssize_t(text.size()));
    close(fd);
  }
  return path;
}

TEST(KernelVersion, ParsesReleasesAndShortForms) {
  EXPECT_EQ(parse_kernel_version("6.18"), kernel_version_code(6, 18));
  EXPECT_EQ(parse_kernel_version("6.18.44-fc-v1272"), kernel_version_code(6, 18, 44));
  EXPECT_EQ(parse_kernel_version("v5.10"), kernel_version_code(5, 10));
  EXPECT_EQ(parse_kernel_version("4.19.300"), kernel_version_code(4, 19, 255));  // the kernel caps the sublevel
  EXPECT_FALSE(parse_kernel_version("6"));
  EXPECT_FALSE(parse_kernel_version("six.eighteen"));
  EXPECT_FALSE(parse_kernel_version("6.18x"));
  EXPECT_FALSE(parse_kernel_version(""));
  EXPECT_EQ(kernel_version_string(kernel_version_code(6, 18)), "6.18");
  EXPECT_EQ(kernel_version_string(kernel_version_code(6, 18, 44)), "6.18.44");
}

// Every helper bpfkit tables has a first kernel: a helper added to helper_protos.cc needs its version in
// src/compat/helper_versions.cc too.
TEST(VersionFacts, EveryTabledHelperHasAFirstKernel) {
  for (const HelperProto& h : helper_protos()) {
    const uint32_t since = helper_first_kernel(h.id);
    EXPECT_NE(since, 0u) << h.name << "#" << h.id << " has no first kernel in src/compat/helper_versions.cc";
    EXPECT_GE(since, kernel_version_code(3, 19)) << h.name;
    EXPECT_LE(since, kernel_version_code(6, 18)) << h.name;
  }
  EXPECT_EQ(helper_first_kernel(kMapLookup), kernel_version_code(3, 19));
  EXPECT_EQ(helper_first_kernel(kRingbufOutput), kernel_version_code(5, 8));
  EXPECT_EQ(helper_first_kernel(kLoop), kernel_version_code(5, 17));
  EXPECT_EQ(helper_first_kernel(100000), 0u);
}

TEST(VersionFacts, TypesByFirstKernel) {
  EXPECT_EQ(map_type_first_kernel(MapType::Ringbuf), kernel_version_code(5, 8));
  EXPECT_EQ(map_type_first_kernel(MapType::BloomFilter), kernel_version_code(5, 16));
  EXPECT_EQ(prog_type_first_kernel(ProgType::Xdp), kernel_version_code(4, 8));
  EXPECT_EQ(prog_type_first_kernel(ProgType::Syscall), kernel_version_code(5, 14));
  for (uint32_t i = 1; i <= uint32_t(MapType::Arena); ++i) EXPECT_NE(map_type_first_kernel(MapType(i)), 0u) << i;
  for (uint32_t i = 1; i <= uint32_t(ProgType::Netfilter); ++i)
    EXPECT_NE(prog_type_first_kernel(ProgType(i)), 0u) << i;
  EXPECT_EQ(prog_type_from_name("xdp"), ProgType::Xdp);
  EXPECT_EQ(map_type_from_name("ringbuf"), MapType::Ringbuf);
  EXPECT_FALSE(prog_type_from_name("no_such_type"));
}

TEST(VerifierProfile, LimitsThatMoved) {
  const auto old = VerifierProfile::for_kernel(kernel_version_code(5, 1));
  EXPECT_EQ(old.max_insns, 4096u);
  EXPECT_FALSE(old.bounded_loops);
  EXPECT_EQ(old.jmp_seq_limit, 1024u);
  EXPECT_LT(old.complexity_limit, 1000000u);

  const auto v52 = VerifierProfile::for_kernel(kernel_version_code(5, 2));
  EXPECT_EQ(v52.max_insns, 1000000u);
  EXPECT_EQ(v52.complexity_limit, 1000000u);
  EXPECT_FALSE(v52.bounded_loops);  // loops came one release later
  EXPECT_EQ(v52.jmp_seq_limit, 1024u);

  const auto v53 = VerifierProfile::for_kernel(kernel_version_code(5, 3));
  EXPECT_TRUE(v53.bounded_loops);
  EXPECT_EQ(v53.jmp_seq_limit, 8192u);

  const auto unpriv = VerifierProfile::for_kernel(kernel_version_code(6, 18), false);
  EXPECT_EQ(unpriv.max_insns, 4096u);
  EXPECT_FALSE(unpriv.bounded_loops);
  EXPECT_EQ(unpriv.prog_types, (std::set<ProgType>{ProgType::SocketFilter, ProgType::CgroupSkb}));
}

TEST(VerifierProfile, HelpersByVersionAndPrivilege) {
  const auto v6 = VerifierProfile::for_kernel(kernel_version_code(6, 18));
  EXPECT_TRUE(v6.has_helper(ProgType::Xdp, kRingbufOutput));
  EXPECT_TRUE(v6.has_helper(ProgType::Kprobe, kTracePrintk));
  EXPECT_FALSE(v6.has_helper(ProgType::Xdp, kSkbLoadBytes));  // the type does not have it in any version

  const auto v54 = VerifierProfile::for_kernel(kernel_version_code(5, 4));
  EXPECT_FALSE(v54.has_helper(ProgType::Xdp, kRingbufOutput));
  EXPECT_FALSE(v54.has_helper(ProgType::Xdp, kLoop));
  EXPECT_TRUE(v54.has_helper(ProgType::Xdp, kMapLookup));
  EXPECT_FALSE(v54.map_types.count(MapType::Ringbuf));
  EXPECT_TRUE(v54.map_types.count(MapType::Hash));
  EXPECT_FALSE(v54.prog_types.count(ProgType::Syscall));

  const auto unpriv = VerifierProfile::for_kernel(kernel_version_code(6, 18), false);
  EXPECT_TRUE(unpriv.has_helper(ProgType::SocketFilter, kMapLookup));
  EXPECT_TRUE(unpriv.has_helper(ProgType::SocketFilter, kSkbLoadBytes));
  EXPECT_FALSE(unpriv.has_helper(ProgType::SocketFilter, kSpinLock));     // CAP_BPF
  EXPECT_FALSE(unpriv.has_helper(ProgType::SocketFilter, kTracePrintk));  // CAP_PERFMON

  // A probe's answer replaces the table for that type only.
  VerifierProfile probed = v6;
  probed.helpers[ProgType::Xdp] = {kMapLookup};
  EXPECT_FALSE(probed.has_helper(ProgType::Xdp, kXdpAdjustMeta));
  EXPECT_TRUE(probed.has_helper(ProgType::SchedCls, kSkbLoadBytes));
}

TEST(VerifierProfile, RunningKernelHasAVersion) {
  const auto p = VerifierProfile::running_kernel();
  EXPECT_NE(p.kernel_version, 0u);
  EXPECT_TRUE(p.privileged);
  EXPECT_FALSE(p.source.empty());
}

TEST(ProfileFile, RoundTripGivesTheSameAnswers) {
  VerifierProfile p = VerifierProfile::for_kernel(kernel_version_code(6, 18, 44));
  p.kernel_release = "6.18.44-fc-v1300";
  p.helpers[ProgType::Xdp] = {kMapLookup, kRingbufOutput, 100000};  // an id bpfkit does not table survives
  const std::string text = profile_to_json(p);
  EXPECT_NE(text.find("\"bpf_map_lookup_elem\""), std::string::npos);
  EXPECT_NE(text.find("\"6.18.44-fc-v1300\""), std::string::npos);

  const std::string path = write_temp(text);
  auto back = load_profile(path);
  std::remove(path.c_str());
  ASSERT_TRUE(back) << back.error().to_string();
  EXPECT_EQ(back->kernel_version, p.kernel_version);
  EXPECT_EQ(back->kernel_release, p.kernel_release);
  EXPECT_EQ(back->max_insns, p.max_insns);
  EXPECT_EQ(back->bounded_loops, p.bounded_loops);
  EXPECT_EQ(back->map_types, p.map_types);
  EXPECT_EQ(back->prog_types, p.prog_types);
  EXPECT_EQ(back->helpers.at(ProgType::Xdp), (std::set<int32_t>{kMapLookup, kRingbufOutput, 100000}));
  for (ProgType t : p.prog_types)
    for (const HelperProto& h : helper_protos())
      EXPECT_EQ(back->has_helper(t, h.id), p.has_helper(t, h.id)) << prog_type_name(t) << " " << h.name;
}

TEST(ProfileFile, MinimalFileFallsBackOnVersionFacts) {
  const std::string path = write_temp(R"({"kernel": {"version": "5.4"}, "privileged": true})");
  auto p = load_profile(path);
  std::remove(path.c_str());
  ASSERT_TRUE(p) << p.error().to_string();
  EXPECT_EQ(p->kernel_version, kernel_version_code(5, 4));
  EXPECT_FALSE(p->has_helper(ProgType::Xdp, kRingbufOutput));
  EXPECT_TRUE(p->bounded_loops);
}

TEST(ProfileFile, BadFilesAreOneLineErrors) {
  for (const char* text : {"", "[]", "{}", R"({"kernel": {"version": "banana"}})",
                           R"({"kernel": {"version": "6.18"}, "limits": {"max_insns": -1}})",
                           R"({"kernel": {"version": "6.18"}, "helpers": {"xdp": ["x"]}})",
                           R"({"kernel": {"version": "6.18"}, "privileged": "yes"})"}) {
    const std::string path = write_temp(text);
    auto p = load_profile(path);
    std::remove(path.c_str());
    ASSERT_FALSE(p) << text;
    EXPECT_NE(p.error().message.find("profile"), std::string::npos) << p.error().message;
    EXPECT_EQ(p.error().message.find('\n'), std::string::npos);
  }
  EXPECT_FALSE(load_profile("/nonexistent/profile.json"));
}

}  // namespace
}  // namespace bpfkit
