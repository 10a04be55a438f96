// Malformed objects: real test objects with bytes patched (truncated sections, relocations at the wrong place or
// against the wrong symbol, BTF loops and bad type ids, an unknown map type, ...). Each must give one clean Error
// that says what and where, from ObjectSpec::parse or link_program; none may crash.
#include <elf.h>
#include <gtest/gtest.h>

#include <cstring>
#include <fstream>
#include <iterator>
#include <optional>
#include <random>
#include <string>
#include <vector>

#include "bpfkit/btf.h"
#include "bpfkit/link.h"
#include "bpfkit/object.h"

namespace bpfkit {
namespace {

using Bytes = std::vector<uint8_t>;

Bytes read_object(const std::string& name) {
  std::ifstream in(std::string(BPFKIT_BINARY_DIR "/bpf/") + name + ".o", std::ios::binary);
  Bytes b{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  EXPECT_GT(b.size(), sizeof(Elf64_Ehdr)) << "missing test object " << name;
  return b;
}

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
  std::string name(size_t i) const {
    Elf64_Shdr strtab = shdr(get<Elf64_Ehdr>(b, 0).e_shstrndx);
    return reinterpret_cast<const char*>(b.data() + strtab.sh_offset + shdr(i).sh_name);
  }
  size_t index(const std::string& n) const {
    for (size_t i = 0; i < count(); ++i)
      if (name(i) == n) return i;
    ADD_FAILURE() << "no section " << n;
    return 0;
  }
  // File offset of symbol `sym`'s entry.
  size_t symbol_offset(const std::string& sym) const {
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
  uint32_t symbol_index(const std::string& sym) const {
    for (size_t i = 0; i < count(); ++i)
      if (shdr(i).sh_type == SHT_SYMTAB) return uint32_t((symbol_offset(sym) - shdr(i).sh_offset) / sizeof(Elf64_Sym));
    return 0;
  }
};

// File offset of BTF type `id`'s record, walking the type section (sizes per kind, as the kernel's btf.c).
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

// The parse error, or the first link error of any program; "" if everything went through.
std::string first_error(Bytes bytes, Error* out = nullptr) {
  auto obj = ObjectSpec::parse(std::move(bytes), "bad.o");
  if (!obj) {
    if (out) *out = obj.error();
    return obj.error().to_string();
  }
  for (const ProgramSpec& p : obj->programs()) {
    auto l = link_program(*obj, p);
    if (!l) {
      if (out) *out = l.error();
      return l.error().to_string();
    }
  }
  return "";
}

TEST(ObjectMalformed, TruncatedFiles) {
  Bytes whole = read_object("obj_calls");
  for (size_t n = 0; n < whole.size(); n += 13) {
    std::string e = first_error(Bytes(whole.begin(), whole.begin() + n));
    EXPECT_FALSE(e.empty()) << "a truncated object (" << n << " bytes) parsed and linked";
  }
}

TEST(ObjectMalformed, TruncatedSections) {
  Bytes orig = read_object("obj_maps");
  Layout l{orig};
  for (const char* sec : {".maps", ".BTF", "xdp", ".symtab", ".strtab"}) {
    Bytes b = orig;
    size_t i = l.index(sec);
    Elf64_Shdr sh = l.shdr(i);
    sh.sh_size = sh.sh_size / 3;
    if (std::string(sec) == ".symtab") sh.sh_size -= sh.sh_size % sizeof(Elf64_Sym) + 1;
    put(b, l.shdr_offset(i), sh);
    std::string e = first_error(std::move(b));
    EXPECT_FALSE(e.empty()) << sec;
    EXPECT_NE(e.find("bad.o"), std::string::npos) << e;
  }
  // A section running past the end of the file.
  Bytes b = orig;
  size_t i = l.index("license");
  Elf64_Shdr sh = l.shdr(i);
  sh.sh_offset = b.size() - 2;
  put(b, l.shdr_offset(i), sh);
  EXPECT_FALSE(first_error(std::move(b)).empty());
}

// Relocations of obj_maps's xdp section: maps_prog loads m_hash, m_queue and m_ringbuf with LD_IMM64.
std::vector<size_t> relocation_offsets(const Bytes& b, const std::string& rel_section) {
  Layout l{b};
  Elf64_Shdr sh = l.shdr(l.index(rel_section));
  std::vector<size_t> out;
  for (size_t off = sh.sh_offset; off < sh.sh_offset + sh.sh_size; off += sizeof(Elf64_Rel)) out.push_back(off);
  return out;
}

TEST(ObjectMalformed, RelocationNotOnAnInstructionThatTakesIt) {
  Bytes b = read_object("obj_maps");
  size_t rel = relocation_offsets(b, ".relxdp").at(0);
  auto r = get<Elf64_Rel>(b, rel);
  uint64_t insn = r.r_offset / 8;
  r.r_offset += 8;  // the second slot of the LD_IMM64: opcode 0
  put(b, rel, r);
  Error err;
  std::string e = first_error(b, &err);
  ASSERT_FALSE(e.empty());
  EXPECT_EQ(err.program, "maps_prog");
  EXPECT_EQ(err.insn, int64_t(insn + 1));
  EXPECT_NE(e.find("m_hash"), std::string::npos) << e;
  EXPECT_NE(e.find("neither a call nor an LD_IMM64"), std::string::npos) << e;

  r.r_offset -= 4;  // not on an instruction boundary
  put(b, rel, r);
  e = first_error(b, &err);
  EXPECT_NE(e.find("instruction boundary"), std::string::npos) << e;
}

TEST(ObjectMalformed, RelocationAgainstTheWrongSymbol) {
  Bytes orig = read_object("obj_maps");
  Layout l{orig};
  size_t rel = relocation_offsets(orig, ".relxdp").at(0);

  Bytes b = orig;  // symbol index out of range: the ELF layer refuses it
  auto r = get<Elf64_Rel>(b, rel);
  r.r_info = ELF64_R_INFO(100000, ELF64_R_TYPE(r.r_info));
  put(b, rel, r);
  std::string e = first_error(b);
  EXPECT_NE(e.find("out of range"), std::string::npos) << e;

  b = orig;  // the license string: neither a map nor global data
  r = get<Elf64_Rel>(b, rel);
  r.r_info = ELF64_R_INFO(l.symbol_index("LICENSE"), ELF64_R_TYPE(r.r_info));
  put(b, rel, r);
  Error err;
  e = first_error(b, &err);
  EXPECT_EQ(err.program, "maps_prog");
  EXPECT_NE(e.find("'LICENSE'"), std::string::npos) << e;
  EXPECT_NE(e.find("neither a map section nor global data"), std::string::npos) << e;

}

TEST(ObjectMalformed, CallRelocations) {
  Bytes orig = read_object("obj_calls");
  Layout l{orig};
  // The first relocation of calls_a is its call to mid_a (against the .text section symbol, offset in imm).
  size_t rel = relocation_offsets(orig, ".relxdp").at(0);
  Bytes b = orig;
  auto r = get<Elf64_Rel>(b, rel);
  r.r_info = ELF64_R_INFO(l.symbol_index("call_counters"), ELF64_R_TYPE(r.r_info));
  put(b, rel, r);
  std::string e = first_error(b);
  EXPECT_NE(e.find("not .text"), std::string::npos) << e;

  // A call far past the end of .text.
  b = orig;
  r = get<Elf64_Rel>(b, rel);
  size_t insn_at = l.shdr(l.index("xdp")).sh_offset + r.r_offset;
  put<int32_t>(b, insn_at + 4, 100000);
  Error err;
  e = first_error(b, &err);
  EXPECT_EQ(err.program, "calls_a");
  EXPECT_EQ(err.insn, int64_t(r.r_offset / 8));
  EXPECT_NE(e.find("in no subprogram"), std::string::npos) << e;
}

TEST(ObjectMalformed, StaticEntryProgram) {
  Bytes b = read_object("obj_calls");
  Layout l{b};
  size_t off = l.symbol_offset("calls_a");
  auto s = get<Elf64_Sym>(b, off);
  s.st_info = ELF64_ST_INFO(STB_LOCAL, STT_FUNC);
  put(b, off, s);
  std::string e = first_error(b);
  EXPECT_NE(e.find("'calls_a' is static"), std::string::npos) << e;
}

// The ids of the ARRAY encoding m_hash's `type` (int (*type)[BPF_MAP_TYPE_HASH]), of its PTR, and of m_hash's
// definition struct.
struct MapTypeIds {
  uint32_t array = 0, ptr = 0, def = 0;
};
MapTypeIds map_type_ids(const Bytes& b) {
  Layout l{b};
  Elf64_Shdr sh = l.shdr(l.index(".BTF"));
  auto btf = btf::Btf::parse(std::span<const uint8_t>(b.data() + sh.sh_offset, sh.sh_size));
  EXPECT_TRUE(btf);
  for (const btf::Type& t : btf->types()) {
    if (t.kind != btf::Kind::Var || t.name != "m_hash") continue;
    const btf::Type* def = btf->type(btf->skip_mods_and_typedefs(t.type));
    uint32_t ptr = def->members.at(0).type;
    return {btf->type(ptr)->type, ptr, def->id};
  }
  ADD_FAILURE() << "no m_hash";
  return {};
}

TEST(ObjectMalformed, UnknownMapType) {
  Bytes b = read_object("obj_maps");
  auto [array, ptr, def] = map_type_ids(b);
  ASSERT_NE(array, 0u);
  put<uint32_t>(b, btf_type_offset(b, array) + 12 + 8, 999);  // btf_array.nelems
  std::string e = first_error(b);
  EXPECT_NE(e.find("unknown map type 999"), std::string::npos) << e;
}

TEST(ObjectMalformed, BtfTypeLoopAndBadTypeId) {
  Bytes orig = read_object("obj_maps");
  auto [array, ptr, def] = map_type_ids(orig);
  ASSERT_NE(ptr, 0u);
  Bytes b = orig;
  put<uint32_t>(b, btf_type_offset(b, ptr) + 8, ptr);  // PTR to itself
  std::string e = first_error(b);
  EXPECT_NE(e.find("BTF"), std::string::npos) << e;

  b = orig;
  put<uint32_t>(b, btf_type_offset(b, ptr) + 8, 0xfffff);
  e = first_error(b);
  EXPECT_NE(e.find("BTF"), std::string::npos) << e;

  b = orig;  // `type` encoded without the pointer: int type[1]
  put<uint32_t>(b, btf_type_offset(b, def) + 12 + 4, array);  // members[0].type
  e = first_error(b);
  EXPECT_NE(e.find("m_hash"), std::string::npos) << e;
  EXPECT_NE(e.find("expected PTR"), std::string::npos) << e;
}

TEST(ObjectMalformed, LegacyMapWithNonZeroExtras) {
  Bytes b = read_object("obj_legacy_ext");
  Layout l{b};
  put<uint32_t>(b, l.shdr(l.index("maps")).sh_offset + 24, 7);  // the `pinning` field past bpf_map_def
  std::string e = first_error(b);
  EXPECT_NE(e.find("non-zero options"), std::string::npos) << e;

  b = read_object("obj_legacy");
  put<uint32_t>(b, l.shdr(l.index("maps")).sh_offset, 0);  // no map type
  Layout l2{b};
  put<uint32_t>(b, l2.shdr(l2.index("maps")).sh_offset, 0);
  e = first_error(b);
  EXPECT_NE(e.find("legacy_hash"), std::string::npos) << e;
}

TEST(ObjectMalformed, BadLicenseAndVersion) {
  Bytes b = read_object("obj_progs");
  Layout l{b};
  size_t i = l.index("version");
  Elf64_Shdr sh = l.shdr(i);
  sh.sh_size = 2;
  put(b, l.shdr_offset(i), sh);
  std::string e = first_error(b);
  EXPECT_NE(e.find("version"), std::string::npos) << e;
}

// Random byte patches: any outcome but a crash (the sanitizer builds and the fuzz target go further).
TEST(ObjectMalformed, RandomPatchesNeverCrash) {
  std::mt19937 rng(12345);
  for (const char* name : {"obj_calls", "obj_data", "obj_mim", "obj_kconfig"}) {
    Bytes orig = read_object(name);
    for (int round = 0; round < 400; ++round) {
      Bytes b = orig;
      int n = 1 + int(rng() % 4);
      for (int k = 0; k < n; ++k) {
        size_t at = rng() % b.size();
        if (rng() % 2) b[at] = uint8_t(rng());
        else if (at + 4 <= b.size()) put<uint32_t>(b, at, uint32_t(rng() % 64));
      }
      (void)first_error(std::move(b));
    }
  }
}

}  // namespace
}  // namespace bpfkit
