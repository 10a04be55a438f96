// The redirect target maps (kernel/bpf/devmap.c, cpumap.c, net/xdp/xskmap.c): BPF_MAP_TYPE_DEVMAP, DEVMAP_HASH,
// CPUMAP and XSKMAP.
//
// What bpfkit models: which keys hold a target, and the value userspace reads back. Devices are the network
// devices of the current network namespace (if_indextoname(3), as dev_get_by_index() finds them); CPUs are the
// possible CPUs. There are no program fds and no AF_XDP sockets here: a value naming a program (fd > 0) and every
// xskmap update are -EBADF (an fd that names nothing).
//
// Entries are never freed while the map lives (a deleted entry is marked empty), so a value handed out to a
// program stays valid even if userspace deletes it meanwhile, as the kernel's RCU keeps it.
#include <net/if.h>

#include <algorithm>
#include <map>
#include <vector>

#include <fmt/format.h>

#include "maps/internal.h"

namespace bpfkit::maps {

namespace {

constexpr uint32_t kCpumapMaxQsize = 16384;  // cpu_map_update_elem's sanity limit
constexpr uint32_t kNrCpus = 8192;           // CONFIG_NR_CPUS of Debian's x86-64 kernels

uint32_t load_u32(const void* p) {
  uint32_t v;
  std::memcpy(&v, p, 4);
  return v;
}

bool netdev_exists(uint32_t ifindex) {
  char name[IF_NAMESIZE];
  return ifindex != 0 && if_indextoname(ifindex, name) != nullptr;
}

// struct bpf_devmap_val / struct bpf_cpumap_val: a u32 (ifindex or qsize), then the program's fd (in) or id (out).
struct TargetVal {
  uint32_t first = 0;
  int32_t prog = 0;
};

struct Slot {
  TargetVal val;
  bool present = false;
};

// array_map-like get_next_key shared by devmap, cpumap and xskmap: a missing key restarts at 0.
int array_next_key(uint32_t max_entries, const void* key, void* next_key) {
  const uint32_t index = key ? load_u32(key) : UINT32_MAX;
  uint32_t next = 0;
  if (index < max_entries) {
    if (index == max_entries - 1) return -ENOENT;
    next = index + 1;
  }
  std::memcpy(next_key, &next, 4);
  return 0;
}

// DEVMAP, CPUMAP and XSKMAP: an array of max_entries slots (sparse here).
class ArrayRedirectMap final : public RedirectMap {
 public:
  explicit ArrayRedirectMap(const MapSpec& spec) : RedirectMap(spec) {}

  bool has_redirect_target(uint32_t key) const override {
    std::lock_guard lock(mu_);
    auto it = slots_.find(key);
    return it != slots_.end() && it->second.present;
  }

  int lookup_elem(const void* key, void* value, uint64_t flags) override {
    if (int err = check_sys_read(flags)) return err;
    if (type() == MapType::Xskmap) return -EOPNOTSUPP;  // xsk_map_lookup_elem_sys_only
    std::lock_guard lock(mu_);
    auto it = slots_.find(load_u32(key));
    if (it == slots_.end() || !it->second.present) return -ENOENT;
    std::memcpy(value, &it->second.val, value_size());
    return 0;
  }

  int update_elem(const void* key, const void* value, uint64_t flags) override {
    if (int err = check_sys_write(flags)) return err;
    if (flags > BPF_EXIST) return -EINVAL;
    const uint32_t index = load_u32(key);
    if (index >= max_entries()) return -E2BIG;
    if (type() == MapType::Xskmap) return -EBADF;  // needs an AF_XDP socket fd
    if (flags == BPF_NOEXIST) return -EEXIST;
    TargetVal in;
    std::memcpy(&in, value, value_size());
    bool clear = false;
    if (type() == MapType::Devmap) {  // __dev_map_update_elem
      if (in.first == 0) {
        if (in.prog > 0) return -EINVAL;  // no program without a device
        clear = true;
      } else if (!netdev_exists(in.first)) {
        return -EINVAL;
      }
    } else {  // cpu_map_update_elem
      if (in.first > kCpumapMaxQsize) return -EOVERFLOW;
      if (index >= num_possible_cpus()) return -ENODEV;
      clear = in.first == 0;  // qsize 0 is a delete
    }
    if (!clear && in.prog > 0) return -EBADF;  // no program fds in bpfkit
    std::lock_guard lock(mu_);
    if (clear) {
      auto it = slots_.find(index);
      if (it != slots_.end()) it->second.present = false;
      return 0;
    }
    Slot& s = slots_[index];
    s.val = TargetVal{in.first, 0};  // bpf_prog.id is 0: no program attached
    s.present = true;
    return 0;
  }

