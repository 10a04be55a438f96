// BTF-defined maps (bpf_object__init_user_btf_maps / parse_btf_map_def): each VAR of the .maps DATASEC is a struct
// whose members encode the definition in their types, and the initial slots of __array(values, ...) maps come
// from the .rel.maps relocations (bpf_object__collect_map_relos).
#include <unistd.h>

#include <algorithm>

#include <fmt/format.h>

#include "object/parser.h"

namespace bpfkit {
namespace {

constexpr uint32_t kPinByName = 1;  // LIBBPF_PIN_BY_NAME

struct Def {
  uint32_t map_type = 0, key_size = 0, value_size = 0, max_entries = 0, map_flags = 0, numa_node = 0;
  uint32_t pinning = 0, map_extra = 0;
  btf::TypeId key_type = 0, value_type = 0;
  bool has_inner = false;
};

bool is_map_in_map(uint32_t type) {
  return type == uint32_t(MapType::ArrayOfMaps) || type == uint32_t(MapType::HashOfMaps);
}

struct DefParser {
  const btf::Btf& btf;

  Error fail(const std::string& map, std::string msg) const {
    return make_error(fmt::format("map '{}': {}", map, std::move(msg)));
  }

  // get_map_field_int(): `int (*name)[N]` encodes N.
  Expected<uint32_t> field_int(const std::string& map, const btf::Member& m) const {
    const btf::Type* t = btf.type(btf.skip_mods_and_typedefs(m.type));
    if (t->kind != btf::Kind::Ptr)
      return fail(map, fmt::format("attr '{}': expected PTR, got {}", m.name, btf::kind_name(t->kind)));
    const btf::Type* arr = btf.type(t->type);
    if (arr->kind != btf::Kind::Array)
      return fail(map, fmt::format("attr '{}': expected ARRAY, got {}", m.name, btf::kind_name(arr->kind)));
    return arr->nelems;
  }

  // `typeof(T) *name`: the size of T, and T.
  Expected<uint32_t> pointee_size(const std::string& map, const btf::Member& m, btf::TypeId* pointee) const {
    const btf::Type* t = btf.type(m.type);
    if (t->kind != btf::Kind::Ptr)
      return fail(map, fmt::format("{} spec is not PTR: {}", m.name, btf::kind_name(t->kind)));
    auto size = btf.resolve_size(t->type);
    if (!size) return fail(map, fmt::format("can't determine {} size for type [{}]: {}", m.name, t->type,
                                            size.error().message));
    *pointee = t->type;
    return *size;
  }

  Expected<void> set_size(const std::string& map, const char* what, uint32_t* field, uint32_t size) const {
    if (*field != 0 && *field != size)
      return fail(map, fmt::format("conflicting {} size {} != {}", what, *field, size));
    *field = size;
    return {};
  }

  // inner == nullptr: parsing the inner definition of a map-in-map.
  Expected<void> parse(const std::string& map, const btf::Type& def_t, Def& def, Def* inner) const {
    bool is_inner = inner == nullptr;
    for (size_t i = 0; i < def_t.members.size(); ++i) {
      const btf::Member& m = def_t.members[i];
      if (m.name == "type" || m.name == "max_entries" || m.name == "map_flags" || m.name == "numa_node" ||
          m.name == "map_extra") {
        auto v = field_int(map, m);
        if (!v) return std::move(v).error();
        uint32_t* field = m.name == "type" ? &def.map_type : m.name == "max_entries" ? &def.max_entries
                        : m.name == "map_flags" ? &def.map_flags : m.name == "numa_node" ? &def.numa_node
                                                                                          : &def.map_extra;
        *field = *v;
      } else if (m.name == "key_size" || m.name == "value_size") {
        auto v = field_int(map, m);
        if (!v) return std::move(v).error();
        bool key = m.name == "key_size";
        if (auto r = set_size(map, key ? "key" : "value", key ? &def.key_size : &def.value_size, *v); !r) return r;
      } else if (m.name == "key" || m.name == "value") {
        bool key = m.name == "key";
        btf::TypeId pointee = 0;
        auto size = pointee_size(map, m, &pointee);
        if (!size) return std::move(size).error();
        if (auto r = set_size(map, key ? "key" : "value", key ? &def.key_size : &def.value_size, *size); !r)
          return r;
        (key ? def.key_type : def.value_type) = pointee;
      } else if (m.name == "values") {
        if (auto r = parse_values(map, def_t, i, def, inner); !r) return r;
      } else if (m.name == "pinning") {
        if (is_inner) return fail(map, "inner def can't be pinned");
        auto v = field_int(map, m);
        if (!v) return std::move(v).error();
        if (*v > kPinByName) return fail(map, fmt::format("invalid pinning value {}", *v));
        def.pinning = *v;
      } else {
        return fail(map, fmt::format("unknown field '{}'", m.name));  // libbpf's strict mode, its default
      }
    }
    if (def.map_type == 0) return fail(map, "map type isn't specified");
    // libbpf leaves an unknown type to the kernel (EINVAL at creation); bpfkit cannot create it either.
    if (def.map_type > uint32_t(MapType::Arena)) return fail(map, fmt::format("unknown map type {}", def.map_type));
    return {};
  }

