// Memory checks for the interpreter.
//
// Every load, store and atomic goes through within(): first the active stack frames (one contiguous range, since
// frames are laid out like a real downward-growing stack), then the region that matched last time, and only then
// the slow path: the latest hand-out (the value a helper just returned), RunContext::regions(), and a binary
// search of the hand-outs (map values and ring buffer records, each confined to itself; see HandOut). The cache holds a copy of the region, not a pointer into the vector,
// because helpers may add regions during a run and reallocate it; the interpreter drops the cache after every
// helper call, because a helper may also clear_regions().
#pragma once

#include <cstdint>
#include <string>

#include "bpfkit/vm.h"

namespace bpfkit::engine {

enum class Access : uint8_t { Read, Write, Atomic };

struct RegionCache {
  uint64_t base = 0;
  uint64_t size = 0;  // 0: empty cache
  bool readable = false;  // false only for a BPF_F_WRONLY_PROG map value
  bool writable = false;
};

// Does the cached memory allow this kind of access? Atomics read and write. kind is a constant at every use, so
// this folds to one flag test.
inline bool allows(const RegionCache& c, Access kind) {
  return kind == Access::Read ? c.readable : kind == Access::Write ? c.writable : c.readable && c.writable;
}

// Is [addr, addr + n) inside [base, base + size)? Written so that no sum can wrap.
inline bool within(uint64_t addr, uint64_t n, uint64_t base, uint64_t size) {
  const uint64_t delta = addr - base;
  return delta < size && size - delta >= n;
}

// The slow path: scans ctx.regions() for a region holding the whole access (a writable one for writes and
// atomics) and caches it.
bool find_region(const RunContext& ctx, uint64_t addr, unsigned n, Access kind, RegionCache& cache);

// The message for an access that find_region rejected.
std::string describe_bad_access(const RunContext& ctx, uint64_t addr, unsigned n, Access kind);

}  // namespace bpfkit::engine
