// The bpf_cpumask kfuncs (kernel/bpf/cpumask.c): reference-counted CPU masks of nr_cpu_ids bits. A cpumask
// argument (`const struct cpumask *`) must be a bpf_cpumask the program holds; CPU numbers at or past nr_cpu_ids are
// ignored (set/clear) or tested false, as cpu_valid() makes them in the kernel.
#include <bit>

#include "bpfkit/map.h"
#include "helpers/kfunc_internal.h"

namespace bpfkit::helpers {
namespace {

using Kind = KernelObject::Kind;

uint32_t nr_cpu_ids() {
  static const uint32_t n = num_possible_cpus();
  return n;
}
size_t words() { return (nr_cpu_ids() + 63) / 64; }

// Runs op under the env's kfunc lock with the masks at the given addresses checked; each address must be a
// bpf_cpumask (what is the argument's name in messages).
template <class Op>
uint64_t with_masks(RunContext& ctx, const char* kfunc, std::initializer_list<std::pair<uint64_t, const char*>> args,
                    Op op) {
  HelperEnv* env = env_of(ctx);
  if (env == nullptr) return 0;
  KfuncState& st = kfunc_state(*env);
  std::lock_guard lock(st.mu);
  uint64_t* m[3] = {nullptr, nullptr, nullptr};
  size_t i = 0;
  for (auto [addr, what] : args) {
    KernelObject* o = need_object(ctx, st, addr, Kind::Cpumask, kfunc, what);
    if (o == nullptr) return 0;
    m[i++] = o->mem.get();
  }
  return op(m);
}

bool cpu_valid(uint64_t cpu) { return uint32_t(cpu) < nr_cpu_ids(); }
uint64_t weight(const uint64_t* m) {
  uint64_t n = 0;
  for (size_t i = 0; i < words(); ++i) n += std::popcount(m[i]);
  return n;
}
uint64_t first(const uint64_t* m, bool zero) {
  for (uint32_t cpu = 0; cpu < nr_cpu_ids(); ++cpu)
    if (((m[cpu / 64] >> (cpu % 64)) & 1) != zero) return cpu;
  return nr_cpu_ids();
}
void clear_tail(uint64_t* m) {
  if (nr_cpu_ids() % 64 != 0) m[words() - 1] &= (uint64_t(1) << (nr_cpu_ids() % 64)) - 1;
}

uint64_t create(RunContext& ctx, uint64_t, uint64_t, uint64_t, uint64_t, uint64_t) {
  HelperEnv* env = env_of(ctx);
  if (env == nullptr) return 0;
  KfuncState& st = kfunc_state(*env);
  std::lock_guard lock(st.mu);
  return new_object(st, Kind::Cpumask, words() * 8);
}

uint64_t acquire(RunContext& ctx, uint64_t p, uint64_t, uint64_t, uint64_t, uint64_t) {
  HelperEnv* env = env_of(ctx);
  if (env == nullptr) return 0;
  KfuncState& st = kfunc_state(*env);
  std::lock_guard lock(st.mu);
  KernelObject* o = need_object(ctx, st, p, Kind::Cpumask, "bpf_cpumask_acquire", "R1");
  if (o == nullptr) return 0;
  ++o->refs;
  return p;
}

uint64_t release(RunContext& ctx, uint64_t p, uint64_t, uint64_t, uint64_t, uint64_t) {
  HelperEnv* env = env_of(ctx);
  if (env == nullptr) return 0;
  KfuncState& st = kfunc_state(*env);
  std::lock_guard lock(st.mu);
  KernelObject* o = need_object(ctx, st, p, Kind::Cpumask, "bpf_cpumask_release", "R1");
  if (o != nullptr && --o->refs == 0) free_object(st, p);
  return 0;
}

#define ONE_MASK(fn, kname, arg, body)                                                                   \
  uint64_t fn(RunContext& ctx, uint64_t r1, uint64_t r2, uint64_t r3, uint64_t, uint64_t) {             \
    (void)r2; (void)r3;                                                                                  \
    return with_masks(ctx, kname, {{arg, #arg}}, [&](uint64_t** m) -> uint64_t { body; });              \
  }

// (cpu, mask) kfuncs take the mask in R2.
ONE_MASK(set_cpu, "bpf_cpumask_set_cpu", r2,
         if (cpu_valid(r1)) m[0][uint32_t(r1) / 64] |= uint64_t(1) << (uint32_t(r1) % 64); return 0)
ONE_MASK(clear_cpu, "bpf_cpumask_clear_cpu", r2,
         if (cpu_valid(r1)) m[0][uint32_t(r1) / 64] &= ~(uint64_t(1) << (uint32_t(r1) % 64)); return 0)
ONE_MASK(test_cpu, "bpf_cpumask_test_cpu", r2,
         return cpu_valid(r1) && ((m[0][uint32_t(r1) / 64] >> (uint32_t(r1) % 64)) & 1))
ONE_MASK(test_and_set_cpu, "bpf_cpumask_test_and_set_cpu", r2,
         if (!cpu_valid(r1)) return 0; uint64_t& w = m[0][uint32_t(r1) / 64];
         const uint64_t bit = uint64_t(1) << (uint32_t(r1) % 64); const bool was = w & bit; w |= bit; return was)
ONE_MASK(test_and_clear_cpu, "bpf_cpumask_test_and_clear_cpu", r2,
         if (!cpu_valid(r1)) return 0; uint64_t& w = m[0][uint32_t(r1) / 64];
         const uint64_t bit = uint64_t(1) << (uint32_t(r1) % 64); const bool was = w & bit; w &= ~bit; return was)
ONE_MASK(first_cpu, "bpf_cpumask_first", r1, return first(m[0], false))
ONE_MASK(first_zero, "bpf_cpumask_first_zero", r1, return first(m[0], true))
ONE_MASK(weight_of, "bpf_cpumask_weight", r1, return weight(m[0]))
ONE_MASK(empty, "bpf_cpumask_empty", r1, return weight(m[0]) == 0)
ONE_MASK(full, "bpf_cpumask_full", r1, return weight(m[0]) == nr_cpu_ids())
ONE_MASK(clear_all, "bpf_cpumask_clear", r1, for (size_t i = 0; i < words(); ++i) m[0][i] = 0; return 0)
ONE_MASK(set_all, "bpf_cpumask_setall", r1,
         for (size_t i = 0; i < words(); ++i) m[0][i] = ~uint64_t(0); clear_tail(m[0]); return 0)
#undef ONE_MASK

template <int Op>  // 0 and, 1 or, 2 xor
uint64_t combine(RunContext& ctx, uint64_t dst, uint64_t s1, uint64_t s2, uint64_t, uint64_t) {
  static constexpr const char* kNames[] = {"bpf_cpumask_and", "bpf_cpumask_or", "bpf_cpumask_xor"};
  return with_masks(ctx, kNames[Op], {{dst, "R1"}, {s1, "R2"}, {s2, "R3"}}, [&](uint64_t** m) -> uint64_t {
    for (size_t i = 0; i < words(); ++i)
      m[0][i] = Op == 0 ? (m[1][i] & m[2][i]) : Op == 1 ? (m[1][i] | m[2][i]) : (m[1][i] ^ m[2][i]);
    return Op == 0 ? weight(m[0]) != 0 : 0;  // and: whether the result is non-empty
  });
}

template <int Op>  // 0 equal, 1 intersects, 2 subset (s1 within s2), 3 first_and
uint64_t compare(RunContext& ctx, uint64_t s1, uint64_t s2, uint64_t, uint64_t, uint64_t) {
  static constexpr const char* kNames[] = {"bpf_cpumask_equal", "bpf_cpumask_intersects", "bpf_cpumask_subset",
                                           "bpf_cpumask_first_and"};
  return with_masks(ctx, kNames[Op], {{s1, "R1"}, {s2, "R2"}}, [&](uint64_t** m) -> uint64_t {
    if (Op == 3) {
      for (uint32_t cpu = 0; cpu < nr_cpu_ids(); ++cpu)
        if (((m[0][cpu / 64] & m[1][cpu / 64]) >> (cpu % 64)) & 1) return cpu;
      return nr_cpu_ids();
    }
    bool r = Op != 1;
    for (size_t i = 0; i < words(); ++i) {
      if (Op == 0 && m[0][i] != m[1][i]) r = false;
      if (Op == 1 && (m[0][i] & m[1][i]) != 0) r = true;
      if (Op == 2 && (m[0][i] & ~m[1][i]) != 0) r = false;
    }
    return r;
  });
}

uint64_t copy(RunContext& ctx, uint64_t dst, uint64_t src, uint64_t, uint64_t, uint64_t) {
  return with_masks(ctx, "bpf_cpumask_copy", {{dst, "R1"}, {src, "R2"}}, [&](uint64_t** m) -> uint64_t {
    for (size_t i = 0; i < words(); ++i) m[0][i] = m[1][i];
    return 0;
  });
}

}  // namespace

std::vector<KfuncDef> cpumask_kfuncs() {
  return {
      {"bpf_cpumask_create", create},
      {"bpf_cpumask_acquire", acquire},
      {"bpf_cpumask_release", release},
      {"bpf_cpumask_first", first_cpu},
      {"bpf_cpumask_first_zero", first_zero},
      {"bpf_cpumask_first_and", compare<3>},
      {"bpf_cpumask_set_cpu", set_cpu},
      {"bpf_cpumask_clear_cpu", clear_cpu},
      {"bpf_cpumask_test_cpu", test_cpu},
      {"bpf_cpumask_test_and_set_cpu", test_and_set_cpu},
      {"bpf_cpumask_test_and_clear_cpu", test_and_clear_cpu},
      {"bpf_cpumask_setall", set_all},
      {"bpf_cpumask_clear", clear_all},
      {"bpf_cpumask_and", combine<0>},
      {"bpf_cpumask_or", combine<1>},
      {"bpf_cpumask_xor", combine<2>},
      {"bpf_cpumask_equal", compare<0>},
      {"bpf_cpumask_intersects", compare<1>},
      {"bpf_cpumask_subset", compare<2>},
      {"bpf_cpumask_empty", empty},
      {"bpf_cpumask_full", full},
      {"bpf_cpumask_copy", copy},
      {"bpf_cpumask_weight", weight_of},
  };
}

}  // namespace bpfkit::helpers
