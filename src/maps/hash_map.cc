// The hash family (kernel/bpf/hashtab.c): HASH, PERCPU_HASH, LRU_HASH, LRU_PERCPU_HASH and HASH_OF_MAPS.
//
// The table has the kernel's shape so that iteration matches it: roundup_pow_of_two(max_entries) buckets selected
// by jhash(key, key_size, seed) (seed 0 with BPF_F_ZERO_SEED, then get_next_key and the batch commands give the
// kernel's exact order), each bucket a singly linked list with new elements at the head.
//
// Elements are slot indices: keys and values live in SlotArenas (values are the only memory programs see). A
// preallocated map makes every slot at creation, a BPF_F_NO_PREALLOC map grows by chunks; neither ever frees a slot's
// memory, so a stale value pointer a program holds still points at map memory, as with the kernel's pools.
//
// Where the kernel swaps in a fresh element to replace a value (plain hash update of an existing key) we copy in
// place and move the element to the bucket head: the order and contents match, only the element's address
// does not change. LRU maps do use a fresh element, as the kernel does, and so may evict even when the update then
// fails (the kernel pops a free node before looking the key up).
//
// LRU eviction: one recency list (insert and program lookups make an element most recent; userspace lookups do
// not, as in the kernel); the least recent element is evicted. The kernel's LRU is approximate (active/inactive
// lists, reference bits, per-CPU free caches that can evict before the map is full); tests check properties only.
// BPF_F_NO_COMMON_LRU is accepted (max_entries rounded to a multiple of the CPU count) but uses the same one list.
#include <fmt/format.h>

#include "maps/internal.h"

namespace bpfkit::maps {

namespace {

template <class Base>
class HashTable final : public Base {
 public:
  explicit HashTable(const MapSpec& spec)
      : Base(spec),
        percpu_(spec.type == MapType::PercpuHash || spec.type == MapType::LruPercpuHash),
        lru_(spec.type == MapType::LruHash || spec.type == MapType::LruPercpuHash),
        fd_(spec.type == MapType::HashOfMaps),
        ncpus_(percpu_ ? num_possible_cpus() : 1),
        slot_size_(round_up8(spec.value_size)),
        n_buckets_(static_cast<uint32_t>(roundup_pow_of_two(spec.max_entries))),
        seed_(hash_seed(spec)),
        keys_(spec.key_size, spec.max_entries, !(spec.map_flags & BPF_F_NO_PREALLOC)),
        values_(slot_size_ * ncpus_, spec.max_entries, !(spec.map_flags & BPF_F_NO_PREALLOC)),
        buckets_(static_cast<int32_t*>(std::calloc(n_buckets_, sizeof(int32_t))), &std::free) {
    this->batch_ops_ = Map::kLookupBatch | Map::kLookupAndDeleteBatch | Map::kUpdateBatch | Map::kDeleteBatch;
  }
  ~HashTable() override {
    if (!kptrs_ || !ok()) return;
    for (uint32_t e = 0; e < fresh_; ++e) this->free_fields(values_.at(e));
  }
  bool ok() const { return buckets_ && keys_.ok() && values_.ok(); }

  // --- userspace side --------------------------------------------------------------------------------------------

  int lookup_elem(const void* key, void* value, uint64_t flags) override {
    if (int err = this->check_sys_read(flags)) return err;
    std::lock_guard lock(this->mu_);
    int32_t e = find(key, hash(key));
    if (e < 0) return -ENOENT;
    copy_out(e, value);
    return 0;
  }

  int update_elem(const void* key, const void* value, uint64_t flags) override {
    if (int err = this->check_sys_write(flags)) return err;
    if constexpr (std::is_same_v<Base, MapOfMaps>) {
      // bpf_fd_htab_map_update_elem(): the fd is resolved before the flags are looked at.
      MapFdResolver resolver;
      {
        std::lock_guard lock(this->mu_);
        resolver = resolver_;
      }
      std::shared_ptr<Map> inner = resolver ? resolver(load_u32(value)) : nullptr;
      if (!inner) return -EBADF;
      return update_map(key, std::move(inner), flags);
    }
    std::lock_guard lock(this->mu_);
    return static_cast<int>(update(key, value, flags, /*onallcpus=*/true, nullptr));
  }

