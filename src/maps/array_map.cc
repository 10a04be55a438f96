// BPF_MAP_TYPE_ARRAY and BPF_MAP_TYPE_PERCPU_ARRAY (kernel/bpf/arraymap.c).
//
// Every element exists from creation, zeroed, in one preallocated block with 8-byte aligned slots
// (round_up(value_size, 8)); a per-CPU array holds num_possible_cpus() such slots per element.
#include <fmt/format.h>

#include "maps/internal.h"

namespace bpfkit::maps {

namespace {

class ArrayMap final : public Map {
 public:
  explicit ArrayMap(const MapSpec& spec)
      : Map(spec),
        elem_size_(round_up8(spec.value_size)),
        ncpus_(spec.type == MapType::PercpuArray ? num_possible_cpus() : 1),
        arena_(elem_size_ * ncpus_, spec.max_entries, /*prealloc=*/true) {
    batch_ops_ = kLookupBatch | kUpdateBatch;
  }
  ~ArrayMap() override {
    if (!has_kptrs_ || !arena_.ok() || type() != MapType::Array) return;
    for (uint32_t i = 0; i < max_entries(); ++i) free_fields(arena_.at(i));
  }
  bool ok() const { return arena_.ok(); }

  int lookup_elem(const void* key, void* value, uint64_t flags) override {
    if (int err = check_sys_read(flags)) return err;
    uint32_t index = load_index(key);
    if (index >= max_entries()) return -ENOENT;
    std::lock_guard lock(mu_);
    const uint8_t* elem = arena_.at(index);
    if (ncpus_ > 1 || type() == MapType::PercpuArray)
      std::memcpy(value, elem, elem_size_ * ncpus_);  // bpf_percpu_array_copy: whole 8-byte slots
    else {
      copy_map_value(spec(), value, elem);
      zero_map_fields(spec(), value);
    }
    return 0;
  }

  int update_elem(const void* key, const void* value, uint64_t flags) override {
    if (int err = check_sys_write(flags)) return err;
    if (type() == MapType::PercpuArray) {
      // bpf_percpu_array_update(): BPF_F_LOCK is an unknown flag here.
      if (flags > BPF_EXIST) return -EINVAL;
      uint32_t index = load_index(key);
      if (index >= max_entries()) return -E2BIG;
      if (flags == BPF_NOEXIST) return -EEXIST;
      std::lock_guard lock(mu_);
      std::memcpy(arena_.at(index), value, elem_size_ * ncpus_);
      return 0;
    }
    return update(key, value, flags, /*cpu=*/0);
  }

  int delete_elem(const void*) override {
    if (spec().map_flags & BPF_F_RDONLY) return -EPERM;
    return -EINVAL;  // elements of an array always exist
  }

  int get_next_key(const void* key, void* next_key) override {
    if (spec().map_flags & BPF_F_WRONLY) return -EPERM;
    uint32_t index = key ? load_index(key) : max_entries();
    uint32_t next;
    if (index >= max_entries()) {
      next = 0;  // a missing (or no) key restarts from the first index
    } else if (index == max_entries() - 1) {
      return -ENOENT;
    } else {
      next = index + 1;
    }
    std::memcpy(next_key, &next, 4);
    return 0;
  }

  void* prog_lookup_elem(const void* key) override {
    uint32_t index = load_index(key);
    if (index >= max_entries()) return nullptr;
    return arena_.at(index) + elem_size_ * (ncpus_ > 1 ? this_cpu() % ncpus_ : 0);
  }

  long prog_update_elem(const void* key, const void* value, uint64_t flags) override {
    return update(key, value, flags, ncpus_ > 1 ? this_cpu() % ncpus_ : 0);
  }

  long prog_delete_elem(const void*) override { return -EINVAL; }

  void* prog_lookup_percpu_elem(const void* key, uint32_t cpu) override {
    if (type() != MapType::PercpuArray) return nullptr;
    uint32_t index = load_index(key);
    if (cpu >= ncpus_ || index >= max_entries()) return nullptr;
    return arena_.at(index) + elem_size_ * cpu;
  }

