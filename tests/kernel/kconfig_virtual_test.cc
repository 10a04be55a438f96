// The .kconfig map bpfkit fills against the one libbpf fills for the running kernel, for the virtual externs
// libbpf answers from feature probes (LINUX_HAS_SYSCALL_WRAPPER: can a kprobe reach the arch's syscall entry;
// LINUX_HAS_BPF_COOKIE). On a kernel without kprobes libbpf says there is no wrapper, and BPF_KSYSCALL programs
// then read their arguments from the context directly.
#include <gtest/gtest.h>

#include <cstring>
#include <string>
#include <vector>

#include "bpfkit/runtime.h"
#include "support/kernel_runner.h"

// after bpfkit's headers, which define some of the same BPF_F_* names as constants
#include <bpf/bpf.h>
#include <bpf/libbpf.h>

namespace bpfkit {
namespace {

const std::string kObject = BPFKIT_BINARY_DIR "/bpf/kconfig_virtual.o";

TEST(KconfigVirtual, MatchesLibbpfOnThisKernel) {
  if (const auto& why = testing::kernel_unavailable()) GTEST_SKIP() << "kernel side: " << *why;
  bpf_object* o = bpf_object__open(kObject.c_str());
  ASSERT_NE(o, nullptr);
  ASSERT_EQ(bpf_object__load(o), 0);
  std::vector<uint8_t> theirs;
  bpf_map* m;
  bpf_object__for_each_map(m, o) {
    const std::string name = bpf_map__name(m);
    if (name.size() < 8 || name.substr(name.size() - 8) != ".kconfig") continue;
    theirs.resize(bpf_map__value_size(m));
    uint32_t key = 0;
    ASSERT_EQ(bpf_map_lookup_elem(bpf_map__fd(m), &key, theirs.data()), 0) << strerror(errno);
  }
  bpf_object__close(o);
  ASSERT_EQ(theirs.size(), 2u);  // two bools

  auto spec = ObjectSpec::open(kObject);
  ASSERT_TRUE(spec) << spec.error().to_string();
  auto ours = kconfig_map_value(*spec, LoadOptions{});
  ASSERT_TRUE(ours) << ours.error().to_string();
  ASSERT_EQ(ours->size(), theirs.size());
  for (size_t i = 0; i < theirs.size(); i++) EXPECT_EQ(int((*ours)[i]), int(theirs[i])) << "byte " << i;
}

}  // namespace
}  // namespace bpfkit
