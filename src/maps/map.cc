// The Map base: defaults for operations a type does not support (with the errno bpf(2) gives), the syscall-level
// creation checks, CPUs, and jhash.
#include <fmt/format.h>

#include <sys/mman.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <new>
#include <cctype>
#include <fstream>
#include <random>

#include "maps/internal.h"

namespace bpfkit {

namespace {

std::atomic_uint32_t g_next_map_id{1};
thread_local uint32_t t_this_cpu = 0;

// Counts the CPUs in a kernel cpulist ("0-3,8,10-11").
uint32_t count_cpulist(const std::string& list) {
  uint32_t n = 0;
  size_t pos = 0;
  while (pos < list.size()) {
    size_t end = list.find(',', pos);
    if (end == std::string::npos) end = list.size();
    std::string part = list.substr(pos, end - pos);
    size_t dash = part.find('-');
    try {
      if (dash == std::string::npos) {
        if (!part.empty()) { (void)std::stoul(part); n += 1; }
      } else {
        unsigned long a = std::stoul(part.substr(0, dash)), b = std::stoul(part.substr(dash + 1));
        if (b >= a) n += static_cast<uint32_t>(b - a + 1);
      }
    } catch (...) {
    }
    pos = end + 1;
  }
  return n;
}

// Online NUMA nodes, as node_online() sees them; node 0 if the file cannot be read.
bool numa_node_online(uint32_t node) {
  std::ifstream f("/sys/devices/system/node/online");
  std::string list;
  if (!(f >> list)) return node == 0;
  size_t pos = 0;
  while (pos < list.size()) {
    size_t end = list.find(',', pos);
    if (end == std::string::npos) end = list.size();
    std::string part = list.substr(pos, end - pos);
    size_t dash = part.find('-');
    try {
      unsigned long a = std::stoul(part.substr(0, dash));
      unsigned long b = dash == std::string::npos ? a : std::stoul(part.substr(dash + 1));
      if (node >= a && node <= b) return true;
    } catch (...) {
    }
    pos = end + 1;
  }
  return false;
}

// bpf_obj_name_cpy(): at most 15 characters of [A-Za-z0-9_.].
bool valid_obj_name(const std::string& name) {
  if (name.size() >= 16) return false;
  for (char c : name)
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '_' && c != '.') return false;
  return true;
}

}  // namespace

uint32_t this_cpu() { return t_this_cpu; }
CpuScope::CpuScope(uint32_t cpu) : saved_(t_this_cpu) { t_this_cpu = cpu; }
CpuScope::~CpuScope() { t_this_cpu = saved_; }

uint32_t num_possible_cpus() {
  static const uint32_t n = [] {
    std::ifstream f("/sys/devices/system/cpu/possible");
    std::string list;
    if (!(f >> list)) return 1u;
    uint32_t c = count_cpulist(list);
    return c ? c : 1u;
  }();
  return n;
}

const char* map_type_name(MapType type) {
  static const char* const names[] = {
      "unspec", "hash", "array", "prog_array", "perf_event_array", "percpu_hash", "percpu_array", "stack_trace",
      "cgroup_array", "lru_hash", "lru_percpu_hash", "lpm_trie", "array_of_maps", "hash_of_maps", "devmap",
      "sockmap", "cpumap", "xskmap", "sockhash", "cgroup_storage", "reuseport_sockarray", "percpu_cgroup_storage",
      "queue", "stack", "sk_storage", "devmap_hash", "struct_ops", "ringbuf", "inode_storage", "task_storage",
      "bloom_filter", "user_ringbuf", "cgrp_storage", "arena"};
  auto i = static_cast<uint32_t>(type);
  return i < std::size(names) ? names[i] : "unknown";
}

// --- Map base ------------------------------------------------------------------------------------------------------

Map::Map(MapSpec spec) : spec_(std::move(spec)), id_(g_next_map_id.fetch_add(1)) {}
Map::~Map() {
  if (budget_ && charged_ != 0) budget_->uncharge(charged_);
}