  // bpf_for_each_array_elem(): every index in order; slots never move, so no lock is needed around fn.
  long prog_for_each_elem(const std::function<bool(const void*, void*)>& fn) override {
    const uint32_t cpu = ncpus_ > 1 ? this_cpu() % ncpus_ : 0;
    long n = 0;
    for (uint32_t i = 0; i < max_entries(); ++i) {
      ++n;
      if (fn(&i, arena_.at(i) + elem_size_ * cpu)) break;
    }
    return n;
  }

  void value_regions(std::vector<MemoryRegion>& out) const override {
    arena_.regions(out, !(map_flags() & BPF_F_RDONLY_PROG));
  }

 private:
  static uint32_t load_index(const void* key) {
    uint32_t index;
    std::memcpy(&index, key, 4);
    return index;
  }

  // array_map_update_elem(): the program-side path and the userspace path of a plain array.
  long update(const void* key, const void* value, uint64_t flags, uint32_t cpu) {
    if ((flags & ~BPF_F_LOCK) > BPF_EXIST) return -EINVAL;
    uint32_t index = load_index(key);
    if (index >= max_entries()) return -E2BIG;  // all elements were preallocated: no room for a new one
    if (flags & BPF_NOEXIST) return -EEXIST;    // every element already exists
    if ((flags & BPF_F_LOCK) && !has_spin_lock()) return -EINVAL;
    std::lock_guard lock(mu_);
    uint8_t* elem = arena_.at(index) + elem_size_ * cpu;
    copy_map_value(spec(), elem, value);
    if (has_kptrs_ && !(flags & BPF_F_LOCK)) free_fields(elem);  // array_map_update_elem: the old kptrs go
    return 0;
  }

  size_t elem_size_;
  uint32_t ncpus_;
  bool has_kptrs_ = spec().has_kptrs();
  SlotArena arena_;
};

}  // namespace

// array_map_alloc_check() and array_map_alloc().
Expected<std::unique_ptr<Map>> create_array_family(const MapSpec& spec, Admission& admission) {
  const bool percpu = spec.type == MapType::PercpuArray;
  constexpr uint32_t kArrayCreateFlags =
      BPF_F_NUMA_NODE | BPF_F_MMAPABLE | kAccessMask | BPF_F_PRESERVE_ELEMS | BPF_F_INNER_MAP;
  if (spec.max_entries == 0) return create_error(spec, EINVAL, "max_entries is 0");
  if (spec.key_size != 4) return create_error(spec, EINVAL, fmt::format("key_size {} is not 4", spec.key_size));
  if (spec.value_size == 0) return create_error(spec, EINVAL, "value_size is 0");
  if ((spec.map_flags & ~kArrayCreateFlags) || !flags_access_ok(spec.map_flags))
    return create_error(spec, EINVAL, fmt::format("invalid map_flags {:#x}", spec.map_flags));
  if (percpu && has_numa_node(spec)) return create_error(spec, EINVAL, "per-CPU maps take no numa_node");
  if (spec.type != MapType::Array && (spec.map_flags & (BPF_F_MMAPABLE | BPF_F_INNER_MAP)))
    return create_error(spec, EINVAL, "BPF_F_MMAPABLE and BPF_F_INNER_MAP are for plain arrays");
  if (spec.map_flags & BPF_F_PRESERVE_ELEMS)
    return create_error(spec, EINVAL, "BPF_F_PRESERVE_ELEMS is for perf event arrays");
  if (spec.value_size > INT_MAX) return create_error(spec, E2BIG, "value_size too large");
  if (percpu && round_up8(spec.value_size) > kPcpuMinUnitSize)
    return create_error(spec, E2BIG, "per-CPU value_size above PCPU_MIN_UNIT_SIZE");
  // BPF_F_MMAPABLE is accepted; nothing outside the process can mmap() our arrays anyway.
  if (auto admitted = admission.admit(spec); !admitted) return std::move(admitted).error();
  auto map = std::make_unique<ArrayMap>(spec);
  if (!map->ok()) return create_error(spec, ENOMEM, "out of memory for the elements");
  return std::unique_ptr<Map>(std::move(map));
}

}  // namespace bpfkit::maps