  int delete_elem(const void* key) override {
    if (map_flags() & BPF_F_RDONLY) return -EPERM;
    const uint32_t index = load_u32(key);
    if (index >= max_entries()) return -EINVAL;
    std::lock_guard lock(mu_);
    auto it = slots_.find(index);
    if (it != slots_.end()) it->second.present = false;
    return 0;  // dev_map_delete_elem, cpu_map_delete_elem and xsk_map_delete_elem ignore an empty slot
  }

  int get_next_key(const void* key, void* next_key) override {
    if (map_flags() & BPF_F_WRONLY) return -EPERM;
    return array_next_key(max_entries(), key, next_key);
  }

  int next_entry_key(const void* key, void* next_key) override {
    if (map_flags() & BPF_F_WRONLY) return -EPERM;
    std::lock_guard lock(mu_);
    auto it = key ? slots_.upper_bound(load_u32(key)) : slots_.begin();
    while (it != slots_.end() && !it->second.present) ++it;
    if (it == slots_.end()) return -ENOENT;
    std::memcpy(next_key, &it->first, 4);
    return 0;
  }

  // dev_map_lookup_elem returns the value (read-only to programs); the verifier lets programs look up devmaps and
  // xskmaps only, and an xskmap value is a socket, which bpfkit never has.
  void* prog_lookup_elem(const void* key) override {
    if (type() != MapType::Devmap) return nullptr;
    std::lock_guard lock(mu_);
    auto it = slots_.find(load_u32(key));
    return it != slots_.end() && it->second.present ? &it->second.val : nullptr;
  }
  long prog_update_elem(const void*, const void*, uint64_t) override { return -EOPNOTSUPP; }
  long prog_delete_elem(const void*) override { return -EOPNOTSUPP; }
  void value_regions(std::vector<MemoryRegion>&) const override {}

 private:
  std::map<uint32_t, Slot> slots_;
};

// DEVMAP_HASH: entries in roundup_pow_of_two(max_entries) buckets by idx & (n_buckets - 1), each bucket a list with
// the newest entry first (hlist_add_head_rcu), which get_next_key walks.
class DevmapHash final : public RedirectMap {
 public:
  explicit DevmapHash(const MapSpec& spec)
      : RedirectMap(spec), mask_(uint32_t(roundup_pow_of_two(spec.max_entries) - 1)) {}

  bool has_redirect_target(uint32_t key) const override {
    std::lock_guard lock(mu_);
    return find(key) != nullptr;
  }

  int lookup_elem(const void* key, void* value, uint64_t flags) override {
    if (int err = check_sys_read(flags)) return err;
    std::lock_guard lock(mu_);
    const Slot* s = find(load_u32(key));
    if (s == nullptr) return -ENOENT;
    std::memcpy(value, &s->val, value_size());
    return 0;
  }

  // __dev_map_hash_update_elem.
  int update_elem(const void* key, const void* value, uint64_t flags) override {
    if (int err = check_sys_write(flags)) return err;
    const uint32_t idx = load_u32(key);
    TargetVal in;
    std::memcpy(&in, value, value_size());
    if (flags > BPF_EXIST || in.first == 0) return -EINVAL;
    std::lock_guard lock(mu_);
    Slot* old = find(idx);
    if (old != nullptr && flags == BPF_NOEXIST) return -EEXIST;
    if (!netdev_exists(in.first)) return -EINVAL;
    if (in.prog > 0) return -EBADF;
    if (old != nullptr) {
      old->val = TargetVal{in.first, 0};
      return 0;
    }
    if (items_ >= max_entries()) return -E2BIG;
    Slot& s = entries_[idx];
    s.val = TargetVal{in.first, 0};
    s.present = true;
    buckets_[idx & mask_].insert(buckets_[idx & mask_].begin(), idx);
    items_++;
    return 0;
  }

  int delete_elem(const void* key) override {
    if (map_flags() & BPF_F_RDONLY) return -EPERM;
    const uint32_t idx = load_u32(key);
    std::lock_guard lock(mu_);
    Slot* s = find(idx);
    if (s == nullptr) return -ENOENT;
    s->present = false;
    auto& b = buckets_[idx & mask_];
    b.erase(std::find(b.begin(), b.end(), idx));
    items_--;
    return 0;
  }