bool MemoryBudget::try_charge(uint64_t bytes) {
  uint64_t used = used_.load(std::memory_order_relaxed);
  do {
    if (bytes > limit_ || used > limit_ - bytes) return false;
  } while (!used_.compare_exchange_weak(used, used + bytes, std::memory_order_relaxed));
  return true;
}

bool Map::is_percpu() const {
  return spec_.type == MapType::PercpuArray || spec_.type == MapType::PercpuHash ||
         spec_.type == MapType::LruPercpuHash;
}

size_t Map::user_value_size() const {
  if (is_percpu()) return maps::round_up8(spec_.value_size) * num_possible_cpus();
  return spec_.value_size;
}

uint64_t Map::regions_version() const { return regions_version_.load(std::memory_order_acquire); }
void Map::bump_regions_version() { regions_version_.fetch_add(1, std::memory_order_acq_rel); }

int Map::check_sys_read(uint64_t flags) const {
  if (flags & ~BPF_F_LOCK) return -EINVAL;
  if (spec_.map_flags & BPF_F_WRONLY) return -EPERM;
  if ((flags & BPF_F_LOCK) && !has_spin_lock()) return -EINVAL;
  return 0;
}

int Map::check_sys_write(uint64_t flags) const {
  if (spec_.map_flags & BPF_F_RDONLY) return -EPERM;
  if ((flags & BPF_F_LOCK) && !has_spin_lock()) return -EINVAL;
  return 0;
}

// Defaults: what the kernel answers for a map type whose ops lack the operation.
int Map::lookup_elem(const void*, void*, uint64_t flags) {
  if (int err = check_sys_read(flags)) return err;
  return -ENOTSUPP_KERNEL;
}
int Map::update_elem(const void*, const void*, uint64_t flags) {
  if (int err = check_sys_write(flags)) return err;
  return -ENOTSUPP_KERNEL;
}
int Map::delete_elem(const void*) {
  if (spec_.map_flags & BPF_F_RDONLY) return -EPERM;
  return -ENOTSUPP_KERNEL;
}
int Map::get_next_key(const void*, void*) {
  if (spec_.map_flags & BPF_F_WRONLY) return -EPERM;
  return -ENOTSUPP_KERNEL;
}
// map_lookup_and_delete_elem(): only queues, stacks and the hash family implement it.
int Map::lookup_and_delete_elem(const void*, void*, uint64_t flags) {
  if (flags & ~BPF_F_LOCK) return -EINVAL;
  if (spec_.map_flags & (BPF_F_RDONLY | BPF_F_WRONLY)) return -EPERM;
  if ((flags & BPF_F_LOCK) && !has_spin_lock()) return -EINVAL;
  return -ENOTSUPP_KERNEL;
}

void* Map::prog_lookup_elem(const void*) { return nullptr; }
long Map::prog_update_elem(const void*, const void*, uint64_t) { return -ENOTSUPP_KERNEL; }
long Map::prog_delete_elem(const void*) { return -ENOTSUPP_KERNEL; }
long Map::prog_push_elem(const void*, uint64_t) { return -ENOTSUPP_KERNEL; }
long Map::prog_pop_elem(void*) { return -ENOTSUPP_KERNEL; }
long Map::prog_peek_elem(void*) { return -ENOTSUPP_KERNEL; }
void* Map::prog_lookup_percpu_elem(const void*, uint32_t) { return nullptr; }
long Map::prog_for_each_elem(const std::function<bool(const void*, void*)>&) { return -ENOTSUPP_KERNEL; }

// --- generic batch ops (kernel/bpf/syscall.c generic_map_*_batch) ---------------------------------------------------

