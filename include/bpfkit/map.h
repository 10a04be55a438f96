// Userspace BPF maps: the kernel's map types, with the kernel's creation checks, flags and errnos.
//
// A Map has two faces, as in the kernel:
//  - the userspace side (the bpf(2) BPF_MAP_* commands): lookup_elem copies the value out, update_elem,
//    delete_elem, get_next_key, lookup_and_delete_elem and the batch commands. Each returns 0 or -errno exactly
//    as bpf(2) would (libbpf's low-level API returns the same numbers).
//  - the program side (what helpers call): prog_lookup_elem returns a pointer into the map's value memory or
//    nullptr; prog_update_elem / prog_delete_elem / push / pop / peek return 0 or -errno as the BPF-side ops do.
//
// Memory: every value a program can point at lives in memory owned by the map that never moves or is freed while
// the map lives (preallocated pools, as the kernel does by default; BPF_F_NO_PREALLOC maps grow by whole chunks).
// value_regions() lists that memory for RunContext; regions_version() changes when a chunk is added.
//
// Per-CPU maps: userspace sees round_up(value_size, 8) * num_possible_cpus() bytes per value; programs see the copy
// of the calling thread's current CPU (this_cpu(), 0 unless a CpuScope says otherwise).
//
// Locking: each map has one mutex taken by every operation (both sides), so maps may be used from several threads.
// A pointer returned by prog_lookup_elem stays valid after the lock is dropped; reads and writes through it race
// with other updates exactly as they do in the kernel (which only guarantees RCU lifetime, not atomicity).
#pragma once

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "bpfkit/error.h"
#include "bpfkit/vm.h"

namespace bpfkit {

// enum bpf_map_type (include/uapi/linux/bpf.h).
enum class MapType : uint32_t {
  Unspec = 0, Hash = 1, Array = 2, ProgArray = 3, PerfEventArray = 4, PercpuHash = 5, PercpuArray = 6,
  StackTrace = 7, CgroupArray = 8, LruHash = 9, LruPercpuHash = 10, LpmTrie = 11, ArrayOfMaps = 12,
  HashOfMaps = 13, Devmap = 14, Sockmap = 15, Cpumap = 16, Xskmap = 17, Sockhash = 18, CgroupStorage = 19,
  ReuseportSockarray = 20, PercpuCgroupStorage = 21, Queue = 22, Stack = 23, SkStorage = 24, DevmapHash = 25,
  StructOps = 26, Ringbuf = 27, InodeStorage = 28, TaskStorage = 29, BloomFilter = 30, UserRingbuf = 31,
  CgrpStorage = 32, Arena = 33,
};

const char* map_type_name(MapType type);  // "hash", "array", ... as bpftool prints them

// Update flags (BPF_MAP_UPDATE_ELEM and bpf_map_update_elem()).
inline constexpr uint64_t BPF_ANY = 0;
inline constexpr uint64_t BPF_NOEXIST = 1;
inline constexpr uint64_t BPF_EXIST = 2;
inline constexpr uint64_t BPF_F_LOCK = 4;

// BPF_MAP_CREATE map_flags.
inline constexpr uint32_t BPF_F_NO_PREALLOC = 1u << 0;
inline constexpr uint32_t BPF_F_NO_COMMON_LRU = 1u << 1;
inline constexpr uint32_t BPF_F_NUMA_NODE = 1u << 2;
inline constexpr uint32_t BPF_F_RDONLY = 1u << 3;
inline constexpr uint32_t BPF_F_WRONLY = 1u << 4;
inline constexpr uint32_t BPF_F_STACK_BUILD_ID = 1u << 5;
inline constexpr uint32_t BPF_F_ZERO_SEED = 1u << 6;
inline constexpr uint32_t BPF_F_RDONLY_PROG = 1u << 7;
inline constexpr uint32_t BPF_F_WRONLY_PROG = 1u << 8;
inline constexpr uint32_t BPF_F_CLONE = 1u << 9;
inline constexpr uint32_t BPF_F_MMAPABLE = 1u << 10;
inline constexpr uint32_t BPF_F_PRESERVE_ELEMS = 1u << 11;
inline constexpr uint32_t BPF_F_INNER_MAP = 1u << 12;
inline constexpr uint32_t BPF_F_TOKEN_FD = 1u << 16;

// Ring buffer helper flags and query selectors.
inline constexpr uint64_t BPF_RB_NO_WAKEUP = 1u << 0;
inline constexpr uint64_t BPF_RB_FORCE_WAKEUP = 1u << 1;
inline constexpr uint64_t BPF_RB_AVAIL_DATA = 0;
inline constexpr uint64_t BPF_RB_RING_SIZE = 1;
inline constexpr uint64_t BPF_RB_CONS_POS = 2;
inline constexpr uint64_t BPF_RB_PROD_POS = 3;
inline constexpr uint32_t BPF_RINGBUF_BUSY_BIT = 1u << 31;
inline constexpr uint32_t BPF_RINGBUF_DISCARD_BIT = 1u << 30;
inline constexpr uint32_t BPF_RINGBUF_HDR_SZ = 8;

// bpf_perf_event_output flags.
inline constexpr uint64_t BPF_F_INDEX_MASK = 0xffffffffULL;
inline constexpr uint64_t BPF_F_CURRENT_CPU = BPF_F_INDEX_MASK;
inline constexpr uint64_t BPF_F_CTXLEN_MASK = 0xfffffULL << 32;

// The kernel-internal ENOTSUPP (524), which bpf(2) does return to userspace (e.g. lookup on a ring buffer).
inline constexpr int ENOTSUPP_KERNEL = 524;

// A special field of a map value, found in the value's BTF as the kernel's btf_parse_fields finds it (struct
// btf_field): kptrs (pointer members tagged `kptr_untrusted`, `kptr`, `percpu_kptr` or `uptr`) and the bpf_* structs
// the kernel manages (spin lock, timer, list head...). Programs may not touch them with plain loads and stores,
// except kptrs (8-byte aligned loads, and stores of unreferenced ones); userspace copies skip them.
struct MapField {
  enum class Kind : uint8_t {
    SpinLock, ResSpinLock, Timer, Wq, KptrUnref, KptrRef, KptrPercpu, Uptr, ListHead, ListNode, RbRoot, RbNode,
    Refcount, TaskWork,
  };
  Kind kind = Kind::SpinLock;
  uint32_t offset = 0;
  uint32_t size = 0;
  // kptrs: the pointee struct (by name: the verifier looks it up in the kernel's BTF, as btf_parse_kptr does; a
  // struct the kernel does not have is a bpf_obj_new type of the program's BTF, whose id pointee_id is)
  std::string pointee;
  uint32_t pointee_id = 0;

