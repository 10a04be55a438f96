// Legacy map definitions: SEC("maps") holding struct bpf_map_def { type, key_size, value_size, max_entries,
// map_flags }, one per symbol. libbpf 1.0 refuses these; bpfkit reads them as libbpf 0.x and cilium/ebpf do, so
// old objects still load, and says so in ObjectSpec::warnings(). Every definition has the same size (the section size over the number of symbols); a
// definition larger than struct bpf_map_def may only carry zeros past it.
#include <elf.h>

#include <algorithm>
#include <cstring>

#include <fmt/format.h>

#include "object/parser.h"

namespace bpfkit {

Expected<void> ObjectParser::init_legacy_maps() {
  if (legacy_maps_index < 0) return {};
  const ElfSection& sec = *elf.section(uint32_t(legacy_maps_index));
  std::vector<const ElfSymbol*> syms;
  for (const ElfSymbol& y : elf.symbols())
    if (y.section_index == sec.index && y.type != STT_SECTION) syms.push_back(&y);
  if (sec.size == 0 || syms.empty() || sec.size % syms.size() != 0)
    return fail(fmt::format("legacy 'maps' section: cannot tell the definition size ({} bytes, {} symbols)",
                            sec.size, syms.size()));
  std::stable_sort(syms.begin(), syms.end(), [](const ElfSymbol* a, const ElfSymbol* b) { return a->value < b->value; });
  obj.warnings_.push_back(fmt::format("legacy map definitions in SEC(\"maps\") ({}): libbpf 1.0 and later refuse "
                                      "this object; use BTF-defined maps in SEC(\".maps\")",
                                      syms.size() == 1 ? "1 map" : fmt::format("{} maps", syms.size())));
  const uint64_t def_size = sec.size / syms.size();
  constexpr size_t kDefSize = 5 * sizeof(uint32_t);  // struct bpf_map_def
  for (const ElfSymbol* y : syms) {
    if (y->value > sec.size || sec.size - y->value < def_size)
      return fail(fmt::format("legacy map '{}': definition at offset {} runs past the 'maps' section", y->name,
                              y->value));
    const uint8_t* p = sec.data.data() + y->value;
    uint32_t f[5] = {};
    std::memcpy(f, p, std::min<uint64_t>(def_size, kDefSize));
    for (uint64_t i = kDefSize; i < def_size; ++i)
      if (p[i] != 0) return fail(fmt::format("legacy map '{}': unrecognized, non-zero options past struct "
                                             "bpf_map_def", y->name));
    if (f[0] == 0 || f[0] > uint32_t(MapType::Arena))
      return fail(fmt::format("legacy map '{}': unknown map type {}", y->name, f[0]));
    MapDefinition m;
    m.name = y->name;
    m.origin = MapOrigin::Legacy;
    m.spec.name = y->name.substr(0, 15);
    m.spec.type = MapType(f[0]);
    m.spec.key_size = f[1];
    m.spec.value_size = f[2];
    m.spec.max_entries = f[3];
    m.spec.map_flags = f[4];
    m.section_index = sec.index;
    m.section_offset = y->value;
    obj.maps_.push_back(std::move(m));
  }
  return {};
}

}  // namespace bpfkit
