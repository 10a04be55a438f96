// Malformed objects: real test objects with bytes patched (truncated sections, relocations at the wrong place or
// against the wrong symbol, BTF loops and bad type ids, an unknown map type, ...). Each must give one clean Error
// that says what and where, from ObjectSpec::parse or link_program; none may crash.
#include <elf.h>
#include <gtest/gtest.h>

#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <optional>
#include <random>
#include <string>
#include <vector>

#include "bpfkit/btf.h"
#include "bpfkit/link.h"
#include "bpfkit/object.h"
#include "support/elf_patch.h"

namespace bpfkit {
namespace {

using namespace bpfkit::testing;

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

// .bss has no file bytes, so its size is only a header field: a forged 4 GiB one must not be materialised while
// parsing (a fuzzer finding), and loading it is the map's E2BIG, not an allocation.
TEST(ObjectMalformed, HugeBssIsNotAllocatedByTheParser) {
  Bytes b = read_object("obj_data");
  Layout l{b};
  const size_t i = l.index(".bss");
  Elf64_Shdr sh = l.shdr(i);
  sh.sh_size = 0xfffff000;
  put(b, l.shdr_offset(i), sh);
  auto obj = ObjectSpec::parse(std::move(b), "bad.o");
  ASSERT_TRUE(obj) << obj.error().to_string();
  const MapDefinition* bss = obj->map(".bss");
  ASSERT_NE(bss, nullptr);
  EXPECT_EQ(bss->spec.value_size, 0xfffff000u);
  EXPECT_TRUE(bss->initial_value.empty());
}

// The fuzz seeds, fuzzer findings among them: whatever a header or BTF claims, parsing materialises no more
// initial bytes than the file holds.
TEST(ObjectMalformed, FuzzSeedsKeepInitialValuesWithinTheFile) {
  const std::filesystem::path dir = BPFKIT_SOURCE_DIR "/tests/fuzz/corpus/object";
  size_t seen = 0;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    std::ifstream in(entry.path(), std::ios::binary);
    Bytes b{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    const size_t size = b.size();
    auto obj = ObjectSpec::parse(std::move(b), entry.path().filename().string());
    ++seen;
    if (!obj) continue;
    for (const MapDefinition& m : obj->maps())
      EXPECT_LE(m.initial_value.size(), size) << entry.path().filename() << " " << m.name;
  }
  EXPECT_GE(seen, 6u);
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
