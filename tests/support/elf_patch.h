// Patching real test objects into malformed ones: section headers, symbols, relocations and BTF records found by
// name in a clang-built object (tests/bpf/obj_*.bpf.c), so a test can break exactly one thing.
#pragma once

#include <elf.h>

#include <cstdint>
#include <cstring>
#include <string>
#include <vector>

namespace bpfkit::testing {

using Bytes = std::vector<uint8_t>;

// BUILD/bpf/NAME.o, read whole (a test failure if it is missing).
Bytes read_object(const std::string& name);

template <class T>
T get(const Bytes& b, size_t off) {
  T v;
  std::memcpy(&v, b.data() + off, sizeof v);
  return v;
}
template <class T>
void put(Bytes& b, size_t off, const T& v) {
  std::memcpy(b.data() + off, &v, sizeof v);
}

// Section headers of an (unmodified) object, by name.
struct Layout {
  const Bytes& b;
  size_t shdr_offset(size_t i) const { return get<Elf64_Ehdr>(b, 0).e_shoff + i * sizeof(Elf64_Shdr); }
  Elf64_Shdr shdr(size_t i) const { return get<Elf64_Shdr>(b, shdr_offset(i)); }
  size_t count() const { return get<Elf64_Ehdr>(b, 0).e_shnum; }
  std::string name(size_t i) const;
  size_t index(const std::string& n) const;
  // File offset of symbol `sym`'s entry, and its index in the symbol table.
  size_t symbol_offset(const std::string& sym) const;
  uint32_t symbol_index(const std::string& sym) const;
};

// File offset of BTF type `id`'s record, walking the type section (sizes per kind, as the kernel's btf.c).
size_t btf_type_offset(const Bytes& b, uint32_t id);

// File offsets of the Elf64_Rel entries of a relocation section.
std::vector<size_t> relocation_offsets(const Bytes& b, const std::string& rel_section);

// In obj_maps: the ids of the ARRAY encoding m_hash's `type` (int (*type)[BPF_MAP_TYPE_HASH]), of its PTR, and of
// m_hash's definition struct.
struct MapTypeIds {
  uint32_t array = 0, ptr = 0, def = 0;
};
MapTypeIds map_type_ids(const Bytes& b);

}  // namespace bpfkit::testing