int Map::lookup_batch(const void* in_batch, void* out_batch, void* keys, void* values, uint32_t* count,
                      uint64_t elem_flags, uint64_t) {
  if (spec_.map_flags & BPF_F_WRONLY) return -EPERM;
  if (!(batch_ops_ & kLookupBatch)) return -ENOTSUPP_KERNEL;
  if (elem_flags & ~BPF_F_LOCK) return -EINVAL;
  if ((elem_flags & BPF_F_LOCK) && !has_spin_lock()) return -EINVAL;
  uint32_t max_count = *count;
  if (max_count == 0) return 0;
  *count = 0;
  const size_t ks = key_size(), vs = user_value_size();
  std::vector<uint8_t> prev(ks), key(ks), value(vs);
  bool have_prev = in_batch != nullptr;
  if (have_prev) std::memcpy(prev.data(), in_batch, ks);
  int err = 0;
  uint32_t cp = 0;
  while (cp < max_count) {
    err = get_next_key(have_prev ? prev.data() : nullptr, key.data());
    if (err) break;
    err = lookup_elem(key.data(), value.data(), elem_flags);
    if (err && err != -ENOENT) return err;
    if (err == 0) {  // a key without a value (an empty fd array slot) is skipped, but still advances the walk
      std::memcpy(static_cast<uint8_t*>(keys) + cp * ks, key.data(), ks);
      std::memcpy(static_cast<uint8_t*>(values) + cp * vs, value.data(), vs);
      cp++;
    }
    prev.swap(key);
    have_prev = true;
  }
  *count = cp;
  if (cp) std::memcpy(out_batch, prev.data(), ks);
  return err;
}

int Map::lookup_and_delete_batch(const void*, void*, void*, void*, uint32_t*, uint64_t, uint64_t) {
  if (spec_.map_flags & (BPF_F_RDONLY | BPF_F_WRONLY)) return -EPERM;
  return -ENOTSUPP_KERNEL;  // only the hash family has it
}

int Map::update_batch(const void* keys, const void* values, uint32_t* count, uint64_t elem_flags, uint64_t) {
  if (spec_.map_flags & BPF_F_RDONLY) return -EPERM;
  if (!(batch_ops_ & kUpdateBatch)) return -ENOTSUPP_KERNEL;
  if (elem_flags & ~BPF_F_LOCK) return -EINVAL;  // so no BPF_NOEXIST/BPF_EXIST in batches
  if ((elem_flags & BPF_F_LOCK) && !has_spin_lock()) return -EINVAL;
  uint32_t max_count = *count;
  if (max_count == 0) return 0;
  const size_t ks = key_size(), vs = user_value_size();
  uint32_t cp = 0;
  int err = 0;
  for (; cp < max_count; cp++) {
    err = update_elem(static_cast<const uint8_t*>(keys) + cp * ks, static_cast<const uint8_t*>(values) + cp * vs,
                      elem_flags);
    if (err) break;
  }
  *count = cp;
  return err;
}

int Map::delete_batch(const void* keys, uint32_t* count, uint64_t elem_flags, uint64_t) {
  if (spec_.map_flags & BPF_F_RDONLY) return -EPERM;
  if (!(batch_ops_ & kDeleteBatch)) return -ENOTSUPP_KERNEL;
  if (elem_flags & ~BPF_F_LOCK) return -EINVAL;
  if ((elem_flags & BPF_F_LOCK) && !has_spin_lock()) return -EINVAL;
  uint32_t max_count = *count;
  if (max_count == 0) return 0;
  const size_t ks = key_size();
  uint32_t cp = 0;
  int err = 0;
  for (; cp < max_count; cp++) {
    err = delete_elem(static_cast<const uint8_t*>(keys) + cp * ks);
    if (err) break;
  }
  *count = cp;
  return err;
}

// --- creation -------------------------------------------------------------------------------------------------------

void Map::set_kptr_release(KptrRelease release) {
  std::lock_guard lock(kptr_mu_);
  kptr_release_ = std::move(release);
}

void Map::free_fields(uint8_t* value) {
  KptrRelease release;
  for (const MapField& f : spec_.fields) {
    if (!f.is_kptr() || f.offset + 8 > spec_.value_size) continue;
    const uint64_t p = __atomic_exchange_n(reinterpret_cast<uint64_t*>(value + f.offset), uint64_t(0),
                                           __ATOMIC_SEQ_CST);
    if (p == 0 || f.kind == MapField::Kind::KptrUnref) continue;
    if (!release) {
      std::lock_guard lock(kptr_mu_);
      release = kptr_release_;
    }
    if (release) release(f, p);
  }
}

