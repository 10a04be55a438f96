// Maps whose elements are kernel objects bpfkit does not have: BPF_MAP_TYPE_SOCKMAP and SOCKHASH
// (net/core/sock_map.c), and the local-storage maps SK_STORAGE, INODE_STORAGE, TASK_STORAGE and CGRP_STORAGE
// (kernel/bpf/bpf_*_storage.c).
//
// They are created with the kernel's checks and errnos, so an object using them loads, and their userspace
// commands answer as the kernel does for a map that holds nothing it can name: bpfkit has no sockets, pidfds,
// inodes or cgroups to add, so every update names an fd that is not one (-EBADF). Programs reach the local
// storages by owner pointer through the storage helpers (src/helpers/storage_helpers.cc), which keep one value per
// owner address; the sock maps stay empty (program-side lookups find nothing).
#include <cstring>
#include <map>
#include <memory>
#include <mutex>

#include <fmt/format.h>

#include "maps/internal.h"

namespace bpfkit::maps {

namespace {

constexpr uint32_t kSockFlags = BPF_F_NUMA_NODE | BPF_F_RDONLY | BPF_F_WRONLY;  // SOCK_CREATE_FLAG_MASK
constexpr uint32_t kMaxBpfStack = 512;
// BPF_LOCAL_STORAGE_MAX_VALUE_SIZE: U16_MAX - sizeof(struct bpf_local_storage_elem) (128 on x86-64).
constexpr uint32_t kLocalStorageMaxValue = 65535 - 128;

uint32_t load_u32(const void* p) {
  uint32_t v;
  std::memcpy(&v, p, 4);
  return v;
}

class SockMap final : public Map {
 public:
  explicit SockMap(const MapSpec& spec) : Map(spec) {}

  // sock_map_lookup_sys / sock_hash_lookup_sys: the socket's cookie, which needs a u64 value.
  int lookup_elem(const void*, void*, uint64_t flags) override {
    if (int err = check_sys_read(flags)) return err;
    if (value_size() != 8) return -ENOSPC;
    return -ENOENT;
  }

  // sock_map_update_elem_sys: the value is a socket fd; none exists here.
  int update_elem(const void*, const void* value, uint64_t flags) override {
    if (int err = check_sys_write(flags)) return err;
    uint64_t ufd = 0;
    std::memcpy(&ufd, value, value_size() == 8 ? 8 : 4);
    if (ufd > uint64_t(INT32_MAX)) return -EINVAL;
    return -EBADF;
  }

  int delete_elem(const void*) override {
    if (map_flags() & BPF_F_RDONLY) return -EPERM;
    if (type() == MapType::Sockhash) return -ENOENT;
    // sock_map_delete_elem: an index past the end, and an empty slot, are both -EINVAL.
    return -EINVAL;
  }

  int get_next_key(const void* key, void* next_key) override {
    if (map_flags() & BPF_F_WRONLY) return -EPERM;
    if (type() == MapType::Sockhash) return -ENOENT;  // nothing hashed
    const uint32_t i = key ? load_u32(key) : UINT32_MAX;
    if (i == max_entries() - 1) return -ENOENT;
    const uint32_t next = i >= max_entries() ? 0 : i + 1;
    std::memcpy(next_key, &next, 4);
    return 0;
  }

  // For dumps: no slot holds a socket.
  int next_entry_key(const void*, void*) override {
    if (map_flags() & BPF_F_WRONLY) return -EPERM;
    return -ENOENT;
  }

  void* prog_lookup_elem(const void*) override { return nullptr; }
  long prog_update_elem(const void*, const void*, uint64_t) override { return -EOPNOTSUPP; }
  long prog_delete_elem(const void* key) override { return delete_elem(key); }
  void value_regions(std::vector<MemoryRegion>&) const override {}
};

class LocalStorage final : public LocalStorageMap {
 public:
  explicit LocalStorage(const MapSpec& spec) : LocalStorageMap(spec) {}

  // The key is an fd of the owner (socket, inode, pidfd, cgroup); bpfkit has none.
  int lookup_elem(const void*, void*, uint64_t flags) override {
    if (int err = check_sys_read(flags)) return err;
    return -EBADF;
  }
  int update_elem(const void*, const void*, uint64_t flags) override {
    if (int err = check_sys_write(flags)) return err;
    return -EBADF;
  }
  int delete_elem(const void*) override {
    if (map_flags() & BPF_F_RDONLY) return -EPERM;
    return -EBADF;
  }
  // get_next_key is notsupp_get_next_key: the base class's -ENOTSUPP.

