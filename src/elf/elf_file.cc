// ElfFile: parsing and validation with libelf.
//
// libelf walks the tables (section headers, Elf64_Sym, Elf64_Rel); every offset, size and index it hands back is
// checked here against the file before use, because libelf trusts the headers it is given. After parse() the
// libelf handle is gone: the tables are copied out, and section data are spans into the owned byte buffer.
#include "bpfkit/elf.h"
#include "bpfkit/file.h"

#include <gelf.h>
#include <libelf.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <iterator>
#include <memory>

#include <fmt/format.h>

namespace bpfkit {
namespace {

constexpr size_t kSymSize = sizeof(Elf64_Sym);  // 24
constexpr size_t kRelSize = sizeof(Elf64_Rel);  // 16
constexpr size_t kShdrSize = sizeof(Elf64_Shdr);

// a + b <= limit, without overflow.
bool fits(uint64_t a, uint64_t b, uint64_t limit) { return a <= limit && b <= limit - a; }

// Bytes a relocation of this type patches at r_offset (the smallest field, so the check is the psABI's minimum).
// -1 for a type the psABI does not define.
int reloc_width(uint32_t type) {
  switch (type) {
    case reloc::NONE: return 0;
    case reloc::BPF_64_64: return 8;  // the first slot of an LD_IMM64; the loader checks for the second
    case reloc::BPF_64_ABS64: return 8;
    case reloc::BPF_64_ABS32: return 4;
    case reloc::BPF_64_NODYLD32: return 4;
    case reloc::BPF_64_32: return 4;  // imm of a call
    default: return -1;
  }
}

const char* machine_name(uint16_t machine) {
  switch (machine) {
    case EM_386: return "i386";
    case EM_X86_64: return "x86-64";
    case EM_AARCH64: return "AArch64";
    case EM_ARM: return "ARM";
    case EM_RISCV: return "RISC-V";
    case EM_PPC64: return "PowerPC64";
    case EM_S390: return "s390";
    case EM_NONE: return "none";
    default: return "unknown";
  }
}

// A NUL-terminated string at off inside a string table, or nullptr if it runs off the end.
const char* string_at(std::span<const uint8_t> strtab, uint64_t off) {
  if (off >= strtab.size()) return nullptr;
  const void* end = memchr(strtab.data() + off, '\0', strtab.size() - off);
  return end ? reinterpret_cast<const char*>(strtab.data() + off) : nullptr;
}

struct ElfCloser {
  void operator()(Elf* e) const { elf_end(e); }
};

}  // namespace

namespace reloc {
const char* type_name(uint32_t type) {
  switch (type) {
    case NONE: return "R_BPF_NONE";
    case BPF_64_64: return "R_BPF_64_64";
    case BPF_64_ABS64: return "R_BPF_64_ABS64";
    case BPF_64_ABS32: return "R_BPF_64_ABS32";
    case BPF_64_NODYLD32: return "R_BPF_64_NODYLD32";
    case BPF_64_32: return "R_BPF_64_32";
    default: return nullptr;
  }
}
}  // namespace reloc

bool ElfSection::is_executable() const { return (flags & SHF_EXECINSTR) != 0; }

bool ElfSymbol::is_defined() const { return section_index != SHN_UNDEF && section_index < SHN_LORESERVE; }

// The parse state. Kept out of the header so elf.h does not pull in libelf.
struct ElfFile::Parser {
  ElfFile& out;
  Elf* elf = nullptr;
  std::span<const uint8_t> file;

  Error fail(std::string message) const { return make_error(std::move(message)).in_object(out.name_); }
  std::string where(const ElfSection& s) const { return fmt::format("section {} ({})", s.index, s.name); }
  std::string libelf_error(const char* what) const { return fmt::format("{}: {}", what, elf_errmsg(-1)); }

