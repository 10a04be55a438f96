// The kfunc table, the stubs for kfuncs that cannot run, and the generic kfuncs: RCU read sections, open-coded
// number iterators (kernel/bpf/bpf_iter.c), bpf_obj_new/bpf_obj_drop and task lookups (kernel/bpf/helpers.c).
#include <signal.h>

#include <array>
#include <cerrno>
#include <cstring>
#include <utility>

#include <fmt/format.h>

#include "helpers/dynptr_internal.h"
#include "helpers/kfunc_internal.h"

namespace bpfkit {
namespace helpers {
namespace {

std::mutex g_create_mu;  // creation of an env's KfuncState

// --- RCU: bpfkit's memory never goes away under a running program, so a read section has nothing to protect. The
// verifier, not the runtime, checks that lock and unlock pair up.
uint64_t rcu_read_lock(RunContext&, uint64_t, uint64_t, uint64_t, uint64_t, uint64_t) { return 0; }
uint64_t rcu_read_unlock(RunContext&, uint64_t, uint64_t, uint64_t, uint64_t, uint64_t) { return 0; }

// --- bpf_iter_num: struct bpf_iter_num_kern { int cur; int end; }, 8 bytes in the program's stack.
constexpr int64_t kMaxLoops = 8 * 1024 * 1024;  // BPF_MAX_LOOPS

bool iter_at(RunContext& ctx, uint64_t it, const char* kfunc) {
  return need_write(ctx, it, 8, kfunc);
}

void iter_set(uint64_t it, int32_t cur, int32_t end) {
  std::memcpy(ptr(it), &cur, 4);
  std::memcpy(ptr(it + 4), &end, 4);
}

uint64_t iter_num_new(RunContext& ctx, uint64_t it, uint64_t start64, uint64_t end64, uint64_t, uint64_t) {
  if (!iter_at(ctx, it, "bpf_iter_num_new: R1")) return 0;
  const int32_t start = int32_t(start64), end = int32_t(end64);
  // start == end is an empty range: the first next() gives NULL.
  if (start > end) {
    iter_set(it, 0, 0);
    return err(EINVAL);
  }
  if (int64_t(end) - int64_t(start) > kMaxLoops) {
    iter_set(it, 0, 0);
    return err(E2BIG);
  }
  iter_set(it, int32_t(uint32_t(start) - 1), end);  // next() increments first
  return 0;
}

uint64_t iter_num_next(RunContext& ctx, uint64_t it, uint64_t, uint64_t, uint64_t, uint64_t) {
  if (!iter_at(ctx, it, "bpf_iter_num_next: R1")) return 0;
  int32_t cur, end;
  std::memcpy(&cur, ptr(it), 4);
  std::memcpy(&end, ptr(it + 4), 4);
  // In 64 bits: cur == end == INT_MAX must not wrap.
  if (int64_t(cur) + 1 >= end) {
    iter_set(it, 0, 0);
    return 0;
  }
  ++cur;
  std::memcpy(ptr(it), &cur, 4);
  return it;
}

uint64_t iter_num_destroy(RunContext& ctx, uint64_t it, uint64_t, uint64_t, uint64_t, uint64_t) {
  if (!iter_at(ctx, it, "bpf_iter_num_destroy: R1")) return 0;
  iter_set(it, 0, 0);
  return 0;
}

// --- bpf_obj_new_impl(local_type_id, meta): the kernel's verifier turns the type id into the object's size; here
// the object's BTF gives it. The object is program memory until bpf_obj_drop.
constexpr uint64_t kMaxObjectSize = 4096;  // BPF_MEM_ALLOC_SIZE_MAX: bpf_mem_alloc's largest size class

uint64_t obj_new_impl(RunContext& ctx, uint64_t type_id, uint64_t, uint64_t, uint64_t, uint64_t) {
  HelperEnv* env = env_of(ctx);
  if (env == nullptr) return 0;
  KfuncState& st = kfunc_state(*env);
  std::lock_guard lock(st.mu);
  const btf::Type* t = st.btf && type_id < st.btf->type_count() ? st.btf->type(btf::TypeId(type_id)) : nullptr;
  if (t == nullptr || t->kind != btf::Kind::Struct) {
    ctx.fail(fmt::format("bpf_obj_new_impl: type id {} is not a struct in the program's BTF", type_id));
    return 0;
  }
  auto size = st.btf->resolve_size(t->id);
  if (!size || *size == 0 || *size > kMaxObjectSize) {
    ctx.fail(fmt::format("bpf_obj_new_impl: struct '{}' has size {}, outside 1..{}", t->name, size ? *size : 0,
                         kMaxObjectSize));
    return 0;
  }
  const uint64_t addr = new_object(st, KernelObject::Kind::Local, *size);
  HandOut h;
  h.base = addr;
  h.size = *size;
  h.owner = &st;
  ctx.hand_out(h);
  return addr;
}

uint64_t obj_drop_impl(RunContext& ctx, uint64_t p, uint64_t, uint64_t, uint64_t, uint64_t) {
  HelperEnv* env = env_of(ctx);
  if (env == nullptr) return 0;
  KfuncState& st = kfunc_state(*env);
  std::lock_guard lock(st.mu);
  if (need_object(ctx, st, p, KernelObject::Kind::Local, "bpf_obj_drop_impl", "R1") == nullptr) return 0;
  ctx.revoke_hand_out(p);
  free_object(st, p);
  return 0;
}

// --- Tasks. A placeholder handle: bpfkit has no task_struct yet, so the program gets an opaque object it can pass
// back to task kfuncs but not read.
bool host_pid_exists(int32_t pid) { return pid > 0 && (::kill(pid, 0) == 0 || errno == EPERM); }

uint64_t task_from_pid(RunContext& ctx, uint64_t pid64, uint64_t, uint64_t, uint64_t, uint64_t) {
  HelperEnv* env = env_of(ctx);
  if (env == nullptr) return 0;
  const int32_t pid = int32_t(pid64);
  if (!host_pid_exists(pid)) return 0;
  KfuncState& st = kfunc_state(*env);
  std::lock_guard lock(st.mu);
  const uint64_t addr = new_object(st, KernelObject::Kind::Task, 64);
  st.objects[addr].pid = pid;
  return addr;
}

uint64_t task_acquire(RunContext& ctx, uint64_t p, uint64_t, uint64_t, uint64_t, uint64_t) {
  HelperEnv* env = env_of(ctx);
  if (env == nullptr) return 0;
  KfuncState& st = kfunc_state(*env);
  std::lock_guard lock(st.mu);
  KernelObject* o = need_object(ctx, st, p, KernelObject::Kind::Task, "bpf_task_acquire", "R1");
  if (o == nullptr) return 0;
  ++o->refs;
  return p;
}

uint64_t task_release(RunContext& ctx, uint64_t p, uint64_t, uint64_t, uint64_t, uint64_t) {
  HelperEnv* env = env_of(ctx);
  if (env == nullptr) return 0;
  KfuncState& st = kfunc_state(*env);
  std::lock_guard lock(st.mu);
  KernelObject* o = need_object(ctx, st, p, KernelObject::Kind::Task, "bpf_task_release", "R1");
  if (o != nullptr && --o->refs == 0) free_object(st, p);
  return 0;
}

// --- Stubs for kfuncs that cannot run: stub N fails the run with the env's message N.
template <size_t N>
uint64_t unavailable(RunContext& ctx, uint64_t, uint64_t, uint64_t, uint64_t, uint64_t) {
  HelperEnv* env = env_of(ctx);
  if (env == nullptr) return 0;
  KfuncState& st = kfunc_state(*env);
  std::lock_guard lock(st.mu);
  ctx.fail(N < st.unavailable.size() ? st.unavailable[N] : std::string("call to an unavailable kfunc"));
  return 0;
}

template <size_t... N>
constexpr std::array<HelperFn, sizeof...(N)> make_stubs(std::index_sequence<N...>) {
  return {&unavailable<N>...};
}
constexpr auto kStubs = make_stubs(std::make_index_sequence<kMaxUnavailableKfuncs>());
// Stub ids sit far above the implemented ones, so a table can hold both.
constexpr int32_t kStubBase = 1 << 12;

const std::vector<KfuncDef>& table() {
  static const std::vector<KfuncDef> defs = [] {
    std::vector<KfuncDef> d = {
        {"bpf_rcu_read_lock", rcu_read_lock},
        {"bpf_rcu_read_unlock", rcu_read_unlock},
        {"bpf_iter_num_new", iter_num_new},
        {"bpf_iter_num_next", iter_num_next},
        {"bpf_iter_num_destroy", iter_num_destroy},
        {"bpf_obj_new_impl", obj_new_impl},
        {"bpf_obj_drop_impl", obj_drop_impl},
        {"bpf_task_from_pid", task_from_pid},
        {"bpf_task_acquire", task_acquire},
        {"bpf_task_release", task_release},
    };
    for (const KfuncDef& c : cpumask_kfuncs()) d.push_back(c);
    for (const KfuncDef& c : dynptr_kfuncs()) d.push_back(c);
    return d;
  }();
  return defs;
}

}  // namespace

KfuncState& kfunc_state(HelperEnv& env) {
  std::lock_guard lock(g_create_mu);
  auto& p = env.state().kfuncs;
  if (!p) p = std::make_shared<KfuncState>();
  return *p;
}

KernelObject* need_object(RunContext& ctx, KfuncState& st, uint64_t addr, KernelObject::Kind kind, const char* kfunc,
                          const char* what) {
  auto it = st.objects.find(addr);
  if (it == st.objects.end() || it->second.kind != kind) {
    static constexpr const char* kNames[] = {"bpf_obj_new object", "bpf_cpumask", "task"};
    ctx.fail(fmt::format("{}: {} is not a {} the program holds", kfunc, what, kNames[int(kind)]));
    return nullptr;
  }
  return &it->second;
}

uint64_t new_object(KfuncState& st, KernelObject::Kind kind, size_t size) {
  KernelObject o;
  o.kind = kind;
  o.size = (size + 7) / 8 * 8;
  o.mem.reset(new uint64_t[o.size / 8]());
  const uint64_t addr = uint64_t(uintptr_t(o.mem.get()));
  st.objects.emplace(addr, std::move(o));
  return addr;
}

void free_object(KfuncState& st, uint64_t addr) { st.objects.erase(addr); }

}  // namespace helpers

std::optional<int32_t> kfunc_id(std::string_view name) {
  const auto& t = helpers::table();
  for (size_t i = 0; i < t.size(); ++i)
    if (name == t[i].name) return int32_t(i + 1);
  return std::nullopt;
}

std::vector<std::string_view> kfunc_names() {
  std::vector<std::string_view> out;
  for (const helpers::KfuncDef& d : helpers::table()) out.emplace_back(d.name);
  return out;
}

void add_kfuncs(HelperTable& t) {
  const auto& defs = helpers::table();
  for (size_t i = 0; i < defs.size(); ++i) t.set_kfunc(int32_t(i + 1), defs[i].fn, defs[i].name);
  for (size_t i = 0; i < helpers::kStubs.size(); ++i)
    t.set_kfunc(helpers::kStubBase + int32_t(i), helpers::kStubs[i], "unavailable kfunc");
}

std::optional<int32_t> bind_unavailable_kfunc(HelperEnv& env, std::string message) {
  helpers::KfuncState& st = helpers::kfunc_state(env);
  std::lock_guard lock(st.mu);
  for (size_t i = 0; i < st.unavailable.size(); ++i)
    if (st.unavailable[i] == message) return helpers::kStubBase + int32_t(i);
  if (st.unavailable.size() >= kMaxUnavailableKfuncs) return std::nullopt;
  st.unavailable.push_back(std::move(message));
  return helpers::kStubBase + int32_t(st.unavailable.size() - 1);
}

void set_kfunc_btf(HelperEnv& env, std::shared_ptr<const btf::Btf> btf) {
  helpers::KfuncState& st = helpers::kfunc_state(env);
  std::lock_guard lock(st.mu);
  st.btf = std::move(btf);
}

}  // namespace bpfkit