namespace maps {

Error create_error(const MapSpec& spec, int err, const std::string& why) {
  std::string name = spec.name.empty() ? "" : fmt::format(" '{}'", spec.name);
  return make_error(fmt::format("create {} map{}: {}", map_type_name(spec.type), name, why)).with_errno(err);
}

uint32_t hash_seed(const MapSpec& spec) {
  if (spec.map_flags & BPF_F_ZERO_SEED) return 0;
  static thread_local std::mt19937 rng{std::random_device{}()};
  return static_cast<uint32_t>(rng());
}

void zero_map_fields(const MapSpec& spec, void* value) {
  for (const MapField& f : spec.fields)
    if (f.offset + f.size <= spec.value_size) std::memset(static_cast<uint8_t*>(value) + f.offset, 0, f.size);
}

void copy_map_value(const MapSpec& spec, void* dst, const void* src) {
  if (!spec.fields.empty()) {
    // copy_map_value: the special fields (locks, timers, kptrs...) belong to the map and are never copied
    uint32_t at = 0;
    auto* d = static_cast<uint8_t*>(dst);
    const auto* s = static_cast<const uint8_t*>(src);
    for (const MapField& f : spec.fields) {
      if (f.offset >= spec.value_size) break;
      if (f.offset > at) std::memcpy(d + at, s + at, f.offset - at);
      at = std::max(at, std::min(f.offset + f.size, spec.value_size));
    }
    if (at < spec.value_size) std::memcpy(d + at, s + at, spec.value_size - at);
    return;
  }
  if (spec.spin_lock_off < 0) {
    std::memcpy(dst, src, spec.value_size);
    return;
  }
  // The lock word (4 bytes) belongs to the map and is never copied.
  const auto off = static_cast<size_t>(spec.spin_lock_off);
  std::memcpy(dst, src, off);
  if (off + 4 < spec.value_size)
    std::memcpy(static_cast<uint8_t*>(dst) + off + 4, static_cast<const uint8_t*>(src) + off + 4,
                spec.value_size - off - 4);
}

int check_inner_spec(const MapSpec& spec) {
  if (!spec.inner) return -EBADF;
  if (spec.inner->inner) return -EINVAL;  // no more than one level of map-in-map
  switch (spec.inner->type) {
    case MapType::ArrayOfMaps: case MapType::HashOfMaps:
      return -EINVAL;
    case MapType::ProgArray:  // its ops have no map_meta_equal
      return -ENOTSUPP_KERNEL;
    default:
      return 0;
  }
}

bool inner_map_matches(const MapSpec& t, const Map& inner) {
  const MapSpec& s = inner.spec();
  if (t.type != s.type || t.key_size != s.key_size || t.value_size != s.value_size || t.map_flags != s.map_flags ||
      t.spin_lock_off != s.spin_lock_off)
    return false;
  bool array = t.type == MapType::Array || t.type == MapType::PercpuArray;
  if (array && !(t.map_flags & BPF_F_INNER_MAP)) return t.max_entries == s.max_entries;
  return true;
}

// --- SlotArena --------------------------------------------------------------------------------------------------------

SlotArena::SlotArena(size_t stride, uint32_t capacity, bool prealloc) : stride_(stride), capacity_(capacity) {
  if (prealloc && capacity) ok_ = ensure(capacity - 1) >= 0;
}

int SlotArena::ensure(uint32_t i) {
  if (i < made_) return 0;
  while (made_ <= i) {
    uint32_t count = chunks_.empty() ? 64 : chunks_.back().count * 2;
    if (made_ == 0 && i + 1 == capacity_) count = capacity_;  // prealloc: one chunk
    count = std::max<uint32_t>(count, 1);
    if (count > capacity_ - made_) count = capacity_ - made_;
    Chunk c;
    c.mem.reset(static_cast<uint8_t*>(std::calloc(count, stride_)));
    if (!c.mem) return -1;
    c.first = made_;
    c.count = count;
    made_ += count;
    chunks_.push_back(std::move(c));
  }
  return 1;
}

uint8_t* SlotArena::at(uint32_t i) const {
  for (const Chunk& c : chunks_)
    if (i >= c.first && i - c.first < c.count) return c.mem.get() + static_cast<size_t>(i - c.first) * stride_;
  return nullptr;
}

int64_t SlotArena::index_of(const void* p) const {
  auto a = reinterpret_cast<uintptr_t>(p);
  for (const Chunk& c : chunks_) {
    auto base = reinterpret_cast<uintptr_t>(c.mem.get());
    if (a >= base && a < base + stride_ * c.count) return c.first + static_cast<int64_t>((a - base) / stride_);
  }
  return -1;
}

void SlotArena::regions(std::vector<MemoryRegion>& out, bool writable) const {
  for (const Chunk& c : chunks_) out.push_back(MemoryRegion{c.mem.get(), stride_ * c.count, writable});
}

}  // namespace maps

