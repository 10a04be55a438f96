// Arrays whose values are references, not data (kernel/bpf/arraymap.c "fd arrays"):
// BPF_MAP_TYPE_PROG_ARRAY, BPF_MAP_TYPE_PERF_EVENT_ARRAY, BPF_MAP_TYPE_CGROUP_ARRAY and BPF_MAP_TYPE_ARRAY_OF_MAPS.
//
// Userspace writes a u32 (an fd in the kernel). Here a prog array and a perf event array keep that u32 as an opaque
// handle the engine interprets; an array of maps resolves it to a Map through its MapFdResolver. Slots start empty.
// Programs never get memory from these maps, so they expose no regions.
#include <map>

#include <fmt/format.h>

#include "maps/internal.h"

namespace bpfkit::maps {

namespace {

uint32_t load_u32(const void* p) {
  uint32_t v;
  std::memcpy(&v, p, 4);
  return v;
}

// The parts every fd array shares: slots, update/delete/get_next_key as fd_array_map_*() do them.
template <class Base, class Slot>
class FdArray : public Base {
 public:
  explicit FdArray(const MapSpec& spec) : Base(spec) {}

  int delete_elem(const void* key) override {
    if (this->map_flags() & BPF_F_RDONLY) return -EPERM;
    uint32_t index = load_u32(key);
    if (index >= this->max_entries()) return -E2BIG;
    std::lock_guard lock(this->mu_);
    return slots_.erase(index) != 0 ? 0 : -ENOENT;
  }

  int get_next_key(const void* key, void* next_key) override {
    if (this->map_flags() & BPF_F_WRONLY) return -EPERM;
    uint32_t index = key ? load_u32(key) : this->max_entries();
    uint32_t next = 0;
    if (index < this->max_entries()) {
      if (index == this->max_entries() - 1) return -ENOENT;
      next = index + 1;
    }
    std::memcpy(next_key, &next, 4);
    return 0;
  }

  // Dumps visit only the filled slots: a prog array of 2^28 slots holding three programs is three entries.
  int next_entry_key(const void* key, void* next_key) override {
    if (this->map_flags() & BPF_F_WRONLY) return -EPERM;
    std::lock_guard lock(this->mu_);
    auto it = key ? slots_.upper_bound(load_u32(key)) : slots_.begin();
    if (it == slots_.end()) return -ENOENT;
    std::memcpy(next_key, &it->first, 4);
    return 0;
  }

  long prog_update_elem(const void*, const void*, uint64_t) override { return -EINVAL; }
  long prog_delete_elem(const void* key) override { return delete_elem(key); }
  void value_regions(std::vector<MemoryRegion>&) const override {}

 protected:
  // bpf_fd_array_map_update_elem(): only BPF_ANY, then the index, then the fd.
  int check_update(const void* key, uint64_t flags) const {
    if (int err = this->check_sys_write(flags)) return err;
    if (flags != BPF_ANY) return -EINVAL;
    if (load_u32(key) >= this->max_entries()) return -E2BIG;
    return 0;
  }

  // The filled slots only, by index (callers hold mu_): the kernel's array of max_entries pointers would make a
  // prog array of 2^32 slots cost 32 GiB here as well, while only the filled ones matter.
  const Slot* find(uint32_t index) const {
    auto it = slots_.find(index);
    return it == slots_.end() ? nullptr : &it->second;
  }
  std::map<uint32_t, Slot> slots_;
};

class ProgArray final : public FdArray<ProgArrayMap, std::optional<uint32_t>> {
 public:
  using FdArray::FdArray;

  // The kernel returns the program's id; the handle is our stand-in.
  int lookup_elem(const void* key, void* value, uint64_t flags) override {
    if (int err = check_sys_read(flags)) return err;
    uint32_t index = load_u32(key);
    std::lock_guard lock(mu_);
    const std::optional<uint32_t>* slot = find(index);
    if (slot == nullptr) return -ENOENT;
    std::memcpy(value, &**slot, 4);
    return 0;
  }