  int delete_elem(const void* key) override {
    if (this->map_flags() & BPF_F_RDONLY) return -EPERM;
    std::lock_guard lock(this->mu_);
    return static_cast<int>(erase(key));
  }

  int get_next_key(const void* key, void* next_key) override {
    if (this->map_flags() & BPF_F_WRONLY) return -EPERM;
    std::lock_guard lock(this->mu_);
    uint32_t i = 0;
    if (key) {
      uint32_t h = hash(key);
      int32_t e = find(key, h);
      if (e >= 0) {
        if (elems_[e].next >= 0) {
          std::memcpy(next_key, keys_.at(elems_[e].next), this->key_size());
          return 0;
        }
        i = (h & (n_buckets_ - 1)) + 1;
      }
      // A key not in the map restarts from the first bucket.
    }
    for (; i < n_buckets_; i++) {
      if (int32_t e = head(i); e >= 0) {
        std::memcpy(next_key, keys_.at(e), this->key_size());
        return 0;
      }
    }
    return -ENOENT;
  }

  int lookup_and_delete_elem(const void* key, void* value, uint64_t flags) override {
    if (flags & ~BPF_F_LOCK) return -EINVAL;
    if (this->map_flags() & (BPF_F_RDONLY | BPF_F_WRONLY)) return -EPERM;
    if ((flags & BPF_F_LOCK) && !this->has_spin_lock()) return -EINVAL;
    std::lock_guard lock(this->mu_);
    int32_t e = find(key, hash(key));
    if (e < 0) return -ENOENT;
    copy_out(e, value);
    remove(e);
    return 0;
  }

  int lookup_batch(const void* in_batch, void* out_batch, void* keys, void* values, uint32_t* count,
                   uint64_t elem_flags, uint64_t flags) override {
    if (this->map_flags() & BPF_F_WRONLY) return -EPERM;
    return batch(in_batch, out_batch, keys, values, count, elem_flags, flags, false);
  }
  int lookup_and_delete_batch(const void* in_batch, void* out_batch, void* keys, void* values, uint32_t* count,
                              uint64_t elem_flags, uint64_t flags) override {
    if (this->map_flags() & (BPF_F_RDONLY | BPF_F_WRONLY)) return -EPERM;
    return batch(in_batch, out_batch, keys, values, count, elem_flags, flags, true);
  }
  size_t batch_token_size() const override { return 4; }  // a bucket index

  // --- program side -----------------------------------------------------------------------------------------------

  void* prog_lookup_elem(const void* key) override {
    std::lock_guard lock(this->mu_);
    int32_t e = find(key, hash(key));
    if (e < 0) return nullptr;
    if (lru_) touch(e);
    if constexpr (std::is_same_v<Base, MapOfMaps>) return inner_[e].get();
    return values_.at(e) + slot_size_ * (percpu_ ? this_cpu() % ncpus_ : 0);
  }

  long prog_update_elem(const void* key, const void* value, uint64_t flags) override {
    if (fd_) return -EINVAL;  // the verifier keeps programs from writing map-in-map maps
    std::lock_guard lock(this->mu_);
    return update(key, value, flags, /*onallcpus=*/false, nullptr);
  }

  long prog_delete_elem(const void* key) override {
    std::lock_guard lock(this->mu_);
    return erase(key);
  }

  void* prog_lookup_percpu_elem(const void* key, uint32_t cpu) override {
    if (!percpu_ || cpu >= ncpus_) return nullptr;
    std::lock_guard lock(this->mu_);
    int32_t e = find(key, hash(key));
    if (e < 0) return nullptr;
    if (lru_) touch(e);
    return values_.at(e) + slot_size_ * cpu;
  }

  // bpf_for_each_hash_elem(): bucket by bucket, each bucket from its head. The bucket is snapshotted under the lock
  // and fn runs without it, so the callback may update or delete (the kernel walks under RCU only).
  long prog_for_each_elem(const std::function<bool(const void*, void*)>& fn) override {
    if (fd_) return -ENOTSUPP_KERNEL;
    const size_t ksize = this->key_size();
    std::vector<uint8_t> keys;
    std::vector<void*> values;
    long n = 0;
    for (uint32_t b = 0; b < n_buckets_; ++b) {
      keys.clear();
      values.clear();
      {
        std::lock_guard lock(this->mu_);
        for (int32_t e = head(b); e >= 0; e = elems_[e].next) {
          keys.insert(keys.end(), keys_.at(e), keys_.at(e) + ksize);
          values.push_back(values_.at(e) + slot_size_ * (percpu_ ? this_cpu() % ncpus_ : 0));
        }
      }
      for (size_t i = 0; i < values.size(); ++i) {
        ++n;
        if (fn(keys.data() + i * ksize, values[i])) return n;
      }
    }
    return n;
  }

