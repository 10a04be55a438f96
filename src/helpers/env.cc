// HelperEnv: the maps a program may use, region registration, and the memory checks every helper goes through.

#include <algorithm>
#include <chrono>
#include <iterator>
#include <utility>

#include <fmt/format.h>

#include "bpfkit/helper_protos.h"
#include "bpfkit/tracing.h"
#include "helpers/dynptr_internal.h"
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

void HelperEnv::prepare(RunContext& ctx) {
  std::lock_guard lock(state_->env_mu);
  if (!ctx.tail_call_resolver && tail_call_resolver_) ctx.tail_call_resolver = tail_call_resolver_;
  if (ctx.user != this) std::fill(std::begin(ctx.checked_maps), std::end(ctx.checked_maps), nullptr);
  ctx.user = this;
  if (!ctx.tail_call_resolver && config_.tail_call_resolver) ctx.tail_call_resolver = config_.tail_call_resolver;
  if (config_.kernel_memory) {
    for (const MemoryRegion& r : config_.kernel_memory->regions()) ctx.add_region(r);
    ctx.current_task = config_.kernel_memory->current_task;
  }
  // Map memory is not a region: a program reaches a value only through a hand-out, confined to that value. The
  // exception is a direct value load (bind_map with value = true: global data), which needs no helper; its value
  // is handed out here, for good.
  for (size_t i = 0; i < maps_.size(); ++i) {
    versions_[i] = maps_[i]->regions_version();
    Map* m = maps_[i];
    if (m->type() != MapType::Array) continue;
    uint32_t key = 0;
    if (void* v = m->prog_lookup_elem(&key)) {
      HandOut h = helpers::value_hand_out(*m, v);
      h.persistent = true;
      ctx.hand_out(h);
    }
  }
}

void HelperEnv::refresh_regions(RunContext& ctx) {
  bool changed = false;
  {
    std::lock_guard lock(state_->env_mu);
    for (size_t i = 0; i < maps_.size() && !changed; ++i) changed = maps_[i]->regions_version() != versions_[i];
  }
  if (changed) prepare(ctx);
}

std::vector<HelperRequest> HelperEnv::take_requests() {
  std::lock_guard lock(state_->requests_mu);
  return std::exchange(state_->requests, {});
}

void HelperEnv::add_request(HelperRequest r) {
  std::lock_guard lock(state_->requests_mu);
  state_->requests.push_back(r);
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
  helpers::add_redirect_helpers(t);
  helpers::add_stack_helpers(t);

  helpers::add_task_helpers(t);
  helpers::add_storage_helpers(t);
  helpers::add_skb_adjust_room(t);
  helpers::add_skb_tunnel_helpers(t);
  helpers::add_fib_helpers(t);
  helpers::add_cgroup_helpers(t);
  helpers::add_kptr_helpers(t);
  helpers::add_dynptr_helpers(t);
  helpers::add_unimplemented_helpers(t);  // last: only the ids nothing above implements
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

bool check(RunContext& ctx, uint64_t addr, uint64_t n, bool write) {
  if (n == 0) return true;
  // The stacks of the active frames first: programs pass most keys and buffers there, and it is one comparison.
  const std::span<uint8_t> stack = ctx.active_stack();
  const uint64_t delta = addr - uint64_t(reinterpret_cast<uintptr_t>(stack.data()));
  if (!stack.empty() && delta < stack.size() && stack.size() - delta >= n) return true;
  return ctx.may_access(addr, n, write);
}

bool overlaps(uint64_t base, uint64_t size, uint64_t addr, uint64_t n) {
  return base != 0 && addr < base + size && base < addr + n;
}

}  // namespace

bool touches_known_memory(RunContext& ctx, uint64_t addr, uint64_t n) {
  if (n == 0) return false;
  for (const MemoryRegion& r : ctx.regions())
    if (overlaps(uint64_t(reinterpret_cast<uintptr_t>(r.base)), r.size, addr, n)) return true;
  for (const HandOut& h : ctx.hand_outs())
    if (overlaps(h.base, h.size, addr, n)) return true;
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

HandOut value_hand_out(const Map& m, const void* value) {
  HandOut h;
  h.base = uint64_t(reinterpret_cast<uintptr_t>(value));
  h.size = m.value_size();
  const int32_t lock = m.spec().spin_lock_off;
  if (lock >= 0 && uint64_t(lock) + 4 <= m.value_size()) h.lock_off = lock;
  h.access = uint8_t((m.map_flags() & BPF_F_WRONLY_PROG ? 0 : HandOut::kRead) |
                     (m.map_flags() & BPF_F_RDONLY_PROG ? 0 : HandOut::kWrite));
  h.owner = &m;
  return h;
}

uint64_t hand_out_value(RunContext& ctx, const Map& m, void* value) {
  if (value == nullptr) return 0;
  ctx.hand_out(value_hand_out(m, value));
  return uint64_t(reinterpret_cast<uintptr_t>(value));
}

bool spin_lock_word(RunContext& ctx, uint64_t p) {
  const HandOut* h = ctx.hand_out_at(p, 4);
  return h != nullptr && h->lock_off >= 0 && p == h->base + uint64_t(h->lock_off);
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
