// BPF_MAP_TYPE_STACK_TRACE (kernel/bpf/stackmap.c): roundup_pow_of_two(max_entries) buckets, each empty or holding
// one stack (nr instruction pointers and their hash); bpf_get_stackid fills them, userspace reads and deletes them.
//
// Buckets are preallocated (max_entries of them, as prealloc_elems_and_freelist does) and recycled, so a stack id
// never costs more than the map was charged for.
#include <fstream>
#include <map>
#include <vector>

#include <fmt/format.h>

#include "maps/internal.h"

namespace bpfkit {

uint32_t perf_event_max_stack() {
  static const uint32_t n = [] {
    std::ifstream f("/proc/sys/kernel/perf_event_max_stack");
    uint32_t v = 0;
    return (f >> v) && v > 0 ? v : 127u;
  }();
  return n;
}

namespace maps {
namespace {

uint32_t load_u32(const void* p) {
  uint32_t v;
  std::memcpy(&v, p, 4);
  return v;
}

class StackTrace final : public StackTraceMap {
 public:
  explicit StackTrace(const MapSpec& spec)
      : StackTraceMap(spec), n_buckets_(uint32_t(roundup_pow_of_two(spec.max_entries))), free_(spec.max_entries) {}

  long get_stackid(std::span<const uint64_t> ips, uint64_t flags) override {
    if (ips.empty()) return -EFAULT;  // nothing left after the skipped frames
    // jhash2 over the u32 words with initval 0, which on a little-endian machine is jhash over the same bytes.
    const uint32_t hash = jhash(ips.data(), uint32_t(ips.size_bytes()), 0);
    const uint32_t id = hash & (n_buckets_ - 1);
    std::lock_guard lock(mu_);
    auto it = buckets_.find(id);
    const bool taken = it != buckets_.end();
    const bool hash_matches = taken && it->second.hash == hash;
    if (hash_matches && (flags & BPF_F_FAST_STACK_CMP)) return id;
    if (map_flags() & BPF_F_STACK_BUILD_ID) {
      // stack_map_get_build_id_offset: no file-backed frames here, so every frame is an IP-only entry.
      if (hash_matches && it->second.ips.size() == ips.size() && it->second.ips == std::vector(ips.begin(), ips.end()))
        return id;
      if (taken && !(flags & BPF_F_REUSE_STACKID)) return -EEXIST;
    } else {
      if (hash_matches && it->second.ips.size() == ips.size() &&
          std::equal(ips.begin(), ips.end(), it->second.ips.begin()))
        return id;
      if (taken && !(flags & BPF_F_REUSE_STACKID)) return -EEXIST;
    }
    // A new bucket comes off the freelist before the old one goes back, so even a replacement needs a free one.
    if (free_ == 0) return -ENOMEM;
    if (!taken) free_--;
    Bucket& b = buckets_[id];
    b.hash = hash;
    b.ips.assign(ips.begin(), ips.end());
    return id;
  }

  // bpf_stackmap_copy: the frames, zero-padded to value_size.
  int lookup_elem(const void* key, void* value, uint64_t flags) override {
    if (int err = check_sys_read(flags)) return err;
    const uint32_t id = load_u32(key);
    if (id >= n_buckets_) return -ENOENT;
    std::lock_guard lock(mu_);
    auto it = buckets_.find(id);
    if (it == buckets_.end()) return -ENOENT;
    std::memset(value, 0, value_size());
    auto* out = static_cast<uint8_t*>(value);
    if (map_flags() & BPF_F_STACK_BUILD_ID) {
      // struct bpf_stack_build_id { s32 status; u8 build_id[20]; u64 ip; } with status BPF_STACK_BUILD_ID_IP (2).
      for (size_t i = 0; i < it->second.ips.size(); ++i) {
        const int32_t status = 2;
        std::memcpy(out + i * 32, &status, 4);
        std::memcpy(out + i * 32 + 24, &it->second.ips[i], 8);
      }
    } else {
      std::memcpy(out, it->second.ips.data(), it->second.ips.size() * 8);
    }
    return 0;
  }