  void value_regions(std::vector<MemoryRegion>& out) const override {
    if (fd_) return;
    std::lock_guard lock(this->mu_);
    values_.regions(out, !(this->map_flags() & BPF_F_RDONLY_PROG));
  }

  // --- map-in-map -------------------------------------------------------------------------------------------------

  void set_fd_resolver(MapFdResolver resolver) {
    std::lock_guard lock(this->mu_);
    resolver_ = std::move(resolver);
  }

  int update_map(const void* key, std::shared_ptr<Map> inner, uint64_t flags) {
    if (!inner) return -EBADF;
    if (!inner_map_matches(*this->spec().inner, *inner)) return -EINVAL;
    uint32_t id = inner->id();
    std::lock_guard lock(this->mu_);
    return static_cast<int>(update(key, &id, flags, true, &inner));
  }

  std::shared_ptr<Map> inner_at(const void* key) const {
    std::lock_guard lock(this->mu_);
    int32_t e = find(key, hash(key));
    return e < 0 ? nullptr : inner_[e];
  }

 private:
  struct Elem {
    uint32_t hash = 0;
    int32_t next = -1;                    // bucket chain
    int32_t lru_prev = -1, lru_next = -1;  // recency list, most recent at lru_head_
  };

  static uint32_t load_u32(const void* p) {
    uint32_t v;
    std::memcpy(&v, p, 4);
    return v;
  }

  uint32_t hash(const void* key) const { return jhash(key, this->key_size(), seed_); }
  int32_t head(uint32_t bucket) const { return buckets_.get()[bucket] - 1; }  // stored +1 so calloc means empty
  void set_head(uint32_t bucket, int32_t e) { buckets_.get()[bucket] = e + 1; }

  int32_t find(const void* key, uint32_t h) const {
    for (int32_t e = head(h & (n_buckets_ - 1)); e >= 0; e = elems_[e].next)
      if (elems_[e].hash == h && std::memcmp(keys_.at(e), key, this->key_size()) == 0) return e;
    return -1;
  }

  void link_head(int32_t e) {
    uint32_t b = elems_[e].hash & (n_buckets_ - 1);
    elems_[e].next = head(b);
    set_head(b, e);
  }

  void unlink(int32_t e) {
    uint32_t b = elems_[e].hash & (n_buckets_ - 1);
    int32_t prev = -1;
    for (int32_t cur = head(b); cur >= 0; prev = cur, cur = elems_[cur].next) {
      if (cur != e) continue;
      if (prev < 0) set_head(b, elems_[e].next);
      else elems_[prev].next = elems_[e].next;
      return;
    }
  }

  // A free slot: a recycled one, else a fresh one (growing the arenas). -1 when max_entries are in use.
  int32_t alloc_slot() {
    if (!free_.empty()) {
      int32_t e = free_.back();
      free_.pop_back();
      return e;
    }
    if (fresh_ >= this->max_entries()) return -1;
    int grew_k = keys_.ensure(fresh_), grew_v = values_.ensure(fresh_);
    if (grew_k < 0 || grew_v < 0) return -1;
    if (grew_v > 0) this->bump_regions_version();
    elems_.emplace_back();
    if (fd_) inner_.emplace_back();
    return static_cast<int32_t>(fresh_++);
  }

  void release_slot(int32_t e) {
    if (fd_) inner_[e].reset();
    if (kptrs_) this->free_fields(values_.at(e));  // htab_elem_free: the element's kptrs go with it
    free_.push_back(e);
  }

  // The LRU's prealloc_lru_pop(): a free slot, else the least recently used element, evicted.
  int32_t lru_pop() {
    int32_t e = alloc_slot();
    if (e >= 0) return e;
    e = lru_tail_;
    if (e < 0) return -1;
    lru_unlink(e);
    unlink(e);
    count_--;
    if (fd_) inner_[e].reset();
    return e;
  }

