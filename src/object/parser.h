// The state of one ObjectSpec::parse, shared by the files of src/object/ (one per concern, in the order libbpf's
// bpf_object_open runs them: sections, programs, BTF and externs, maps, map slots).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <fmt/format.h>

#include "bpfkit/btf.h"
#include "bpfkit/object.h"
#include "object/map_fields.h"

namespace bpfkit {

// What libbpf's elf_collect decides a section is (enum sec_type and the special sections).
enum class SectionRole : uint8_t { None, Program, Data, Rodata, Bss, BtfMaps, LegacyMaps };

struct ObjectParser {
  ObjectSpec& obj;
  const ElfFile& elf;
  std::vector<SectionRole> roles;  // by section index
  int text_index = -1;
  int btf_maps_index = -1;
  int legacy_maps_index = -1;
  std::vector<uint32_t> struct_ops_indices;  // .struct_ops and .struct_ops.link sections
  const ElfSection* btf_section = nullptr;
  const ElfSection* btf_ext_section = nullptr;

  Error fail(std::string message) const { return make_error(std::move(message)).in_object(obj.path_); }
  btf::Btf* mutable_btf() const { return const_cast<btf::Btf*>(obj.btf_.get()); }

  Expected<void> run();

  // object.cc
  Expected<void> collect_sections();
  Expected<void> load_btf();
  Expected<void> fixup_btf();
  // programs.cc
  Expected<void> collect_programs();
  // kconfig.cc
  Expected<void> collect_externs();
  Expected<void> init_kconfig_map();
  // legacy_maps.cc
  Expected<void> init_legacy_maps();
  // btf_maps.cc
  Expected<void> init_btf_maps();
  Expected<void> collect_map_slots();
  // data_maps.cc
  Expected<void> init_data_maps();
  // struct_ops.cc
  Expected<void> init_struct_ops();

  // libbpf's map_fill_btf_type_info for an internal map: the first type named like the section, any kind.
  btf::TypeId find_datasec(std::string_view section_name) const;
  // Whether the DATASEC has a non-static VAR, which makes libbpf add BPF_F_MMAPABLE (map_is_mmapable).
  bool datasec_has_global(btf::TypeId id) const;
  // libbpf's internal_map_name(): the kernel-visible name of an internal map.
  std::string internal_map_name(std::string_view section_name) const;
};

// The object name libbpf derives from a path (bpf_object__new).
std::string object_name_from_path(std::string_view path);

}  // namespace bpfkit
