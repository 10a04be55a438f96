// Shared pieces of the userspace maps: memory pools, creation-check helpers and the per-family factories.
#pragma once

#include <cerrno>
#include <climits>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "bpfkit/map.h"

namespace bpfkit::maps {

// Kernel constants the creation checks use (x86-64, 4 KiB pages).
inline constexpr uint64_t kPageSize = 4096;
inline constexpr uint64_t kKmallocMaxSize = 1ull << 22;  // 1 << (PAGE_SHIFT + MAX_PAGE_ORDER)
inline constexpr uint64_t kPcpuMinUnitSize = 32 << 10;   // PCPU_MIN_UNIT_SIZE
inline constexpr uint32_t kAccessMask = BPF_F_RDONLY | BPF_F_RDONLY_PROG | BPF_F_WRONLY | BPF_F_WRONLY_PROG;
inline constexpr int32_t kNone = -1;

inline uint64_t round_up8(uint64_t n) { return (n + 7) & ~uint64_t{7}; }
inline uint64_t roundup_pow_of_two(uint64_t n) {
  uint64_t p = 1;
  while (p < n) p <<= 1;
  return p;
}
// bpf_map_flags_access_ok(): a map cannot be both read-only and write-only for programs.
inline bool flags_access_ok(uint32_t flags) {
  return (flags & (BPF_F_RDONLY_PROG | BPF_F_WRONLY_PROG)) != (BPF_F_RDONLY_PROG | BPF_F_WRONLY_PROG);
}
// bpf_map_attr_numa_node(): the node only counts with BPF_F_NUMA_NODE.
inline bool has_numa_node(const MapSpec& s) { return (s.map_flags & BPF_F_NUMA_NODE) != 0; }

// A creation failure: the message names the attribute, the errno is the kernel's.
Error create_error(const MapSpec& spec, int err, const std::string& why);

// Memory admission for one create_map() call. A factory calls admit() after its own checks and before it
// allocates, where the kernel's map_alloc allocates, so that a bad attribute still wins over ENOMEM as in the
// kernel, and nothing large is allocated for a map that will be refused. create_map() hands the charge to the map.
class Admission {
 public:
  explicit Admission(MemoryBudget* budget) : budget_(budget) {}
  ~Admission() {
    if (budget_ != nullptr && charged_ != 0) budget_->uncharge(charged_);
  }
  Admission(const Admission&) = delete;
  Admission& operator=(const Admission&) = delete;
  // ENOMEM when map_memory_cost(spec) exceeds the machine's RAM or what is left of the budget.
  Expected<void> admit(const MapSpec& spec);
  uint64_t release() { return std::exchange(charged_, 0); }

 private:
  MemoryBudget* budget_;
  uint64_t charged_ = 0;
};

// The bloom filter's bit array in bytes (bloom_map_alloc's sizing), for the factory and map_memory_cost.
uint64_t bloom_bitset_bytes(const MapSpec& spec);

// Zeroed memory reserved with mmap(MAP_NORESERVE): pages cost nothing until first written, as a huge prog array
// or queue mostly is never touched. Freed with munmap.
class LazyZeroed {
 public:
  LazyZeroed() = default;
  explicit LazyZeroed(size_t bytes);
  ~LazyZeroed();
  LazyZeroed(LazyZeroed&& o) noexcept : p_(std::exchange(o.p_, nullptr)), size_(std::exchange(o.size_, 0)) {}
  LazyZeroed& operator=(LazyZeroed&&) = delete;
  uint8_t* data() const { return p_; }
  bool ok() const { return p_ != nullptr || size_ == 0; }

 private:
  uint8_t* p_ = nullptr;
  size_t size_ = 0;
};

// Memory for fixed-size slots whose addresses never change. Preallocated maps take one chunk holding every slot;
// growing maps (BPF_F_NO_PREALLOC) add chunks of doubling size so a large sparse map costs little and the number
// of regions stays logarithmic. Memory is zeroed when a chunk is made.
class SlotArena {
 public:
  SlotArena(size_t stride, uint32_t capacity, bool prealloc);
  // Ensures slot i exists: 1 if a chunk was added, 0 if it existed, -1 if memory ran out.
  int ensure(uint32_t i);
  bool ok() const { return ok_; }  // false if preallocation failed
  uint8_t* at(uint32_t i) const;  // slot must exist
  size_t stride() const { return stride_; }
  // The index of the slot holding p, or -1.
  int64_t index_of(const void* p) const;
  void regions(std::vector<MemoryRegion>& out, bool writable) const;

 private:
  // calloc: large preallocated maps get lazily zeroed pages, as the kernel's vmalloc'ed areas effectively do.
  struct Free {
    void operator()(uint8_t* p) const { std::free(p); }
  };
  struct Chunk {
    std::unique_ptr<uint8_t[], Free> mem;
    uint32_t first = 0;
    uint32_t count = 0;
  };
  size_t stride_;
  uint32_t capacity_;
  std::vector<Chunk> chunks_;
  uint32_t made_ = 0;  // slots [0, made_) exist
  bool ok_ = true;
};

// Factories, one per map family; each runs its map type's map_alloc_check. Common checks ran before.
// array, percpu_array; prog, perf_event, array_of_maps; (lru_)(percpu_)hash, hash_of_maps.
Expected<std::unique_ptr<Map>> create_array_family(const MapSpec& spec, Admission& admission);
Expected<std::unique_ptr<Map>> create_fd_array_family(const MapSpec& spec, Admission& admission);
Expected<std::unique_ptr<Map>> create_hash_family(const MapSpec& spec, Admission& admission);
Expected<std::unique_ptr<Map>> create_lpm_trie(const MapSpec& spec, Admission& admission);
Expected<std::unique_ptr<Map>> create_queue_stack(const MapSpec& spec, Admission& admission);
Expected<std::unique_ptr<Map>> create_ringbuf(const MapSpec& spec, Admission& admission);
Expected<std::unique_ptr<Map>> create_bloom_filter(const MapSpec& spec, Admission& admission);
// devmap, devmap_hash, cpumap, xskmap; stack_trace; sockmap, sockhash and the local-storage maps.
Expected<std::unique_ptr<Map>> create_redirect_map(const MapSpec& spec, Admission& admission);
Expected<std::unique_ptr<Map>> create_stack_trace(const MapSpec& spec, Admission& admission);
Expected<std::unique_ptr<Map>> create_socket_map(const MapSpec& spec, Admission& admission);

// Map-in-map: checks the inner template as bpf_map_meta_alloc() does (-EBADF none, -EINVAL nested).
int check_inner_spec(const MapSpec& spec);
// bpf_map_meta_equal() (+ max_entries for arrays unless BPF_F_INNER_MAP).
bool inner_map_matches(const MapSpec& tmpl, const Map& inner);

// Copies a value as copy_map_value() does: everything but the special fields (MapSpec::fields; without them, the
// bpf_spin_lock word).
void copy_map_value(const MapSpec& spec, void* dst, const void* src);
// check_and_init_map_value: the special fields of a value given to userspace read as zeroes.
void zero_map_fields(const MapSpec& spec, void* value);

// A random hash seed (get_random_u32()), or 0 with BPF_F_ZERO_SEED.
uint32_t hash_seed(const MapSpec& spec);

}  // namespace bpfkit::maps