  bool is_kptr() const { return kind == Kind::KptrUnref || kind == Kind::KptrRef || kind == Kind::KptrPercpu; }
  // The kernel's btf_field_type_name: "kptr", "percpu_kptr", "bpf_spin_lock"...
  const char* type_name() const;
};

// What BPF_MAP_CREATE takes (the parts that matter to a userspace map).
struct MapSpec {
  MapType type = MapType::Unspec;
  uint32_t key_size = 0;
  uint32_t value_size = 0;
  uint32_t max_entries = 0;
  uint32_t map_flags = 0;
  uint64_t map_extra = 0;   // bloom filter: number of hash functions in bits 0-3 (0 means 5)
  uint32_t numa_node = 0;   // only read with BPF_F_NUMA_NODE
  std::string name;         // BPF_OBJ_NAME_LEN (16) including the NUL; [A-Za-z0-9_.]
  // Map-in-map: the template every inner map must match (the kernel takes it as inner_map_fd). Required for
  // ArrayOfMaps and HashOfMaps, else -EBADF as for a bad fd.
  std::shared_ptr<const MapSpec> inner;
  // Offset of a struct bpf_spin_lock in the value (from BTF), or -1. BPF_F_LOCK needs one, else -EINVAL.
  int32_t spin_lock_off = -1;
  // The value's special fields by ascending offset (the kernel's map->record), from BTF; empty without BTF.
  std::vector<MapField> fields;
  const MapField* find_field(uint32_t offset) const {
    for (const MapField& f : fields)
      if (f.offset == offset) return &f;
    return nullptr;
  }
  bool has_kptrs() const {
    for (const MapField& f : fields)
      if (f.is_kptr()) return true;
    return false;
  }
  // BTF type ids of key and value (btf_key_type_id / btf_value_type_id), 0 without BTF. Only their presence is
  // checked: local-storage maps need both, as the kernel requires BTF for them.
  uint32_t btf_key_type_id = 0;
  uint32_t btf_value_type_id = 0;
};

// The CPU programs on this thread run on, for per-CPU maps (smp_processor_id()). Default 0.
uint32_t this_cpu();
// Sets this_cpu() for the current thread while alive.
class CpuScope {
 public:
  explicit CpuScope(uint32_t cpu);
  ~CpuScope();
  CpuScope(const CpuScope&) = delete;
  CpuScope& operator=(const CpuScope&) = delete;

