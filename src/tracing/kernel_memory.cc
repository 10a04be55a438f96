// KernelMemory and UserMemory: the simulated kernel's objects and the current task's user memory.
#include <algorithm>
#include <cstring>

#include <fmt/format.h>

#include "bpfkit/tracing.h"

namespace bpfkit {

Expected<uint64_t> KernelMemory::allocate(size_t size, std::string name) {
  if (!name.empty() && names_.count(name) != 0)
    return make_error(fmt::format("kernel memory: object '{}' is defined twice", name)).with_errno(EINVAL);
  if (size > (size_t(1) << 30))
    return make_error(fmt::format("kernel memory: object of {} bytes is too big", size)).with_errno(E2BIG);
  // Over-allocate by 15 bytes and align by hand: the objects stand for kernel slab objects, which BPF code may
  // read with 8-byte loads, and the interpreter's loads are host loads.
  Object o;
  const size_t n = std::max<size_t>(size, 1);
  o.storage.reset(new uint8_t[n + 15]());
  o.data = reinterpret_cast<uint8_t*>((reinterpret_cast<uintptr_t>(o.storage.get()) + 15) & ~uintptr_t(15));
  o.size = n;
  const uint64_t addr = uint64_t(reinterpret_cast<uintptr_t>(o.data));
  objects_.push_back(std::move(o));
  if (!name.empty()) names_.emplace(std::move(name), addr);
  return addr;
}

std::optional<uint64_t> KernelMemory::address_of(std::string_view name) const {
  auto it = names_.find(name);
  if (it == names_.end()) return std::nullopt;
  return it->second;
}

std::span<uint8_t> KernelMemory::bytes(uint64_t addr, size_t n) {
  for (Object& o : objects_) {
    const uint64_t base = uint64_t(reinterpret_cast<uintptr_t>(o.data));
    if (addr - base < o.size && o.size - (addr - base) >= n) return {o.data + (addr - base), n};
  }
  return {};
}

std::vector<MemoryRegion> KernelMemory::regions() const {
  std::vector<MemoryRegion> out;
  out.reserve(objects_.size());
  // Read-only: kernel objects reached through probe reads or BTF pointers are never writable by the program.
  for (const Object& o : objects_) out.push_back(MemoryRegion{o.data, o.size, false});
  return out;
}

Expected<void> UserMemory::add(uint64_t addr, std::vector<uint8_t> bytes) {
  if (bytes.empty()) return {};
  if (addr + bytes.size() < addr)
    return make_error(fmt::format("user memory: range at {:#x} wraps around", addr)).with_errno(EINVAL);
  auto next = ranges_.lower_bound(addr);
  if (next != ranges_.end() && next->first < addr + bytes.size())
    return make_error(fmt::format("user memory: range at {:#x} overlaps the one at {:#x}", addr, next->first))
        .with_errno(EINVAL);
  if (next != ranges_.begin()) {
    auto prev = std::prev(next);
    if (prev->first + prev->second.size() > addr)
      return make_error(fmt::format("user memory: range at {:#x} overlaps the one at {:#x}", addr, prev->first))
          .with_errno(EINVAL);
  }
  ranges_.emplace(addr, std::move(bytes));
  return {};
}

bool UserMemory::read(uint64_t addr, void* dst, size_t n) const {
  auto* out = static_cast<uint8_t*>(dst);
  while (n > 0) {
    auto it = ranges_.upper_bound(addr);
    if (it == ranges_.begin()) return false;
    --it;
    const uint64_t off = addr - it->first;
    if (off >= it->second.size()) return false;
    const size_t chunk = std::min<size_t>(n, it->second.size() - off);
    std::memcpy(out, it->second.data() + off, chunk);
    out += chunk;
    addr += chunk;
    n -= chunk;
  }
  return true;
}

}  // namespace bpfkit
