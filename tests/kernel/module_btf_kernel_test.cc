// This machine's module BTF: every /sys/kernel/btf/MODULE parses as split BTF over vmlinux, and its BTF object is
// found in the kernel by name (for attach_btf_obj_fd, fd_array and ksym LD_IMM64). A kernel without modules with BTF
// skips that part with the reason; the BTF object lookup itself is checked on vmlinux, which every BTF kernel has.
#include <gtest/gtest.h>

#include <filesystem>

#include "bpfkit/core.h"
#include "bpfkit/file.h"
#include "bpfkit/kernel_sys.h"
#include "bpfkit/module_btf.h"
#include "kernel/btf_objects.h"

namespace bpfkit {
namespace {

std::shared_ptr<const btf::Btf> vmlinux() {
  auto bytes = read_input_file(kVmlinuxBtfPath);
  if (!bytes) return nullptr;
  auto b = btf::Btf::parse(*bytes);
  if (!b) return nullptr;
  return std::make_shared<const btf::Btf>(std::move(*b));
}

TEST(ModuleBtfKernel, KernelBtfObjectsByName) {
  if (auto why = kernel::bpf_unavailable()) GTEST_SKIP() << "needs bpf(): " << *why;
  if (!std::filesystem::exists(kVmlinuxBtfPath)) GTEST_SKIP() << "no " << kVmlinuxBtfPath;
  auto fd = kernel::module_btf_fd("vmlinux");
  ASSERT_TRUE(fd) << fd.error().message;
  auto info = kernel::btf_info(fd->get());
  ASSERT_TRUE(info) << info.error().message;
  EXPECT_EQ(info->name, "vmlinux");
  EXPECT_TRUE(info->kernel_btf);
  EXPECT_NE(info->id, 0u);
  auto none = kernel::module_btf_fd("bpfkit_no_such_module");
  ASSERT_FALSE(none);
  EXPECT_EQ(none.error().error_number, ENOENT);
  EXPECT_NE(none.error().message.find("bpfkit_no_such_module"), std::string::npos);
}

TEST(ModuleBtfKernel, EveryModuleParsesOverVmlinux) {
  auto base = vmlinux();
  if (!base) GTEST_SKIP() << "no readable " << kVmlinuxBtfPath;
  auto modules = btf::load_module_btfs(base);
  ASSERT_TRUE(modules) << modules.error().message;
  if (modules->empty()) GTEST_SKIP() << "this kernel has no module BTF (" << btf::kModuleBtfDir << " lists only vmlinux)";
  for (const btf::ModuleBtf& m : *modules) {
    EXPECT_EQ(m.first_id, base->type_count()) << m.name;
    EXPECT_GT(m.btf->type_count(), base->type_count()) << m.name;
    if (kernel::bpf_unavailable()) continue;
    auto fd = kernel::module_btf_fd(m.name);
    ASSERT_TRUE(fd) << m.name << ": " << fd.error().message;
    auto info = kernel::btf_info(fd->get());
    ASSERT_TRUE(info);
    EXPECT_TRUE(info->kernel_btf) << m.name;
  }
}

}  // namespace
}  // namespace bpfkit
