// ObjectSpec: open and parse, in libbpf's order (bpf_object_open): ELF sections, programs, BTF, externs, DATASEC
// fixup, maps (legacy, BTF-defined, global data, .kconfig), then the initial slots of __array maps.
#include <elf.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <memory>
#include <utility>

#include <fmt/format.h>

#include "bpfkit/object.h"
#include "object/parser.h"

namespace bpfkit {
namespace {

constexpr uint32_t kShtLlvmAddrsig = 0x6fff4c03;  // SHT_LLVM_ADDRSIG

bool is_dwarf(std::string_view name) { return name.starts_with(".debug_"); }

// ignore_elf_section() in libbpf: sections the loader never looks at.
bool ignored(const ElfSection& s) {
  if (s.type == SHT_STRTAB || s.type == kShtLlvmAddrsig) return true;
  if (s.type == SHT_PROGBITS && s.size == 0 && s.name == ".text") return true;
  if (is_dwarf(s.name)) return true;
  if (s.name.starts_with(".rel")) {
    std::string_view target = std::string_view(s.name).substr(4);
    if (is_dwarf(target) || target == ".BTF" || target == ".BTF.ext") return true;
  }
  return false;
}

bool named_or_prefixed(std::string_view name, std::string_view base) {
  return name == base || (name.starts_with(base) && name.size() > base.size() && name[base.size()] == '.');
}

}  // namespace

std::string object_name_from_path(std::string_view path) {
  // GNU basename(): everything after the last '/', then libbpf's 16-byte buffer, then the cut at the first '.'.
  size_t slash = path.rfind('/');
  std::string_view base = slash == std::string_view::npos ? path : path.substr(slash + 1);
  std::string name(base.substr(0, 15));
  if (size_t dot = name.find('.'); dot != std::string::npos) name.resize(dot);
  return name;
}

Expected<void> ObjectParser::collect_sections() {
  if (elf.symbols().empty()) return fail("no symbol table (stripped object?)");
  roles.assign(elf.sections().size(), SectionRole::None);
  for (const ElfSection& s : elf.sections()) {
    if (s.index == 0 || ignored(s)) continue;
    if (s.name == "license") {
      if (s.type == SHT_NOBITS) return fail("invalid license section: it has no data");
      // libbpf copies at most 63 bytes and stops at the first NUL.
      std::string_view text(reinterpret_cast<const char*>(s.data.data()), std::min<size_t>(s.data.size(), 63));
      obj.license_ = std::string(text.substr(0, text.find('\0')));
    } else if (s.name == "version") {
      if (s.type == SHT_NOBITS || s.data.size() != 4)
        return fail(fmt::format("invalid version section: size {}, expected 4", s.size));
      uint32_t v;
      std::memcpy(&v, s.data.data(), 4);
      obj.kern_version_ = v;
    } else if (s.name == "maps") {
      if (s.type != SHT_PROGBITS) return fail("legacy 'maps' section has no data");
      legacy_maps_index = int(s.index);
      roles[s.index] = SectionRole::LegacyMaps;
    } else if (s.name == ".maps") {
      btf_maps_index = int(s.index);
      roles[s.index] = SectionRole::BtfMaps;
    } else if (s.name == ".BTF" || s.name == ".BTF.ext") {
      if (s.type != SHT_PROGBITS) return fail(fmt::format("section {} is not SHT_PROGBITS", s.name));
      (s.name == ".BTF" ? btf_section : btf_ext_section) = &s;
    } else if ((s.name == ".struct_ops" || s.name == ".struct_ops.link") && s.type == SHT_PROGBITS) {
      struct_ops_indices.push_back(s.index);
    } else if (s.type == SHT_PROGBITS && s.size > 0) {
      if (s.is_executable()) {
        if (s.name == ".text") text_index = int(s.index);
        roles[s.index] = SectionRole::Program;
      } else if (named_or_prefixed(s.name, ".data")) {
        roles[s.index] = SectionRole::Data;
      } else if (named_or_prefixed(s.name, ".rodata")) {
        roles[s.index] = SectionRole::Rodata;
      }
      // Anything else (unknown data) is skipped, as libbpf skips unrecognized sections.
    } else if (s.type == SHT_NOBITS && named_or_prefixed(s.name, ".bss")) {
      roles[s.index] = SectionRole::Bss;
    }
  }
  return {};
}

Expected<void> ObjectParser::load_btf() {
  bool has_externs = std::any_of(elf.symbols().begin(), elf.symbols().end(), [](const ElfSymbol& y) {
    return y.section_index == SHN_UNDEF && (y.bind == STB_GLOBAL || y.bind == STB_WEAK) && y.type == STT_NOTYPE &&
           !y.name.empty();
  });
  // libbpf ignores BTF it cannot read unless something needs it (BTF-defined maps, externs).
  bool needed = btf_maps_index >= 0 || has_externs || !struct_ops_indices.empty();
  if (btf_section == nullptr) {
    if (needed) return fail(btf_maps_index >= 0 ? ".maps needs BTF, but the object has no .BTF section"
                            : has_externs       ? "externs need BTF, but the object has no .BTF section"
                                                : "struct_ops needs BTF, but the object has no .BTF section");
    return {};
  }
  auto btf = btf::Btf::parse(btf_section->data);
  if (!btf) {
    if (needed) return fail(btf.error().message);
    return {};
  }
  obj.btf_ = std::make_shared<btf::Btf>(std::move(*btf));
  if (btf_ext_section != nullptr) {
    // As libbpf: a .BTF.ext that does not parse is dropped (no func/line info), not fatal.
    auto ext = btf::BtfExt::parse(btf_ext_section->data, *obj.btf_);
    if (ext) obj.btf_ext_ = std::make_shared<btf::BtfExt>(std::move(*ext));
  }
  return {};
}

Expected<void> ObjectParser::fixup_btf() {
  if (!obj.btf_) return {};
  btf::DataLayout layout;
  for (const ElfSection& s : elf.sections()) layout.section_sizes.emplace(s.name, s.size);  // first name wins
  // Globals first, so a static variable of the same name does not shadow the symbol libbpf would find.
  for (int pass = 0; pass < 2; ++pass) {
    for (const ElfSymbol& y : elf.symbols()) {
      if (y.type != STT_OBJECT || !y.is_defined()) continue;
      bool global = y.bind == STB_GLOBAL || y.bind == STB_WEAK;
      if (global != (pass == 0)) continue;
      bool hidden = y.visibility == STV_HIDDEN || y.visibility == STV_INTERNAL;
      const ElfSection* in = elf.section(y.section_index);
      layout.symbols.emplace(y.name, btf::DataLayout::Symbol{y.value, hidden, in != nullptr ? in->name : ""});
    }
  }
  auto fixed = mutable_btf()->fixup_datasecs(layout);
  if (!fixed) return fail(fixed.error().message);
  return {};
}

btf::TypeId ObjectParser::find_datasec(std::string_view section_name) const {
  if (!obj.btf_) return 0;
  auto ids = obj.btf_->find_by_name(section_name);
  return ids.empty() ? 0 : ids.front();
}

bool ObjectParser::datasec_has_global(btf::TypeId id) const {
  const btf::Type* t = obj.btf_ ? obj.btf_->type(id) : nullptr;
  if (t == nullptr || t->kind != btf::Kind::Datasec) return false;
  for (const btf::VarSecinfo& v : t->vars) {
    const btf::Type* var = obj.btf_->type(v.type);
    if (var != nullptr && var->kind == btf::Kind::Var && var->linkage != btf::Linkage::Static) return true;
  }
  return false;
}

Expected<void> ObjectParser::run() {
  if (auto r = collect_sections(); !r) return r;
  if (auto r = collect_programs(); !r) return r;
  if (auto r = load_btf(); !r) return r;
  if (auto r = collect_externs(); !r) return r;
  if (auto r = fixup_btf(); !r) return r;
  if (auto r = init_legacy_maps(); !r) return r;
  if (auto r = init_btf_maps(); !r) return r;
  if (auto r = init_data_maps(); !r) return r;
  if (auto r = init_kconfig_map(); !r) return r;
  if (auto r = init_struct_ops(); !r) return r;
  return collect_map_slots();
}

Expected<ObjectSpec> ObjectSpec::open(const std::string& path) {
  auto elf = ElfFile::open(path);
  if (!elf) return std::move(elf).error();
  ObjectSpec obj;
  obj.path_ = path;
  obj.name_ = object_name_from_path(path);
  obj.elf_ = std::make_shared<ElfFile>(std::move(*elf));
  ObjectParser parser{obj, *obj.elf_};
  if (auto r = parser.run(); !r) return std::move(r).error();
  return obj;
}

Expected<ObjectSpec> ObjectSpec::parse(std::vector<uint8_t> bytes, std::string path) {
  auto elf = ElfFile::parse(std::move(bytes), path);
  if (!elf) return std::move(elf).error();
  ObjectSpec obj;
  obj.path_ = std::move(path);
  obj.name_ = object_name_from_path(obj.path_);
  obj.elf_ = std::make_shared<ElfFile>(std::move(*elf));
  ObjectParser parser{obj, *obj.elf_};
  if (auto r = parser.run(); !r) return std::move(r).error();
  return obj;
}

const ProgramSpec* ObjectSpec::program(std::string_view name) const {
  for (const ProgramSpec& p : programs_)
    if (p.name == name) return &p;
  return nullptr;
}

const StructOpsMap::FuncMember* ObjectSpec::struct_ops_member(std::string_view prog, const StructOpsMap** map) const {
  for (const StructOpsMap& m : struct_ops_) {
    for (const StructOpsMap::FuncMember& f : m.funcs) {
      if (f.prog != prog) continue;
      if (map != nullptr) *map = &m;
      return &f;
    }
  }
  return nullptr;
}

std::optional<size_t> ObjectSpec::map_index(std::string_view name) const {
  for (size_t i = 0; i < maps_.size(); ++i) {
    const MapDefinition& m = maps_[i];
    if (name.starts_with('.') ? m.real_name == name : m.name == name) return i;
  }
  return std::nullopt;
}

Expected<void> ObjectSpec::set_initial_value(std::string_view name, std::span<const uint8_t> data) {
  auto i = map_index(name);
  if (!i) return make_error(fmt::format("map '{}': no such map", name)).with_errno(ENOENT);
  MapDefinition& m = maps_[*i];
  if (m.origin == MapOrigin::Btf || m.origin == MapOrigin::Legacy || m.origin == MapOrigin::Kconfig)
    return make_error(fmt::format("map '{}': only .data, .rodata and .bss maps have an initial value to set", m.name))
        .with_errno(EINVAL);
  if (data.size() != m.spec.value_size)
    return make_error(fmt::format("map '{}': initial value of {} bytes, value_size is {}", m.name, data.size(),
                                  m.spec.value_size))
        .with_errno(EINVAL);
  m.initial_value.assign(data.begin(), data.end());
  return {};
}

const MapDefinition* ObjectSpec::map(std::string_view name) const {
  auto i = map_index(name);
  return i ? &maps_[*i] : nullptr;
}

}  // namespace bpfkit