// --- memory ---------------------------------------------------------------------------------------------------------

namespace {

// totalram_pages(): vmalloc refuses any area with more pages than the machine has.
uint64_t total_ram_bytes() {
  const long pages = sysconf(_SC_PHYS_PAGES), page = sysconf(_SC_PAGESIZE);
  return pages > 0 && page > 0 ? uint64_t(pages) * uint64_t(page) : UINT64_MAX;
}

// Saturating a * b: a cost beyond 2^64 is simply too much.
uint64_t mul_sat(uint64_t a, uint64_t b) { return b != 0 && a > UINT64_MAX / b ? UINT64_MAX : a * b; }
uint64_t add_sat(uint64_t a, uint64_t b) { return a > UINT64_MAX - b ? UINT64_MAX : a + b; }

}  // namespace

namespace maps {

LazyZeroed::LazyZeroed(size_t bytes) : size_(bytes) {
  if (bytes == 0) return;
  void* p = mmap(nullptr, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  p_ = p == MAP_FAILED ? nullptr : static_cast<uint8_t*>(p);
}

LazyZeroed::~LazyZeroed() {
  if (p_ != nullptr) munmap(p_, size_);
}

Expected<void> Admission::admit(const MapSpec& spec) {
  const uint64_t cost = map_memory_cost(spec);
  const uint64_t ram = total_ram_bytes();
  if (cost > ram)
    return create_error(spec, ENOMEM, fmt::format("needs {} bytes, more than the machine's {} bytes of memory", cost,
                                                  ram));
  if (budget_ != nullptr) {
    if (!budget_->try_charge(cost))
      return create_error(spec, ENOMEM,
                          fmt::format("needs {} bytes, over the memory limit ({} of {} bytes already used by maps)",
                                      cost, budget_->used(), budget_->limit()));
    charged_ += cost;
  }
  return {};
}

}  // namespace maps

// The sizes the kernel's map_alloc functions pass to bpf_map_area_alloc / the percpu allocator (x86-64), as bpf_capable
// root sees them (no Spectre v1 rounding of array sizes).
uint64_t map_memory_cost(const MapSpec& spec) {
  using maps::round_up8;
  constexpr uint64_t kArrayHeader = 320;  // sizeof(struct bpf_array), about
  constexpr uint64_t kBucket = 16;        // sizeof(struct bucket)
  constexpr uint64_t kHtabElem = 48;      // sizeof(struct htab_elem)
  const uint64_t n = spec.max_entries, ncpus = num_possible_cpus();
  switch (spec.type) {
    case MapType::Array:
      return add_sat(kArrayHeader, mul_sat(n, round_up8(spec.value_size)));
    case MapType::PercpuArray:  // a pointer per element plus each CPU's copy
      return add_sat(kArrayHeader, mul_sat(n, add_sat(8, mul_sat(round_up8(spec.value_size), ncpus))));
    case MapType::ProgArray: case MapType::PerfEventArray: case MapType::ArrayOfMaps: case MapType::CgroupArray:
    case MapType::Devmap: case MapType::Cpumap: case MapType::Xskmap: case MapType::Sockmap:
      return add_sat(kArrayHeader, mul_sat(n, 8));  // one pointer per slot
    case MapType::DevmapHash: case MapType::Sockhash:  // the bucket heads; entries come as they are added
      return add_sat(kArrayHeader, mul_sat(maps::roundup_pow_of_two(n), 16));
    case MapType::StackTrace:  // bucket pointers, then max_entries preallocated buckets of value_size
      return add_sat(add_sat(kArrayHeader, mul_sat(maps::roundup_pow_of_two(n), 8)),
                     mul_sat(n, add_sat(16, spec.value_size)));
    case MapType::Hash: case MapType::PercpuHash: case MapType::LruHash: case MapType::LruPercpuHash:
    case MapType::HashOfMaps: {
      const bool percpu = spec.type == MapType::PercpuHash || spec.type == MapType::LruPercpuHash;
      uint64_t cost = mul_sat(maps::roundup_pow_of_two(n), kBucket);
      if (spec.map_flags & BPF_F_NO_PREALLOC) return cost;
      const uint64_t elems = n + ncpus;  // extra elements for in-place updates
      const uint64_t elem = kHtabElem + round_up8(spec.key_size) + (percpu ? 8 : round_up8(spec.value_size));
      cost = add_sat(cost, mul_sat(elems, elem));
      if (percpu) cost = add_sat(cost, mul_sat(elems, mul_sat(round_up8(spec.value_size), ncpus)));
      return cost;
    }
    case MapType::Queue: case MapType::Stack:
      return add_sat(kArrayHeader, mul_sat(n + 1, spec.value_size));
    case MapType::Ringbuf:  // the data pages plus the consumer and producer pages
      return add_sat(n, 2 * maps::kPageSize);
    case MapType::BloomFilter:
      return add_sat(kArrayHeader, maps::bloom_bitset_bytes(spec));
    default:  // LPM tries allocate per element; unsupported types never allocate
      return kArrayHeader;
  }
}

// map_create() in kernel/bpf/syscall.c: checks every map type shares, then the type's own map_alloc_check.
Expected<std::unique_ptr<Map>> create_map(const MapSpec& spec, std::shared_ptr<MemoryBudget> budget) {
  using namespace maps;
  if (spec.map_extra != 0 && spec.type != MapType::BloomFilter && spec.type != MapType::Arena)
    return create_error(spec, EINVAL, "map_extra is only for bloom filters and arenas");
  if ((spec.map_flags & BPF_F_RDONLY) && (spec.map_flags & BPF_F_WRONLY))
    return create_error(spec, EINVAL, "BPF_F_RDONLY and BPF_F_WRONLY together");
  if (has_numa_node(spec) && !numa_node_online(spec.numa_node))
    return create_error(spec, EINVAL, fmt::format("numa_node {} is not online", spec.numa_node));
  if (spec.map_flags & BPF_F_TOKEN_FD) return create_error(spec, EINVAL, "BPF tokens are not supported");

  Admission admission(budget.get());
  Expected<std::unique_ptr<Map>> made = [&]() -> Expected<std::unique_ptr<Map>> {
    switch (spec.type) {
      case MapType::Array: case MapType::PercpuArray:
        return create_array_family(spec, admission);
      case MapType::ProgArray: case MapType::PerfEventArray: case MapType::ArrayOfMaps:
      case MapType::CgroupArray:
        return create_fd_array_family(spec, admission);
      case MapType::Devmap: case MapType::DevmapHash: case MapType::Cpumap: case MapType::Xskmap:
        return create_redirect_map(spec, admission);
      case MapType::StackTrace: return create_stack_trace(spec, admission);
      case MapType::Sockmap: case MapType::Sockhash: case MapType::SkStorage: case MapType::InodeStorage:
      case MapType::TaskStorage: case MapType::CgrpStorage:
        return create_socket_map(spec, admission);
      case MapType::Hash: case MapType::PercpuHash: case MapType::LruHash: case MapType::LruPercpuHash:
      case MapType::HashOfMaps:
        return create_hash_family(spec, admission);
      case MapType::LpmTrie: return create_lpm_trie(spec, admission);
      case MapType::Queue: case MapType::Stack: return create_queue_stack(spec, admission);
      case MapType::Ringbuf: return create_ringbuf(spec, admission);
      case MapType::BloomFilter: return create_bloom_filter(spec, admission);
      default:
        if (static_cast<uint32_t>(spec.type) > static_cast<uint32_t>(MapType::Arena) ||
            spec.type == MapType::Unspec)
          return create_error(spec, EINVAL, fmt::format("unknown map type {}", static_cast<uint32_t>(spec.type)));
        return create_error(spec, EOPNOTSUPP, "map type not supported in userspace");
    }
  }();
  if (!made) return made;
  // The kernel copies the name after allocating, so allocation errors win.
  if (!valid_obj_name(spec.name)) return create_error(spec, EINVAL, "invalid map name");
  (*made)->budget_ = std::move(budget);
  (*made)->charged_ = admission.release();
  return made;
}

// --- jhash (include/linux/jhash.h, Bob Jenkins' lookup3) ---------------------------------------------------------------

namespace {
inline uint32_t rol32(uint32_t w, unsigned s) { return (w << s) | (w >> (32 - s)); }
inline void jhash_mix(uint32_t& a, uint32_t& b, uint32_t& c) {
  a -= c; a ^= rol32(c, 4);  c += b;
  b -= a; b ^= rol32(a, 6);  a += c;
  c -= b; c ^= rol32(b, 8);  b += a;
  a -= c; a ^= rol32(c, 16); c += b;
  b -= a; b ^= rol32(a, 19); a += c;
  c -= b; c ^= rol32(b, 4);  b += a;
}
inline void jhash_final(uint32_t& a, uint32_t& b, uint32_t& c) {
  c ^= b; c -= rol32(b, 14);
  a ^= c; a -= rol32(c, 11);
  b ^= a; b -= rol32(a, 25);
  c ^= b; c -= rol32(b, 16);
  a ^= c; a -= rol32(c, 4);
  b ^= a; b -= rol32(a, 14);
  c ^= b; c -= rol32(b, 24);
}
inline uint32_t load_le32(const uint8_t* p) {
  uint32_t v;
  std::memcpy(&v, p, 4);
  return v;  // x86-64 is little-endian, as get_unaligned_cpu32 there
}
}  // namespace

uint32_t jhash(const void* key, uint32_t length, uint32_t initval) {
  const auto* k = static_cast<const uint8_t*>(key);
  uint32_t a, b, c;
  a = b = c = 0xdeadbeef + length + initval;  // JHASH_INITVAL
  while (length > 12) {
    a += load_le32(k);
    b += load_le32(k + 4);
    c += load_le32(k + 8);
    jhash_mix(a, b, c);
    length -= 12;
    k += 12;
  }
  switch (length) {
    case 12: c += uint32_t{k[11]} << 24; [[fallthrough]];
    case 11: c += uint32_t{k[10]} << 16; [[fallthrough]];
    case 10: c += uint32_t{k[9]} << 8; [[fallthrough]];
    case 9: c += k[8]; [[fallthrough]];
    case 8: b += uint32_t{k[7]} << 24; [[fallthrough]];
    case 7: b += uint32_t{k[6]} << 16; [[fallthrough]];
    case 6: b += uint32_t{k[5]} << 8; [[fallthrough]];
    case 5: b += k[4]; [[fallthrough]];
    case 4: a += uint32_t{k[3]} << 24; [[fallthrough]];
    case 3: a += uint32_t{k[2]} << 16; [[fallthrough]];
    case 2: a += uint32_t{k[1]} << 8; [[fallthrough]];
    case 1: a += k[0];
      jhash_final(a, b, c);
      break;
    case 0: break;
  }
  return c;
}

}  // namespace bpfkit
