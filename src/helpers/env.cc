// HelperEnv: the maps a program may use, region registration, and the memory checks every helper goes through.

#include <algorithm>
#include <chrono>
#include <iterator>

#include <fmt/format.h>

#include "bpfkit/helper_protos.h"
#include "helpers/internal.h"

namespace bpfkit {

HelperEnv::HelperEnv(HelperConfig config) : config_(std::move(config)), state_(new State) {
  uint64_t seed = config_.prandom_seed;
  if (seed == 0) seed = uint64_t(std::chrono::steady_clock::now().time_since_epoch().count()) | 1;
  state_->rng.seed(seed);
}

HelperEnv::~HelperEnv() { delete state_; }

void HelperEnv::add_map(Map* map) {
  if (map == nullptr || has_map(map)) return;
  std::lock_guard lock(state_->env_mu);
  maps_.push_back(map);
  versions_.push_back(0);
}

bool HelperEnv::has_map(const void* p) const {
  std::lock_guard lock(state_->env_mu);
  for (Map* m : maps_)
    if (static_cast<const void*>(m) == p) return true;
  return false;
}

namespace {
bool same(const MemoryRegion& a, const MemoryRegion& b) {
  return a.base == b.base && a.size == b.size && a.writable == b.writable;
}
}  // namespace

void HelperEnv::prepare(RunContext& ctx) {
  std::lock_guard lock(state_->env_mu);
  if (!ctx.tail_call_resolver && tail_call_resolver_) ctx.tail_call_resolver = tail_call_resolver_;
  std::vector<MemoryRegion> now;
  for (size_t i = 0; i < maps_.size(); ++i) {
    versions_[i] = maps_[i]->regions_version();
    maps_[i]->value_regions(now);
  }
  for (const MemoryRegion& r : now)
    if (std::none_of(map_regions_.begin(), map_regions_.end(), [&](const MemoryRegion& o) { return same(o, r); }))
      map_regions_.push_back(r);
  std::vector<MemoryRegion> keep;
  for (const MemoryRegion& r : ctx.regions())
    if (std::none_of(map_regions_.begin(), map_regions_.end(), [&](const MemoryRegion& o) { return same(o, r); }))
      keep.push_back(r);
  if (ctx.user != this) std::fill(std::begin(ctx.checked_maps), std::end(ctx.checked_maps), nullptr);
  ctx.user = this;
  if (!ctx.tail_call_resolver && config_.tail_call_resolver) ctx.tail_call_resolver = config_.tail_call_resolver;
  ctx.clear_regions();
  for (const MemoryRegion& r : keep) ctx.add_region(r);
  for (const MemoryRegion& r : now) ctx.add_region(r);
}

void HelperEnv::refresh_regions(RunContext& ctx) {
  bool changed = false;
  {
    std::lock_guard lock(state_->env_mu);
    for (size_t i = 0; i < maps_.size() && !changed; ++i) changed = maps_[i]->regions_version() != versions_[i];
  }
  if (changed) prepare(ctx);
}

HelperEnv* HelperEnv::from(RunContext& ctx) { return static_cast<HelperEnv*>(ctx.user); }

HelperTable standard_helpers() {
  HelperTable t;
  helpers::add_map_helpers(t);
  helpers::add_time_helpers(t);
  helpers::add_probe_helpers(t);
  helpers::add_printk_helpers(t);
  helpers::add_ringbuf_helpers(t);
  helpers::add_misc_helpers(t);
  helpers::add_xdp_helpers(t);
  helpers::add_skb_helpers(t);
  helpers::add_callback_helpers(t);
  return t;
}

HelperTable standard_helpers(ProgType type) {
  const HelperTable all = standard_helpers();
  HelperTable t;
  for (const HelperProto& proto : helper_protos()) {
    if (!prog_type_has_helper(type, proto.id)) continue;
    if (const HelperEntry* e = all.find(proto.id)) t.set(proto.id, e->fn, e->name);
  }
  return t;
}

bool bind_map(std::span<Insn> prog, size_t idx, Map* map, bool value, uint32_t off) {
  if (idx + 1 >= prog.size() || prog[idx].opcode != 0x18 || map == nullptr) return false;
  uint64_t addr = uint64_t(reinterpret_cast<uintptr_t>(map));
  if (value) {
    // Like the kernel's map_direct_value_addr: only single-value arrays, offset inside the value.
    uint32_t key = 0;
    if (map->type() != MapType::Array || off >= map->value_size()) return false;
    void* v = map->prog_lookup_elem(&key);
    if (v == nullptr) return false;
    addr = uint64_t(reinterpret_cast<uintptr_t>(v)) + off;
  }
  prog[idx].src = 0;  // resolved: a plain 64-bit immediate from here on
  prog[idx].imm = int32_t(uint32_t(addr));
  prog[idx + 1].imm = int32_t(uint32_t(addr >> 32));
  return true;
}

TailCallResolver prog_array_resolver(std::function<const Program*(uint32_t handle)> programs) {
  return [programs = std::move(programs)](RunContext& ctx, uint64_t map_ref, uint32_t index) -> const Program* {
    HelperEnv* env = HelperEnv::from(ctx);
    if (env == nullptr || !env->has_map(helpers::ptr<void>(map_ref)) ||
        helpers::ptr<Map>(map_ref)->type() != MapType::ProgArray) {
      ctx.fail(fmt::format("bpf_tail_call: R2 ({:#x}) is not a prog array map of the program", map_ref));
      return nullptr;
    }
    const std::optional<uint32_t> handle = static_cast<ProgArrayMap*>(helpers::ptr<Map>(map_ref))->prog_at(index);
    return handle ? programs(*handle) : nullptr;
  };
}

namespace helpers {
namespace {

bool in_regions(RunContext& ctx, uint64_t addr, uint64_t n, bool write) {
  for (const MemoryRegion& r : ctx.regions()) {
    if (write && !r.writable) continue;
    const uint64_t base = uint64_t(reinterpret_cast<uintptr_t>(r.base));
    const uint64_t delta = addr - base;
    if (r.base != nullptr && delta < r.size && r.size - delta >= n) return true;
  }
  return false;
}

bool check(RunContext& ctx, uint64_t addr, uint64_t n, bool write) {
  if (n == 0) return true;
  // The stacks of the active frames first: programs pass most keys and buffers there, and it is one comparison.
  const std::span<uint8_t> stack = ctx.active_stack();
  const uint64_t delta = addr - uint64_t(reinterpret_cast<uintptr_t>(stack.data()));
  if (!stack.empty() && delta < stack.size() && stack.size() - delta >= n) return true;
  return in_regions(ctx, addr, n, write);
}

bool overlaps(uint64_t base, uint64_t size, uint64_t addr, uint64_t n) {
  return base != 0 && addr < base + size && base < addr + n;
}

}  // namespace

bool touches_known_memory(RunContext& ctx, uint64_t addr, uint64_t n) {
  if (n == 0) return false;
  for (const MemoryRegion& r : ctx.regions())
    if (overlaps(uint64_t(reinterpret_cast<uintptr_t>(r.base)), r.size, addr, n)) return true;
  const std::span<uint8_t> stack = ctx.active_stack();
  return overlaps(uint64_t(reinterpret_cast<uintptr_t>(stack.data())), stack.size(), addr, n);
}

HelperEnv* env_of(RunContext& ctx) {
  HelperEnv* env = HelperEnv::from(ctx);
  if (env == nullptr) ctx.fail("helper called without a HelperEnv (RunContext::user not prepared)");
  return env;
}

bool readable(RunContext& ctx, uint64_t addr, uint64_t n) { return check(ctx, addr, n, false); }
bool writable(RunContext& ctx, uint64_t addr, uint64_t n) { return check(ctx, addr, n, true); }

bool need_read(RunContext& ctx, uint64_t addr, uint64_t n, const char* what) {
  if (readable(ctx, addr, n)) return true;
  ctx.fail(fmt::format("helper argument {}: invalid read of {} bytes at {:#x}", what, n, addr));
  return false;
}

bool need_write(RunContext& ctx, uint64_t addr, uint64_t n, const char* what) {
  if (writable(ctx, addr, n)) return true;
  ctx.fail(fmt::format("helper argument {}: invalid write of {} bytes at {:#x}", what, n, addr));
  return false;
}

Map* need_map(RunContext& ctx, uint64_t r1) {
  HelperEnv* env = env_of(ctx);
  if (env == nullptr) return nullptr;
  const void* p = ptr<void>(r1);
  const void*& memo = ctx.checked_maps[(r1 >> 6) & 3];
  if (p == memo && p != nullptr) return ptr<Map>(r1);
  if (!env->has_map(p)) {
    ctx.fail(fmt::format("R1 is not a map ({:#x})", r1));
    return nullptr;
  }
  memo = p;
  return ptr<Map>(r1);
}

}  // namespace helpers
}  // namespace bpfkit