  void lru_unlink(int32_t e) {
    Elem& x = elems_[e];
    if (x.lru_prev >= 0) elems_[x.lru_prev].lru_next = x.lru_next;
    else lru_head_ = x.lru_next;
    if (x.lru_next >= 0) elems_[x.lru_next].lru_prev = x.lru_prev;
    else lru_tail_ = x.lru_prev;
    x.lru_prev = x.lru_next = -1;
  }
  void lru_push_front(int32_t e) {
    elems_[e].lru_prev = -1;
    elems_[e].lru_next = lru_head_;
    if (lru_head_ >= 0) elems_[lru_head_].lru_prev = e;
    lru_head_ = e;
    if (lru_tail_ < 0) lru_tail_ = e;
  }
  void touch(int32_t e) {
    lru_unlink(e);
    lru_push_front(e);
  }

  // Unlinks e from its bucket (and the LRU list) and frees it.
  void remove(int32_t e) {
    unlink(e);
    if (lru_) lru_unlink(e);
    count_--;
    release_slot(e);
  }

  long erase(const void* key) {
    int32_t e = find(key, hash(key));
    if (e < 0) return -ENOENT;
    remove(e);
    return 0;
  }

  // Userspace's view of a value: value_size bytes, whole 8-byte slots for every CPU, or an inner map's id.
  void copy_out(int32_t e, void* value) const {
    if (fd_) {
      uint32_t id = inner_[e] ? inner_[e]->id() : 0;
      std::memcpy(value, &id, 4);
    } else if (percpu_) {
      std::memcpy(value, values_.at(e), slot_size_ * ncpus_);
    } else {
      copy_map_value(this->spec(), value, values_.at(e));
      zero_map_fields(this->spec(), value);
    }
  }

  // Sets the value of a per-CPU element: every CPU from userspace, else this CPU's copy (pcpu_copy_value()).
  void pcpu_copy(int32_t e, const void* value, bool onallcpus) {
    if (onallcpus) std::memcpy(values_.at(e), value, slot_size_ * ncpus_);
    else std::memcpy(values_.at(e) + slot_size_ * (this_cpu() % ncpus_), value, this->value_size());
  }
  // A new per-CPU element from a program: this CPU's copy is the value, the others are zeroed (pcpu_init_value()).
  void pcpu_init(int32_t e, const void* value, bool onallcpus) {
    if (!onallcpus) std::memset(values_.at(e), 0, slot_size_ * ncpus_);
    pcpu_copy(e, value, onallcpus);
  }

  void store_new(int32_t e, const void* key, uint32_t h, const void* value, bool onallcpus,
                 std::shared_ptr<Map>* inner) {
    std::memcpy(keys_.at(e), key, this->key_size());
    elems_[e].hash = h;
    if (percpu_) pcpu_init(e, value, onallcpus);
    else copy_map_value(this->spec(), values_.at(e), value);
    if (inner) inner_[e] = *inner;
  }

  static long check_flags(int32_t old, uint64_t flags) {
    if (old >= 0 && (flags & ~BPF_F_LOCK) == BPF_NOEXIST) return -EEXIST;
    if (old < 0 && (flags & ~BPF_F_LOCK) == BPF_EXIST) return -ENOENT;
    return 0;
  }

  // htab_map_update_elem(), htab_percpu_map_update_elem(), htab_lru_map_update_elem() and
  // htab_lru_percpu_map_update_elem(). Called with mu_ held.
  long update(const void* key, const void* value, uint64_t flags, bool onallcpus, std::shared_ptr<Map>* inner) {
    const uint32_t h = hash(key);
    if (lru_) return percpu_ ? update_lru_percpu(key, h, value, flags, onallcpus) : update_lru(key, h, value, flags,
                                                                                                inner);
    if (percpu_) {
      if (flags > BPF_EXIST) return -EINVAL;
    } else {
      if ((flags & ~BPF_F_LOCK) > BPF_EXIST) return -EINVAL;
      if ((flags & BPF_F_LOCK) && !this->has_spin_lock()) return -EINVAL;
    }
    int32_t old = find(key, h);
    if (long err = check_flags(old, flags)) return err;
    if (old >= 0) {
      if (percpu_) {
        pcpu_copy(old, value, onallcpus);  // in place, the element keeps its place
        return 0;
      }
      copy_map_value(this->spec(), values_.at(old), value);
      // a fresh element replaces the old one, whose kptrs are freed (BPF_F_LOCK updates in place and keeps them)
      if (kptrs_ && !(flags & BPF_F_LOCK)) this->free_fields(values_.at(old));
      if (inner) inner_[old] = *inner;
      if (!(flags & BPF_F_LOCK)) {  // the kernel links a fresh element at the head and drops the old one
        unlink(old);
        link_head(old);
      }
      return 0;
    }
    if (count_ >= this->max_entries()) return -E2BIG;
    int32_t e = alloc_slot();
    if (e < 0) return -ENOMEM;
    store_new(e, key, h, value, onallcpus, inner);
    link_head(e);
    count_++;
    return 0;
  }

