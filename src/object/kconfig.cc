// Externs (bpf_object__collect_externs): undefined NOTYPE global symbols whose BTF VAR sits in the .kconfig or
// .ksyms DATASEC. .kconfig externs are laid out in the .kconfig internal map; .ksyms externs need the running
// kernel's BTF (or /proc/kallsyms) and are only described here: resolution happens at load (runtime/ksyms.cc), so an
// object with kfunc calls opens, lists and disassembles as libbpf's bpf_object__open opens it.
#include <elf.h>

#include <algorithm>

#include <fmt/format.h>

#include "object/parser.h"

namespace bpfkit {
namespace {

bool is_extern(const ElfSymbol& y) {
  return y.section_index == SHN_UNDEF && (y.bind == STB_GLOBAL || y.bind == STB_WEAK) && y.type == STT_NOTYPE;
}

// find_kcfg_type() in libbpf.
KconfigExtern::Kind kconfig_kind(const btf::Btf& btf, btf::TypeId id, bool* is_signed) {
  using Kind = KconfigExtern::Kind;
  const btf::Type* t = btf.type(btf.skip_mods_and_typedefs(id));
  if (is_signed != nullptr) *is_signed = false;
  switch (t->kind) {
    case btf::Kind::Int:
      if (t->int_encoding & btf::kIntBool) return t->size == 1 ? Kind::Bool : Kind::Unknown;
      if (is_signed != nullptr) *is_signed = (t->int_encoding & btf::kIntSigned) != 0;
      if (t->size == 1) return Kind::Char;
      if (t->size < 1 || t->size > 8 || (t->size & (t->size - 1)) != 0) return Kind::Unknown;
      return Kind::Int;
    case btf::Kind::Enum:
      return t->size == 4 && t->name == "libbpf_tristate" ? Kind::Tristate : Kind::Unknown;
    case btf::Kind::Enum64:
      return t->name == "libbpf_tristate" ? Kind::Tristate : Kind::Unknown;
    case btf::Kind::Array:
      if (t->nelems == 0) return Kind::Unknown;
      return kconfig_kind(btf, t->elem_type, nullptr) == Kind::Char ? Kind::CharArray : Kind::Unknown;
    default:
      return Kind::Unknown;
  }
}

}  // namespace

Expected<void> ObjectParser::collect_externs() {
  const btf::Btf* btf = obj.btf_.get();
  for (const ElfSymbol& y : elf.symbols()) {
    if (!is_extern(y) || y.name.empty()) continue;
    auto where = [&] { return fmt::format("extern '{}'", y.name); };
    if (btf == nullptr) return fail(where() + ": no BTF describes it");
    // find_extern_btf_id(): the first VAR or FUNC of that name, which must be extern.
    const btf::Type* t = nullptr;
    for (const btf::Type& c : btf->types()) {
      if ((c.kind == btf::Kind::Var || c.kind == btf::Kind::Func) && c.name == y.name) {
        t = &c;
        break;
      }
    }
    if (t == nullptr) return fail(where() + ": no BTF VAR or FUNC of that name");
    if (t->linkage != btf::Linkage::Extern)
      return fail(fmt::format("{}: BTF {} [{}] is not extern", where(), btf::kind_name(t->kind), t->id));
    const btf::Type* sec = nullptr;
    for (const btf::Type& c : btf->types()) {
      if (c.kind != btf::Kind::Datasec) continue;
      if (std::any_of(c.vars.begin(), c.vars.end(), [&](const btf::VarSecinfo& v) { return v.type == t->id; })) {
        sec = &c;
        break;
      }
    }
    if (sec == nullptr) return fail(where() + ": in no BTF DATASEC");
    if (sec->name == ".ksyms") {
      KsymExtern k;
      k.name = y.name;
      k.btf_id = t->id;
      k.symbol = y.index;
      k.is_weak = y.bind == STB_WEAK;
      if (t->kind == btf::Kind::Func) {
        k.kind = KsymExtern::Kind::Func;
        const btf::Type* proto = btf->type(t->type);
        if (proto == nullptr || proto->kind != btf::Kind::FuncProto)
          return fail(where() + ": extern function without a FUNC_PROTO");
        k.type_id = proto->id;
      } else {
        // An untyped ksym is `extern const void sym`: its type is void once modifiers are skipped.
        btf::TypeId id = btf->skip_mods_and_typedefs(t->type);
        k.type_id = btf->type(id) != nullptr && btf->type(id)->kind == btf::Kind::Void ? 0 : id;
      }
      obj.ksyms_.push_back(std::move(k));
      continue;
    }
    if (sec->name != ".kconfig") return fail(fmt::format("{}: unrecognized extern section '{}'", where(), sec->name));
    if (t->kind == btf::Kind::Func) return fail(where() + ": extern functions are not supported in .kconfig");
    KconfigExtern ext;
    ext.name = y.name;
    ext.btf_id = t->id;
    ext.symbol = y.index;
    ext.is_weak = y.bind == STB_WEAK;
    auto size = btf->resolve_size(t->type);
    if (!size || *size == 0) return fail(where() + ": cannot resolve its size");
    auto align = btf->align_of(t->type);
    if (!align || *align == 0) return fail(where() + ": cannot determine its alignment");
    ext.size = *size;
    ext.align = *align;
    ext.kind = kconfig_kind(*btf, t->type, &ext.is_signed);
    if (ext.kind == KconfigExtern::Kind::Unknown) return fail(where() + ": type is unsupported in .kconfig");
    obj.kconfig_.push_back(std::move(ext));
  }
  // cmp_externs(): by alignment (largest first), then size, then name; each placed at the next aligned offset.
  std::sort(obj.kconfig_.begin(), obj.kconfig_.end(), [](const KconfigExtern& a, const KconfigExtern& b) {
    if (a.align != b.align) return a.align > b.align;
    if (a.size != b.size) return a.size < b.size;
    return a.name < b.name;
  });
  uint64_t off = 0;
  for (KconfigExtern& e : obj.kconfig_) {
    off = (off + e.align - 1) / e.align * e.align;
    if (off + e.size > UINT32_MAX) return fail(fmt::format("extern '{}': .kconfig layout overflows", e.name));
    e.offset = uint32_t(off);
    off += e.size;
  }
  return {};
}

Expected<void> ObjectParser::init_kconfig_map() {
  if (obj.kconfig_.empty()) return {};
  const KconfigExtern& last = obj.kconfig_.back();
  MapDefinition m;
  m.origin = MapOrigin::Kconfig;
  m.real_name = ".kconfig";
  m.spec.name = internal_map_name(".kconfig");
  m.name = m.spec.name;
  m.spec.type = MapType::Array;
  m.spec.key_size = 4;
  m.spec.value_size = last.offset + last.size;
  m.spec.max_entries = 1;
  m.spec.map_flags = BPF_F_RDONLY_PROG;
  m.btf_value_type_id = find_datasec(".kconfig");
  // libbpf turns the .kconfig VARs into allocated globals first, so the map is always mmapable when it has BTF.
  if (datasec_has_global(m.btf_value_type_id)) m.spec.map_flags |= BPF_F_MMAPABLE;
  for (const ElfSection& s : elf.sections())
    if (s.type == SHT_SYMTAB) m.section_index = s.index;  // libbpf's choice: the symbol table
  // No initial bytes: the values are filled in at load time, and the size comes from BTF the file may forge.
  obj.maps_.push_back(std::move(m));
  return {};
}

}  // namespace bpfkit