  Expected<void> parse_values(const std::string& map, const btf::Type& def_t, size_t i, Def& def, Def* inner) const {
    bool mim = is_map_in_map(def.map_type);
    bool prog_array = def.map_type == uint32_t(MapType::ProgArray);
    const char* desc = mim ? "map-in-map inner" : "prog-array value";
    if (inner == nullptr) return fail(map, "multi-level inner maps not supported");
    if (i != def_t.members.size() - 1) return fail(map, "'values' member should be last");
    if (!mim && !prog_array) return fail(map, "should be map-in-map or prog-array");
    if (auto r = set_size(map, "value", &def.value_size, 4); !r) return r;
    const btf::Type* t = btf.type(def_t.members[i].type);
    if (t->kind != btf::Kind::Array || t->nelems != 0)
      return fail(map, fmt::format("{} spec is not a zero-sized array", desc));
    t = btf.type(btf.skip_mods_and_typedefs(t->elem_type));
    if (t->kind != btf::Kind::Ptr)
      return fail(map, fmt::format("{} def is of unexpected kind {}", desc, btf::kind_name(t->kind)));
    t = btf.type(btf.skip_mods_and_typedefs(t->type));
    if (prog_array) {
      if (t->kind != btf::Kind::FuncProto)
        return fail(map, fmt::format("prog-array value def is of unexpected kind {}", btf::kind_name(t->kind)));
      return {};
    }
    if (t->kind != btf::Kind::Struct)
      return fail(map, fmt::format("map-in-map inner def is of unexpected kind {}", btf::kind_name(t->kind)));
    if (auto r = parse(map + ".inner", *t, *inner, nullptr); !r) return r;
    def.has_inner = true;
    return {};
  }
};

// libbpf's adjust_ringbuf_sz(): the kernel wants a power-of-2 multiple of the page size.
uint32_t adjust_ringbuf_size(uint32_t size) {
  if (size == 0) return 0;
  const uint64_t page = uint64_t(sysconf(_SC_PAGE_SIZE));
  if (size % page == 0) {
    uint64_t pages = size / page;
    if ((pages & (pages - 1)) == 0) return size;
  }
  for (uint64_t mul = 1; mul <= UINT32_MAX / page; mul <<= 1)
    if (mul * page > size) return uint32_t(mul * page);
  return size;
}

// The offset of a top-level struct bpf_spin_lock member of the value, as the kernel's btf_find_spin_lock.
int32_t spin_lock_offset(const btf::Btf& btf, btf::TypeId value) {
  const btf::Type* t = btf.type(btf.skip_mods_and_typedefs(value));
  if (t == nullptr || t->kind != btf::Kind::Struct) return -1;
  for (const btf::Member& m : t->members) {
    const btf::Type* mt = btf.type(btf.skip_mods_and_typedefs(m.type));
    if (mt->kind == btf::Kind::Struct && mt->name == "bpf_spin_lock") return int32_t(m.bit_offset / 8);
  }
  return -1;
}

MapSpec spec_from(const Def& d, const std::string& name, const btf::Btf& btf) {
  MapSpec s;
  s.type = MapType(d.map_type);
  s.key_size = d.key_size;
  s.value_size = d.value_size;
  s.max_entries = d.max_entries;
  s.map_flags = d.map_flags;
  s.map_extra = d.map_extra;
  s.numa_node = d.numa_node;
  s.name = name.substr(0, 15);
  if (s.type == MapType::Ringbuf || s.type == MapType::UserRingbuf) s.max_entries = adjust_ringbuf_size(s.max_entries);
  if (d.value_type != 0) {
    s.spin_lock_off = spin_lock_offset(btf, d.value_type);
    s.fields = parse_map_fields(btf, d.value_type);
  }
  return s;
}

}  // namespace

Expected<void> ObjectParser::init_btf_maps() {
  if (btf_maps_index < 0) return {};
  const btf::Btf& btf = *obj.btf_;  // load_btf() insists on BTF when there is a .maps section
  const ElfSection& sec = *elf.section(uint32_t(btf_maps_index));
  auto id = btf.find_by_name_kind(".maps", btf::Kind::Datasec);
  if (!id) return fail("BTF has no DATASEC '.maps'");
  const btf::Type& datasec = *btf.type(*id);
  DefParser parser{btf};
  for (size_t vi = 0; vi < datasec.vars.size(); ++vi) {
    const btf::VarSecinfo& v = datasec.vars[vi];
    const btf::Type& var = *btf.type(v.type);
    if (var.name.empty()) return fail(fmt::format("map #{}: empty name", vi));
    const std::string& name = var.name;
    if (uint64_t(v.offset) + v.size > sec.size) return fail(fmt::format("map '{}': BTF data is corrupted", name));
    if (var.kind != btf::Kind::Var)
      return fail(fmt::format("map '{}': unexpected var kind {}", name, btf::kind_name(var.kind)));
    if (var.linkage != btf::Linkage::Global)
      return fail(fmt::format("map '{}': unsupported map linkage {}", name, btf::linkage_name(var.linkage)));
    const btf::Type& def_t = *btf.type(btf.skip_mods_and_typedefs(var.type));
    if (def_t.kind != btf::Kind::Struct)
      return fail(fmt::format("map '{}': unexpected def kind {}", name, btf::kind_name(def_t.kind)));
    if (def_t.size > v.size) return fail(fmt::format("map '{}': invalid def size", name));
    Def def, inner;
    if (auto r = parser.parse(name, def_t, def, &inner); !r) return std::move(r).error().in_object(obj.path_);

    MapDefinition m;
    m.name = name;
    m.origin = MapOrigin::Btf;
    m.spec = spec_from(def, name, btf);
    m.pinning = def.pinning;
    m.btf_key_type_id = def.key_type;
    m.btf_value_type_id = def.value_type;
    m.section_index = sec.index;
    m.section_offset = v.offset;
    if (def.has_inner) {
      auto in = std::make_shared<MapDefinition>();
      in->name = name + ".inner";
      in->origin = MapOrigin::Btf;
      in->spec = spec_from(inner, in->name, btf);
      in->btf_key_type_id = inner.key_type;
      in->btf_value_type_id = inner.value_type;
      in->section_index = sec.index;
      m.spec.inner = std::make_shared<MapSpec>(in->spec);
      m.inner = std::move(in);
    }
    obj.maps_.push_back(std::move(m));
  }
  return {};
}

Expected<void> ObjectParser::collect_map_slots() {
  if (btf_maps_index < 0) return {};
  const ElfSection& sec = *elf.section(uint32_t(btf_maps_index));
  const btf::Btf& btf = *obj.btf_;
  const btf::Type& datasec = *btf.type(*btf.find_by_name_kind(".maps", btf::Kind::Datasec));
  auto relocs = elf.relocations(sec);
  for (size_t i = 0; i < relocs.size(); ++i) {
    const ElfRelocation& rel = relocs[i];
    const ElfSymbol& sym = elf.symbols()[rel.symbol];
    auto where = [&] { return fmt::format(".maps relocation #{} against '{}'", i, sym.name); };
    // The map whose definition holds the 8-byte slot pointer.
    MapDefinition* map = nullptr;
    const btf::VarSecinfo* vi = nullptr;
    for (MapDefinition& m : obj.maps_) {
      if (m.origin != MapOrigin::Btf) continue;
      for (const btf::VarSecinfo& v : datasec.vars) {
        if (v.offset != m.section_offset) continue;
        if (v.offset <= rel.offset && rel.offset + 8 <= uint64_t(v.offset) + v.size) {
          map = &m;
          vi = &v;
        }
        break;
      }
      if (map != nullptr) break;
    }
    if (map == nullptr) return fail(fmt::format("{}: no map at offset {}", where(), rel.offset));
    if (is_map_in_map(uint32_t(map->spec.type))) {
      if (int(sym.section_index) != btf_maps_index) return fail(where() + ": not a BTF-defined map");
      if (map->spec.type == MapType::HashOfMaps && map->spec.key_size != 4)
        return fail(fmt::format("{}: hash-of-maps '{}' should have key size 4", where(), map->name));
      if (obj.map(sym.name) == nullptr) return fail(where() + ": not a valid map reference");
    } else if (map->spec.type == MapType::ProgArray) {
      const ProgramSpec* prog = obj.program(sym.name);
      if (prog == nullptr) return fail(where() + ": not a valid program reference");
      if (prog->section_index != sym.section_index || uint64_t(prog->insn_offset) * 8 != sym.value)
        return fail(where() + ": not an entry-point program");
    } else {
      return fail(fmt::format("{}: map '{}' is neither a map-in-map nor a prog array", where(), map->name));
    }
    const btf::Type& def_t = *btf.type(btf.skip_mods_and_typedefs(btf.type(vi->type)->type));
    if (def_t.members.empty() || def_t.members.back().name != "values")
      return fail(fmt::format("{}: map '{}' has no 'values' member last", where(), map->name));
    uint64_t moff = def_t.members.back().bit_offset / 8;
    uint64_t off = rel.offset - vi->offset;
    if (off < moff || (off - moff) % 8 != 0)
      return fail(fmt::format("{}: offset {} is not a slot of 'values'", where(), rel.offset));
    uint32_t index = uint32_t((off - moff) / 8);
    auto& slots = map->initial_slots;
    auto it = std::find_if(slots.begin(), slots.end(), [&](const auto& s) { return s.index >= index; });
    if (it != slots.end() && it->index == index) it->target = sym.name;  // the last relocation wins, as in libbpf
    else slots.insert(it, MapDefinition::InitialSlot{index, sym.name});
  }
  return {};
}

}  // namespace bpfkit
