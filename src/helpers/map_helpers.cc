// Map helpers: bpf_map_{lookup,update,delete,push,pop,peek}_elem and bpf_map_lookup_percpu_elem.
//
// The work is the map's program-side ops (Map::prog_*), which already return the kernel's values; these wrappers
// check the map pointer, the map's program-side access flags and the key/value memory (the verifier's job in the
// kernel: a program that passes a bad pointer is stopped here instead), and hand out each value they return.
#include <fmt/format.h>

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

// The program-side access flags, checked by the kernel's verifier (record_func_map): with BPF_F_RDONLY_PROG no
// helper may change the map. Reading a BPF_F_WRONLY_PROG map's values is refused at the access through the
// returned pointer (check_map_access_type), and by bpf_map_peek_elem here, which copies a value out.
bool may_write(RunContext& ctx, const Map& m) {
  if (!(m.map_flags() & BPF_F_RDONLY_PROG)) return true;
  ctx.fail("write into map forbidden");
  return false;
}

bool may_read(RunContext& ctx, const Map& m) {
  if (!(m.map_flags() & BPF_F_WRONLY_PROG)) return true;
  ctx.fail("read from map forbidden");
  return false;
}

// The verifier's check_map_func_compatibility, for the map types that only their own helpers may take (stack
// traces, cgroup arrays, redirect maps, local storage): the generic map helpers are refused with its message.
bool map_func_ok(RunContext& ctx, const Map& m, int id, const char* name) {
  bool ok = true;
  switch (m.type()) {
    case MapType::StackTrace: case MapType::CgroupArray: case MapType::Cpumap: case MapType::SkStorage:
    case MapType::InodeStorage: case MapType::TaskStorage: case MapType::CgrpStorage:
      ok = false;
      break;
    case MapType::Devmap: case MapType::DevmapHash: case MapType::Xskmap:
      ok = id == 1;  // bpf_map_lookup_elem
      break;
    default:
      break;
  }
  if (!ok) ctx.fail(fmt::format("cannot pass map_type {} into func {}#{}", static_cast<uint32_t>(m.type()), name, id));
  return ok;
}

uint64_t map_lookup_elem(RunContext& ctx, uint64_t r1, uint64_t key, uint64_t, uint64_t, uint64_t) {
  Map* m = need_map(ctx, r1);
  if (m == nullptr || !map_func_ok(ctx, *m, 1, "bpf_map_lookup_elem") ||
      !need_read(ctx, key, m->key_size(), "R2 (key)"))
    return 0;
  void* p = m->prog_lookup_elem(ptr<void>(key));
  if (m->type() == MapType::ArrayOfMaps || m->type() == MapType::HashOfMaps) return adopt_inner(ctx, m, p);
  return hand_out_value(ctx, *m, p);
}

uint64_t map_update_elem(RunContext& ctx, uint64_t r1, uint64_t key, uint64_t value, uint64_t flags, uint64_t) {
  Map* m = need_map(ctx, r1);
  if (m == nullptr || !map_func_ok(ctx, *m, 2, "bpf_map_update_elem") || !may_write(ctx, *m) ||
      !need_read(ctx, key, m->key_size(), "R2 (key)") ||
      !need_read(ctx, value, m->value_size(), "R3 (value)"))
    return 0;
  return uint64_t(int64_t(m->prog_update_elem(ptr<void>(key), ptr<void>(value), flags)));
}

uint64_t map_delete_elem(RunContext& ctx, uint64_t r1, uint64_t key, uint64_t, uint64_t, uint64_t) {
  Map* m = need_map(ctx, r1);
  if (m == nullptr || !map_func_ok(ctx, *m, 3, "bpf_map_delete_elem") || !may_write(ctx, *m) ||
      !need_read(ctx, key, m->key_size(), "R2 (key)"))
    return 0;
  return uint64_t(int64_t(m->prog_delete_elem(ptr<void>(key))));
}

uint64_t map_push_elem(RunContext& ctx, uint64_t r1, uint64_t value, uint64_t flags, uint64_t, uint64_t) {
  Map* m = need_map(ctx, r1);
  if (m == nullptr || !may_write(ctx, *m) || !need_read(ctx, value, m->value_size(), "R2 (value)")) return 0;
  return uint64_t(int64_t(m->prog_push_elem(ptr<void>(value), flags)));
}

uint64_t map_pop_elem(RunContext& ctx, uint64_t r1, uint64_t value, uint64_t, uint64_t, uint64_t) {
  Map* m = need_map(ctx, r1);
  if (m == nullptr || !may_write(ctx, *m) || !need_write(ctx, value, m->value_size(), "R2 (value)")) return 0;
  return uint64_t(int64_t(m->prog_pop_elem(ptr<void>(value))));
}

uint64_t map_peek_elem(RunContext& ctx, uint64_t r1, uint64_t value, uint64_t, uint64_t, uint64_t) {
  Map* m = need_map(ctx, r1);
  if (m == nullptr || !may_read(ctx, *m) || !need_write(ctx, value, m->value_size(), "R2 (value)")) return 0;
  return uint64_t(int64_t(m->prog_peek_elem(ptr<void>(value))));
}

uint64_t map_lookup_percpu_elem(RunContext& ctx, uint64_t r1, uint64_t key, uint64_t cpu, uint64_t, uint64_t) {
  Map* m = need_map(ctx, r1);
  if (m == nullptr || !need_read(ctx, key, m->key_size(), "R2 (key)")) return 0;
  // The kernel's helper takes a u32 cpu: the upper half of R3 is ignored.
  return hand_out_value(ctx, *m, m->prog_lookup_percpu_elem(ptr<void>(key), uint32_t(cpu)));
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
