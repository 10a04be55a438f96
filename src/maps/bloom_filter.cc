// BPF_MAP_TYPE_BLOOM_FILTER (kernel/bpf/bloom_filter.c).
//
// The kernel's bit layout: nr_hash_funcs = map_extra & 0xf (5 when 0), a bit array of
// roundup_pow_of_two(max_entries * nr_hash_funcs / 5 * 7) bits (at least 64, 2^32 when that overflows), and bit
// jhash(value, value_size, seed + i) & mask for i < nr_hash_funcs. With BPF_F_ZERO_SEED (seed 0) the same values
// set the same bits as in the kernel, so even false positives match; with a random seed they differ, as they do
// between two kernel maps.
#include <fmt/format.h>

#include "maps/internal.h"

namespace bpfkit::maps {

namespace {

class BloomFilter final : public Map {
 public:
  BloomFilter(const MapSpec& spec, uint32_t nr_hash_funcs, uint64_t bitset_bytes, uint32_t bitset_mask)
      : Map(spec), nr_hash_funcs_(nr_hash_funcs), bitset_mask_(bitset_mask), seed_(hash_seed(spec)),
        bits_(static_cast<uint8_t*>(std::calloc(bitset_bytes, 1)), &std::free) {}
  bool ok() const { return bits_ != nullptr; }

  int lookup_elem(const void*, void* value, uint64_t flags) override {
    if (int err = check_sys_read(flags)) return err;
    return static_cast<int>(prog_peek_elem(value));
  }
  int update_elem(const void*, const void* value, uint64_t flags) override {
    if (int err = check_sys_write(flags)) return err;
    return static_cast<int>(prog_push_elem(value, flags));
  }
  int delete_elem(const void*) override {
    if (map_flags() & BPF_F_RDONLY) return -EPERM;
    return -EOPNOTSUPP;
  }
  int get_next_key(const void*, void*) override {
    if (map_flags() & BPF_F_WRONLY) return -EPERM;
    return -EOPNOTSUPP;
  }

  void* prog_lookup_elem(const void*) override { return nullptr; }
  long prog_update_elem(const void*, const void*, uint64_t) override { return -EINVAL; }
  long prog_delete_elem(const void*) override { return -EOPNOTSUPP; }
  long prog_pop_elem(void*) override { return -EOPNOTSUPP; }

  long prog_push_elem(const void* value, uint64_t flags) override {
    if (flags != BPF_ANY) return -EINVAL;
    std::lock_guard lock(mu_);
    for (uint32_t i = 0; i < nr_hash_funcs_; i++) {
      uint32_t h = hash(value, i);
      bits_.get()[h / 8] |= static_cast<uint8_t>(1u << (h % 8));
    }
    return 0;
  }

  long prog_peek_elem(void* value) override {
    std::lock_guard lock(mu_);
    for (uint32_t i = 0; i < nr_hash_funcs_; i++) {
      uint32_t h = hash(value, i);
      if (!(bits_.get()[h / 8] & (1u << (h % 8)))) return -ENOENT;
    }
    return 0;
  }

  void value_regions(std::vector<MemoryRegion>&) const override {}

 private:
  // Bit numbering as the kernel's set_bit()/test_bit() on little-endian longs: bit h is byte h/8, bit h%8.
  uint32_t hash(const void* value, uint32_t index) const {
    return jhash(value, value_size(), seed_ + index) & bitset_mask_;
  }

  const uint32_t nr_hash_funcs_;
  const uint32_t bitset_mask_;
  const uint32_t seed_;
  std::unique_ptr<uint8_t[], decltype(&std::free)> bits_;
};

}  // namespace

uint64_t bloom_bitset_bytes(const MapSpec& spec) {
  uint32_t nr_hash_funcs = static_cast<uint32_t>(spec.map_extra & 0xf);
  if (nr_hash_funcs == 0) nr_hash_funcs = 5;
  // n * k / ln(2), with 7/5 for 1/ln(2), rounded up to a power of two; u32 overflow means 2^32 bits.
  uint64_t nr_bits = uint64_t{spec.max_entries} * nr_hash_funcs;
  bool overflow = nr_bits > UINT32_MAX;
  if (!overflow) {
    nr_bits = (nr_bits / 5) * 7;
    overflow = nr_bits > UINT32_MAX || nr_bits > (1ull << 31);
  }
  if (overflow) return (uint64_t{UINT32_MAX} + 7) / 8;
  return (nr_bits <= 64 ? 64 : roundup_pow_of_two(nr_bits)) / 8;
}

// bloom_map_alloc_check() (E2BIG) runs before bloom_map_alloc()'s checks (EINVAL).
Expected<std::unique_ptr<Map>> create_bloom_filter(const MapSpec& spec, Admission& admission) {
  constexpr uint32_t kBloomCreateFlags = BPF_F_NUMA_NODE | BPF_F_ZERO_SEED | kAccessMask;
  if (spec.value_size > kKmallocMaxSize) return create_error(spec, E2BIG, "value_size too large");
  if (spec.key_size != 0 || spec.value_size == 0 || spec.max_entries == 0 ||
      (spec.map_flags & ~kBloomCreateFlags) || !flags_access_ok(spec.map_flags) || (spec.map_extra & ~0xfull))
    return create_error(spec, EINVAL,
                        "needs key_size 0, value_size and max_entries nonzero, valid map_flags, map_extra <= 15");
  uint32_t nr_hash_funcs = static_cast<uint32_t>(spec.map_extra);
  if (nr_hash_funcs == 0) nr_hash_funcs = 5;
  const uint64_t bitset_bytes = bloom_bitset_bytes(spec);
  const uint32_t bitset_mask = static_cast<uint32_t>(bitset_bytes * 8 - 1);  // 2^32 bits: all ones
  if (auto admitted = admission.admit(spec); !admitted) return std::move(admitted).error();
  auto map = std::make_unique<BloomFilter>(spec, nr_hash_funcs, bitset_bytes, bitset_mask);
  if (!map->ok()) return create_error(spec, ENOMEM, "out of memory for the bit array");
  return std::unique_ptr<Map>(std::move(map));
}

}  // namespace bpfkit::maps
