// RunContext (regions and hand-outs) and the slow path of the interpreter's memory checks.
#include <algorithm>

#include <fmt/format.h>

#include "engine/exec_state.h"
#include "engine/memory.h"

namespace bpfkit {

void RunContext::add_region(MemoryRegion region) { regions_.push_back(region); }

bool RunContext::remove_region(const MemoryRegion& region) {
  for (auto it = regions_.begin(); it != regions_.end(); ++it) {
    if (it->base == region.base && it->size == region.size && it->writable == region.writable) {
      regions_.erase(it);
      return true;
    }
  }
  return false;
}

void RunContext::clear_regions() { regions_.clear(); }

void RunContext::hand_out_sorted(const HandOut& h) {
  if (latest_ < hand_outs_.size() && hand_outs_[latest_].base == h.base) {
    HandOut& old = hand_outs_[latest_];
    const bool keep = old.persistent;
    old = h;
    old.persistent = keep || h.persistent;
    persistent_ += old.persistent && !keep;
    return;
  }
  auto it = hand_outs_.end();
  if (!hand_outs_.empty() && hand_outs_.back().base >= h.base)
    it = std::lower_bound(hand_outs_.begin(), hand_outs_.end(), h.base,
                          [](const HandOut& o, uint64_t base) { return o.base < base; });
  if (it != hand_outs_.end() && it->base == h.base) {
    const bool keep = it->persistent;
    *it = h;
    it->persistent = keep || h.persistent;
    persistent_ += it->persistent && !keep;
  } else {
    it = hand_outs_.insert(it, h);
    persistent_ += h.persistent;
  }
  latest_ = size_t(it - hand_outs_.begin());
}

bool RunContext::revoke_hand_out(uint64_t base) {
  auto it = std::lower_bound(hand_outs_.begin(), hand_outs_.end(), base,
                             [](const HandOut& o, uint64_t b) { return o.base < b; });
  if (it == hand_outs_.end() || it->base != base) return false;
  persistent_ -= it->persistent;
  hand_outs_.erase(it);
  latest_ = SIZE_MAX;
  return true;
}

void RunContext::clear_hand_outs() {
  // Every run ends here: a run that handed out nothing new (global data only, a packet program) pays one compare,
  // and the latest hand-out stays valid for the next run.
  if (hand_outs_.size() == persistent_) return;
  latest_ = SIZE_MAX;
  if (persistent_ == 0) {
    hand_outs_.clear();  // keeps the capacity: the next run registers without allocating
    return;
  }
  std::erase_if(hand_outs_, [](const HandOut& h) { return !h.persistent; });
}

const HandOut* RunContext::hand_out_at(uint64_t addr, uint64_t n) const {
  if (const HandOut* h = latest_hand_out(); h != nullptr && h->contains(addr, n)) return h;
  // The last hand-out starting at or below addr is the only one that can hold it (values do not overlap).
  auto it = std::upper_bound(hand_outs_.begin(), hand_outs_.end(), addr,
                             [](uint64_t a, const HandOut& o) { return a < o.base; });
  if (it == hand_outs_.begin()) return nullptr;
  --it;
  return it->contains(addr, n) ? &*it : nullptr;
}

namespace {
bool hand_out_allows(const HandOut& h, uint64_t addr, uint64_t n, bool write) {
  return !h.touches_lock(addr, n) && (h.access & (write ? HandOut::kWrite : HandOut::kRead)) != 0;
}
}  // namespace

bool RunContext::may_access(uint64_t addr, uint64_t n, bool write) const {
  for (const MemoryRegion& r : regions_) {
    if (write && !r.writable) continue;
    const uint64_t delta = addr - uint64_t(reinterpret_cast<uintptr_t>(r.base));
    if (r.base != nullptr && delta < r.size && r.size - delta >= n) return true;
  }
  const HandOut* h = hand_out_at(addr, n);
  return h != nullptr && hand_out_allows(*h, addr, n, write);
}

void RunContext::fail(std::string message) {
  // An empty message would read as "no failure"; keep the failure visible.
  failure_ = message.empty() ? std::string("helper failed") : std::move(message);
}

namespace engine {

namespace {

// Caches the part of h that holds the access (the side of the spin-lock word it is on), if h allows it.
bool use_hand_out(const HandOut& h, uint64_t addr, unsigned n, Access kind, RegionCache& cache) {
  if (h.touches_lock(addr, n)) return false;
  const bool readable = (h.access & HandOut::kRead) != 0, writable = (h.access & HandOut::kWrite) != 0;
  if (!allows(RegionCache{0, 1, readable, writable}, kind)) return false;
  uint64_t base = h.base, size = h.size;
  if (h.lock_off >= 0) {
    const uint64_t lock = h.base + uint64_t(h.lock_off);
    if (addr < lock) size = lock - h.base;
    else base = lock + 4, size = h.base + h.size - base;
  }
  cache = RegionCache{base, size, readable, writable};
  return true;
}

}  // namespace

bool find_region(const RunContext& ctx, uint64_t addr, unsigned n, Access kind, RegionCache& cache) {
  // The value a helper just returned is the most likely target; then the few fixed regions; then the search.
  if (const HandOut* h = ctx.latest_hand_out(); h != nullptr && h->contains(addr, n))
    return use_hand_out(*h, addr, n, kind, cache);
  for (const MemoryRegion& r : ctx.regions()) {
    if (kind != Access::Read && !r.writable) continue;
    const auto base = uint64_t(reinterpret_cast<uintptr_t>(r.base));
    if (r.base == nullptr || !within(addr, n, base, r.size)) continue;
    cache = RegionCache{base, r.size, true, r.writable};
    return true;
  }
  const HandOut* h = ctx.hand_out_at(addr, n);
  return h != nullptr && use_hand_out(*h, addr, n, kind, cache);
}

std::string describe_bad_access(const RunContext& ctx, uint64_t addr, unsigned n, Access kind) {
  const char* what = kind == Access::Read ? "read" : kind == Access::Write ? "write" : "atomic read-modify-write";
  // Inside a map value: the kernel verifier's words for what it would have refused (check_map_access,
  // check_map_access_type).
  if (const HandOut* h = ctx.hand_out_at(addr, n)) {
    if (h->touches_lock(addr, n)) return "bpf_spin_lock cannot be accessed directly by load/store";
    const uint64_t off = addr - h->base;
    if (kind != Access::Read && !(h->access & HandOut::kWrite))
      return fmt::format("write into map forbidden, value_size={} off={} size={}", h->size, off, n);
    if (kind != Access::Write && !(h->access & HandOut::kRead))
      return fmt::format("read from map forbidden, value_size={} off={} size={}", h->size, off, n);
  }
  bool read_only = false;
  for (const MemoryRegion& r : ctx.regions()) {
    if (r.base != nullptr && within(addr, n, uint64_t(reinterpret_cast<uintptr_t>(r.base)), r.size))
      read_only = true;  // only a writable-region miss can get here with a containing region
  }
  return fmt::format("invalid memory access: {} of {} byte{} at {:#x} ({})", what, n, n == 1 ? "" : "s", addr,
                     read_only ? "read-only memory" : "not in stack, context, packet or map memory");
}

}  // namespace engine
std::span<uint8_t> RunContext::active_stack() const {
  if (exec_ == nullptr) return {};
  // Frames grow downward from the top of the stack array; frame `depth` is the innermost active one.
  const size_t used = size_t(exec_->depth + 1) * kStackSize;
  return {exec_->stack + sizeof(exec_->stack) - used, used};
}

}  // namespace bpfkit