  Expected<void> check_header();
  Expected<void> read_sections();
  Expected<void> read_symbols();
  Expected<void> read_relocations();
};

Expected<void> ElfFile::Parser::check_header() {
  // Checked by hand before libelf sees the file, so a wrong kind of file gets a precise message.
  if (file.size() < sizeof(Elf64_Ehdr))
    return fail(fmt::format("file is too small for an ELF header ({} bytes, need {})", file.size(),
                            sizeof(Elf64_Ehdr)));
  Elf64_Ehdr eh;
  memcpy(&eh, file.data(), sizeof eh);
  if (memcmp(eh.e_ident, ELFMAG, SELFMAG) != 0) return fail("not an ELF file (bad magic)");
  if (eh.e_ident[EI_CLASS] != ELFCLASS64)
    return fail(fmt::format("ELF class {} is not supported, expected ELFCLASS64", eh.e_ident[EI_CLASS]));
  if (eh.e_ident[EI_DATA] != ELFDATA2LSB)
    return fail("big-endian ELF is not supported, expected a little-endian BPF object");
  if (eh.e_ident[EI_VERSION] != EV_CURRENT)
    return fail(fmt::format("ELF version {} is not supported", eh.e_ident[EI_VERSION]));
  if (eh.e_machine != kEmBpf)
    return fail(fmt::format("e_machine is {} ({}), expected {} (BPF)", eh.e_machine, machine_name(eh.e_machine),
                            kEmBpf));
  if (eh.e_type != ET_REL)
    return fail(fmt::format("e_type is {}, expected ET_REL: not a relocatable BPF object", eh.e_type));
  if (eh.e_shoff != 0 && eh.e_shentsize != kShdrSize)
    return fail(fmt::format("e_shentsize is {}, expected {}", eh.e_shentsize, kShdrSize));
  if (eh.e_shoff != 0 && !fits(eh.e_shoff, kShdrSize, file.size()))
    return fail(fmt::format("section header table at offset {:#x} is past the end of the file ({} bytes)",
                            eh.e_shoff, file.size()));
  uint64_t shnum = eh.e_shnum;
  if (eh.e_shoff != 0 && shnum == 0) {  // extended numbering: the count is in section 0's sh_size
    Elf64_Shdr sh0;
    memcpy(&sh0, file.data() + eh.e_shoff, sizeof sh0);
    shnum = sh0.sh_size;
  }
  if (eh.e_shoff != 0 && shnum > (file.size() - eh.e_shoff) / kShdrSize)
    return fail(fmt::format("section header table ({} entries at offset {:#x}) is past the end of the file "
                            "({} bytes)", shnum, eh.e_shoff, file.size()));
  return {};
}

Expected<void> ElfFile::Parser::read_sections() {
  size_t shnum = 0, shstrndx = 0;
  if (elf_getshdrnum(elf, &shnum) != 0) return fail(libelf_error("cannot read the section count"));
  if (shnum == 0) return fail("no section headers");
  if (elf_getshdrstrndx(elf, &shstrndx) != 0) return fail(libelf_error("cannot read e_shstrndx"));
  if (shstrndx == SHN_UNDEF || shstrndx >= shnum)
    return fail(fmt::format("e_shstrndx {} is not a section ({} sections)", shstrndx, shnum));

  out.sections_.resize(shnum);
  for (size_t i = 0; i < shnum; ++i) {
    Elf_Scn* scn = elf_getscn(elf, i);
    GElf_Shdr sh;
    if (scn == nullptr || gelf_getshdr(scn, &sh) == nullptr)
      return fail(libelf_error(fmt::format("section {}: cannot read header", i).c_str()));
    ElfSection& s = out.sections_[i];
    s.index = uint32_t(i);
    s.type = sh.sh_type;
    s.flags = sh.sh_flags;
    s.offset = sh.sh_offset;
    s.size = sh.sh_size;
    s.link = sh.sh_link;
    s.info = sh.sh_info;
    s.addralign = sh.sh_addralign;
    s.entsize = sh.sh_entsize;
    if (i != 0 && s.type != SHT_NOBITS && s.type != SHT_NULL) {
      if (!fits(s.offset, s.size, file.size()))
        return fail(fmt::format("section {}: offset {:#x} + size {:#x} is past the end of the file ({:#x} bytes)",
                                i, s.offset, s.size, file.size()));
      s.data = file.subspan(s.offset, s.size);
    }
  }

  // Names second: they live in a section that must itself be validated first.
  const ElfSection& shstrtab = out.sections_[shstrndx];
  if (shstrtab.type != SHT_STRTAB)
    return fail(fmt::format("section {} (e_shstrndx) has type {}, expected SHT_STRTAB", shstrndx, shstrtab.type));
  for (size_t i = 1; i < shnum; ++i) {
    GElf_Shdr sh;
    gelf_getshdr(elf_getscn(elf, i), &sh);
    const char* name = string_at(shstrtab.data, sh.sh_name);
    if (name == nullptr)
      return fail(fmt::format("section {}: name offset {} is outside the section name table ({} bytes)", i,
                              sh.sh_name, shstrtab.data.size()));
    out.sections_[i].name = name;
  }

  for (const ElfSection& s : out.sections_) {
    if (s.is_executable()) {
      if (s.type == SHT_NOBITS) return fail(where(s) + ": executable section has no data (SHT_NOBITS)");
      if (s.size % 8 != 0) return fail(fmt::format("{}: size {} is not a multiple of 8", where(s), s.size));
    }
  }
  return {};
}

Expected<void> ElfFile::Parser::read_symbols() {
  const ElfSection* symtab = nullptr;
  for (const ElfSection& s : out.sections_) {
    if (s.type != SHT_SYMTAB) continue;
    if (symtab != nullptr) return fail(fmt::format("{}: a second symbol table (the first is section {})",
                                                   where(s), symtab->index));
    symtab = &s;
  }
  if (symtab == nullptr) return {};  // stripped: no symbols, which is legal ELF

  if (symtab->entsize != kSymSize)
    return fail(fmt::format("{}: entry size {}, expected {}", where(*symtab), symtab->entsize, kSymSize));
  if (symtab->size % kSymSize != 0)
    return fail(fmt::format("{}: size {} is not a multiple of {}", where(*symtab), symtab->size, kSymSize));
  const ElfSection* strtab = out.section(symtab->link);
  if (strtab == nullptr || strtab->type != SHT_STRTAB)
    return fail(fmt::format("{}: sh_link {} is not a string table", where(*symtab), symtab->link));

  Elf_Data* data = elf_getdata(elf_getscn(elf, symtab->index), nullptr);
  size_t count = symtab->size / kSymSize;
  if (count > 0 && (data == nullptr || data->d_size < symtab->size))
    return fail(libelf_error((where(*symtab) + ": cannot read symbols").c_str()));
  out.symbols_.resize(count);
  for (size_t i = 0; i < count; ++i) {
    GElf_Sym sym;
    if (gelf_getsym(data, int(i), &sym) == nullptr)
      return fail(libelf_error(fmt::format("symbol {}: cannot read", i).c_str()));
    ElfSymbol& y = out.symbols_[i];
    y.index = uint32_t(i);
    y.value = sym.st_value;
    y.size = sym.st_size;
    y.type = GELF_ST_TYPE(sym.st_info);
    y.bind = GELF_ST_BIND(sym.st_info);
    y.visibility = GELF_ST_VISIBILITY(sym.st_other);
    y.section_index = sym.st_shndx;
    const char* name = string_at(strtab->data, sym.st_name);
    if (name == nullptr)
      return fail(fmt::format("symbol {}: name offset {} is outside {} ({} bytes)", i, sym.st_name, strtab->name,
                              strtab->data.size()));
    y.name = name;
    if (sym.st_shndx == SHN_XINDEX)
      return fail(fmt::format("symbol {} ({}): SHN_XINDEX section indices are not supported", i, y.name));
    if (!y.is_defined()) continue;
    const ElfSection* sec = out.section(y.section_index);
    if (sec == nullptr || sec->type == SHT_NULL)
      return fail(fmt::format("symbol {} ({}): section index {} is not a section ({} sections)", i, y.name,
                              y.section_index, out.sections_.size()));
    // Section symbols are nameless in the file; tools (readelf, llvm-objdump, libbpf's logs) show the section name.
    if (y.type == STT_SECTION && y.name.empty()) y.name = sec->name;
    if (y.type == STT_FUNC) {
      if (!fits(y.value, y.size, sec->size))
        return fail(fmt::format("symbol {} ({}): function at offset {} size {} is outside {}", i, y.name, y.value,
                                y.size, where(*sec)));
      if (sec->is_executable() && (y.value % 8 != 0 || y.size % 8 != 0))
        return fail(fmt::format("symbol {} ({}): function offset {} or size {} is not a multiple of 8", i, y.name,
                                y.value, y.size));
    }
  }
  return {};
}

Expected<void> ElfFile::Parser::read_relocations() {
  out.relocations_.resize(out.sections_.size());
  for (const ElfSection& rel : out.sections_) {
    if (rel.type == SHT_RELA)
      return fail(where(rel) + ": SHT_RELA relocations are not used by BPF (expected SHT_REL)");
    if (rel.type != SHT_REL) continue;
    if (rel.entsize != kRelSize)
      return fail(fmt::format("{}: entry size {}, expected {}", where(rel), rel.entsize, kRelSize));
    if (rel.size % kRelSize != 0)
      return fail(fmt::format("{}: size {} is not a multiple of {}", where(rel), rel.size, kRelSize));
    const ElfSection* symtab = out.section(rel.link);
    if (symtab == nullptr || symtab->type != SHT_SYMTAB)
      return fail(fmt::format("{}: sh_link {} is not the symbol table", where(rel), rel.link));
    const ElfSection* target = out.section(rel.info);
    if (target == nullptr || target->index == 0 || target->type == SHT_NOBITS)
      return fail(fmt::format("{}: sh_info {} is not a section with data to relocate", where(rel), rel.info));

    Elf_Data* data = elf_getdata(elf_getscn(elf, rel.index), nullptr);
    size_t count = rel.size / kRelSize;
    if (count > 0 && (data == nullptr || data->d_size < rel.size))
      return fail(libelf_error((where(rel) + ": cannot read relocations").c_str()));
    std::vector<ElfRelocation>& list = out.relocations_[target->index];
    for (size_t i = 0; i < count; ++i) {
      GElf_Rel r;
      if (gelf_getrel(data, int(i), &r) == nullptr)
        return fail(libelf_error(fmt::format("{}: relocation {}: cannot read", where(rel), i).c_str()));
      ElfRelocation e{r.r_offset, uint32_t(GELF_R_TYPE(r.r_info)), uint32_t(GELF_R_SYM(r.r_info))};
      std::string at = fmt::format("{}: relocation {}", where(rel), i);
      if (e.symbol >= out.symbols_.size())
        return fail(fmt::format("{}: symbol index {} is out of range ({} symbols)", at, e.symbol,
                                out.symbols_.size()));
      int width = reloc_width(e.type);
      if (width < 0) return fail(fmt::format("{}: unknown relocation type {}", at, e.type));
      if (!fits(e.offset, uint64_t(width), target->size))
        return fail(fmt::format("{}: offset {:#x} is outside {} (size {:#x})", at, e.offset, where(*target),
                                target->size));
      list.push_back(e);
    }
  }
  return {};
}

Expected<ElfFile> ElfFile::parse(std::vector<uint8_t> bytes, std::string name) {
  ElfFile out;
  out.name_ = std::move(name);
  auto owned = std::make_shared<std::vector<uint8_t>>(std::move(bytes));
  out.bytes_ = owned;

  Parser p{out, nullptr, std::span<const uint8_t>(*owned)};
  if (auto r = p.check_header(); !r) return std::move(r).error();

  if (elf_version(EV_CURRENT) == EV_NONE) return p.fail(p.libelf_error("libelf initialisation failed"));
  // elf_memory wants a mutable image; it only writes to it when converting byte order, which never happens here
  // (little-endian file, checked above, on a little-endian host).
  std::unique_ptr<Elf, ElfCloser> elf(elf_memory(reinterpret_cast<char*>(owned->data()), owned->size()));
  if (!elf) return p.fail(p.libelf_error("libelf cannot read the file"));
  if (elf_kind(elf.get()) != ELF_K_ELF) return p.fail("not an ELF object");
  p.elf = elf.get();

  if (auto r = p.read_sections(); !r) return std::move(r).error();
  if (auto r = p.read_symbols(); !r) return std::move(r).error();
  if (auto r = p.read_relocations(); !r) return std::move(r).error();
  return out;
}

Expected<ElfFile> ElfFile::open(const std::string& path) {
  auto bytes = read_input_file(path);
  if (!bytes) return std::move(bytes).error();
  return parse(std::move(*bytes), path);
}

bool ElfFile::has_elf_magic(std::span<const uint8_t> bytes) {
  return bytes.size() >= SELFMAG && memcmp(bytes.data(), ELFMAG, SELFMAG) == 0;
}

const ElfSection* ElfFile::section(uint32_t index) const {
  return index < sections_.size() ? &sections_[index] : nullptr;
}

const ElfSection* ElfFile::section_by_name(std::string_view name) const {
  for (const ElfSection& s : sections_)
    if (s.index != 0 && s.name == name) return &s;
  return nullptr;
}

const ElfSymbol* ElfFile::symbol(uint32_t index) const {
  return index < symbols_.size() ? &symbols_[index] : nullptr;
}

std::span<const ElfRelocation> ElfFile::relocations(const ElfSection& target) const {
  if (target.index >= relocations_.size()) return {};
  return relocations_[target.index];
}

std::vector<const ElfSymbol*> ElfFile::functions(const ElfSection& sec) const {
  std::vector<const ElfSymbol*> out;
  for (const ElfSymbol& y : symbols_)
    if (y.type == STT_FUNC && y.is_defined() && y.section_index == sec.index) out.push_back(&y);
  std::stable_sort(out.begin(), out.end(), [](const ElfSymbol* a, const ElfSymbol* b) { return a->value < b->value; });
  return out;
}

}  // namespace bpfkit