 private:
  uint32_t saved_;
};
// The number of possible CPUs (bits set in /sys/devices/system/cpu/possible; 1 if unreadable).
uint32_t num_possible_cpus();

// A memory budget shared by maps (UserspaceObject gives all of an object's maps one). Creating a map charges what
// the kernel would allocate for it (see create_map); destroying the map gives it back. Thread-safe.
class MemoryBudget {
 public:
  explicit MemoryBudget(uint64_t limit) : limit_(limit) {}
  uint64_t limit() const { return limit_; }
  uint64_t used() const { return used_.load(std::memory_order_relaxed); }
  // Charges bytes if they fit under the limit; false (nothing charged) otherwise.
  bool try_charge(uint64_t bytes);
  void uncharge(uint64_t bytes) { used_.fetch_sub(bytes, std::memory_order_relaxed); }

 private:
  const uint64_t limit_;
  std::atomic_uint64_t used_{0};
};

// What BPF_MAP_CREATE would allocate in the kernel for spec (bytes, x86-64), assuming spec passes the type's
// checks: the element array or table, preallocated elements, the queue's slots, the ring's pages. Maps that
// allocate per element as they fill (BPF_F_NO_PREALLOC hashes, LPM tries) cost only their fixed part.
uint64_t map_memory_cost(const MapSpec& spec);

class Map;
// Resolves the u32 "fd" userspace writes into a map-in-map map to the inner map (nullptr means a bad fd: -EBADF).
using MapFdResolver = std::function<std::shared_ptr<Map>(uint32_t fd)>;

class Map {
 public:
  virtual ~Map();
  Map(const Map&) = delete;
  Map& operator=(const Map&) = delete;

  const MapSpec& spec() const { return spec_; }
  MapType type() const { return spec_.type; }
  uint32_t key_size() const { return spec_.key_size; }
  uint32_t value_size() const { return spec_.value_size; }
  uint32_t max_entries() const { return spec_.max_entries; }
  uint32_t map_flags() const { return spec_.map_flags; }
  const std::string& name() const { return spec_.name; }
  uint32_t id() const { return id_; }  // like the kernel's map id: unique, never 0

  // Bytes of one value as userspace passes it (round_up(value_size, 8) * num_possible_cpus() for per-CPU maps).
  size_t user_value_size() const;
  bool is_percpu() const;

  // --- userspace side (bpf(2)); 0 or -errno ---------------------------------------------------------------------
  virtual int lookup_elem(const void* key, void* value, uint64_t flags = 0);
  virtual int update_elem(const void* key, const void* value, uint64_t flags = BPF_ANY);
  virtual int delete_elem(const void* key);
  // key nullptr (or a key not in the map, for hash-like maps) gives the first key.
  virtual int get_next_key(const void* key, void* next_key);
  virtual int lookup_and_delete_elem(const void* key, void* value, uint64_t flags = 0);

  // Batch commands, as libbpf's bpf_map_*_batch: *count is in/out. in_batch nullptr starts from the beginning;
  // the batch token is batch_token_size() bytes (the last key for arrays and tries, a u32 bucket for hashes).
  virtual int lookup_batch(const void* in_batch, void* out_batch, void* keys, void* values, uint32_t* count,
                           uint64_t elem_flags = 0, uint64_t flags = 0);
  virtual int lookup_and_delete_batch(const void* in_batch, void* out_batch, void* keys, void* values,
                                      uint32_t* count, uint64_t elem_flags = 0, uint64_t flags = 0);
  virtual int update_batch(const void* keys, const void* values, uint32_t* count, uint64_t elem_flags = 0,
                           uint64_t flags = 0);
  virtual int delete_batch(const void* keys, uint32_t* count, uint64_t elem_flags = 0, uint64_t flags = 0);
  virtual size_t batch_token_size() const { return spec_.key_size; }