  int update_elem(const void* key, const void* value, uint64_t flags) override {
    if (int err = check_update(key, flags)) return err;
    std::lock_guard lock(mu_);
    slots_[load_u32(key)] = load_u32(value);
    return 0;
  }

  std::optional<uint32_t> prog_at(uint32_t index) const override {
    std::lock_guard lock(mu_);
    const std::optional<uint32_t>* slot = find(index);
    return slot ? *slot : std::nullopt;
  }
};

class PerfEventArray final : public FdArray<PerfEventArrayMap, std::optional<uint32_t>> {
 public:
  using FdArray::FdArray;

  // perf event arrays have no map_fd_sys_lookup_elem.
  int lookup_elem(const void*, void*, uint64_t flags) override {
    if (int err = check_sys_read(flags)) return err;
    return -ENOTSUPP_KERNEL;
  }

  int update_elem(const void* key, const void* value, uint64_t flags) override {
    if (int err = check_update(key, flags)) return err;
    std::lock_guard lock(mu_);
    slots_[load_u32(key)] = load_u32(value);
    return 0;
  }

  void set_sink(Sink sink) override {
    std::lock_guard lock(mu_);
    sink_ = std::move(sink);
  }

  // __bpf_perf_event_output(). Each slot stands for a perf event opened on the CPU equal to its index (what
  // libbpf's perf_buffer does), so writing to another CPU's slot is -EOPNOTSUPP as in the kernel. The
  // BPF_F_CTXLEN_MASK part is the helper's business (it prepends context bytes); the map ignores it.
  long output(uint64_t flags, const void* data, uint64_t size) override {
    if (flags & ~(BPF_F_INDEX_MASK | BPF_F_CTXLEN_MASK)) return -EINVAL;
    uint64_t index = flags & BPF_F_INDEX_MASK;
    const uint32_t cpu = this_cpu();
    if (index == BPF_F_CURRENT_CPU) index = cpu;
    if (index >= max_entries()) return -E2BIG;
    std::lock_guard lock(mu_);
    if (find(uint32_t(index)) == nullptr) return -ENOENT;
    if (index != cpu) return -EOPNOTSUPP;
    if (sink_) sink_(static_cast<uint32_t>(index), {static_cast<const uint8_t*>(data), size});
    return 0;
  }

 private:
  Sink sink_;
};

// BPF_MAP_TYPE_CGROUP_ARRAY: slots hold cgroups, given by a cgroup directory fd. bpfkit has no cgroups, so every
// update names an fd that is not one (-EBADF, as cgroup_get_from_fd gives) and the slots stay empty.
class CgroupArray final : public FdArray<Map, std::optional<uint32_t>> {
 public:
  using FdArray::FdArray;
  // cgroup arrays have no map_fd_sys_lookup_elem.
  int lookup_elem(const void*, void*, uint64_t flags) override {
    if (int err = check_sys_read(flags)) return err;
    return -ENOTSUPP_KERNEL;
  }
  int update_elem(const void* key, const void*, uint64_t flags) override {
    if (int err = check_update(key, flags)) return err;
    return -EBADF;
  }
};

class ArrayOfMaps final : public FdArray<MapOfMaps, std::shared_ptr<Map>> {
 public:
  explicit ArrayOfMaps(const MapSpec& spec) : FdArray(spec) { batch_ops_ = kLookupBatch | kUpdateBatch; }

  // The kernel returns the inner map's id.
  int lookup_elem(const void* key, void* value, uint64_t flags) override {
    if (int err = check_sys_read(flags)) return err;
    uint32_t index = load_u32(key);
    std::lock_guard lock(mu_);
    const std::shared_ptr<Map>* slot = find(index);
    if (slot == nullptr) return -ENOENT;
    uint32_t id = (*slot)->id();
    std::memcpy(value, &id, 4);
    return 0;
  }

