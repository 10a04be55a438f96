// Map helpers: bpf_map_{lookup,update,delete,push,pop,peek}_elem and bpf_map_lookup_percpu_elem.
//
// The work is the map's program-side ops (Map::prog_*), which already return the kernel's values; these wrappers
// check the map pointer and the key/value memory (the verifier's job in the kernel: a program that passes a bad
// pointer is stopped here instead), and re-register map memory when an update made a NO_PREALLOC map grow.
#include "helpers/internal.h"

namespace bpfkit::helpers {
namespace {

uint64_t addr_of(const void* p) { return uint64_t(reinterpret_cast<uintptr_t>(p)); }

// A map-in-map lookup returns the inner map, which the program may then pass as R1: it becomes one of the
// program's maps (the kernel's verifier knows it through inner_map_meta).
uint64_t adopt_inner(RunContext& ctx, Map* outer, void* inner) {
  if (inner == nullptr) return 0;
  if (outer->type() == MapType::ArrayOfMaps || outer->type() == MapType::HashOfMaps) {
    HelperEnv* env = HelperEnv::from(ctx);
    if (!env->has_map(inner)) {
      env->add_map(static_cast<Map*>(inner));
      env->prepare(ctx);
    }
  }
  return addr_of(inner);
}

// A value pointer handed to the program must be memory the program may use. A NO_PREALLOC map may have grown
// through another context sharing the env (whose refresh does not reach this one): register its memory again.
uint64_t usable(RunContext& ctx, Map* m, void* p) {
  if (p != nullptr && !readable(ctx, addr_of(p), m->value_size())) HelperEnv::from(ctx)->prepare(ctx);
  return addr_of(p);
}

uint64_t map_lookup_elem(RunContext& ctx, uint64_t r1, uint64_t key, uint64_t, uint64_t, uint64_t) {
  Map* m = need_map(ctx, r1);
  if (m == nullptr || !need_read(ctx, key, m->key_size(), "R2 (key)")) return 0;
  void* p = m->prog_lookup_elem(ptr<void>(key));
  if (m->type() == MapType::ArrayOfMaps || m->type() == MapType::HashOfMaps) return adopt_inner(ctx, m, p);
  return usable(ctx, m, p);
}

uint64_t map_update_elem(RunContext& ctx, uint64_t r1, uint64_t key, uint64_t value, uint64_t flags, uint64_t) {
  Map* m = need_map(ctx, r1);
  if (m == nullptr || !need_read(ctx, key, m->key_size(), "R2 (key)") ||
      !need_read(ctx, value, m->value_size(), "R3 (value)"))
    return 0;
  const long ret = m->prog_update_elem(ptr<void>(key), ptr<void>(value), flags);
  HelperEnv::from(ctx)->refresh_regions(ctx);
  return uint64_t(int64_t(ret));
}

uint64_t map_delete_elem(RunContext& ctx, uint64_t r1, uint64_t key, uint64_t, uint64_t, uint64_t) {
  Map* m = need_map(ctx, r1);
  if (m == nullptr || !need_read(ctx, key, m->key_size(), "R2 (key)")) return 0;
  return uint64_t(int64_t(m->prog_delete_elem(ptr<void>(key))));
}

uint64_t map_push_elem(RunContext& ctx, uint64_t r1, uint64_t value, uint64_t flags, uint64_t, uint64_t) {
  Map* m = need_map(ctx, r1);
  if (m == nullptr || !need_read(ctx, value, m->value_size(), "R2 (value)")) return 0;
  const long ret = m->prog_push_elem(ptr<void>(value), flags);
  HelperEnv::from(ctx)->refresh_regions(ctx);
  return uint64_t(int64_t(ret));
}

uint64_t map_pop_elem(RunContext& ctx, uint64_t r1, uint64_t value, uint64_t, uint64_t, uint64_t) {
  Map* m = need_map(ctx, r1);
  if (m == nullptr || !need_write(ctx, value, m->value_size(), "R2 (value)")) return 0;
  return uint64_t(int64_t(m->prog_pop_elem(ptr<void>(value))));
}

uint64_t map_peek_elem(RunContext& ctx, uint64_t r1, uint64_t value, uint64_t, uint64_t, uint64_t) {
  Map* m = need_map(ctx, r1);
  if (m == nullptr || !need_write(ctx, value, m->value_size(), "R2 (value)")) return 0;
  return uint64_t(int64_t(m->prog_peek_elem(ptr<void>(value))));
}

uint64_t map_lookup_percpu_elem(RunContext& ctx, uint64_t r1, uint64_t key, uint64_t cpu, uint64_t, uint64_t) {
  Map* m = need_map(ctx, r1);
  if (m == nullptr || !need_read(ctx, key, m->key_size(), "R2 (key)")) return 0;
  // The kernel's helper takes a u32 cpu: the upper half of R3 is ignored.
  return usable(ctx, m, m->prog_lookup_percpu_elem(ptr<void>(key), uint32_t(cpu)));
}

}  // namespace

void add_map_helpers(HelperTable& t) {
  t.set(1, map_lookup_elem, "bpf_map_lookup_elem");
  t.set(2, map_update_elem, "bpf_map_update_elem");
  t.set(3, map_delete_elem, "bpf_map_delete_elem");
  t.set(87, map_push_elem, "bpf_map_push_elem");
  t.set(88, map_pop_elem, "bpf_map_pop_elem");
  t.set(89, map_peek_elem, "bpf_map_peek_elem");
  t.set(195, map_lookup_percpu_elem, "bpf_map_lookup_percpu_elem");
}

}  // namespace bpfkit::helpers
