// ELF reader for BPF objects: the section, symbol and relocation tables of what clang -target bpf produces.
//
// This is the bottom layer of the object loader. It knows ELF, not libbpf conventions: it does not decide which
// section is a program or a map, it only hands out validated tables. Every offset, size and index in the file is
// checked when the file is parsed, so a caller may index into data() spans and follow section/symbol indices
// without further bounds checks. Malformed input is an Error naming the section, symbol or relocation and what is
// wrong with it; it never crashes.
//
// Only ELF64, little-endian, e_machine EM_BPF (247) objects are accepted: the kind libbpf loads.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "bpfkit/error.h"

namespace bpfkit {

inline constexpr uint16_t kEmBpf = 247;  // EM_BPF

// BPF relocation types: R_BPF_* in the psABI (llvm/docs/BPFPsABI.rst). Elf64_Rel, so the addend sits in the
// patched bytes. The R_ prefix is dropped because <elf.h> defines some of these names as macros.
namespace reloc {
inline constexpr uint32_t NONE = 0, BPF_64_64 = 1, BPF_64_ABS64 = 2, BPF_64_ABS32 = 3, BPF_64_NODYLD32 = 4,
                          BPF_64_32 = 10;
// "R_BPF_64_64" etc., or nullptr for a type the psABI does not define.
const char* type_name(uint32_t type);
}  // namespace reloc

struct ElfSection {
  uint32_t index = 0;   // section header index (sec_idx in libbpf)
  std::string name;
  uint32_t type = 0;    // SHT_*
  uint64_t flags = 0;   // SHF_*
  uint64_t offset = 0;  // file offset
  uint64_t size = 0;    // sh_size; for SHT_NOBITS (.bss) the size in memory, and data() is empty
  uint32_t link = 0;    // sh_link (SHT_REL/SHT_SYMTAB: the symbol/string table)
  uint32_t info = 0;    // sh_info (SHT_REL: the section the relocations apply to)
  uint64_t addralign = 0;
  uint64_t entsize = 0;
  std::span<const uint8_t> data;  // the section's bytes in the file (empty for SHT_NOBITS)

  bool is_executable() const;  // SHF_EXECINSTR: holds BPF instructions
};

struct ElfSymbol {
  uint32_t index = 0;          // index in .symtab
  std::string name;
  uint64_t value = 0;          // st_value: byte offset within its section for a defined symbol
  uint64_t size = 0;           // st_size
  uint8_t type = 0;            // STT_* (ELF64_ST_TYPE)
  uint8_t bind = 0;            // STB_* (ELF64_ST_BIND)
  uint8_t visibility = 0;      // STV_*
  uint16_t section_index = 0;  // st_shndx: SHN_UNDEF (extern), SHN_ABS, SHN_COMMON or a valid section index

  bool is_defined() const;  // st_shndx names a real section
};

struct ElfRelocation {
  uint64_t offset = 0;  // r_offset: byte offset within the target section
  uint32_t type = 0;    // ELF64_R_TYPE, one of reloc::BPF_*
  uint32_t symbol = 0;  // ELF64_R_SYM: index into symbols()
};

class ElfFile {
 public:
  // Parses an object held in memory; name is used in error messages (usually the path).
  static Expected<ElfFile> parse(std::vector<uint8_t> bytes, std::string name = "<memory>");
  // Reads and parses a file. A read failure is an Error with errno set.
  static Expected<ElfFile> open(const std::string& path);

  // True if bytes start with the ELF magic: lets a tool tell an object from a raw instruction file.
  static bool has_elf_magic(std::span<const uint8_t> bytes);

  const std::string& name() const { return name_; }

  // All section headers, indexed by section index (sections()[0] is the SHT_NULL entry).
  std::span<const ElfSection> sections() const { return sections_; }
  const ElfSection* section(uint32_t index) const;
  const ElfSection* section_by_name(std::string_view name) const;  // the first with that name

  // The .symtab entries, indexed by symbol index (symbols()[0] is the null symbol). Empty if there is no .symtab.
  std::span<const ElfSymbol> symbols() const { return symbols_; }
  const ElfSymbol* symbol(uint32_t index) const;

  // The relocations that apply to section target (from the SHT_REL section whose sh_info is target.index), in
  // file order. Each offset lies inside the target section and each symbol index inside symbols().
  std::span<const ElfRelocation> relocations(const ElfSection& target) const;

  // Defined STT_FUNC symbols in section sec, sorted by offset: the functions of an executable section.
  std::vector<const ElfSymbol*> functions(const ElfSection& sec) const;

 private:
  struct Parser;
  std::string name_;
  std::shared_ptr<const std::vector<uint8_t>> bytes_;  // owned; ElfSection::data points into it
  std::vector<ElfSection> sections_;
  std::vector<ElfSymbol> symbols_;
  std::vector<std::vector<ElfRelocation>> relocations_;  // indexed by target section index
};

}  // namespace bpfkit

namespace bpfkit {

// For uprobes: a function in a host executable or shared library (ET_EXEC or ET_DYN, any machine), found in
// .symtab, else .dynsym. file_offset is what the uprobe PMU takes: st_value - sh_addr + sh_offset of the section
// holding the symbol, as libbpf's elf_find_func_offset computes it.
struct HostFunction {
  std::string name;
  uint64_t address = 0;      // st_value
  uint64_t size = 0;
  uint64_t file_offset = 0;
};
Expected<HostFunction> find_host_function(const std::string& path, std::string_view symbol);

}  // namespace bpfkit
