// The little of bpf(2) the event readers need on a map fd they are given: its type and size, and installing a perf
// event fd in a perf event array.
#pragma once

#include <cstdint>

#include "bpfkit/error.h"

namespace bpfkit::events::detail {

struct MapFdInfo {
  uint32_t type = 0;  // enum bpf_map_type
  uint32_t key_size = 0;
  uint32_t value_size = 0;
  uint32_t max_entries = 0;
};

// BPF_OBJ_GET_INFO_BY_FD on a map fd.
Expected<MapFdInfo> map_fd_info(int map_fd);
// BPF_MAP_UPDATE_ELEM / BPF_MAP_DELETE_ELEM with a u32 key and u32 value (perf event array slots).
Expected<void> map_set_u32(int map_fd, uint32_t key, uint32_t value);
void map_delete_u32(int map_fd, uint32_t key);

}  // namespace bpfkit::events::detail
