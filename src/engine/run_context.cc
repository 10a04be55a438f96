// RunContext and the slow path of the interpreter's memory checks.
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

void RunContext::fail(std::string message) {
  // An empty message would read as "no failure"; keep the failure visible.
  failure_ = message.empty() ? std::string("helper failed") : std::move(message);
}

namespace engine {

bool find_region(const RunContext& ctx, uint64_t addr, unsigned n, Access kind, RegionCache& cache) {
  for (const MemoryRegion& r : ctx.regions()) {
    if (kind != Access::Read && !r.writable) continue;
    const auto base = uint64_t(reinterpret_cast<uintptr_t>(r.base));
    if (r.base == nullptr || !within(addr, n, base, r.size)) continue;
    cache = RegionCache{base, r.size, r.writable};
    return true;
  }
  return false;
}

std::string describe_bad_access(const RunContext& ctx, uint64_t addr, unsigned n, Access kind) {
  const char* what = kind == Access::Read ? "read" : kind == Access::Write ? "write" : "atomic read-modify-write";
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
