// bpf_kptr_xchg (kernel/bpf/helpers.c): swaps the object a referenced kptr field of a map value holds. The
// objects are the ones the runtime's kfuncs hand out (tasks, cpumasks, bpf_obj_new objects; kfunc_internal.h), so
// a program can neither store a pointer the runtime does not know nor take one out that it did not put in. The
// reference moves with the pointer: into the map on the way in (the map releases it when the value goes, as the
// kernel's bpf_obj_free_fields does), to the program on the way out.
#include <fmt/format.h>

#include "helpers/kfunc_internal.h"

namespace bpfkit::helpers {

namespace {

// Which tracked kind a kptr field's pointee is. Kernel structs bpfkit has no objects of have none.
std::optional<KernelObject::Kind> field_object_kind(const MapField& f, const KfuncState& st) {
  if (f.pointee == "task_struct") return KernelObject::Kind::Task;
  if (f.pointee == "bpf_cpumask") return KernelObject::Kind::Cpumask;
  // A struct of the program's own BTF is a bpf_obj_new type.
  if (st.btf && f.pointee_id < st.btf->type_count()) {
    const btf::Type* t = st.btf->type(f.pointee_id);
    if (t && t->kind == btf::Kind::Struct && t->name == f.pointee) return KernelObject::Kind::Local;
  }
  return std::nullopt;
}

// The reference a map value still holds when it goes: the destructor kfunc of the object's kind.
void release_from_map(KfuncState& st, uint64_t p) {
  std::lock_guard lock(st.mu);
  auto it = st.objects.find(p);
  if (it == st.objects.end()) return;
  if (it->second.kind == KernelObject::Kind::Local || --it->second.refs == 0) free_object(st, p);
}

Map* map_of_owner(HelperEnv& env, const void* owner) {
  for (Map* m : env.maps())
    if (m == owner) return m;
  return nullptr;
}

uint64_t kptr_xchg(RunContext& ctx, uint64_t dst, uint64_t obj, uint64_t, uint64_t, uint64_t) {
  HelperEnv* env = env_of(ctx);
  if (env == nullptr) return 0;
  const HandOut* h = ctx.hand_out_at(dst, 8);
  Map* map = h != nullptr && h->kind == HandOut::MapValue ? map_of_owner(*env, h->owner) : nullptr;
  if (map == nullptr) {
    ctx.fail(fmt::format("bpf_kptr_xchg: R1 ({:#x}) is not a kptr in a map value", dst));
    return 0;
  }
  const uint64_t off = dst - h->base;
  const MapField* f = map->spec().find_field(uint32_t(off));
  if (f == nullptr || !f->is_kptr()) {
    ctx.fail(fmt::format("bpf_kptr_xchg: off={} doesn't point to kptr", off));
    return 0;
  }
  if (f->kind != MapField::Kind::KptrRef) {
    ctx.fail(fmt::format("bpf_kptr_xchg: off={} kptr isn't referenced kptr", off));
    return 0;
  }
  KfuncState& st = kfunc_state(*env);
  std::shared_ptr<KfuncState> keep = env->state().kfuncs;
  // Installed before st.mu is taken: the map calls it with its own lock held, and it takes st.mu.
  map->set_kptr_release([keep](const MapField&, uint64_t p) { release_from_map(*keep, p); });

  std::lock_guard lock(st.mu);
  const auto kind = field_object_kind(*f, st);
  if (!kind) {
    ctx.fail(fmt::format("bpf_kptr_xchg: bpfkit has no objects of type '{}'", f->pointee));
    return 0;
  }
  if (obj != 0 && need_object(ctx, st, obj, *kind, "bpf_kptr_xchg", "R2") == nullptr) return 0;
  const uint64_t old = __atomic_exchange_n(ptr<uint64_t>(dst), obj, __ATOMIC_SEQ_CST);
  if (obj != 0 && *kind == KernelObject::Kind::Local) ctx.revoke_hand_out(obj);  // the map holds it now
  if (old == 0) return 0;
  auto it = st.objects.find(old);
  if (it == st.objects.end() || it->second.kind != *kind) {
    // only a program run without the verifier can have put something else there
    ctx.fail(fmt::format("bpf_kptr_xchg: the kptr at off={} held {:#x}, which is no {} object", off, old,
                         f->pointee));
    return 0;
  }
  if (*kind == KernelObject::Kind::Local) {
    HandOut o;
    o.base = old;
    o.size = it->second.size;
    o.owner = &st;
    ctx.hand_out(o);
  }
  return old;
}

}  // namespace

void add_kptr_helpers(HelperTable& t) { t.set(194, kptr_xchg, "bpf_kptr_xchg"); }

}  // namespace bpfkit::helpers