  int update_elem(const void*, const void*, uint64_t flags) override {
    if (int err = check_sys_write(flags)) return err;
    return -EINVAL;  // stack_map_update_elem
  }

  int delete_elem(const void* key) override {
    if (map_flags() & BPF_F_RDONLY) return -EPERM;
    const uint32_t id = load_u32(key);
    if (id >= n_buckets_) return -E2BIG;
    std::lock_guard lock(mu_);
    if (buckets_.erase(id) == 0) return -ENOENT;
    free_++;
    return 0;
  }

  // stack_map_get_next_key: the next filled bucket; a key past the buckets or on an empty one restarts at 0.
  int get_next_key(const void* key, void* next_key) override {
    if (map_flags() & BPF_F_WRONLY) return -EPERM;
    std::lock_guard lock(mu_);
    uint32_t id = 0;
    if (key != nullptr) {
      id = load_u32(key);
      id = id >= n_buckets_ || buckets_.count(id) == 0 ? 0 : id + 1;
    }
    auto it = buckets_.lower_bound(id);
    if (it == buckets_.end()) return -ENOENT;
    std::memcpy(next_key, &it->first, 4);
    return 0;
  }

  // The verifier lets programs pass a stack trace map only to bpf_get_stackid; the map's own lookup is -EOPNOTSUPP.
  void* prog_lookup_elem(const void*) override { return nullptr; }
  long prog_update_elem(const void*, const void*, uint64_t) override { return -EINVAL; }
  long prog_delete_elem(const void* key) override { return delete_elem(key); }
  void value_regions(std::vector<MemoryRegion>&) const override {}

 private:
  struct Bucket {
    uint32_t hash = 0;
    std::vector<uint64_t> ips;
  };
  uint32_t n_buckets_;
  uint32_t free_;  // buckets left on the freelist
  std::map<uint32_t, Bucket> buckets_;
};

}  // namespace

// stack_map_alloc.
Expected<std::unique_ptr<Map>> create_stack_trace(const MapSpec& spec, Admission& admission) {
  constexpr uint32_t kFlags = BPF_F_NUMA_NODE | BPF_F_RDONLY | BPF_F_WRONLY | BPF_F_STACK_BUILD_ID;
  if (spec.map_flags & ~kFlags) return create_error(spec, EINVAL, fmt::format("invalid map_flags {:#x}", spec.map_flags));
  if (spec.max_entries == 0) return create_error(spec, EINVAL, "max_entries is 0");
  if (spec.key_size != 4) return create_error(spec, EINVAL, fmt::format("key_size {} is not 4", spec.key_size));
  if (spec.value_size < 8 || spec.value_size % 8 != 0)
    return create_error(spec, EINVAL, fmt::format("value_size {} is not a positive multiple of 8", spec.value_size));
  const uint32_t max_stack = perf_event_max_stack();
  if (spec.map_flags & BPF_F_STACK_BUILD_ID) {
    if (spec.value_size % 32 != 0 || spec.value_size / 32 > max_stack)
      return create_error(spec, EINVAL, fmt::format("value_size {} is not n * 32 with n <= {} (build ids)",
                                                    spec.value_size, max_stack));
  } else if (spec.value_size / 8 > max_stack) {
    return create_error(spec, EINVAL, fmt::format("value_size {} holds more than perf_event_max_stack ({}) frames",
                                                  spec.value_size, max_stack));
  }
  if (spec.max_entries > (1u << 31)) return create_error(spec, E2BIG, "max_entries above 2^31");
  if (auto admitted = admission.admit(spec); !admitted) return std::move(admitted).error();
  return std::unique_ptr<Map>(std::make_unique<StackTrace>(spec));
}

}  // namespace maps
}  // namespace bpfkit
