// The one syscall wrapper prefix detection (kernel/syscall_prefix.cc) that attach_ksyscall and the feature probe
// share, on symbol lists written by the test.
#include <gtest/gtest.h>
#include <unistd.h>

#include <fstream>
#include <string>

#include "bpfkit/kernel_attach.h"

namespace bpfkit::kernel {
namespace {

std::string write(const std::string& name, const std::string& text) {
  const std::string path = ::testing::TempDir() + "/syscall_prefix_" + std::to_string(getpid()) + "_" + name;
  std::ofstream(path) << text;
  return path;
}

TEST(SyscallPrefix, WrappedInKallsyms) {
  const std::string ks = write("ks1",
                               "ffffffff81000000 T startup_64\n"
                               "ffffffff81234560 T __sys_bpf\n"
                               "ffffffff81234570 T __x64_sys_bpf\n"
                               "ffffffff81234580 t __ia32_sys_bpf\n");
  const SyscallPrefix p = detect_syscall_prefix(ks, "/nonexistent");
  EXPECT_TRUE(p.found);
  EXPECT_EQ(p.prefix, "__x64_sys_");
  EXPECT_EQ(p.source, ks);
  EXPECT_EQ(p.function("openat"), "__x64_sys_openat");
}

TEST(SyscallPrefix, UnwrappedKernel) {
  const std::string ks = write("ks2", "ffffffff81234560 T sys_bpf\nffffffff81234570 T __sys_bpf\n");
  const SyscallPrefix p = detect_syscall_prefix(ks, "/nonexistent");
  EXPECT_TRUE(p.found);
  EXPECT_EQ(p.prefix, "");
  EXPECT_EQ(p.function("getpid"), "sys_getpid");
}

TEST(SyscallPrefix, FilterFunctionsWhenKallsymsSaysNothing) {
  const std::string ks = write("ks3", "0000000000000000 T startup_64\n");
  const std::string ff = write("ff3", "do_one_initcall\n__arm64_sys_bpf\n__arm64_sys_read\n");
  const SyscallPrefix p = detect_syscall_prefix(ks, ff);
  EXPECT_TRUE(p.found);
  EXPECT_EQ(p.prefix, "__arm64_sys_");
  EXPECT_EQ(p.source, ff);
}

TEST(SyscallPrefix, NothingReadable) {
  const SyscallPrefix p = detect_syscall_prefix("/nonexistent/kallsyms", "/nonexistent/aff");
  EXPECT_FALSE(p.found);
  EXPECT_EQ(p.prefix, "");
  EXPECT_NE(p.source.find("none found"), std::string::npos);
#if defined(__x86_64__)
  EXPECT_EQ(p.function("getpid"), "__x64_sys_getpid");  // the architecture's guess
#endif
}

}  // namespace
}  // namespace bpfkit::kernel