  void* storage_get(uint64_t owner, const void* init, bool create) override {
    std::lock_guard lock(values_mu_);
    auto it = values_.find(owner);
    if (it != values_.end()) return it->second.get();
    if (!create) return nullptr;
    auto value = std::make_unique<uint8_t[]>(value_size());  // zeroed
    if (init != nullptr) std::memcpy(value.get(), init, value_size());
    return values_.emplace(owner, std::move(value)).first->second.get();
  }
  // A program may still hold the deleted value (the kernel frees it after an RCU grace period, so the running
  // program can keep using it): it is kept until the map goes.
  int storage_delete(uint64_t owner) override {
    std::lock_guard lock(values_mu_);
    auto it = values_.find(owner);
    if (it == values_.end()) return -ENOENT;
    retired_.push_back(std::move(it->second));
    values_.erase(it);
    return 0;
  }
  void release_owner(uint64_t owner) override {
    std::lock_guard lock(values_mu_);
    values_.erase(owner);
  }
  // Values are handed out one at a time by the storage helpers, never as regions.
  void value_regions(std::vector<MemoryRegion>&) const override {}

 private:
  std::mutex values_mu_;
  std::map<uint64_t, std::unique_ptr<uint8_t[]>> values_;
  std::vector<std::unique_ptr<uint8_t[]>> retired_;
};

}  // namespace

// sock_map_alloc, sock_hash_alloc, bpf_local_storage_map_alloc_check.
Expected<std::unique_ptr<Map>> create_socket_map(const MapSpec& spec, Admission& admission) {
  switch (spec.type) {
    case MapType::Sockmap: case MapType::Sockhash: {
      const bool hash = spec.type == MapType::Sockhash;
      if (spec.max_entries == 0) return create_error(spec, EINVAL, "max_entries is 0");
      if (hash ? spec.key_size == 0 : spec.key_size != 4)
        return create_error(spec, EINVAL, fmt::format("key_size {} is not {}", spec.key_size, hash ? "> 0" : "4"));
      if (spec.value_size != 4 && spec.value_size != 8)
        return create_error(spec, EINVAL, fmt::format("value_size {} is not 4 or 8", spec.value_size));
      if (spec.map_flags & ~kSockFlags)
        return create_error(spec, EINVAL, fmt::format("invalid map_flags {:#x}", spec.map_flags));
      if (hash && spec.key_size > kMaxBpfStack) return create_error(spec, E2BIG, "key_size above 512");
      // buckets_num = roundup_pow_of_two(max_entries) must stay below U32_MAX / sizeof(struct bpf_shtab_bucket).
      if (hash && roundup_pow_of_two(spec.max_entries) > UINT32_MAX / 16)
        return create_error(spec, EINVAL, "too many buckets");
      if (auto admitted = admission.admit(spec); !admitted) return std::move(admitted).error();
      return std::unique_ptr<Map>(std::make_unique<SockMap>(spec));
    }
    default: {
      if ((spec.map_flags & ~(BPF_F_NO_PREALLOC | BPF_F_CLONE)) || !(spec.map_flags & BPF_F_NO_PREALLOC))
        return create_error(spec, EINVAL,
                            fmt::format("map_flags {:#x} must be BPF_F_NO_PREALLOC (and BPF_F_CLONE)", spec.map_flags));
      if (spec.max_entries != 0) return create_error(spec, EINVAL, "max_entries must be 0");
      if (spec.key_size != 4) return create_error(spec, EINVAL, fmt::format("key_size {} is not 4", spec.key_size));
      if (spec.value_size == 0) return create_error(spec, EINVAL, "value_size is 0");
      if (spec.btf_key_type_id == 0 || spec.btf_value_type_id == 0)
        return create_error(spec, EINVAL, "local storage needs BTF for its key and value");
      if (spec.value_size > kLocalStorageMaxValue)
        return create_error(spec, E2BIG, fmt::format("value_size above {}", kLocalStorageMaxValue));
      if (auto admitted = admission.admit(spec); !admitted) return std::move(admitted).error();
      return std::unique_ptr<Map>(std::make_unique<LocalStorage>(spec));
    }
  }
}

}  // namespace bpfkit::maps
