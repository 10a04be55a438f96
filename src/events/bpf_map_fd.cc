#include "events/bpf_map_fd.h"

#include <linux/bpf.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <string>

namespace bpfkit::events::detail {
namespace {

long sys_bpf(int cmd, bpf_attr* attr, unsigned size) { return syscall(__NR_bpf, cmd, attr, size); }

Error sys_error(const std::string& what, int err) {
  return make_error(what + ": " + std::strerror(err)).with_errno(err);
}

}  // namespace

Expected<MapFdInfo> map_fd_info(int map_fd) {
  bpf_map_info info;
  std::memset(&info, 0, sizeof(info));
  bpf_attr attr;
  std::memset(&attr, 0, sizeof(attr));
  attr.info.bpf_fd = static_cast<uint32_t>(map_fd);
  attr.info.info_len = sizeof(info);
  attr.info.info = reinterpret_cast<uint64_t>(&info);
  if (sys_bpf(BPF_OBJ_GET_INFO_BY_FD, &attr, sizeof(attr)) < 0)
    return sys_error("bpf(BPF_OBJ_GET_INFO_BY_FD) on map fd " + std::to_string(map_fd), errno);
  return MapFdInfo{info.type, info.key_size, info.value_size, info.max_entries};
}

Expected<void> map_set_u32(int map_fd, uint32_t key, uint32_t value) {
  bpf_attr attr;
  std::memset(&attr, 0, sizeof(attr));
  attr.map_fd = static_cast<uint32_t>(map_fd);
  attr.key = reinterpret_cast<uint64_t>(&key);
  attr.value = reinterpret_cast<uint64_t>(&value);
  attr.flags = BPF_ANY;
  if (sys_bpf(BPF_MAP_UPDATE_ELEM, &attr, sizeof(attr)) < 0)
    return sys_error("bpf(BPF_MAP_UPDATE_ELEM) key " + std::to_string(key), errno);
  return {};
}

void map_delete_u32(int map_fd, uint32_t key) {
  bpf_attr attr;
  std::memset(&attr, 0, sizeof(attr));
  attr.map_fd = static_cast<uint32_t>(map_fd);
  attr.key = reinterpret_cast<uint64_t>(&key);
  sys_bpf(BPF_MAP_DELETE_ELEM, &attr, sizeof(attr));
}

}  // namespace bpfkit::events::detail
