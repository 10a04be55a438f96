// Global data: each non-empty .data*, .rodata* and .bss* section becomes an internal single-element array map
// (bpf_object__init_global_data_maps / bpf_object__init_internal_map).
#include <cctype>

#include <fmt/format.h>

#include "object/parser.h"

namespace bpfkit {

std::string ObjectParser::internal_map_name(std::string_view section_name) const {
  // libbpf keeps as much of the object name as fits in front of the section name within the kernel's 15
  // characters, always reserving at least 7 for the suffix (so "my_object_name" + ".bss" is "my_objec.bss"). A
  // custom section (a second '.': ".data.custom", ".rodata.str1.1") gets no prefix at all, only its first 15
  // characters.
  constexpr size_t kMaxName = 15;
  size_t suffix = std::min(std::max<size_t>(7, section_name.size()), kMaxName);
  bool custom = section_name.size() > 1 && section_name.find('.', 1) != std::string_view::npos;
  size_t prefix = custom ? 0 : std::min(kMaxName - suffix, obj.name_.size());
  std::string name = obj.name_.substr(0, prefix) + std::string(section_name.substr(0, suffix));
  name.resize(std::min(name.size(), kMaxName));
  for (char& c : name)
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '_' && c != '.') c = '_';
  return name;
}

Expected<void> ObjectParser::init_data_maps() {
  for (const ElfSection& s : elf.sections()) {
    SectionRole role = roles[s.index];
    if (role != SectionRole::Data && role != SectionRole::Rodata && role != SectionRole::Bss) continue;
    if (s.size == 0) continue;
    if (s.size > UINT32_MAX) return fail(fmt::format("section {}: size {} is too large for a map value", s.name, s.size));
    MapDefinition m;
    m.origin = role == SectionRole::Data ? MapOrigin::Data : role == SectionRole::Rodata ? MapOrigin::Rodata
                                                                                           : MapOrigin::Bss;
    m.real_name = s.name;
    m.spec.name = internal_map_name(s.name);
    // bpf_map__name(): .data.* and .rodata.* custom sections are known by their section name.
    bool uses_real_name = (m.origin == MapOrigin::Data && s.name != ".data") ||
                          (m.origin == MapOrigin::Rodata && s.name != ".rodata");
    m.name = uses_real_name ? s.name : m.spec.name;
    m.spec.type = MapType::Array;
    m.spec.key_size = 4;
    m.spec.value_size = uint32_t(s.size);
    m.spec.max_entries = 1;
    m.spec.map_flags = m.origin == MapOrigin::Rodata ? BPF_F_RDONLY_PROG : 0;
    m.btf_value_type_id = find_datasec(s.name);
    if (m.btf_value_type_id && obj.btf_) m.spec.fields = parse_map_fields(*obj.btf_, m.btf_value_type_id);
    // libbpf makes the map mmapable (for the skeleton) only when some variable in it is visible outside the object.
    if (datasec_has_global(m.btf_value_type_id)) m.spec.map_flags |= BPF_F_MMAPABLE;
    m.section_index = s.index;
    m.section_offset = 0;
    // .bss has no bytes in the file, and its size is whatever the header claims: the map's own zeroes are its
    // initial value, so nothing is materialised here (a forged 4 GiB .bss costs nothing to parse).
    if (role != SectionRole::Bss) m.initial_value.assign(s.data.begin(), s.data.end());
    obj.maps_.push_back(std::move(m));
  }
  return {};
}

}  // namespace bpfkit
