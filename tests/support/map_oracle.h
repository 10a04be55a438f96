// Kernel maps through libbpf's low-level API (<bpf/bpf.h>), as an independent oracle for bpfkit's userspace maps.
//
// Every call returns what libbpf returns: 0 (or an fd) on success, -errno on failure, so results compare directly
// with bpfkit::Map's. Tests that need the kernel call kernel_maps_unavailable() and GTEST_SKIP with its reason.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "bpfkit/map.h"

namespace bpfkit::testing {

// Why map commands cannot be used here (no libbpf, no permission, no bpf()), or nullopt if they can.
const std::optional<std::string>& kernel_maps_unavailable();

// One kernel map; closes its fd when destroyed.
class KernelMap {
 public:
  // Creates a map from spec; inner_map_fd is the template for map-in-map maps. Returns the fd or -errno.
  static int create(const MapSpec& spec, int inner_map_fd = -1);

  KernelMap() = default;
  explicit KernelMap(int fd) : fd_(fd) {}
  KernelMap(KernelMap&& o) noexcept : fd_(o.fd_) { o.fd_ = -1; }
  KernelMap& operator=(KernelMap&& o) noexcept;
  ~KernelMap();

  int fd() const { return fd_; }
  bool valid() const { return fd_ >= 0; }

  int lookup_elem(const void* key, void* value, uint64_t flags = 0) const;
  int update_elem(const void* key, const void* value, uint64_t flags = 0) const;
  int delete_elem(const void* key) const;
  int get_next_key(const void* key, void* next_key) const;
  int lookup_and_delete_elem(const void* key, void* value, uint64_t flags = 0) const;
  int lookup_batch(void* in_batch, void* out_batch, void* keys, void* values, uint32_t* count,
                   uint64_t elem_flags = 0, uint64_t flags = 0) const;
  int lookup_and_delete_batch(void* in_batch, void* out_batch, void* keys, void* values, uint32_t* count,
                              uint64_t elem_flags = 0, uint64_t flags = 0) const;
  int update_batch(const void* keys, const void* values, uint32_t* count, uint64_t elem_flags = 0,
                   uint64_t flags = 0) const;
  int delete_batch(const void* keys, uint32_t* count, uint64_t elem_flags = 0, uint64_t flags = 0) const;

 private:
  int fd_ = -1;
};

// The same map in bpfkit and in the kernel; every call runs on both, checks (gtest EXPECT) that return codes and
// outputs agree, and returns bpfkit's result. Keys and values are byte vectors; per-CPU values use
// user_value_size() bytes on both sides.
using Bytes = std::vector<uint8_t>;

class DiffMap {
 public:
  // Creates both maps; ok() is false (with a gtest failure) if either side fails.
  explicit DiffMap(const MapSpec& spec, int inner_map_fd = -1);
  bool ok() const { return ours_ && kern_.valid(); }
  Map& ours() { return *ours_; }
  const KernelMap& kern() const { return kern_; }

  int update(const Bytes& key, const Bytes& value, uint64_t flags = 0);
  // Compares the value too when both succeed; returns bpfkit's value in *out if given.
  int lookup(const Bytes& key, uint64_t flags = 0, Bytes* out = nullptr);
  // Bloom filters: lookup_elem with the value as input (a membership query).
  int lookup_value(const Bytes& value);
  int erase(const Bytes& key);
  int next_key(const Bytes* key, Bytes* out = nullptr);
  int lookup_and_delete(const Bytes& key, uint64_t flags = 0, Bytes* out = nullptr);
  // Both maps' full contents by get_next_key from nullptr; with ordered, the iteration orders must match too.
  void expect_same_contents(bool ordered = false);
  // Contents of one side as (key, value) pairs in iteration order.
  std::vector<std::pair<Bytes, Bytes>> dump_ours();
  std::vector<std::pair<Bytes, Bytes>> dump_kern();

 private:
  std::unique_ptr<Map> ours_;
  KernelMap kern_;
};

// Little-endian bytes of an integer (keys and values in tests).
template <class T>
Bytes le(T v, size_t size = sizeof(T)) {
  Bytes b(size, 0);
  for (size_t i = 0; i < sizeof(T) && i < size; i++) b[i] = static_cast<uint8_t>(static_cast<uint64_t>(v) >> (8 * i));
  return b;
}

}  // namespace bpfkit::testing
