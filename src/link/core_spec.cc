// Access specs of CO-RE relocations: parsing an access string against the local BTF, matching it against one
// candidate of the target BTF, and the values a relocation takes (relo_core.c's bpf_core_parse_spec,
// bpf_core_spec_match and bpf_core_calc_*_relo).
#include <cerrno>
#include <charconv>

#include <fmt/format.h>

#include "link/core_internal.h"

namespace bpfkit::core_detail {
namespace {

using btf::Kind;
using btf::Type;

// A zero-sized array that is the last member of the struct holding it.
bool is_flex_arr(const Btf& btf, const Accessor* prev, const Type& arr) {
  if (prev == nullptr || prev->name.empty() || arr.nelems > 0) return false;
  const Type* t = btf.type(prev->type_id);
  return t != nullptr && prev->idx + 1 == t->members.size();
}

// bpf_core_match_member: finds local_acc's member in targ_id (searching anonymous members too), extending targ's
// low-level spec and bit offset. 1 found, 0 not, <0 error.
int match_member(const Btf& local_btf, const Accessor& local_acc, const Btf& targ_btf, TypeId targ_id, Spec& targ,
                 TypeId& next_targ_id) {
  targ_id = targ_btf.skip_mods_and_typedefs(targ_id);
  const Type* tt = targ_btf.type(targ_id);
  if (tt == nullptr) return -EINVAL;
  if (!tt->is_composite()) return 0;
  const Type& lt = *local_btf.type(local_acc.type_id);
  const btf::Member& lm = lt.members[local_acc.idx];
  for (uint32_t i = 0; i < tt->members.size(); ++i) {
    const btf::Member& m = tt->members[i];
    if (targ.raw.size() == kSpecMaxLen) return -E2BIG;
    targ.bit_offset += m.bit_offset;
    targ.raw.push_back(i);
    if (m.name.empty()) {
      int found = match_member(local_btf, local_acc, targ_btf, m.type, targ, next_targ_id);
      if (found != 0) return found;
    } else if (m.name == lm.name) {
      targ.spec.push_back(Accessor{targ_id, i, m.name});
      next_targ_id = m.type;
      int found = fields_are_compat(local_btf, lm.type, targ_btf, m.type);
      if (found == 0) targ.spec.pop_back();
      return found;
    }
    targ.bit_offset -= m.bit_offset;
    targ.raw.pop_back();
  }
  return 0;
}

int calc_field_relo(CoreReloKind kind, const Spec* spec, uint64_t& val, uint32_t& field_sz, TypeId& type_id,
                    bool* validate, std::string& failure) {
  field_sz = 0;
  if (kind == CoreReloKind::FieldExists) {
    val = spec != nullptr ? 1 : 0;
    return 0;
  }
  if (spec == nullptr) return -EUCLEAN;  // poison
  const Btf& btf = *spec->btf;
  const Accessor& acc = spec->spec.back();
  const Type& t = *btf.type(acc.type_id);

  if (acc.name.empty()) {  // a[n]
    auto sz = btf.resolve_size(acc.type_id);
    if (!sz) return -EINVAL;
    if (kind == CoreReloKind::FieldByteOffset) {
      val = spec->bit_offset / 8;
      field_sz = *sz;
      type_id = acc.type_id;
    } else if (kind == CoreReloKind::FieldByteSize) {
      val = *sz;
    } else {
      failure = fmt::format("{} can't be applied to an array access", btf::core_relo_kind_name(kind));
      return -EINVAL;
    }
    if (validate != nullptr) *validate = true;
    return 0;
  }

  const btf::Member& m = t.members[acc.idx];
  const TypeId field_type_id = btf.skip_mods_and_typedefs(m.type);
  const Type& mt = *btf.type(field_type_id);
  const uint32_t bit_off = spec->bit_offset;
  uint32_t bit_sz = m.bitfield_size;
  uint32_t byte_sz, byte_off;
  const bool bitfield = bit_sz > 0;
  if (bitfield) {
    byte_sz = mt.size;
    if (byte_sz == 0) return -EINVAL;
    byte_off = bit_off / 8 / byte_sz * byte_sz;
    // The smallest load that holds the whole bitfield.
    while (uint64_t(bit_off) + bit_sz - uint64_t(byte_off) * 8 > uint64_t(byte_sz) * 8) {
      if (byte_sz >= 8) {
        failure = fmt::format("{} can't be satisfied for a bitfield", btf::core_relo_kind_name(kind));
        return -E2BIG;
      }
      byte_sz *= 2;
      byte_off = bit_off / 8 / byte_sz * byte_sz;
    }
  } else {
    auto sz = btf.resolve_size(field_type_id);
    if (!sz) return -EINVAL;
    byte_sz = *sz;
    byte_off = spec->bit_offset / 8;
    bit_sz = byte_sz * 8;
  }
  // Bitfield offsets and sizes are the compiler's choice and may differ from libbpf's: only signedness and the
  // right shift are checked against the instruction.
  if (validate != nullptr) *validate = !bitfield;
  switch (kind) {
    case CoreReloKind::FieldByteOffset:
      val = byte_off;
      if (!bitfield) {
        field_sz = byte_sz;
        type_id = field_type_id;
      }
      break;
    case CoreReloKind::FieldByteSize:
      val = byte_sz;
      break;
    case CoreReloKind::FieldSigned:
      val = (mt.is_enum() && mt.kflag) || (mt.kind == Kind::Int && (mt.int_encoding & btf::kIntSigned) != 0);
      if (validate != nullptr) *validate = true;
      break;
    case CoreReloKind::FieldLshiftU64:
      val = 64 - (uint64_t(bit_off) + bit_sz - uint64_t(byte_off) * 8);
      break;
    case CoreReloKind::FieldRshiftU64:
      val = 64 - bit_sz;
      if (validate != nullptr) *validate = true;
      break;
    default:
      return -EOPNOTSUPP;
  }
  return 0;
}

int calc_type_relo(CoreReloKind kind, const Spec* spec, uint64_t& val, bool* validate) {
  if (validate != nullptr) *validate = true;
  if (spec == nullptr) {  // type-based relocations give 0 when the type is not found
    val = 0;
    return 0;
  }
  switch (kind) {
    case CoreReloKind::TypeIdTarget:
      val = spec->root_type_id;
      // Type ids change when objects are linked together, so the compiled value proves nothing.
      if (validate != nullptr) *validate = false;
      break;
    case CoreReloKind::TypeExists:
    case CoreReloKind::TypeMatches:
      val = 1;
      break;
    case CoreReloKind::TypeSize: {
      auto sz = spec->btf->resolve_size(spec->root_type_id);
      if (!sz) return -EINVAL;
      val = *sz;
      break;
    }
    default:
      return -EOPNOTSUPP;
  }
  return 0;
}

int calc_enumval_relo(CoreReloKind kind, const Spec* spec, uint64_t& val) {
  switch (kind) {
    case CoreReloKind::EnumvalExists:
      val = spec != nullptr ? 1 : 0;
      return 0;
    case CoreReloKind::EnumvalValue: {
      if (spec == nullptr) return -EUCLEAN;
      const Type& t = *spec->btf->type(spec->spec[0].type_id);
      const uint64_t v = t.values[spec->spec[0].idx].value;
      // libbpf reads a 32-bit enumerator as struct btf_enum's __s32 val: sign-extended whatever the enum's sign.
      val = t.kind == Kind::Enum ? uint64_t(int64_t(int32_t(uint32_t(v)))) : v;
      return 0;
    }
    default:
      return -EOPNOTSUPP;
  }
}

}  // namespace

bool is_field_based(CoreReloKind kind) { return uint32_t(kind) <= uint32_t(CoreReloKind::FieldRshiftU64); }
bool is_type_based(CoreReloKind kind) {
  return kind == CoreReloKind::TypeIdLocal || kind == CoreReloKind::TypeIdTarget ||
         kind == CoreReloKind::TypeExists || kind == CoreReloKind::TypeSize || kind == CoreReloKind::TypeMatches;
}
bool is_enumval_based(CoreReloKind kind) {
  return kind == CoreReloKind::EnumvalExists || kind == CoreReloKind::EnumvalValue;
}

size_t essential_name_len(std::string_view name) {
  // X___Y, where X and Y are not underscores: the flavour starts at the last such separator.
  for (int64_t i = int64_t(name.size()) - 5; i >= 0; --i) {
    const size_t j = size_t(i);
    if (name[j] != '_' && name[j + 1] == '_' && name[j + 2] == '_' && name[j + 3] == '_' && name[j + 4] != '_')
      return j + 1;
  }
  return name.size();
}

int parse_spec(const Btf& btf, TypeId type_id, std::string_view access, CoreReloKind kind, Spec& spec) {
  if (access.empty() || access[0] == ':') return -EINVAL;
  spec = Spec{};
  spec.btf = &btf;
  spec.root_type_id = type_id;
  spec.kind = kind;
  if (is_type_based(kind)) return access == "0" ? 0 : -EINVAL;

  // "0:1:2:3" as sscanf("%d") reads each element: optional sign, decimal digits.
  size_t pos = 0;
  while (pos < access.size()) {
    if (access[pos] == ':') ++pos;
    const char* first = access.data() + pos;
    const char* last = access.data() + access.size();
    if (first < last && *first == '+') ++first;
    int value = 0;
    auto [ptr, ec] = std::from_chars(first, last, value);
    if (ec != std::errc() || value < 0) return -EINVAL;
    if (spec.raw.size() == kSpecMaxLen) return -E2BIG;
    spec.raw.push_back(uint32_t(value));
    pos = size_t(ptr - access.data());
  }
  if (spec.raw.empty()) return -EINVAL;

  TypeId id = btf.skip_mods_and_typedefs(type_id);
  const Type* t = btf.type(id);
  if (t == nullptr) return -EINVAL;
  uint32_t access_idx = spec.raw[0];
  spec.spec.push_back(Accessor{id, access_idx, {}});

  if (is_enumval_based(kind)) {
    if (!t->is_enum() || spec.raw.size() > 1 || access_idx >= t->values.size()) return -EINVAL;
    spec.spec[0].name = t->values[access_idx].name;
    return 0;
  }
  if (!is_field_based(kind)) return -EINVAL;

  auto sz = btf.resolve_size(id);
  if (!sz) return -EINVAL;
  uint64_t bit_offset = uint64_t(access_idx) * *sz * 8;

  for (size_t i = 1; i < spec.raw.size(); ++i) {
    id = btf.skip_mods_and_typedefs(id);
    t = btf.type(id);
    if (t == nullptr) return -EINVAL;
    access_idx = spec.raw[i];
    if (t->is_composite()) {
      if (access_idx >= t->members.size()) return -EINVAL;
      const btf::Member& m = t->members[access_idx];
      bit_offset += m.bit_offset;
      if (!m.name.empty()) spec.spec.push_back(Accessor{id, access_idx, m.name});
      id = m.type;
    } else if (t->kind == Kind::Array) {
      const Accessor* prev = &spec.spec.back();
      const bool flex = is_flex_arr(btf, prev, *t);
      id = btf.skip_mods_and_typedefs(t->elem_type);
      if (!flex && access_idx >= t->nelems) return -EINVAL;
      spec.spec.push_back(Accessor{id, access_idx, {}});
      auto esz = btf.resolve_size(id);
      if (!esz) return -EINVAL;
      bit_offset += uint64_t(access_idx) * *esz * 8;
    } else {
      return -EINVAL;  // the access goes through a type that has no members or elements
    }
  }
  spec.bit_offset = uint32_t(bit_offset);
  return 0;
}

int spec_match(const Spec& local, const Btf& targ_btf, TypeId targ_id, Spec& targ) {
  targ = Spec{};
  targ.btf = &targ_btf;
  targ.root_type_id = targ_id;
  targ.kind = local.kind;

  if (is_type_based(local.kind)) {
    if (local.kind == CoreReloKind::TypeMatches) return types_match(*local.btf, local.root_type_id, targ_btf, targ_id);
    return types_are_compat(*local.btf, local.root_type_id, targ_btf, targ_id);
  }

  if (is_enumval_based(local.kind)) {
    targ_id = targ_btf.skip_mods_and_typedefs(targ_id);
    const Type* tt = targ_btf.type(targ_id);
    if (tt == nullptr || !tt->is_enum()) return 0;
    const std::string_view lname = local.spec[0].name;
    const size_t llen = essential_name_len(lname);
    for (uint32_t i = 0; i < tt->values.size(); ++i) {
      const std::string_view tname = tt->values[i].name;
      if (essential_name_len(tname) != llen || tname.substr(0, llen) != lname.substr(0, llen)) continue;
      targ.spec.push_back(Accessor{targ_id, i, tname});
      targ.raw.push_back(i);
      return 1;
    }
    return 0;
  }

  if (!is_field_based(local.kind)) return -EINVAL;
  for (size_t i = 0; i < local.spec.size(); ++i) {
    const Accessor& lacc = local.spec[i];
    targ_id = targ_btf.skip_mods_and_typedefs(targ_id);
    const Type* tt = targ_btf.type(targ_id);
    if (tt == nullptr) return -EINVAL;
    if (!lacc.name.empty()) {
      int matched = match_member(*local.btf, lacc, targ_btf, targ_id, targ, targ_id);
      if (matched <= 0) return matched;
      continue;
    }
    // The first accessor indexes the root type itself (a pointer's s[0]); later ones index an array.
    if (i > 0) {
      if (tt->kind != Kind::Array) return 0;
      const bool flex = is_flex_arr(targ_btf, targ.spec.empty() ? nullptr : &targ.spec.back(), *tt);
      if (!flex && lacc.idx >= tt->nelems) return 0;
      targ_id = targ_btf.skip_mods_and_typedefs(tt->elem_type);
      if (targ_btf.type(targ_id) == nullptr) return -EINVAL;
    }
    if (targ.raw.size() == kSpecMaxLen) return -E2BIG;
    targ.spec.push_back(Accessor{targ_id, lacc.idx, {}});
    targ.raw.push_back(lacc.idx);
    auto sz = targ_btf.resolve_size(targ_id);
    if (!sz) return -EINVAL;
    targ.bit_offset += uint32_t(uint64_t(lacc.idx) * *sz * 8);
  }
  return 1;
}

int calc_relo(const Spec& local, const Spec* targ, ReloResult& res, std::string& failure) {
  res = ReloResult{};
  const CoreReloKind kind = local.kind;
  int err = -EOPNOTSUPP;
  if (is_field_based(kind)) {
    err = calc_field_relo(kind, &local, res.orig_val, res.orig_sz, res.orig_type_id, &res.validate, failure);
    if (err == 0)
      err = calc_field_relo(kind, targ, res.new_val, res.new_sz, res.new_type_id, nullptr, failure);
    if (err == 0 && res.orig_sz != res.new_sz) {
      // A load or store may change width only for pointers (a 32-bit kernel's) and unsigned integers, where zero
      // extension keeps the value; otherwise the instruction is poisoned (checked for LDX/ST/STX only).
      const Type* ot = local.btf->type(res.orig_type_id);
      const Type* nt = targ->btf->type(res.new_type_id);
      const bool ptrs = ot->kind == Kind::Ptr && nt->kind == Kind::Ptr;
      const bool uints = ot->kind == Kind::Int && nt->kind == Kind::Int && ot->int_encoding != btf::kIntSigned &&
                         nt->int_encoding != btf::kIntSigned;
      res.fail_memsz_adjust = !ptrs && !uints;
    }
  } else if (is_type_based(kind)) {
    err = calc_type_relo(kind, &local, res.orig_val, &res.validate);
    if (err == 0) err = calc_type_relo(kind, targ, res.new_val, nullptr);
  } else if (is_enumval_based(kind)) {
    err = calc_enumval_relo(kind, &local, res.orig_val);
    if (err == 0) err = calc_enumval_relo(kind, targ, res.new_val);
  }
  if (err == -EUCLEAN) {
    res.poison = true;
    return 0;
  }
  if (err == -EOPNOTSUPP && failure.empty())
    failure = fmt::format("unrecognized CO-RE relocation {}", btf::core_relo_kind_name(kind));
  return err;
}

std::string describe_spec(const Spec& spec) {
  const Btf& btf = *spec.btf;
  std::string out = btf.type_name(spec.root_type_id);
  if (is_type_based(spec.kind)) return out;
  if (is_enumval_based(spec.kind)) {
    if (!spec.spec.empty()) out += fmt::format("::{}", spec.spec[0].name);
    return out;
  }
  for (size_t i = 0; i < spec.spec.size(); ++i) {
    if (!spec.spec[i].name.empty())
      out += fmt::format(".{}", spec.spec[i].name);
    else if (i > 0 || spec.spec[i].idx > 0)
      out += fmt::format("[{}]", spec.spec[i].idx);
  }
  return out;
}

}  // namespace bpfkit::core_detail
