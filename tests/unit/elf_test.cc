// ElfFile on a clang-built object (tests/bpf/cli_example.bpf.c) and on corrupted copies of it.
#include <elf.h>
#include <gtest/gtest.h>

#include <cerrno>
#include <cstddef>
#include <cstring>
#include <map>
#include <fstream>
#include <iterator>
#include <random>
#include <string>
#include <vector>

#include "bpfkit/elf.h"

namespace bpfkit {
namespace {

const std::string kObject = BPFKIT_BINARY_DIR "/bpf/cli_example.o";

std::vector<uint8_t> read_bytes(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// Raw access to the headers of a copy, for corrupting it.
template <class T>
T get(const std::vector<uint8_t>& b, size_t off) {
  T v;
  memcpy(&v, b.data() + off, sizeof v);
  return v;
}
template <class T>
void put(std::vector<uint8_t>& b, size_t off, const T& v) {
  memcpy(b.data() + off, &v, sizeof v);
}
size_t shdr_offset(const std::vector<uint8_t>& b, size_t index) {
  auto eh = get<Elf64_Ehdr>(b, 0);
  return eh.e_shoff + index * sizeof(Elf64_Shdr);
}
Elf64_Shdr shdr(const std::vector<uint8_t>& b, size_t index) { return get<Elf64_Shdr>(b, shdr_offset(b, index)); }
void put_shdr(std::vector<uint8_t>& b, size_t index, const Elf64_Shdr& sh) { put(b, shdr_offset(b, index), sh); }

std::string fmt_section(size_t index) { return "section " + std::to_string(index); }

class ElfTest : public ::testing::Test {
 protected:
  void SetUp() override {
    bytes_ = read_bytes(kObject);
    ASSERT_GT(bytes_.size(), sizeof(Elf64_Ehdr)) << "missing " << kObject;
    auto elf = ElfFile::parse(bytes_, "cli_example.o");
    ASSERT_TRUE(elf) << elf.error().to_string();
    for (const ElfSection& s : elf->sections()) index_[s.name] = s.index;
  }
  // Section index by name in the pristine object.
  size_t index(const std::string& name) { return index_.at(name); }

  // Parses a corrupted copy and returns the error text (failing the test if it parsed).
  std::string parse_error(std::vector<uint8_t> bytes) {
    auto elf = ElfFile::parse(std::move(bytes), "bad.o");
    EXPECT_FALSE(elf) << "corrupted object parsed";
    return elf ? std::string() : elf.error().to_string();
  }

  std::vector<uint8_t> bytes_;
  std::map<std::string, size_t> index_;
};

TEST_F(ElfTest, Sections) {
  auto elf = ElfFile::open(kObject);
  ASSERT_TRUE(elf) << elf.error().to_string();
  EXPECT_EQ(elf->name(), kObject);
  ASSERT_GT(elf->sections().size(), 8u);
  EXPECT_EQ(elf->sections()[0].type, uint32_t(SHT_NULL));
  for (size_t i = 0; i < elf->sections().size(); ++i) EXPECT_EQ(elf->sections()[i].index, i);

  const ElfSection* text = elf->section_by_name(".text");
  const ElfSection* xdp = elf->section_by_name("xdp");
  const ElfSection* socket = elf->section_by_name("socket");
  const ElfSection* bss = elf->section_by_name(".bss");
  const ElfSection* license = elf->section_by_name("license");
  ASSERT_TRUE(text && xdp && socket && bss && license);
  EXPECT_TRUE(text->is_executable());
  EXPECT_TRUE(xdp->is_executable());
  EXPECT_TRUE(socket->is_executable());
  EXPECT_FALSE(license->is_executable());
  EXPECT_EQ(xdp->type, uint32_t(SHT_PROGBITS));
  EXPECT_EQ(xdp->data.size(), xdp->size);
  EXPECT_EQ(xdp->size % 8, 0u);
  EXPECT_EQ(bss->type, uint32_t(SHT_NOBITS));
  EXPECT_TRUE(bss->data.empty());
  EXPECT_EQ(bss->size, 8u);  // cli_total
  EXPECT_EQ(std::string(reinterpret_cast<const char*>(license->data.data()), license->data.size()),
            std::string("GPL\0", 4));
  EXPECT_EQ(elf->section_by_name("no-such-section"), nullptr);
  EXPECT_EQ(elf->section(uint32_t(elf->sections().size())), nullptr);
  // The socket program's first instruction is r1 = *(u32 *)(r1 + 0): opcode 0x61.
  EXPECT_EQ(socket->data[0], 0x61);
}

TEST_F(ElfTest, Symbols) {
  auto elf = ElfFile::parse(bytes_, "cli_example.o");
  ASSERT_TRUE(elf);
  auto find = [&](const std::string& name) -> const ElfSymbol* {
    for (const ElfSymbol& y : elf->symbols())
      if (y.name == name) return &y;
    return nullptr;
  };
  const ElfSymbol* prog = find("cli_xdp_count");
  const ElfSymbol* sub = find("cli_mix");
  const ElfSymbol* map = find("cli_counters");
  ASSERT_TRUE(prog && sub && map);
  EXPECT_EQ(prog->type, STT_FUNC);
  EXPECT_EQ(prog->bind, STB_GLOBAL);
  EXPECT_EQ(prog->section_index, elf->section_by_name("xdp")->index);
  EXPECT_EQ(prog->value, 0u);
  EXPECT_EQ(prog->size, elf->section_by_name("xdp")->size);
  EXPECT_TRUE(prog->is_defined());
  EXPECT_EQ(sub->type, STT_FUNC);
  EXPECT_EQ(sub->bind, STB_LOCAL);
  EXPECT_EQ(sub->section_index, elf->section_by_name(".text")->index);
  EXPECT_EQ(map->type, STT_OBJECT);
  EXPECT_EQ(map->section_index, elf->section_by_name(".maps")->index);
  EXPECT_EQ(elf->symbols()[0].name, "");
  for (size_t i = 0; i < elf->symbols().size(); ++i) EXPECT_EQ(elf->symbols()[i].index, i);

  auto funcs = elf->functions(*elf->section_by_name("xdp"));
  ASSERT_EQ(funcs.size(), 1u);
  EXPECT_EQ(funcs[0]->name, "cli_xdp_count");
  EXPECT_TRUE(elf->functions(*elf->section_by_name(".maps")).empty());
}

TEST_F(ElfTest, Relocations) {
  auto elf = ElfFile::parse(bytes_, "cli_example.o");
  ASSERT_TRUE(elf);
  auto relos = elf->relocations(*elf->section_by_name("xdp"));
  ASSERT_EQ(relos.size(), 3u);
  // ld_imm64 of the map, the pseudo call to cli_mix (against the .text section symbol), ld_imm64 of cli_total.
  EXPECT_EQ(relos[0].type, reloc::BPF_64_64);
  EXPECT_EQ(elf->symbol(relos[0].symbol)->name, "cli_counters");
  EXPECT_EQ(relos[1].type, reloc::BPF_64_32);
  EXPECT_EQ(elf->symbol(relos[1].symbol)->type, STT_SECTION);
  EXPECT_EQ(elf->symbol(relos[1].symbol)->name, ".text");  // section symbols take their section's name
  EXPECT_EQ(relos[2].type, reloc::BPF_64_64);
  EXPECT_EQ(elf->symbol(relos[2].symbol)->name, "cli_total");
  for (const ElfRelocation& r : relos) {
    EXPECT_EQ(r.offset % 8, 0u);
    // Every relocated instruction of a program section is an LD_IMM64 (0x18) or a call (0x85).
    uint8_t opcode = elf->section_by_name("xdp")->data[r.offset];
    EXPECT_TRUE(opcode == 0x18 || opcode == 0x85) << int(opcode);
  }
  EXPECT_TRUE(elf->relocations(*elf->section_by_name("socket")).empty());
  EXPECT_STREQ(reloc::type_name(reloc::BPF_64_32), "R_BPF_64_32");
  EXPECT_EQ(reloc::type_name(99), nullptr);
}

TEST_F(ElfTest, MagicDetection) {
  EXPECT_TRUE(ElfFile::has_elf_magic(bytes_));
  std::vector<uint8_t> raw = {0xb7, 0, 0, 0, 1, 0, 0, 0, 0x95, 0, 0, 0, 0, 0, 0, 0};
  EXPECT_FALSE(ElfFile::has_elf_magic(raw));
  EXPECT_FALSE(ElfFile::has_elf_magic({}));
}

TEST_F(ElfTest, OpenMissingFile) {
  auto elf = ElfFile::open("/nonexistent/x.o");
  ASSERT_FALSE(elf);
  EXPECT_EQ(elf.error().error_number, ENOENT);
  EXPECT_NE(elf.error().to_string().find("/nonexistent/x.o"), std::string::npos);
}

TEST_F(ElfTest, EveryTruncationIsAnError) {
  // The section header table sits at the end of clang's output, so every proper prefix lacks part of it.
  for (size_t n = 0; n < bytes_.size(); ++n) {
    auto elf = ElfFile::parse(std::vector<uint8_t>(bytes_.begin(), bytes_.begin() + n), "cut.o");
    ASSERT_FALSE(elf) << "prefix of " << n << " bytes parsed";
    ASSERT_FALSE(elf.error().message.empty());
  }
  EXPECT_NE(parse_error({}).find("too small"), std::string::npos);
}

TEST_F(ElfTest, WrongKindOfFile) {
  auto b = bytes_;
  put<uint16_t>(b, offsetof(Elf64_Ehdr, e_machine), EM_X86_64);
  EXPECT_EQ(parse_error(b), "bad.o: e_machine is 62 (x86-64), expected 247 (BPF)");

  b = bytes_;
  b[EI_CLASS] = ELFCLASS32;
  EXPECT_NE(parse_error(b).find("ELFCLASS64"), std::string::npos);

  b = bytes_;
  b[EI_DATA] = ELFDATA2MSB;
  EXPECT_NE(parse_error(b).find("big-endian"), std::string::npos);

  b = bytes_;
  b[0] = 'X';
  EXPECT_NE(parse_error(b).find("bad magic"), std::string::npos);

  b = bytes_;
  put<uint16_t>(b, offsetof(Elf64_Ehdr, e_type), ET_EXEC);
  EXPECT_NE(parse_error(b).find("ET_REL"), std::string::npos);
}

TEST_F(ElfTest, BadHeaderTable) {
  auto b = bytes_;
  put<uint64_t>(b, offsetof(Elf64_Ehdr, e_shoff), b.size() - 10);
  EXPECT_NE(parse_error(b).find("past the end of the file"), std::string::npos);

  b = bytes_;
  put<uint16_t>(b, offsetof(Elf64_Ehdr, e_shnum), 1000);
  EXPECT_NE(parse_error(b).find("1000 entries"), std::string::npos);

  b = bytes_;
  put<uint16_t>(b, offsetof(Elf64_Ehdr, e_shentsize), 32);
  EXPECT_NE(parse_error(b).find("e_shentsize is 32"), std::string::npos);

  b = bytes_;
  put<uint16_t>(b, offsetof(Elf64_Ehdr, e_shstrndx), index("xdp"));  // not a string table
  EXPECT_NE(parse_error(b).find("SHT_STRTAB"), std::string::npos);
}

TEST_F(ElfTest, BadSectionOffsets) {
  const size_t xdp = index("xdp");
  auto b = bytes_;
  Elf64_Shdr sh = shdr(b, xdp);
  sh.sh_offset = b.size() - 8;
  put_shdr(b, xdp, sh);
  EXPECT_NE(parse_error(b).find(fmt_section(xdp) + ": offset"), std::string::npos);

  b = bytes_;
  sh = shdr(b, xdp);
  sh.sh_offset = ~uint64_t(0) - 4;  // offset + size overflows
  put_shdr(b, xdp, sh);
  EXPECT_NE(parse_error(b).find("past the end of the file"), std::string::npos);

  b = bytes_;
  sh = shdr(b, xdp);
  sh.sh_size = 0xb4;  // 180: not a whole number of instructions
  put_shdr(b, xdp, sh);
  EXPECT_EQ(parse_error(b), "bad.o: " + fmt_section(xdp) + " (xdp): size 180 is not a multiple of 8");

  b = bytes_;
  sh = shdr(b, xdp);
  sh.sh_name = 0xffffff;
  put_shdr(b, xdp, sh);
  EXPECT_NE(parse_error(b).find("name offset"), std::string::npos);
}

TEST_F(ElfTest, BadSymbols) {
  const size_t symtab = index(".symtab");
  auto sh = shdr(bytes_, symtab);
  const size_t nsyms = sh.sh_size / sizeof(Elf64_Sym);

  // Point the last symbol at a section that does not exist.
  auto b = bytes_;
  size_t last = sh.sh_offset + (nsyms - 1) * sizeof(Elf64_Sym);
  auto sym = get<Elf64_Sym>(b, last);
  sym.st_shndx = 500;
  put(b, last, sym);
  EXPECT_NE(parse_error(b).find("section index 500 is not a section"), std::string::npos);

  // A symbol name outside the string table.
  b = bytes_;
  sym = get<Elf64_Sym>(b, last);
  sym.st_name = 0x7fffffff;
  put(b, last, sym);
  EXPECT_NE(parse_error(b).find("name offset 2147483647"), std::string::npos);

  // A function that runs past the end of its section.
  b = bytes_;
  for (size_t i = 1; i < nsyms; ++i) {
    size_t off = sh.sh_offset + i * sizeof(Elf64_Sym);
    sym = get<Elf64_Sym>(b, off);
    if (ELF64_ST_TYPE(sym.st_info) != STT_FUNC) continue;
    sym.st_size += 8;
    put(b, off, sym);
    break;
  }
  EXPECT_NE(parse_error(b).find("is outside section"), std::string::npos);

  // The symbol table's size is not a whole number of entries.
  b = bytes_;
  auto bad = sh;
  bad.sh_size -= 1;
  put_shdr(b, symtab, bad);
  EXPECT_NE(parse_error(b).find("is not a multiple of 24"), std::string::npos);

  // Its string table link points at a non-string-table.
  b = bytes_;
  bad = sh;
  bad.sh_link = index("xdp");
  put_shdr(b, symtab, bad);
  EXPECT_NE(parse_error(b).find("is not a string table"), std::string::npos);
}

TEST_F(ElfTest, BadRelocations) {
  const size_t rel = index(".relxdp");
  const auto sh = shdr(bytes_, rel);

  auto b = bytes_;
  auto r = get<Elf64_Rel>(b, sh.sh_offset);
  r.r_info = ELF64_R_INFO(9999, ELF64_R_TYPE(r.r_info));
  put(b, sh.sh_offset, r);
  EXPECT_NE(parse_error(b).find("relocation 0: symbol index 9999 is out of range"), std::string::npos);

  b = bytes_;
  r = get<Elf64_Rel>(b, sh.sh_offset);
  r.r_offset = 0x1000;
  put(b, sh.sh_offset, r);
  EXPECT_NE(parse_error(b).find("offset 0x1000 is outside section"), std::string::npos);

  b = bytes_;
  r = get<Elf64_Rel>(b, sh.sh_offset);
  r.r_info = ELF64_R_INFO(ELF64_R_SYM(r.r_info), 77);
  put(b, sh.sh_offset, r);
  EXPECT_NE(parse_error(b).find("unknown relocation type 77"), std::string::npos);

  b = bytes_;
  auto bad = sh;
  bad.sh_info = 4000;
  put_shdr(b, rel, bad);
  EXPECT_NE(parse_error(b).find("sh_info 4000"), std::string::npos);

  b = bytes_;
  bad = sh;
  bad.sh_entsize = 24;  // an Elf64_Rela
  put_shdr(b, rel, bad);
  EXPECT_NE(parse_error(b).find("entry size 24, expected 16"), std::string::npos);
}

TEST_F(ElfTest, RandomCorruptionNeverCrashes) {
  // Flip bytes in the headers and tables (where the parser looks) and check only that parse() returns.
  auto eh = get<Elf64_Ehdr>(bytes_, 0);
  std::vector<std::pair<size_t, size_t>> ranges = {{0, sizeof(Elf64_Ehdr)},
                                                   {eh.e_shoff, eh.e_shnum * sizeof(Elf64_Shdr)}};
  for (const char* name : {".symtab", ".relxdp", ".strtab"}) {
    auto sh = shdr(bytes_, index(name));
    ranges.push_back({sh.sh_offset, sh.sh_size});
  }
  std::mt19937 rng(12345);
  int parsed = 0;
  for (int iter = 0; iter < 3000; ++iter) {
    auto b = bytes_;
    for (int k = 0; k < 1 + iter % 4; ++k) {
      auto [start, len] = ranges[rng() % ranges.size()];
      b[start + rng() % len] ^= uint8_t(1u << (rng() % 8));
    }
    auto elf = ElfFile::parse(std::move(b), "fuzz.o");
    if (elf) {
      ++parsed;
      // Whatever parsed must be internally consistent.
      for (const ElfSection& s : elf->sections()) ASSERT_LE(s.data.size(), s.size);
      for (const ElfSection& s : elf->sections())
        for (const ElfRelocation& r : elf->relocations(s)) ASSERT_LT(r.symbol, elf->symbols().size());
    }
  }
  EXPECT_GT(parsed, 0);  // many flips hit fields nobody checks (e.g. addresses, alignment)
}

}  // namespace
}  // namespace bpfkit
