// Type compatibility for CO-RE, as relo_core.c decides it: fields (bpf_core_fields_are_compat), whole types for the
// type-based relocations (bpf_core_types_are_compat) and the stricter bpf_core_type_matches() rule
// (bpf_core_types_match). The rules are libbpf's, quirks included (names match by the local essential name as a
// prefix; an anonymous name matches anything), since the kernel gets whatever libbpf decides.
#include <cerrno>

#include "link/core_internal.h"

namespace bpfkit::core_detail {
namespace {

using btf::Kind;
using btf::Type;

bool essential_names_equal(std::string_view a, std::string_view b) {
  const size_t la = essential_name_len(a), lb = essential_name_len(b);
  return la == lb && a.substr(0, la) == b.substr(0, lb);
}

// bpf_core_names_match: an empty name matches anything; otherwise strncmp over the local essential length.
bool names_match(std::string_view local, std::string_view targ) {
  if (local.empty() || targ.empty()) return true;
  const size_t n = essential_name_len(local);
  // strncmp stops at the shorter string's NUL, which then differs from the other's character.
  if (targ.size() < n) return false;
  return local.substr(0, n) == targ.substr(0, n);
}

int types_match_impl(const Btf& lb, TypeId lid, const Btf& tb, TypeId tid, bool behind_ptr, int level);

bool enums_match(const Btf& lb, const Type& lt, const Btf& tb, const Type& tt) {
  (void)lb;
  (void)tb;
  if (lt.size != tt.size) return false;
  if (lt.values.size() > tt.values.size()) return false;
  for (const btf::EnumValue& lv : lt.values) {
    bool matched = false;
    for (const btf::EnumValue& tv : tt.values)
      if (names_match(lv.name, tv.name)) {
        matched = true;
        break;
      }
    if (!matched) return false;
  }
  return true;
}

int composites_match(const Btf& lb, const Type& lt, const Btf& tb, const Type& tt, bool behind_ptr, int level) {
  if (lt.members.size() > tt.members.size()) return 0;
  for (const btf::Member& lm : lt.members) {
    bool matched = false;
    for (const btf::Member& tm : tt.members) {
      if (!names_match(lm.name, tm.name)) continue;
      int r = types_match_impl(lb, lm.type, tb, tm.type, behind_ptr, level - 1);
      if (r < 0) return r;
      if (r > 0) {
        matched = true;
        break;
      }
    }
    if (!matched) return 0;
  }
  return 1;
}

int types_match_impl(const Btf& lb, TypeId lid, const Btf& tb, TypeId tid, bool behind_ptr, int level) {
  if (level <= 0) return -EINVAL;
  for (int depth = 32; depth > 0; --depth) {
    lid = lb.skip_mods_and_typedefs(lid);
    tid = tb.skip_mods_and_typedefs(tid);
    const Type* lt = lb.type(lid);
    const Type* tt = tb.type(tid);
    if (lt == nullptr || tt == nullptr) return -EINVAL;
    if (!names_match(lt->name, tt->name)) return 0;
    const Kind lk = lt->kind, tk = tt->kind;
    switch (lk) {
      case Kind::Void:
        return lk == tk;
      case Kind::Fwd:
        if (behind_ptr) {
          if (lk == tk) return lt->kflag == tt->kflag;
          // A FWD's kflag says union (1) or struct (0).
          return (tk == Kind::Struct && !lt->kflag) || (tk == Kind::Union && lt->kflag);
        }
        return lk == tk && lt->kflag == tt->kflag;
      case Kind::Enum:
      case Kind::Enum64:
        return tt->is_enum() && enums_match(lb, *lt, tb, *tt);
      case Kind::Struct:
      case Kind::Union:
        if (behind_ptr) {
          if (lk == tk) return 1;
          if (tk != Kind::Fwd) return 0;
          return (lk == Kind::Union) == tt->kflag;
        }
        if (lk != tk) return 0;
        return composites_match(lb, *lt, tb, *tt, behind_ptr, level);
      case Kind::Int:
        if (lk != tk) return 0;
        return lt->size == tt->size && (lt->int_encoding & btf::kIntSigned) == (tt->int_encoding & btf::kIntSigned);
      case Kind::Ptr:
        if (lk != tk) return 0;
        behind_ptr = true;
        lid = lt->type;
        tid = tt->type;
        continue;
      case Kind::Array:
        if (lk != tk || lt->nelems != tt->nelems) return 0;
        lid = lt->elem_type;
        tid = tt->elem_type;
        continue;
      case Kind::FuncProto: {
        if (lk != tk || lt->params.size() != tt->params.size()) return 0;
        for (size_t i = 0; i < lt->params.size(); ++i) {
          int r = types_match_impl(lb, lt->params[i].type, tb, tt->params[i].type, behind_ptr, level - 1);
          if (r <= 0) return r;
        }
        lid = lt->type;
        tid = tt->type;
        continue;
      }
      default:
        return 0;
    }
  }
  return -EINVAL;
}

int types_are_compat_impl(const Btf& lb, TypeId lid, const Btf& tb, TypeId tid, int level) {
  {
    const Type* lt = lb.type(lid);
    const Type* tt = tb.type(tid);
    if (lt == nullptr || tt == nullptr) return -EINVAL;
    if (!kinds_core_compat(*lt, *tt)) return 0;
  }
  for (int depth = 32; depth > 0; --depth) {
    lid = lb.skip_mods_and_typedefs(lid);
    tid = tb.skip_mods_and_typedefs(tid);
    const Type* lt = lb.type(lid);
    const Type* tt = tb.type(tid);
    if (lt == nullptr || tt == nullptr) return -EINVAL;
    if (!kinds_core_compat(*lt, *tt)) return 0;
    switch (lt->kind) {
      case Kind::Void:
      case Kind::Struct:
      case Kind::Union:
      case Kind::Enum:
      case Kind::Fwd:
      case Kind::Enum64:
        return 1;
      case Kind::Int:
        // Deprecated bitfield-like integers are rejected; any other two integers are compatible.
        return lt->int_offset == 0 && tt->int_offset == 0;
      case Kind::Ptr:
        lid = lt->type;
        tid = tt->type;
        continue;
      case Kind::Array:
        lid = lt->elem_type;
        tid = tt->elem_type;
        continue;
      case Kind::FuncProto: {
        if (lt->params.size() != tt->params.size()) return 0;
        for (size_t i = 0; i < lt->params.size(); ++i) {
          if (level <= 0) return -EINVAL;
          int r = types_are_compat_impl(lb, lb.skip_mods_and_typedefs(lt->params[i].type), tb,
                                        tb.skip_mods_and_typedefs(tt->params[i].type), level - 1);
          if (r <= 0) return r;
        }
        lid = lt->type;
        tid = tt->type;
        continue;
      }
      default:
        return 0;
    }
  }
  return -EINVAL;
}

}  // namespace

bool kinds_core_compat(const btf::Type& a, const btf::Type& b) {
  return a.kind == b.kind || (a.is_enum() && b.is_enum());
}

int fields_are_compat(const Btf& lb, TypeId lid, const Btf& tb, TypeId tid) {
  for (int depth = 0; depth < 64; ++depth) {
    lid = lb.skip_mods_and_typedefs(lid);
    tid = tb.skip_mods_and_typedefs(tid);
    const Type* lt = lb.type(lid);
    const Type* tt = tb.type(tid);
    if (lt == nullptr || tt == nullptr) return -EINVAL;
    if (lt->is_composite() && tt->is_composite()) return 1;
    if (!kinds_core_compat(*lt, *tt)) return 0;
    switch (lt->kind) {
      case Kind::Ptr:
      case Kind::Float:
        return 1;
      case Kind::Fwd:
      case Kind::Enum:
      case Kind::Enum64: {
        // One of them anonymous, or both with the same name up to the flavour.
        const size_t ll = essential_name_len(lt->name), tl = essential_name_len(tt->name);
        return ll == 0 || tl == 0 || essential_names_equal(lt->name, tt->name);
      }
      case Kind::Int:
        return lt->int_offset == 0 && tt->int_offset == 0;
      case Kind::Array:
        lid = lt->elem_type;
        tid = tt->elem_type;
        continue;
      default:
        return 0;
    }
  }
  return -EINVAL;
}

int types_are_compat(const Btf& local, TypeId local_id, const Btf& targ, TypeId targ_id) {
  return types_are_compat_impl(local, local_id, targ, targ_id, 32);
}

int types_match(const Btf& local, TypeId local_id, const Btf& targ, TypeId targ_id) {
  return types_match_impl(local, local_id, targ, targ_id, false, 32);
}

}  // namespace bpfkit::core_detail