  long update_lru(const void* key, uint32_t h, const void* value, uint64_t flags, std::shared_ptr<Map>* inner) {
    if (flags > BPF_EXIST) return -EINVAL;
    int32_t e = lru_pop();  // before the lookup, as the kernel: a failed update may still have evicted
    if (e < 0) return -ENOMEM;
    int32_t old = find(key, h);
    if (long err = check_flags(old, flags)) {
      release_slot(e);
      return err;
    }
    store_new(e, key, h, value, false, inner);
    link_head(e);
    lru_push_front(e);
    count_++;
    if (old >= 0) remove(old);
    return 0;
  }

  long update_lru_percpu(const void* key, uint32_t h, const void* value, uint64_t flags, bool onallcpus) {
    if (flags > BPF_EXIST) return -EINVAL;
    int32_t e = -1;
    if (flags != BPF_EXIST) {
      e = lru_pop();
      if (e < 0) return -ENOMEM;
    }
    int32_t old = find(key, h);
    long err = check_flags(old, flags);
    if (!err && old >= 0) {
      touch(old);
      pcpu_copy(old, value, onallcpus);
    } else if (!err) {
      store_new(e, key, h, value, onallcpus, nullptr);
      link_head(e);
      lru_push_front(e);
      count_++;
      e = -1;
    }
    if (e >= 0) release_slot(e);
    return err;
  }

  // __htab_map_lookup_and_delete_batch(): whole buckets at a time, the token is the next bucket index.
  int batch(const void* in_batch, void* out_batch, void* keys, void* values, uint32_t* count, uint64_t elem_flags,
            uint64_t flags, bool do_delete) {
    if ((elem_flags & ~BPF_F_LOCK) || ((elem_flags & BPF_F_LOCK) && !this->has_spin_lock())) return -EINVAL;
    if (flags) return -EINVAL;
    uint32_t max_count = *count;
    if (max_count == 0) return 0;
    *count = 0;
    uint32_t bucket = in_batch ? load_u32(in_batch) : 0;
    if (bucket >= n_buckets_) return -ENOENT;
    const size_t ks = this->key_size(), vs = this->user_value_size();
    auto* kout = static_cast<uint8_t*>(keys);
    auto* vout = static_cast<uint8_t*>(values);
    std::lock_guard lock(this->mu_);
    uint32_t total = 0;
    int ret = 0;
    for (;;) {
      uint32_t n = 0;
      for (int32_t e = head(bucket); e >= 0; e = elems_[e].next) n++;
      if (n > max_count - total) {
        if (total == 0) ret = -ENOSPC;
        break;
      }
      for (int32_t e = head(bucket); e >= 0;) {
        int32_t next = elems_[e].next;
        std::memcpy(kout + static_cast<size_t>(total) * ks, keys_.at(e), ks);
        copy_out(e, vout + static_cast<size_t>(total) * vs);
        total++;
        if (do_delete) remove(e);
        e = next;
      }
      bucket++;
      if (bucket >= n_buckets_) {
        ret = -ENOENT;
        break;
      }
    }
    std::memcpy(out_batch, &bucket, 4);
    *count = total;
    return ret;
  }

