// See elf_patch.h.
#include "support/elf_patch.h"

#include <gtest/gtest.h>

#include <fstream>
#include <iterator>
#include <span>

#include "bpfkit/btf.h"

namespace bpfkit::testing {

Bytes read_object(const std::string& name) {
  std::ifstream in(std::string(BPFKIT_BINARY_DIR "/bpf/") + name + ".o", std::ios::binary);
  Bytes b{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  EXPECT_GT(b.size(), sizeof(Elf64_Ehdr)) << "missing test object " << name;
  return b;
}

std::string Layout::name(size_t i) const {
  Elf64_Shdr strtab = shdr(get<Elf64_Ehdr>(b, 0).e_shstrndx);
  return reinterpret_cast<const char*>(b.data() + strtab.sh_offset + shdr(i).sh_name);
}

size_t Layout::index(const std::string& n) const {
  for (size_t i = 0; i < count(); ++i)
    if (name(i) == n) return i;
  ADD_FAILURE() << "no section " << n;
  return 0;
}

size_t Layout::symbol_offset(const std::string& sym) const {
  for (size_t i = 0; i < count(); ++i) {
    Elf64_Shdr sh = shdr(i);
    if (sh.sh_type != SHT_SYMTAB) continue;
    Elf64_Shdr str = shdr(sh.sh_link);
    for (size_t off = sh.sh_offset; off < sh.sh_offset + sh.sh_size; off += sizeof(Elf64_Sym)) {
      auto s = get<Elf64_Sym>(b, off);
      if (reinterpret_cast<const char*>(b.data() + str.sh_offset + s.st_name) == sym) return off;
    }
  }
  ADD_FAILURE() << "no symbol " << sym;
  return 0;
}

uint32_t Layout::symbol_index(const std::string& sym) const {
  for (size_t i = 0; i < count(); ++i)
    if (shdr(i).sh_type == SHT_SYMTAB) return uint32_t((symbol_offset(sym) - shdr(i).sh_offset) / sizeof(Elf64_Sym));
  return 0;
}

size_t btf_type_offset(const Bytes& b, uint32_t id) {
  Layout l{b};
  size_t sec = l.shdr(l.index(".BTF")).sh_offset;
  size_t pos = sec + get<uint32_t>(b, sec + 4) + get<uint32_t>(b, sec + 8);
  for (uint32_t cur = 1; cur < id; ++cur) {
    uint32_t info = get<uint32_t>(b, pos + 4);
    uint32_t kind = (info >> 24) & 0x1f, vlen = info & 0xffff;
    size_t extra = 0;
    switch (kind) {
      case 1: case 14: case 17: extra = 4; break;        // INT, VAR, DECL_TAG
      case 3: extra = 12; break;                          // ARRAY
      case 4: case 5: case 15: case 19: extra = 12 * vlen; break;  // STRUCT, UNION, DATASEC, ENUM64
      case 6: case 13: extra = 8 * vlen; break;           // ENUM, FUNC_PROTO
      default: break;
    }
    pos += 12 + extra;
  }
  return pos;
}

std::vector<size_t> relocation_offsets(const Bytes& b, const std::string& rel_section) {
  Layout l{b};
  Elf64_Shdr sh = l.shdr(l.index(rel_section));
  std::vector<size_t> out;
  for (size_t off = sh.sh_offset; off < sh.sh_offset + sh.sh_size; off += sizeof(Elf64_Rel)) out.push_back(off);
  return out;
}

MapTypeIds map_type_ids(const Bytes& b) {
  Layout l{b};
  Elf64_Shdr sh = l.shdr(l.index(".BTF"));
  auto btf = btf::Btf::parse(std::span<const uint8_t>(b.data() + sh.sh_offset, sh.sh_size));
  EXPECT_TRUE(btf);
  if (!btf) return {};
  for (const btf::Type& t : btf->types()) {
    if (t.kind != btf::Kind::Var || t.name != "m_hash") continue;
    const btf::Type* def = btf->type(btf->skip_mods_and_typedefs(t.type));
    uint32_t ptr = def->members.at(0).type;
    return {btf->type(ptr)->type, ptr, def->id};
  }
  ADD_FAILURE() << "no m_hash";
  return {};
}

}  // namespace bpfkit::testing