  // --- program side (helpers); pointers point into value_regions() -----------------------------------------------
  virtual void* prog_lookup_elem(const void* key);
  virtual long prog_update_elem(const void* key, const void* value, uint64_t flags);
  virtual long prog_delete_elem(const void* key);
  virtual long prog_push_elem(const void* value, uint64_t flags);
  virtual long prog_pop_elem(void* value);
  virtual long prog_peek_elem(void* value);
  // bpf_map_lookup_percpu_elem: nullptr when cpu >= num_possible_cpus() or the map is not per-CPU.
  virtual void* prog_lookup_percpu_elem(const void* key, uint32_t cpu);
  // bpf_for_each_map_elem's map side (map_for_each_callback): calls fn(key, value) for each element in the kernel's
  // order until fn returns true, and returns the number of calls; value is this CPU's copy for per-CPU maps. The
  // map lock is not held while fn runs, so fn may update or delete elements (the key passed is a snapshot).
  // -ENOTSUPP for types the kernel cannot iterate.
  virtual long prog_for_each_elem(const std::function<bool(const void* key, void* value)>& fn);

  // For dumps: like get_next_key, but may skip keys that hold no entry (the empty slots of a prog array), so
  // dumping a huge, sparse map does not visit every slot. Same return values as get_next_key.
  virtual int next_entry_key(const void* key, void* next_key) { return get_next_key(key, next_key); }

  // The kernel-like memory cost charged to the MemoryBudget this map was created with (0 without one).
  uint64_t memory_charged() const { return charged_; }

  // The memory holding values. Writable unless BPF_F_RDONLY_PROG. (Informational: programs reach values only
  // through hand-outs, one value at a time; see HandOut in vm.h.)
  virtual void value_regions(std::vector<MemoryRegion>& out) const = 0;
  uint64_t regions_version() const;

  // How a reference that a referenced kptr field still holds is dropped when its value goes (an update, a delete,
  // the map's end: the kernel's bpf_obj_free_fields calls the field type's destructor kfunc). The runtime's
  // bpf_kptr_xchg installs it when it first stores an object; without one, nothing is held.
  using KptrRelease = std::function<void(const MapField& field, uint64_t ptr)>;
  void set_kptr_release(KptrRelease release);

 protected:
  explicit Map(MapSpec spec);

  // Batch support by type, as the kernel's bpf_map_ops: a missing op gives -ENOTSUPP (524).
  enum BatchOps : unsigned { kLookupBatch = 1, kLookupAndDeleteBatch = 2, kUpdateBatch = 4, kDeleteBatch = 8 };
  unsigned batch_ops_ = 0;

  // Checks the syscall side does before any map op (BPF_F_LOCK needs a spin lock).
  bool has_spin_lock() const { return spec_.spin_lock_off >= 0; }
  // The syscall's checks before a read (lookup, get_next_key, lookup batch) or a write: unknown flags -EINVAL,
  // BPF_F_RDONLY / BPF_F_WRONLY maps -EPERM, BPF_F_LOCK without a spin lock -EINVAL.
  int check_sys_read(uint64_t flags) const;
  int check_sys_write(uint64_t flags) const;
  void bump_regions_version();
  // bpf_obj_free_fields on one value (a plain, non-per-CPU one): every kptr is zeroed and the reference a
  // referenced one held is released. Maps with kptrs call it where the kernel frees fields.
  void free_fields(uint8_t* value);

  mutable std::mutex mu_;

 private:
  friend Expected<std::unique_ptr<Map>> create_map(const MapSpec& spec, std::shared_ptr<MemoryBudget> budget);
  MapSpec spec_;
  uint32_t id_;
  std::shared_ptr<MemoryBudget> budget_;  // charged_ bytes are given back to it when the map dies
  uint64_t charged_ = 0;
  std::atomic_uint64_t regions_version_{0};
  std::mutex kptr_mu_;  // kptr_release_ only; never held while it runs
  KptrRelease kptr_release_;
};

// BPF_MAP_TYPE_RINGBUF. The memory is the kernel's: a consumer page, a producer page and the data area mapped
// twice back to back, so a record that wraps is still contiguous for the program.
class RingbufMap : public Map {
 public:
  // Helpers. reserve returns nullptr on failure (flags must be 0); output returns 0, -EINVAL or -EAGAIN.
  virtual void* reserve(uint64_t size, uint64_t flags) = 0;
  virtual void submit(void* sample, uint64_t flags) = 0;
  virtual void discard(void* sample, uint64_t flags) = 0;
  virtual long output(const void* data, uint64_t size, uint64_t flags) = 0;
  virtual uint64_t query(uint64_t flags) = 0;