  const bool percpu_, lru_, fd_;
  const bool kptrs_ = !percpu_ && this->spec().has_kptrs();
  const uint32_t ncpus_;
  const size_t slot_size_;
  const uint32_t n_buckets_;
  const uint32_t seed_;
  SlotArena keys_, values_;
  std::unique_ptr<int32_t[], decltype(&std::free)> buckets_;
  std::vector<Elem> elems_;
  std::vector<std::shared_ptr<Map>> inner_;  // HASH_OF_MAPS only
  std::vector<int32_t> free_;
  uint32_t fresh_ = 0;  // slots [0, fresh_) have been handed out at least once
  uint32_t count_ = 0;
  int32_t lru_head_ = -1, lru_tail_ = -1;
  MapFdResolver resolver_;
};

}  // namespace

// htab_map_alloc_check() (fd_htab_map_alloc_check() first for HASH_OF_MAPS) and htab_map_alloc().
Expected<std::unique_ptr<Map>> create_hash_family(const MapSpec& in, Admission& admission) {
  MapSpec spec = in;
  const bool percpu = spec.type == MapType::PercpuHash || spec.type == MapType::LruPercpuHash;
  const bool lru = spec.type == MapType::LruHash || spec.type == MapType::LruPercpuHash;
  const bool percpu_lru = spec.map_flags & BPF_F_NO_COMMON_LRU;
  const bool prealloc = !(spec.map_flags & BPF_F_NO_PREALLOC);
  constexpr uint32_t kHtabCreateFlags =
      BPF_F_NO_PREALLOC | BPF_F_NO_COMMON_LRU | BPF_F_NUMA_NODE | kAccessMask | BPF_F_ZERO_SEED;
  if (spec.type == MapType::HashOfMaps && spec.value_size != 4)
    return create_error(spec, EINVAL, "value_size must be 4 (an fd)");
  if ((spec.map_flags & ~kHtabCreateFlags) || !flags_access_ok(spec.map_flags))
    return create_error(spec, EINVAL, fmt::format("invalid map_flags {:#x}", spec.map_flags));
  if (!lru && percpu_lru) return create_error(spec, EINVAL, "BPF_F_NO_COMMON_LRU is for LRU maps");
  if (lru && !prealloc) return create_error(spec, ENOTSUPP_KERNEL, "LRU maps must be preallocated");
  if (has_numa_node(spec) && (percpu || percpu_lru))
    return create_error(spec, EINVAL, "per-CPU maps take no numa_node");
  if (spec.max_entries == 0 || spec.key_size == 0 || spec.value_size == 0)
    return create_error(spec, EINVAL, "max_entries, key_size and value_size must be nonzero");
  constexpr uint64_t kHtabElemSize = 48;  // sizeof(struct htab_elem) on x86-64
  if (uint64_t{spec.key_size} + spec.value_size >= kKmallocMaxSize - kHtabElemSize)
    return create_error(spec, E2BIG, "key_size + value_size too large");
  if (percpu && round_up8(spec.value_size) > kPcpuMinUnitSize)
    return create_error(spec, E2BIG, "per-CPU value_size above PCPU_MIN_UNIT_SIZE");
  if (spec.type == MapType::HashOfMaps) {
    if (int err = check_inner_spec(spec)) return create_error(spec, -err, "invalid inner map");
  }
  if (percpu_lru) {  // each CPU's LRU list gets the same number of elements
    uint32_t n = num_possible_cpus();
    uint64_t r = (uint64_t{spec.max_entries} + n - 1) / n * n;
    spec.max_entries = r > UINT32_MAX ? spec.max_entries / n * n : static_cast<uint32_t>(r);
  }
  if (spec.max_entries > (1u << 31)) return create_error(spec, E2BIG, "max_entries too large");
  // htab_map_alloc(): n_buckets * sizeof(struct bucket) (16) must fit in a u32, so at most 2^27 entries.
  if (roundup_pow_of_two(spec.max_entries) > UINT32_MAX / 16)
    return create_error(spec, E2BIG, fmt::format("max_entries {} needs more than 2^28 hash buckets", spec.max_entries));
  if (auto admitted = admission.admit(spec); !admitted) return std::move(admitted).error();

  std::unique_ptr<Map> map;
  bool ok;
  if (spec.type == MapType::HashOfMaps) {
    auto m = std::make_unique<HashTable<MapOfMaps>>(spec);
    ok = m->ok();
    map = std::move(m);
  } else {
    auto m = std::make_unique<HashTable<Map>>(spec);
    ok = m->ok();
    map = std::move(m);
  }
  if (!ok) return create_error(spec, ENOMEM, "out of memory for the table");
  return map;
}

}  // namespace bpfkit::maps