  // dev_map_hash_get_next_key: the next entry in the key's bucket, else the first entry of a later bucket; a missing
  // key starts from the first bucket.
  int get_next_key(const void* key, void* next_key) override {
    if (map_flags() & BPF_F_WRONLY) return -EPERM;
    std::lock_guard lock(mu_);
    uint64_t from = 0;
    if (key != nullptr && find(load_u32(key)) != nullptr) {
      const uint32_t idx = load_u32(key);
      const auto& b = buckets_.at(idx & mask_);
      auto it = std::find(b.begin(), b.end(), idx);
      if (++it != b.end()) {
        std::memcpy(next_key, &*it, 4);
        return 0;
      }
      from = uint64_t(idx & mask_) + 1;
    }
    for (auto it = buckets_.lower_bound(from); it != buckets_.end(); ++it) {
      if (it->second.empty()) continue;
      std::memcpy(next_key, &it->second.front(), 4);
      return 0;
    }
    return -ENOENT;
  }

  void* prog_lookup_elem(const void* key) override {
    std::lock_guard lock(mu_);
    Slot* s = find(load_u32(key));
    return s ? &s->val : nullptr;
  }
  long prog_update_elem(const void*, const void*, uint64_t) override { return -EOPNOTSUPP; }
  long prog_delete_elem(const void*) override { return -EOPNOTSUPP; }
  void value_regions(std::vector<MemoryRegion>&) const override {}

 private:
  Slot* find(uint32_t idx) const {
    auto it = entries_.find(idx);
    return it != entries_.end() && it->second.present ? const_cast<Slot*>(&it->second) : nullptr;
  }

  uint32_t mask_;
  uint32_t items_ = 0;
  std::map<uint32_t, Slot> entries_;                         // never erased: handed-out values stay valid
  std::map<uint64_t, std::vector<uint32_t>> buckets_;        // only buckets ever used
};

}  // namespace

// dev_map_alloc_check, cpu_map_alloc, xsk_map_alloc.
Expected<std::unique_ptr<Map>> create_redirect_map(const MapSpec& spec, Admission& admission) {
  constexpr uint32_t kDevFlags = BPF_F_NUMA_NODE | BPF_F_RDONLY | BPF_F_WRONLY;
  MapSpec s = spec;
  switch (spec.type) {
    case MapType::Devmap: case MapType::DevmapHash:
      if (spec.max_entries == 0) return create_error(spec, EINVAL, "max_entries is 0");
      if (spec.key_size != 4) return create_error(spec, EINVAL, fmt::format("key_size {} is not 4", spec.key_size));
      if (spec.value_size != 4 && spec.value_size != 8)
        return create_error(spec, EINVAL, fmt::format("value_size {} is not 4 or 8", spec.value_size));
      if (spec.map_flags & ~kDevFlags)
        return create_error(spec, EINVAL, fmt::format("invalid map_flags {:#x}", spec.map_flags));
      if (spec.type == MapType::DevmapHash && spec.max_entries > (1u << 31))
        return create_error(spec, EINVAL, "max_entries above 2^31");
      // dev_map_init_map: lookups return the value itself, so programs may not write it.
      s.map_flags |= BPF_F_RDONLY_PROG;
      break;
    case MapType::Cpumap:
      if (spec.max_entries == 0) return create_error(spec, EINVAL, "max_entries is 0");
      if (spec.key_size != 4) return create_error(spec, EINVAL, fmt::format("key_size {} is not 4", spec.key_size));
      if (spec.value_size != 4 && spec.value_size != 8)
        return create_error(spec, EINVAL, fmt::format("value_size {} is not 4 or 8", spec.value_size));
      if (spec.map_flags & ~BPF_F_NUMA_NODE)
        return create_error(spec, EINVAL, fmt::format("invalid map_flags {:#x}", spec.map_flags));
      if (spec.max_entries > kNrCpus) return create_error(spec, E2BIG, "max_entries above NR_CPUS");
      break;
    default:  // Xskmap
      if (spec.max_entries == 0) return create_error(spec, EINVAL, "max_entries is 0");
      if (spec.key_size != 4) return create_error(spec, EINVAL, fmt::format("key_size {} is not 4", spec.key_size));
      if (spec.value_size != 4) return create_error(spec, EINVAL, fmt::format("value_size {} is not 4", spec.value_size));
      if (spec.map_flags & ~kDevFlags)
        return create_error(spec, EINVAL, fmt::format("invalid map_flags {:#x}", spec.map_flags));
      break;
  }
  if (auto admitted = admission.admit(spec); !admitted) return std::move(admitted).error();
  if (spec.type == MapType::DevmapHash) return std::unique_ptr<Map>(std::make_unique<DevmapHash>(s));
  return std::unique_ptr<Map>(std::make_unique<ArrayRedirectMap>(s));
}

}  // namespace bpfkit::maps
