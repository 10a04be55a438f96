// bpf_get_current_cgroup_id and bpf_get_current_ancestor_cgroup_id for the host thread: the kernel's cgroup id is
// the cgroup's kernfs node id, which cgroup2fs shows as the inode number of the cgroup's directory. The thread's
// cgroup is the "0::PATH" line of /proc/thread-self/cgroup, under the cgroup2 mount (/sys/fs/cgroup, or .../unified on a hybrid host). A simulated
// task (HelperConfig::use_host_identity false) has no cgroup, and a run that asks fails naming the helper.
#include <sys/stat.h>
#include <sys/statfs.h>

#include <fstream>
#include <optional>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "helpers/internal.h"

namespace bpfkit::helpers {
namespace {

constexpr long kCgroup2SuperMagic = 0x63677270;

// The cgroup2 mount: /sys/fs/cgroup, or /sys/fs/cgroup/unified on a hybrid (v1 + v2) host.
std::optional<std::string> cgroup2_root() {
  for (const char* dir : {"/sys/fs/cgroup", "/sys/fs/cgroup/unified"}) {
    struct statfs fs {};
    if (statfs(dir, &fs) == 0 && long(fs.f_type) == kCgroup2SuperMagic) return std::string(dir);
  }
  return std::nullopt;
}

// The thread's cgroup v2 path components ("/a/b" -> {"a", "b"}), or nullopt without a unified hierarchy.
std::optional<std::vector<std::string>> current_cgroup_path() {
  std::ifstream in("/proc/thread-self/cgroup");
  std::string line;
  while (std::getline(in, line)) {
    if (!line.starts_with("0::")) continue;
    std::vector<std::string> parts;
    size_t pos = 3;
    while (pos < line.size()) {
      size_t next = line.find('/', pos);
      if (next == std::string::npos) next = line.size();
      if (next > pos) parts.push_back(line.substr(pos, next - pos));
      pos = next + 1;
    }
    return parts;
  }
  return std::nullopt;
}

std::optional<uint64_t> cgroup_ino(const std::vector<std::string>& parts, size_t depth) {
  if (depth == 0) return 1;  // the root cgroup's id is always 1
  auto root = cgroup2_root();
  if (!root) return std::nullopt;
  std::string dir = *root;
  for (size_t i = 0; i < depth; ++i) dir += "/" + parts[i];
  struct stat st {};
  if (stat(dir.c_str(), &st) != 0) return std::nullopt;
  return uint64_t(st.st_ino);
}

bool host_task(RunContext& ctx, const char* helper) {
  HelperEnv* env = env_of(ctx);
  if (env == nullptr) return false;
  if (!env->config().use_host_identity) {
    ctx.fail(fmt::format("{}: the simulated task has no cgroup (run with the host identity)", helper));
    return false;
  }
  return true;
}

uint64_t get_current_cgroup_id(RunContext& ctx, uint64_t, uint64_t, uint64_t, uint64_t, uint64_t) {
  if (!host_task(ctx, "bpf_get_current_cgroup_id")) return 0;
  auto parts = current_cgroup_path();
  if (!parts) return 0;
  return cgroup_ino(*parts, parts->size()).value_or(0);
}

// The ancestor at `level` (0 is the root); 0 when the task's cgroup is not that deep, as in the kernel.
uint64_t get_current_ancestor_cgroup_id(RunContext& ctx, uint64_t level, uint64_t, uint64_t, uint64_t, uint64_t) {
  if (!host_task(ctx, "bpf_get_current_ancestor_cgroup_id")) return 0;
  auto parts = current_cgroup_path();
  if (!parts || int32_t(level) < 0 || size_t(int32_t(level)) > parts->size()) return 0;
  return cgroup_ino(*parts, size_t(int32_t(level))).value_or(0);
}

}  // namespace

void add_cgroup_helpers(HelperTable& t) {
  t.set(80, get_current_cgroup_id, "bpf_get_current_cgroup_id");
  t.set(123, get_current_ancestor_cgroup_id, "bpf_get_current_ancestor_cgroup_id");
}

}  // namespace bpfkit::helpers
