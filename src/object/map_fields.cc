// The special fields of a map value, found in its BTF as the kernel's btf_parse_fields does (kernel/bpf/btf.c,
// 6.18): members that are one of the bpf_* structs the kernel manages, and pointer members tagged kptr /
// kptr_untrusted / percpu_kptr / uptr, also inside nested structs and arrays (each element is its own field).
#include <algorithm>

#include "object/map_fields.h"

#include <optional>
#include <string_view>

namespace bpfkit {

const char* MapField::type_name() const {
  switch (kind) {
    case Kind::SpinLock: return "bpf_spin_lock";
    case Kind::ResSpinLock: return "bpf_res_spin_lock";
    case Kind::Timer: return "bpf_timer";
    case Kind::Wq: return "bpf_wq";
    case Kind::KptrUnref: case Kind::KptrRef: return "kptr";
    case Kind::KptrPercpu: return "percpu_kptr";
    case Kind::Uptr: return "uptr";
    case Kind::ListHead: return "bpf_list_head";
    case Kind::ListNode: return "bpf_list_node";
    case Kind::RbRoot: return "bpf_rb_root";
    case Kind::RbNode: return "bpf_rb_node";
    case Kind::Refcount: return "bpf_refcount";
    case Kind::TaskWork: return "bpf_task_work";
  }
  return "unknown";
}

namespace {

constexpr int kMaxResolveDepth = 32;  // MAX_RESOLVE_DEPTH

// btf_get_field_type for struct members: map values look for these (map_check_btf's mask has no list or rb nodes).
std::optional<MapField::Kind> struct_field_kind(std::string_view name) {
  using K = MapField::Kind;
  if (name == "bpf_spin_lock") return K::SpinLock;
  if (name == "bpf_res_spin_lock") return K::ResSpinLock;
  if (name == "bpf_timer") return K::Timer;
  if (name == "bpf_wq") return K::Wq;
  if (name == "bpf_list_head") return K::ListHead;
  if (name == "bpf_rb_root") return K::RbRoot;
  if (name == "bpf_refcount") return K::Refcount;
  if (name == "bpf_task_work") return K::TaskWork;
  return std::nullopt;
}

struct FieldWalker {
  const btf::Btf& btf;
  std::vector<MapField>& out;

  // btf_find_kptr: a PTR (modifiers and typedefs skipped) to one TYPE_TAG naming the kind, to a struct.
  void kptr(btf::TypeId id, uint32_t off, uint32_t nelems) {
    const btf::Type* t = btf.type(id);
    if (!t || t->kind != btf::Kind::Ptr) return;
    const btf::Type* tag = btf.type(t->type);
    if (!tag || tag->kind != btf::Kind::TypeTag || tag->kflag) return;
    MapField f;
    if (tag->name == "kptr_untrusted") f.kind = MapField::Kind::KptrUnref;
    else if (tag->name == "kptr") f.kind = MapField::Kind::KptrRef;
    else if (tag->name == "percpu_kptr") f.kind = MapField::Kind::KptrPercpu;
    else if (tag->name == "uptr") f.kind = MapField::Kind::Uptr;
    else return;
    btf::TypeId pid = btf.skip_mods(tag->type);
    const btf::Type* pt = btf.type(pid);
    if (!pt || pt->kind != btf::Kind::Struct) return;
    f.size = 8;
    f.pointee = pt->name;
    f.pointee_id = pid;
    for (uint32_t i = 0; i < nelems; i++) {
      f.offset = off + i * 8;
      out.push_back(f);
    }
  }

  void member(btf::TypeId id, uint32_t off, int level) {
    btf::TypeId tid = btf.skip_mods_and_typedefs(id);
    const btf::Type* t = btf.type(tid);
    uint32_t nelems = 1;
    for (int i = 0; t && t->kind == btf::Kind::Array; i++) {
      if (i == kMaxResolveDepth) return;
      nelems *= t->nelems;
      tid = btf.skip_mods_and_typedefs(t->elem_type);
      t = btf.type(tid);
    }
    if (!t || nelems == 0) return;
    if (t->kind == btf::Kind::Struct) {
      if (auto k = struct_field_kind(t->name)) {
        if (off % 4) return;
        for (uint32_t i = 0; i < nelems; i++) out.push_back(MapField{*k, off + i * t->size, t->size, {}, 0});
        return;
      }
      if (level + 1 >= kMaxResolveDepth) return;
      for (uint32_t i = 0; i < nelems; i++) walk_struct(*t, off + i * t->size, level + 1);
      return;
    }
    if (off % 8) return;
    kptr(tid, off, nelems);
  }

  void walk_struct(const btf::Type& st, uint32_t base, int level) {
    for (const btf::Member& m : st.members) {
      if (m.bit_offset % 8) continue;
      member(m.type, base + m.bit_offset / 8, level);
    }
  }
};

}  // namespace

std::vector<MapField> parse_map_fields(const btf::Btf& btf, uint32_t value_type_id) {
  std::vector<MapField> out;
  const btf::Type* t = btf.type(btf.skip_mods_and_typedefs(value_type_id));
  if (!t) return out;
  FieldWalker w{btf, out};
  if (t->kind == btf::Kind::Struct) {
    w.walk_struct(*t, 0, 0);
  } else if (t->kind == btf::Kind::Datasec) {
    for (const btf::VarSecinfo& v : t->vars) {
      const btf::Type* var = btf.type(v.type);
      if (var && var->kind == btf::Kind::Var) w.member(var->type, v.offset, 0);
    }
  }
  std::stable_sort(out.begin(), out.end(), [](const MapField& a, const MapField& b) { return a.offset < b.offset; });
  return out;
}

}  // namespace bpfkit