  int update_elem(const void* key, const void* value, uint64_t flags) override {
    if (int err = check_update(key, flags)) return err;
    MapFdResolver resolver;
    {
      std::lock_guard lock(mu_);
      resolver = resolver_;
    }
    std::shared_ptr<Map> inner = resolver ? resolver(load_u32(value)) : nullptr;
    if (!inner) return -EBADF;
    return store(key, std::move(inner));
  }

  int update_map(const void* key, std::shared_ptr<Map> inner, uint64_t flags) override {
    if (int err = check_update(key, flags)) return err;
    if (!inner) return -EBADF;
    return store(key, std::move(inner));
  }

  void set_fd_resolver(MapFdResolver resolver) override {
    std::lock_guard lock(mu_);
    resolver_ = std::move(resolver);
  }

  std::shared_ptr<Map> inner_at(const void* key) const override {
    uint32_t index = load_u32(key);
    std::lock_guard lock(mu_);
    const std::shared_ptr<Map>* slot = find(index);
    return slot ? *slot : nullptr;
  }

  // array_of_map_lookup_elem(): the inner map itself, as a handle.
  void* prog_lookup_elem(const void* key) override {
    uint32_t index = load_u32(key);
    std::lock_guard lock(mu_);
    const std::shared_ptr<Map>* slot = find(index);
    return slot ? slot->get() : nullptr;
  }

 private:
  int store(const void* key, std::shared_ptr<Map> inner) {
    if (!inner_map_matches(*spec().inner, *inner)) return -EINVAL;
    std::lock_guard lock(mu_);
    slots_[load_u32(key)] = std::move(inner);
    return 0;
  }

  MapFdResolver resolver_;
};

}  // namespace

// fd_array_map_alloc_check() then array_map_alloc_check(); array_of_map_alloc() checks the inner map first.
Expected<std::unique_ptr<Map>> create_fd_array_family(const MapSpec& spec, Admission& admission) {
  constexpr uint32_t kArrayCreateFlags =
      BPF_F_NUMA_NODE | BPF_F_MMAPABLE | kAccessMask | BPF_F_PRESERVE_ELEMS | BPF_F_INNER_MAP;
  if (spec.value_size != 4) return create_error(spec, EINVAL, "value_size must be 4 (an fd)");
  if (spec.map_flags & (BPF_F_RDONLY_PROG | BPF_F_WRONLY_PROG))
    return create_error(spec, EINVAL, "BPF_F_RDONLY_PROG/BPF_F_WRONLY_PROG are not supported here");
  if (spec.max_entries == 0) return create_error(spec, EINVAL, "max_entries is 0");
  if (spec.key_size != 4) return create_error(spec, EINVAL, fmt::format("key_size {} is not 4", spec.key_size));
  if ((spec.map_flags & ~kArrayCreateFlags) || !flags_access_ok(spec.map_flags))
    return create_error(spec, EINVAL, fmt::format("invalid map_flags {:#x}", spec.map_flags));
  if (spec.map_flags & (BPF_F_MMAPABLE | BPF_F_INNER_MAP))
    return create_error(spec, EINVAL, "BPF_F_MMAPABLE and BPF_F_INNER_MAP are for plain arrays");
  if (spec.type != MapType::PerfEventArray && (spec.map_flags & BPF_F_PRESERVE_ELEMS))
    return create_error(spec, EINVAL, "BPF_F_PRESERVE_ELEMS is for perf event arrays");
  if (spec.type == MapType::ArrayOfMaps)
    if (int err = check_inner_spec(spec)) return create_error(spec, -err, "invalid inner map");
  if (auto admitted = admission.admit(spec); !admitted) return std::move(admitted).error();
  switch (spec.type) {
    case MapType::ProgArray: return std::unique_ptr<Map>(std::make_unique<ProgArray>(spec));
    case MapType::PerfEventArray: return std::unique_ptr<Map>(std::make_unique<PerfEventArray>(spec));
    case MapType::CgroupArray: return std::unique_ptr<Map>(std::make_unique<CgroupArray>(spec));
    default: return std::unique_ptr<Map>(std::make_unique<ArrayOfMaps>(spec));
  }
}

}  // namespace bpfkit::maps
