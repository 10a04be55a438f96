// kptrs in map values: which accesses of a map value's special fields the kernel allows, what a kptr load gives,
// and bpf_kptr_xchg (kernel/bpf/verifier.c 6.18, kernel/bpf/btf.c btf_parse_kptr and btf_struct_ids_match).
#include "verifier/kptr.h"

#include <algorithm>
#include <cstring>

namespace bpfkit::verifier {

namespace {

constexpr int32_t kKptrXchg = 194;

// Where a kptr's pointee lives: the kernel's BTF when it has a struct of that name (btf_parse_kptr looks it up by
// name and kind), else the program's (a bpf_obj_new type, MEM_ALLOC).
struct KptrType {
  bool kernel = true;
  uint32_t btf_id = 0;
  const char* name = "";
};

// Without the kernel's BTF: the structs the kernel registers destructors for, i.e. those a referenced kptr can be
// (btf_find_dtor_kfunc), and what else a program is likely to tag. Anything else is taken as a program type.
bool known_kernel_struct(std::string_view n) {
  return n == "task_struct" || n == "cgroup" || n == "bpf_cpumask" || n == "bpf_crypto_ctx" ||
         n == "prog_test_ref_kfunc" || n == "prog_test_member" || n == "sock" || n == "file" || n == "inode";
}

KptrType kptr_type(Env& e, const MapField& f) {
  KptrType t;
  const btf::Type* local = e.in.btf ? e.in.btf->type(f.pointee_id) : nullptr;
  t.name = local ? local->name.c_str() : "";
  if (const btf::Btf* k = e.kernel_btf()) {
    if (auto id = k->find_by_name_kind(f.pointee, btf::Kind::Struct)) {
      t.btf_id = *id;
      t.name = k->type(*id)->name.c_str();
      return t;
    }
    t.kernel = false;
  } else {
    t.kernel = known_kernel_struct(f.pointee);
  }
  if (!t.kernel) t.btf_id = f.pointee_id;
  return t;
}

bool reg_btf_is_kernel(const RegState& r) { return !(r.flags & kAlloc) && !r.local_btf; }

// rcu_protected_object: every program type, and these kernel ones (the rcu_protected_types set).
bool rcu_protected(const KptrType& t) {
  if (!t.kernel) return true;
  std::string_view n = t.name;
  return n == "task_struct" || n == "cgroup" || n == "bpf_cpumask" || n == "bpf_crypto_ctx" ||
         n == "prog_test_ref_kfunc";
}

// in_rcu_cs: explicitly in bpf_rcu_read_lock, holding a spin lock, or not sleepable at all.
bool in_rcu_cs(const Env& e) { return e.cur.active_rcu_lock || e.cur.active_locks || !e.in.sleepable; }

// btf_ld_kptr_type
uint16_t ld_kptr_flags(Env& e, const MapField& f, const KptrType& t) {
  uint16_t flags = kMaybeNull;
  bool rcu_safe = f.kind == MapField::Kind::KptrPercpu || (f.kind == MapField::Kind::KptrRef && rcu_protected(t));
  if (rcu_safe && in_rcu_cs(e)) {
    flags |= kRcu;
    if (f.kind == MapField::Kind::KptrPercpu) flags |= kPercpu;
    else if (!t.kernel) flags |= kAlloc;
  } else {
    flags |= kUntrusted;
  }
  return flags;
}

}  // namespace

bool struct_ids_match(const btf::Btf* b, uint32_t id, int off, const char* have, const char* need, bool strict) {
  if (off == 0 && std::strcmp(have, need) == 0) return true;
  if (strict || !b) return false;
  if (!id) {
    auto found = b->find_by_name_kind(have, btf::Kind::Struct);
    if (!found) return false;
    id = *found;
  }
  for (int depth = 0; depth < 32; depth++) {
    const btf::Type* t = b->type(b->skip_mods_and_typedefs(id));
    if (!t || t->kind != btf::Kind::Struct) return false;
    const btf::Member* hit = nullptr;
    for (const btf::Member& m : t->members) {
      const btf::Type* mt = b->type(b->skip_mods_and_typedefs(m.type));
      if (!mt || mt->kind != btf::Kind::Struct || m.bit_offset % 8) continue;
      auto sz = b->resolve_size(mt->id);
      int64_t mo = int64_t(m.bit_offset / 8);
      if (sz && off >= mo && off < mo + int64_t(*sz)) {
        hit = &m;
        break;
      }
    }
    if (!hit) return false;
    off -= int(hit->bit_offset / 8);
    id = b->skip_mods_and_typedefs(hit->type);
    if (off == 0 && b->type(id)->name == need) return true;
  }
  return false;
}

namespace {

// map_kptr_match_type
bool map_kptr_match_type(Env& e, const MapField& f, const RegState& reg, int regno) {
  KptrType t = kptr_type(e, f);
  const bool kernel = reg_btf_is_kernel(reg);
  uint16_t perm = kMaybeNull;
  if (kernel) {
    perm |= kTrusted | kRcu;
    if (f.kind == MapField::Kind::KptrUnref) perm |= kUntrusted;
  } else {
    perm |= kAlloc;
    if (f.kind == MapField::Kind::KptrPercpu) perm |= kPercpu;
  }
  const char* reg_name = "";
  bool ok = reg.type == RegType::PtrToBtfId && !(reg.flags & ~perm);
  if (ok) {
    reg_name = reg.btf_name ? reg.btf_name : "";
    if (!e.check_ptr_off_reg(reg, regno, true)) return false;
    const btf::Btf* b = kernel ? e.kernel_btf() : e.in.btf;
    ok = kernel == t.kernel &&
         struct_ids_match(b, reg.btf_id, reg.off, reg_name, t.name, f.kind != MapField::Kind::KptrUnref);
  }
  if (ok) return true;
  std::string msg = strf("invalid kptr access, R%d type=%s%s expected=%s%s", regno, reg_type_str(reg).c_str(),
                         reg_name, reg_type_str(RegType::PtrToBtfId, 0).c_str(), t.name);
  if (f.kind == MapField::Kind::KptrUnref)
    msg += strf(" or %s%s", reg_type_str(RegType::PtrToBtfId, kUntrusted).c_str(), t.name);
  return e.err(msg);
}

}  // namespace

const MapField* kptr_field_at(const MapSpec& m, int64_t off) {
  if (off < 0) return nullptr;
  const MapField* f = m.find_field(uint32_t(off));
  return f && (f->is_kptr() || f->kind == MapField::Kind::Uptr) ? f : nullptr;
}

bool check_map_fields(Env& e, const RegState& reg, const MapSpec& m, int off, int size, bool helper) {
  if (m.fields.empty() && m.spin_lock_off >= 0) {
    // a MapSpec made without BTF field info (tests, raw mode) that still says where its lock is
    int64_t p = m.spin_lock_off;
    if (reg.b.smin + off < p + 4 && p < int64_t(reg.b.umax) + off + size)
      return e.err("bpf_spin_lock cannot be accessed directly by load/store");
    return true;
  }
  for (const MapField& f : m.fields) {
    int64_t p = f.offset;
    if (!(reg.b.smin + off < p + int64_t(f.size) && p < int64_t(reg.b.umax) + off + size)) continue;
    if (!f.is_kptr() && f.kind != MapField::Kind::Uptr)
      return e.err(strf("%s cannot be accessed directly by load/store", f.type_name()));
    if (helper) return e.err(strf("%s cannot be accessed indirectly by helper", f.type_name()));
    if (!reg.b.is_const()) return e.err(strf("%s access cannot have variable offset", f.type_name()));
    uint64_t at = uint64_t(int64_t(off)) + reg.b.var_off.value;
    if (uint64_t(p) != at)
      return e.err(strf("%s access misaligned expected=%u off=%llu", f.type_name(), f.offset, (unsigned long long)at));
    if (size != 8) return e.err(strf("%s access size must be BPF_DW", f.type_name()));
  }
  return true;
}

bool check_map_kptr_access(Env& e, int insn_idx, int value_regno, const MapField& f) {
  const Insn& insn = e.insn(insn_idx);
  const uint8_t cls = op::cls(insn.opcode);
  if (op::mode(insn.opcode) != op::MEM)
    return e.err("kptr in map can only be accessed using BPF_MEM instruction mode");
  const bool referenced = f.kind == MapField::Kind::KptrRef || f.kind == MapField::Kind::KptrPercpu;
  if (cls != op::LDX && referenced) return e.err("store to referenced kptr disallowed");
  if (cls != op::LDX && f.kind == MapField::Kind::Uptr) return e.err("store to uptr disallowed");
  auto& R = e.regs();
  if (cls == op::LDX) {
    RegState& d = R[size_t(value_regno)];
    if (f.kind == MapField::Kind::Uptr) {
      // mark_uptr_ld_reg: the user memory of the pointee's size
      auto sz = e.in.btf ? e.in.btf->resolve_size(f.pointee_id) : Expected<uint32_t>(make_error("no BTF"));
      d = make_pointer(RegType::PtrToMem, kMaybeNull);
      d.mem_size = sz ? *sz : 0;
      d.id = e.new_id();
      d.written = true;
      return true;
    }
    KptrType t = kptr_type(e, f);
    d = make_pointer(RegType::PtrToBtfId, ld_kptr_flags(e, f, t));
    d.btf_id = t.btf_id;
    d.btf_name = t.name;
    d.local_btf = !t.kernel && !(d.flags & kAlloc);
    d.id = e.new_id();
    d.written = true;
    return true;
  }
  if (cls == op::STX) {
    const RegState& v = R[size_t(value_regno)];
    return e.register_is_null(value_regno) || map_kptr_match_type(e, f, v, value_regno);
  }
  if (cls == op::ST) {
    if (insn.imm) return e.err(strf("BPF_ST imm must be 0 when storing to kptr at off=%u", f.offset));
    return true;
  }
  return e.err("kptr in map can only be accessed using BPF_LDX/BPF_STX/BPF_ST");
}

bool process_kptr_func(Env& e, int regno, MapField& out, int& map_out) {
  const RegState& reg = e.regs()[size_t(regno)];
  std::vector<MapField> local_fields;
  const std::vector<MapField>* rec = nullptr;
  if (reg.type == RegType::PtrToBtfId && (reg.flags & kAlloc)) {
    // reg_btf_record: the bpf_obj_new type's own fields
    if (e.in.btf) local_fields = parse_map_fields(*e.in.btf, reg.btf_id);
    rec = &local_fields;
  } else {
    const MapSpec* m = e.map_of(reg);
    if (!m) return e.err("kernel subsystem misconfigured verifier");
    if (m->btf_value_type_id == 0 && m->fields.empty())
      return e.err(strf("map '%s' has to have BTF in order to use bpf_kptr_xchg", m->name.c_str()));
    rec = &m->fields;
    map_out = reg.map;
  }
  if (!reg.b.is_const())
    return e.err(strf("R%d doesn't have constant offset. kptr has to be at the constant offset", regno));
  if (std::none_of(rec->begin(), rec->end(), [](const MapField& f) { return f.is_kptr(); }))
    return e.err(strf("R%d has no valid kptr", regno));
  int64_t off = int64_t(reg.off) + int64_t(reg.b.var_off.value);
  auto it = std::find_if(rec->begin(), rec->end(),
                         [&](const MapField& f) { return f.is_kptr() && int64_t(f.offset) == off; });
  if (it == rec->end()) return e.err(strf("off=%d doesn't point to kptr", int(off)));
  if (it->kind != MapField::Kind::KptrRef && it->kind != MapField::Kind::KptrPercpu)
    return e.err(strf("off=%d kptr isn't referenced kptr", int(off)));
  out = *it;
  return true;
}

bool check_kptr_xchg_arg(Env& e, int regno, const MapField& f) {
  const RegState& reg = e.regs()[size_t(regno)];
  // check_reg_type: MEM_ALLOC (and MEM_PERCPU with it) are dropped before the type match for kptr_xchg's object
  uint16_t flags = reg.flags & uint16_t(~kMaybeNull);
  if (flags & kAlloc) flags &= uint16_t(~(kAlloc | kPercpu));
  const bool type_ok = reg.type == RegType::PtrToBtfId && (flags == 0 || flags == kTrusted || flags == kRcu);
  if (!type_ok)
    return e.err(strf("R%d type=%s expected=%s, %s, %s", regno, reg_type_str(reg).c_str(),
                      reg_type_str(RegType::PtrToBtfId, 0).c_str(),
                      reg_type_str(RegType::PtrToBtfId, kTrusted).c_str(),
                      reg_type_str(RegType::PtrToBtfId, kRcu).c_str()));
  if (!(reg.flags & kAlloc) && reg.maybe_null())
    return e.err(strf("Possibly NULL pointer passed to helper arg%d", regno));
  return map_kptr_match_type(e, f, reg, regno);
}

RegState kptr_xchg_ret(Env& e, const MapField& f) {
  KptrType t = kptr_type(e, f);
  uint16_t flags = kMaybeNull;
  if (!t.kernel) {
    flags |= kAlloc;
    if (f.kind == MapField::Kind::KptrPercpu) flags |= kPercpu;
  }
  RegState r0 = make_pointer(RegType::PtrToBtfId, flags);
  r0.btf_id = t.btf_id;
  r0.btf_name = t.name;
  return r0;
}

bool release_kptr_xchg_ref(Env& e, uint32_t ref_obj_id) {
  auto it = std::find_if(e.cur.refs.begin(), e.cur.refs.end(),
                         [&](const RefState& r) { return r.type == RefType::Ptr && r.id == ref_obj_id; });
  if (it == e.cur.refs.end()) return false;
  e.cur.refs.erase(it);
  const bool rcu = in_rcu_cs(e);
  for_each_reg(e.cur, [&](RegState& r) {
    if (r.ref_obj_id != ref_obj_id) return;
    if (rcu && (r.flags & kAlloc) && (r.flags & kPercpu)) {
      r.ref_obj_id = 0;
      r.flags = uint16_t((r.flags & ~kAlloc) | kRcu);
      return;
    }
    r = e.priv ? make_scalar_unknown() : RegState{};
    r.written = true;
  });
  return true;
}

}  // namespace bpfkit::verifier
