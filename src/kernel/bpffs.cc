// Where pinned objects go: a BPF filesystem, mounted at /sys/fs/bpf when nothing is there yet.
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/vfs.h>

#include <cerrno>
#include <cstring>
#include <string>

#include <fmt/format.h>

#include "bpfkit/kernel_attach.h"

namespace bpfkit::kernel {
namespace {

constexpr long kBpfFsMagic = 0xcafe4a11;  // BPF_FS_MAGIC
constexpr const char* kDefaultBpffs = "/sys/fs/bpf";

bool on_bpffs(const std::string& path) {
  struct statfs st;
  return statfs(path.c_str(), &st) == 0 && st.f_type == kBpfFsMagic;
}

}  // namespace

Expected<void> prepare_pin_dir(const std::string& dir) {
  // The kernel's own mount point for bpffs exists on every kernel with sysfs; systemd mounts bpffs there, but a
  // container or a minimal system may not have. Mount it as libbpf's users (bpftool) do, then look again.
  const bool under_default = dir == kDefaultBpffs || dir.rfind(std::string(kDefaultBpffs) + "/", 0) == 0;
  if (under_default && !on_bpffs(kDefaultBpffs) &&
      mount("bpf", kDefaultBpffs, "bpf", 0, "mode=0700") != 0)
    return make_error(fmt::format("--pin {}: no BPF filesystem at {} and mounting one failed: {}", dir, kDefaultBpffs,
                                  std::strerror(errno)))
        .with_errno(errno);
  if (mkdir(dir.c_str(), 0700) != 0 && errno != EEXIST)
    return make_error(fmt::format("--pin {}: {}", dir, std::strerror(errno))).with_errno(errno);
  if (!on_bpffs(dir))
    return make_error(fmt::format("--pin {}: not on a BPF filesystem (bpffs); pin under {}", dir, kDefaultBpffs))
        .with_errno(EINVAL);
  return {};
}

}  // namespace bpfkit::kernel