  // Consumer side (what an mmap()ing reader sees).
  virtual uint64_t consumer_pos() const = 0;
  virtual uint64_t producer_pos() const = 0;
  virtual const uint8_t* data() const = 0;  // data area; positions are taken modulo ring_size()
  virtual uint64_t ring_size() const = 0;
  // Calls fn for each committed, non-discarded record from the consumer position on, advancing it; stops at the
  // first busy record, and at a record whose header length runs past the producer position (a corrupted ring).
  // Returns the number of records passed to fn.
  virtual size_t consume(const std::function<void(std::span<const uint8_t>)>& fn) = 0;
  // Wakeups the kernel would have sent (irq_work queued), for tests of the wakeup flags.
  virtual uint64_t wakeups() const = 0;

 protected:
  using Map::Map;
};

// BPF_MAP_TYPE_PERF_EVENT_ARRAY: userspace stores an opaque event handle per index (a perf event fd in the
// kernel; any u32 here); bpf_perf_event_output sends records to the sink.
class PerfEventArrayMap : public Map {
 public:
  using Sink = std::function<void(uint32_t index, std::span<const uint8_t> record)>;
  virtual void set_sink(Sink sink) = 0;
  // bpf_perf_event_output's map side: 0, -EINVAL (flags), -E2BIG (index), -ENOENT (no event at index).
  virtual long output(uint64_t flags, const void* data, uint64_t size) = 0;

 protected:
  using Map::Map;
};

// BPF_MAP_TYPE_PROG_ARRAY: each slot holds an opaque program handle (a prog fd in the kernel; the engine decides
// what the u32 means, e.g. an index into its program table). Userspace lookup returns the handle (the kernel
// returns the prog id).
class ProgArrayMap : public Map {
 public:
  virtual std::optional<uint32_t> prog_at(uint32_t index) const = 0;  // for bpf_tail_call

 protected:
  using Map::Map;
};

// BPF_MAP_TYPE_ARRAY_OF_MAPS and HASH_OF_MAPS. Userspace update_elem takes a u32 resolved by the MapFdResolver;
// update_map takes the map directly. lookup_elem returns the inner map's id(). prog_lookup_elem returns the
// inner Map* (a map handle for the engine, not memory).
class MapOfMaps : public Map {
 public:
  virtual void set_fd_resolver(MapFdResolver resolver) = 0;
  virtual int update_map(const void* key, std::shared_ptr<Map> inner, uint64_t flags = BPF_ANY) = 0;
  virtual std::shared_ptr<Map> inner_at(const void* key) const = 0;

 protected:
  using Map::Map;
};

// Redirect flags of bpf_redirect_map (devmaps only) and bpf_redirect / bpf_clone_redirect (skb).
inline constexpr uint64_t BPF_F_BROADCAST = 1u << 3;
inline constexpr uint64_t BPF_F_EXCLUDE_INGRESS = 1u << 4;
inline constexpr uint64_t BPF_F_INGRESS = 1u << 0;

// BPF_MAP_TYPE_DEVMAP, DEVMAP_HASH, CPUMAP and XSKMAP: the targets of bpf_redirect_map.
//
// Devices are the network devices of the current network namespace, as the kernel's dev_get_by_index() sees them
// (if_indextoname(3)): a devmap update with an ifindex that does not exist is -EINVAL, as in the kernel. CPUs are the
// possible CPUs. bpfkit has no program fds and no AF_XDP sockets: a devmap/cpumap value naming a program fd (> 0)
// and every xskmap update are -EBADF, so an xskmap stays empty and bpf_redirect_map on it takes the fallback action.
class RedirectMap : public Map {
 public:
  // The kernel's __dev_map_lookup_elem / __dev_map_hash_lookup_elem / __cpu_map_lookup_elem /
  // __xsk_map_lookup_elem: whether key holds a target.
  virtual bool has_redirect_target(uint32_t key) const = 0;
  // The flags bpf_redirect_map takes besides the fallback action: BPF_F_BROADCAST | BPF_F_EXCLUDE_INGRESS for
  // devmaps, none for cpumap and xskmap.
  uint64_t redirect_flag_mask() const {
    return type() == MapType::Devmap || type() == MapType::DevmapHash ? BPF_F_BROADCAST | BPF_F_EXCLUDE_INGRESS : 0;
  }

