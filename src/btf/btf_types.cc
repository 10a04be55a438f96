// Queries on a validated Btf (lookups, modifier skipping, sizes) and the one mutation the object loader needs:
// filling in DATASEC layouts from the ELF symbol table.
#include <fmt/format.h>

#include <algorithm>
#include <limits>

#include "btf/btf_internal.h"

namespace bpfkit::btf {

const char* kind_name(Kind kind) {
  static constexpr const char* kNames[] = {
      "UNKN",  "INT",   "PTR",      "ARRAY",      "STRUCT", "UNION",   "ENUM",  "FWD",      "TYPEDEF", "VOLATILE",
      "CONST", "RESTRICT", "FUNC", "FUNC_PROTO", "VAR",    "DATASEC", "FLOAT", "DECL_TAG", "TYPE_TAG", "ENUM64"};
  auto i = static_cast<size_t>(kind);
  return i < std::size(kNames) ? kNames[i] : "UNKN";
}

const char* linkage_name(Linkage linkage) {
  switch (linkage) {
    case Linkage::Static: return "static";
    case Linkage::Global: return "global";
    case Linkage::Extern: return "extern";
  }
  return "unknown";
}

const char* core_relo_kind_name(CoreReloKind kind) {
  // libbpf's core_relo_kind_str() spellings.
  static constexpr const char* kNames[] = {
      "byte_off",      "byte_sz",      "field_exists", "signed",          "lshift_u64",  "rshift_u64",
      "local_type_id", "target_type_id", "type_exists", "type_size",      "enumval_exists", "enumval_value",
      "type_matches"};
  auto i = static_cast<size_t>(kind);
  return i < std::size(kNames) ? kNames[i] : "unknown";
}

namespace detail {
std::string describe(const Type& t) {
  if (t.name.empty()) return fmt::format("type [{}] {}", t.id, kind_name(t.kind));
  return fmt::format("type [{}] {} '{}'", t.id, kind_name(t.kind), t.name);
}
}  // namespace detail

uint32_t Type::vlen() const {
  switch (kind) {
    case Kind::Struct: case Kind::Union: return static_cast<uint32_t>(members.size());
    case Kind::Enum: case Kind::Enum64: return static_cast<uint32_t>(values.size());
    case Kind::FuncProto: return static_cast<uint32_t>(params.size());
    case Kind::Datasec: return static_cast<uint32_t>(vars.size());
    case Kind::Func: return static_cast<uint32_t>(linkage);
    default: return 0;
  }
}

std::optional<TypeId> Btf::find_by_name_kind(std::string_view name, Kind kind) const {
  if (kind == Kind::Void && name == "void") return 0;
  for (const Type& t : types_)
    if (t.kind == kind && t.name == name && t.id != 0) return t.id;
  return std::nullopt;
}

std::vector<TypeId> Btf::find_by_name(std::string_view name) const {
  std::vector<TypeId> out;
  if (name.empty()) return out;
  for (const Type& t : types_)
    if (t.name == name) out.push_back(t.id);
  return out;
}

// Both loops end: validation proved the reference graph acyclic, and each step goes to an in-range id.
TypeId Btf::skip_mods(TypeId id) const {
  while (id < types_.size() && types_[id].is_modifier()) id = types_[id].type;
  return id;
}

TypeId Btf::skip_mods_and_typedefs(TypeId id) const {
  while (id < types_.size() && (types_[id].is_modifier() || types_[id].kind == Kind::Typedef))
    id = types_[id].type;
  return id;
}

Expected<uint32_t> Btf::resolve_size(TypeId id) const {
  if (id >= types_.size()) return make_error(fmt::format("BTF: type id {} out of range", id));
  if (!has_size_[id]) {
    if (id == 0) return make_error("BTF: void has no size");
    return make_error(fmt::format("BTF: {} has no size", detail::describe(types_[id])));
  }
  return sizes_[id];
}

Expected<uint32_t> Btf::align_of(TypeId id) const {
  if (id >= types_.size()) return make_error(fmt::format("BTF: type id {} out of range", id));
  if (!has_size_[id]) {
    if (id == 0) return make_error("BTF: void has no alignment");
    return make_error(fmt::format("BTF: {} has no alignment", detail::describe(types_[id])));
  }
  return aligns_[id];
}

Expected<void> Btf::fixup_datasecs(const DataLayout& layout) {
  for (Type& sec : types_) {
    if (sec.kind != Kind::Datasec) continue;
    auto by_offset = [](const VarSecinfo& a, const VarSecinfo& b) { return a.offset < b.offset; };
    // The loader lays out extern sections itself, and not every extern has an ELF symbol.
    if (sec.name == ".kconfig" || sec.name == ".ksyms") {
      std::stable_sort(sec.vars.begin(), sec.vars.end(), by_offset);
      continue;
    }
    auto where = [&] { return fmt::format("BTF: DATASEC '{}'", sec.name); };
    bool fix_offsets = false;
    if (sec.size == 0) {
      auto it = layout.section_sizes.find(sec.name);
      if (it == layout.section_sizes.end() || it->second == 0)
        return make_error(where() + ": no ELF section of that name with a size");
      if (it->second > std::numeric_limits<uint32_t>::max())
        return make_error(fmt::format("{}: section size {} does not fit in 32 bits", where(), it->second));
      sec.size = static_cast<uint32_t>(it->second);
      sizes_[sec.id] = sec.size;
      fix_offsets = true;
    }
    std::vector<VarSecinfo> kept;
    kept.reserve(sec.vars.size());
    for (VarSecinfo& vs : sec.vars) {
      Type& var = types_[vs.type];
      if (var.kind != Kind::Var)
        return make_error(fmt::format("{}: unexpected {} in a data section", where(), detail::describe(var)));
      auto sym = layout.symbols.find(var.name);
      if (var.linkage == Linkage::Static) {
        const bool elsewhere = sym == layout.symbols.end() ||
                               (!sym->second.section.empty() && sym->second.section != sec.name);
        const uint64_t off = elsewhere ? 0 : (fix_offsets ? sym->second.offset : vs.offset);
        if (elsewhere || off > sec.size || sec.size - off < vs.size) continue;  // dropped, see fixup_datasecs
        vs.offset = static_cast<uint32_t>(off);
        kept.push_back(vs);
        continue;
      }
      if (sym == layout.symbols.end())
        return make_error(fmt::format("{}: no ELF symbol for VAR '{}'", where(), var.name));
      if (fix_offsets) {
        if (sym->second.offset > sec.size || sec.size - sym->second.offset < vs.size)
          return make_error(fmt::format("{}: VAR '{}' at offset {} size {} past the section size {}", where(),
                                        var.name, sym->second.offset, vs.size, sec.size));
        vs.offset = static_cast<uint32_t>(sym->second.offset);
      }
      // A global with hidden visibility is not visible outside the object: libbpf treats it as static.
      if (sym->second.hidden) var.linkage = Linkage::Static;
      kept.push_back(vs);
    }
    sec.vars = std::move(kept);
    std::stable_sort(sec.vars.begin(), sec.vars.end(), by_offset);
  }
  return {};
}

}  // namespace bpfkit::btf
