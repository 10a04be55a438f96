// Internals of link_program, shared by the files of src/link/.
#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "bpfkit/link.h"

namespace bpfkit::link_detail {

// What one relocation of a function's instruction means (libbpf's enum reloc_type, without CO-RE).
struct Relo {
  enum class Kind { Call, SubprogAddr, MapFd, MapValue, Kconfig, KsymLd, KfuncCall } kind = Kind::Call;
  size_t insn = 0;          // index within the function
  size_t map = 0;           // MapFd, MapValue, Kconfig: index into ObjectSpec::maps()
  uint64_t sym_off = 0;     // Call, SubprogAddr, MapValue: the symbol's st_value
  uint32_t ext_off = 0;     // Kconfig: the extern's offset in the .kconfig map
  size_t ksym = 0;          // KsymLd, KfuncCall: index into ObjectSpec::ksym_externs()
  std::string symbol;
};

struct Linker {
  const ObjectSpec& obj;
  const ProgramSpec& main;
  const CoreRelocations& core;
  LinkedProgram out;
  std::map<const ProgramSpec*, size_t> placed;     // function -> its first instruction in out.insns
  std::map<const ProgramSpec*, std::vector<Relo>> relos;  // by function, sorted by insn
  bool func_info_ok = true, line_info_ok = true;

  Error fail(std::string message, size_t linked_insn) const {
    return make_error(std::move(message)).in_object(obj.path()).in_program(main.name).at_insn(int64_t(linked_insn));
  }
  Error fail(std::string message) const {
    return make_error(std::move(message)).in_object(obj.path()).in_program(main.name);
  }

  // relocations.cc: classifies the ELF relocations of f (placed at base) as bpf_program__record_reloc does.
  Expected<void> collect_relos(const ProgramSpec& f, size_t base);
  // relocations.cc: rewrites the map, global data and .kconfig references of every placed function.
  Expected<void> relocate_data();
  // ext_info.cc: appends f's func_info and line_info records, re-based to base (reloc_prog_func_and_line_info).
  Expected<void> append_ext_info(const ProgramSpec& f, size_t base);
  // link.cc
  Expected<void> place(const ProgramSpec& f);
  Expected<void> relocate_calls();
  const ProgramSpec* text_function_at(int64_t insn) const;
};

}  // namespace bpfkit::link_detail