 protected:
  using Map::Map;
};

// bpf_get_stackid / bpf_get_stack flags.
inline constexpr uint64_t BPF_F_SKIP_FIELD_MASK = 0xffULL;
inline constexpr uint64_t BPF_F_USER_STACK = 1ULL << 8;
inline constexpr uint64_t BPF_F_FAST_STACK_CMP = 1ULL << 9;
inline constexpr uint64_t BPF_F_REUSE_STACKID = 1ULL << 10;
inline constexpr uint64_t BPF_F_USER_BUILD_ID = 1ULL << 11;

// sysctl kernel.perf_event_max_stack (/proc/sys/kernel/perf_event_max_stack; 127, its default, if unreadable).
uint32_t perf_event_max_stack();

// BPF_MAP_TYPE_STACK_TRACE (kernel/bpf/stackmap.c): buckets of instruction pointers, indexed by the jhash2 of the
// stack. Userspace lookup of a stack id gives the frames, zero-padded to value_size.
class StackTraceMap : public Map {
 public:
  // __bpf_get_stackid(): stores ips (already past the skipped frames and cut to the map's depth) and returns the
  // stack id, or -EFAULT (empty), -EEXIST (bucket taken, no BPF_F_REUSE_STACKID), -ENOMEM.
  virtual long get_stackid(std::span<const uint64_t> ips, uint64_t flags) = 0;
  // Frames one value holds: value_size / 8 (value_size / 32 with BPF_F_STACK_BUILD_ID).
  uint32_t max_depth() const {
    return value_size() / ((map_flags() & BPF_F_STACK_BUILD_ID) ? 32u : 8u);
  }

 protected:
  using Map::Map;
};

// BPF_MAP_TYPE_{SK,INODE,TASK,CGRP}_STORAGE (kernel/bpf/bpf_local_storage.c): one value per owner (a socket,
// inode, task or cgroup), which programs reach through the owner's pointer. Userspace reaches a value through an fd
// of the owner, which bpfkit has none of: its lookup, update and delete are -EBADF.
class LocalStorageMap : public Map {
 public:
  // The owner's value; with create, a new one (zeroed, or a copy of init when not null) if it has none. Null when
  // there is none and create is false. Values never move while the map lives.
  virtual void* storage_get(uint64_t owner, const void* init, bool create) = 0;
  // 0, or -ENOENT when the owner has no value.
  virtual int storage_delete(uint64_t owner) = 0;
  // The owner is gone (a test-run's socket freed after the run): its value is freed with it, as the kernel's
  // bpf_{sk,task,...}_storage_free does. No program may still hold it.
  virtual void release_owner(uint64_t owner) = 0;

 protected:
  using Map::Map;
};

// A map of a type bpfkit cannot model in userspace (e.g. struct_ops, arena, user ringbuf, reuseport sockarray,
// cgroup storage). The object still loads with it, and the map is listed; a program that refers to it does not
// load (UserspaceObject::program_error). Every operation is -EOPNOTSUPP.
std::unique_ptr<Map> create_unsupported_map(const MapSpec& spec);
// Whether map is such a placeholder.
bool map_is_unsupported(const Map& map);
// Whether create_map can build maps of this type (false: it fails with EOPNOTSUPP).
bool map_type_supported(MapType type);

// BPF_MAP_CREATE: validates spec as the map's map_alloc_check does and builds the map. The error carries the
// errno the kernel gives (Error::error_number) and says which attribute is wrong.
//
// Memory is admitted before anything is allocated, where the kernel allocates: a map whose map_memory_cost() is
// more than the machine's RAM fails with ENOMEM, as the kernel's vmalloc does; with a budget, a map that does not
// fit in what is left of it fails with ENOMEM too, and the cost is charged until the map is destroyed. Large
// storage is reserved lazily (untouched pages cost nothing), so a map costs real memory only as it is used.
Expected<std::unique_ptr<Map>> create_map(const MapSpec& spec, std::shared_ptr<MemoryBudget> budget = nullptr);

// The kernel's jhash (include/linux/jhash.h), which hash maps and bloom filters use.
uint32_t jhash(const void* key, uint32_t length, uint32_t initval);

}  // namespace bpfkit
