// Btf on clang-built objects and on the running kernel's vmlinux BTF, against bpftool as the oracle:
//  - every type (id, kind, name, sizes, members, values, params, vars, linkage) rendered in `bpftool btf dump
//    format raw` spelling must equal bpftool's output line for line;
//  - the C printer must spell struct members and typedefs as `bpftool btf dump format c` does;
//  - encode() must give back the section's bytes, and bpftool must read what it writes.
// Malformed BTF lives in btf_malformed_test.cc.
#include <gtest/gtest.h>

#include <unistd.h>

#include <cstdio>
#include <cstring>
#include <optional>
#include <set>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>
#include <string>
#include <vector>

#include "bpfkit/btf.h"
#include "bpfkit/elf.h"

namespace bpfkit::btf {
namespace {

std::vector<uint8_t> read_bytes(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// stdout of a shell command, or nullopt if it failed (e.g. bpftool missing).
std::optional<std::string> run_command(const std::string& cmd) {
  FILE* f = popen((cmd + " 2>/dev/null").c_str(), "r");
  if (!f) return std::nullopt;
  std::string out;
  char buf[65536];
  for (size_t n; (n = fread(buf, 1, sizeof buf, f)) > 0;) out.append(buf, n);
  if (pclose(f) != 0) return std::nullopt;
  return out;
}

std::string temp_file(const std::string& stem, const std::vector<uint8_t>& bytes) {
  std::string path = (std::filesystem::temp_directory_path() / (stem + "-" + std::to_string(getpid()))).string();
  std::ofstream(path, std::ios::binary).write(reinterpret_cast<const char*>(bytes.data()), bytes.size());
  return path;
}

const std::string kObject = BPFKIT_BINARY_DIR "/bpf/btf_types.o";

std::string enc_name(uint8_t e) {
  switch (e) {
    case 0: return "(none)";
    case kIntSigned: return "SIGNED";
    case kIntChar: return "CHAR";
    case kIntBool: return "BOOL";
  }
  return "?";
}

std::string quoted(const std::string& name) { return "'" + (name.empty() ? "(anon)" : name) + "'"; }

// One type in bpftool v7's `format raw` spelling (tools/bpf/bpftool/btf.c, dump_btf_type).
std::string render_raw(const Btf& btf, const Type& t) {
  std::ostringstream o;
  o << "[" << t.id << "] " << kind_name(t.kind) << " " << quoted(t.name);
  switch (t.kind) {
    case Kind::Int:
      o << " size=" << t.size << " bits_offset=" << int{t.int_offset} << " nr_bits=" << int{t.int_bits}
        << " encoding=" << enc_name(t.int_encoding);
      break;
    case Kind::Ptr: case Kind::Const: case Kind::Volatile: case Kind::Restrict: case Kind::Typedef:
    case Kind::TypeTag:
      o << " type_id=" << t.type;
      break;
    case Kind::Array:
      o << " type_id=" << t.elem_type << " index_type_id=" << t.index_type << " nr_elems=" << t.nelems;
      break;
    case Kind::Struct: case Kind::Union:
      o << " size=" << t.size << " vlen=" << t.members.size();
      for (const Member& m : t.members) {
        o << "\n\t" << quoted(m.name) << " type_id=" << m.type << " bits_offset=" << m.bit_offset;
        if (m.bitfield_size) o << " bitfield_size=" << m.bitfield_size;
      }
      break;
    case Kind::Enum: case Kind::Enum64:
      o << " encoding=" << (t.kflag ? "SIGNED" : "UNSIGNED") << " size=" << t.size << " vlen=" << t.values.size();
      for (const EnumValue& v : t.values) {
        o << "\n\t" << quoted(v.name) << " val=";
        if (t.kflag) o << static_cast<int64_t>(v.value);
        else o << (t.kind == Kind::Enum ? static_cast<uint32_t>(v.value) : v.value);
        if (t.kind == Kind::Enum64) o << (t.kflag ? "LL" : "ULL");
      }
      break;
    case Kind::Fwd: o << " fwd_kind=" << (t.kflag ? "union" : "struct"); break;
    case Kind::Func: o << " type_id=" << t.type << " linkage=" << linkage_name(t.linkage); break;
    case Kind::FuncProto:
      o << " ret_type_id=" << t.type << " vlen=" << t.params.size();
      for (const Param& p : t.params) o << "\n\t" << quoted(p.name) << " type_id=" << p.type;
      break;
    case Kind::Var: o << " type_id=" << t.type << ", linkage=" << linkage_name(t.linkage); break;
    case Kind::Datasec:
      o << " size=" << t.size << " vlen=" << t.vars.size();
      for (const VarSecinfo& v : t.vars) {
        const Type* var = btf.type(v.type);
        o << "\n\ttype_id=" << v.type << " offset=" << v.offset << " size=" << v.size << " ("
          << kind_name(var->kind) << " " << quoted(var->name) << ")";
      }
      break;
    case Kind::Float: o << " size=" << t.size; break;
    case Kind::DeclTag: o << " type_id=" << t.type << " component_idx=" << t.component_idx; break;
    case Kind::Void: break;
  }
  return o.str();
}

std::string render_all(const Btf& btf) {
  std::string out;
  for (const Type& t : btf.types().subspan(1)) out += render_raw(btf, t) + "\n";
  return out;
}

// Compares line by line, so a failure names the first differing type rather than dumping megabytes.
void expect_same_dump(const std::string& ours, const std::string& bpftool) {
  std::istringstream a(ours), b(bpftool);
  std::string la, lb;
  int line = 0;
  while (true) {
    bool ga = static_cast<bool>(std::getline(a, la)), gb = static_cast<bool>(std::getline(b, lb));
    line++;
    if (!ga || !gb) {
      EXPECT_EQ(ga, gb) << "dumps differ in length at line " << line << ": " << (ga ? la : lb);
      return;
    }
    if (la != lb) {
      ADD_FAILURE() << "line " << line << "\n  ours:    " << la << "\n  bpftool: " << lb;
      return;
    }
  }
}

std::vector<uint8_t> btf_section(const std::string& path) {
  auto elf = ElfFile::open(path);
  if (!elf) return {};
  const ElfSection* sec = elf->section_by_name(".BTF");
  if (!sec) return {};
  return {sec->data.begin(), sec->data.end()};
}

class BtfObjectTest : public ::testing::Test {
 protected:
  void SetUp() override {
    bytes_ = btf_section(kObject);
    ASSERT_FALSE(bytes_.empty()) << "no .BTF in " << kObject;
    auto b = Btf::parse(bytes_);
    ASSERT_TRUE(b) << b.error().to_string();
    btf_ = std::move(*b);
  }
  TypeId id(std::string_view name, Kind kind) {
    auto i = btf_.find_by_name_kind(name, kind);
    EXPECT_TRUE(i) << name;
    return i.value_or(0);
  }
  std::vector<uint8_t> bytes_;
  Btf btf_;
};

TEST_F(BtfObjectTest, RawDumpMatchesBpftool) {
  auto dump = run_command("bpftool btf dump file " + kObject + " format raw");
  if (!dump) GTEST_SKIP() << "bpftool not available";
  expect_same_dump(render_all(btf_), *dump);
}

// Every kind clang 14 can emit is in the test object (ENUM64 needs clang 15: see the malformed-BTF tests' blobs).
TEST_F(BtfObjectTest, CoversEveryKindClangEmits) {
  std::set<Kind> kinds;
  for (const Type& t : btf_.types()) kinds.insert(t.kind);
  for (uint8_t k = 1; k <= kMaxKind; k++) {
    if (static_cast<Kind>(k) == Kind::Enum64) continue;
    EXPECT_TRUE(kinds.count(static_cast<Kind>(k))) << kind_name(static_cast<Kind>(k));
  }
}

TEST_F(BtfObjectTest, AllTestObjectsMatchBpftool) {
  namespace fs = std::filesystem;
  int checked = 0;
  for (const auto& entry : fs::directory_iterator(BPFKIT_BINARY_DIR "/bpf")) {
    if (entry.path().extension() != ".o") continue;
    auto bytes = btf_section(entry.path());
    if (bytes.empty()) continue;
    auto dump = run_command("bpftool btf dump file " + entry.path().string() + " format raw");
    if (!dump) GTEST_SKIP() << "bpftool not available";
    auto b = Btf::parse(bytes);
    ASSERT_TRUE(b) << entry.path() << ": " << b.error().to_string();
    SCOPED_TRACE(entry.path().string());
    expect_same_dump(render_all(*b), *dump);
    checked++;
  }
  EXPECT_GE(checked, 2);
}

TEST_F(BtfObjectTest, TypeNames) {
  EXPECT_EQ(btf_.type_name(0), "void");
  EXPECT_EQ(btf_.type_name(id("btf_record", Kind::Struct)), "struct btf_record");
  EXPECT_EQ(btf_.type_name(id("unsigned int", Kind::Int)), "unsigned int");
  EXPECT_EQ(btf_.type_name(id("btf_word", Kind::Union)), "union btf_word");
  EXPECT_EQ(btf_.type_name(id("btf_color", Kind::Enum)), "enum btf_color");
  EXPECT_EQ(btf_.type_name(id("btf_fwd_only", Kind::Fwd)), "struct btf_fwd_only");
  TypeId cb = id("btf_callback_t", Kind::Typedef);
  EXPECT_EQ(btf_.type_name(btf_.type(cb)->type), "int (*)(void *, const char *, unsigned long)");
  EXPECT_EQ(btf_.declaration(btf_.type(cb)->type, "cb"), "int (*cb)(void *, const char *, unsigned long)");
  const Type& inner = *btf_.type(id("btf_inner", Kind::Struct));
  EXPECT_EQ(btf_.type_name(inner.members[1].type), "char[16]");
  EXPECT_EQ(btf_.declaration(inner.members[1].type, "name"), "char name[16]");
  const Type& rec = *btf_.type(id("btf_record", Kind::Struct));
  EXPECT_EQ(btf_.type_name(rec.members[1].type), "volatile const unsigned short");
  EXPECT_EQ(btf_.type_name(rec.members[6].type), "btf_u64_t[2][3]");
  EXPECT_EQ(btf_.type_name(rec.members[12].type), "union {...}");
  EXPECT_EQ(btf_.type_name(id("btf_global_helper", Kind::Func)),
            "int btf_global_helper(struct btf_record *restrict r, int k)");
  EXPECT_EQ(btf_.type_name(id("btf_data_pair", Kind::Var)), "long btf_data_pair[2]");
}

// bpftool's `format c` writes each named struct's members as `\t<declaration>;` and each typedef as
// `typedef <declaration>;`. Members of anonymous struct/union type are written inline there, so they are skipped.
TEST_F(BtfObjectTest, CPrinterMatchesBpftoolFormatC) {
  auto c = run_command("bpftool btf dump file " + kObject + " format c");
  if (!c) GTEST_SKIP() << "bpftool not available";
  int checked = 0;
  for (const Type& t : btf_.types()) {
    if (t.kind == Kind::Typedef) {
      std::string line = "typedef " + btf_.declaration(t.type, t.name) + ";\n";
      EXPECT_NE(c->find(line), std::string::npos) << line;
      checked++;
    }
    if (!t.is_composite() || t.name.empty()) continue;
    std::string head = (t.kind == Kind::Struct ? "struct " : "union ") + t.name + " {\n";
    size_t start = c->find(head);
    ASSERT_NE(start, std::string::npos) << head;
    size_t pos = start + head.size();
    for (const Member& m : t.members) {
      const Type& mt = *btf_.type(btf_.skip_mods_and_typedefs(m.type));
      if (mt.is_composite() && mt.name.empty()) {
        // Skip the inline body: up to the line that closes it at this depth.
        pos = c->find("\n\t}", pos);
        ASSERT_NE(pos, std::string::npos);
        pos = c->find('\n', pos + 1) + 1;
        continue;
      }
      std::string line = "\t" + btf_.declaration(m.type, m.name);
      if (m.bitfield_size) line += ": " + std::to_string(m.bitfield_size);
      line += ";\n";
      EXPECT_EQ(c->compare(pos, line.size(), line), 0)
          << "struct " << t.name << " member " << m.name << ": want " << line << "got "
          << c->substr(pos, c->find('\n', pos) - pos);
      pos += line.size();
      checked++;
    }
  }
  EXPECT_GT(checked, 40);
}

TEST_F(BtfObjectTest, SizesAndAlignment) {
  // The sizes clang recorded for structs are the oracle for our computed array and typedef sizes.
  const Type& rec = *btf_.type(id("btf_record", Kind::Struct));
  EXPECT_EQ(*btf_.resolve_size(rec.id), 160u);
  EXPECT_EQ(*btf_.resolve_size(rec.members[6].type), 48u);  // btf_u64_t[2][3]
  EXPECT_EQ(*btf_.resolve_size(rec.members[1].type), 2u);   // const volatile unsigned short
  EXPECT_EQ(*btf_.resolve_size(rec.members[9].type), 8u);   // btf_callback_t
  EXPECT_EQ(*btf_.resolve_size(rec.members[14].type), 0u);  // char tail[0]
  EXPECT_EQ(*btf_.align_of(rec.id), 8u);
  EXPECT_EQ(*btf_.align_of(id("btf_inner", Kind::Struct)), 2u);
  EXPECT_EQ(*btf_.align_of(id("btf_word", Kind::Union)), 4u);
  EXPECT_FALSE(btf_.resolve_size(0));
  EXPECT_FALSE(btf_.resolve_size(id("btf_fwd_only", Kind::Fwd)));
  EXPECT_FALSE(btf_.resolve_size(id("btf_xdp", Kind::Func)));
  EXPECT_FALSE(btf_.resolve_size(btf_.type_count()));
  // Every struct member ends inside its struct (validated), and each VAR has its DATASEC entry's size.
  for (const Type& t : btf_.types()) {
    if (t.kind != Kind::Datasec) continue;
    for (const VarSecinfo& v : t.vars) EXPECT_EQ(*btf_.resolve_size(v.type), v.size) << btf_.type(v.type)->name;
  }
}

TEST_F(BtfObjectTest, Lookups) {
  EXPECT_FALSE(btf_.find_by_name_kind("btf_record", Kind::Union));
  EXPECT_FALSE(btf_.find_by_name_kind("no_such_type", Kind::Struct));
  EXPECT_EQ(btf_.find_by_name_kind("void", Kind::Void), 0u);
  TypeId u32 = id("__u32", Kind::Typedef);
  EXPECT_EQ(btf_.type(btf_.skip_mods_and_typedefs(u32))->name, "unsigned int");
  const Type& rec = *btf_.type(id("btf_record", Kind::Struct));
  TypeId flags = rec.members[1].type;
  EXPECT_EQ(btf_.type(btf_.skip_mods(flags))->name, "unsigned short");
  EXPECT_EQ(btf_.skip_mods(u32), u32);  // typedefs are not modifiers
  EXPECT_EQ(btf_.find_by_name("btf_record").size(), 1u);
  EXPECT_TRUE(btf_.find_by_name("").empty());
  EXPECT_EQ(btf_.string_at(0), "");
  EXPECT_FALSE(btf_.string_at(static_cast<uint32_t>(btf_.strings().size())));
}

TEST_F(BtfObjectTest, EncodeRoundTrips) {
  EXPECT_EQ(btf_.encode(), bytes_);
}

TEST_F(BtfObjectTest, FormatValue) {
  const Type& bits = *btf_.type(id("btf_bits", Kind::Struct));
  // a:3 = 5, b:13 = 4097, c:7 = -3, d = 200, e:40 = 0x123456789a
  std::vector<uint8_t> v(16, 0);
  uint32_t w = 5 | (4097u << 3) | ((static_cast<uint32_t>(-3) & 0x7f) << 16) | (200u << 24);
  std::memcpy(v.data(), &w, 4);
  uint64_t e = 0x123456789aull;
  std::memcpy(v.data() + 8, &e, 8);
  auto s = btf_.format_value(bits.id, v);
  ASSERT_TRUE(s) << s.error().to_string();
  EXPECT_EQ(*s, R"({"a":5,"b":4097,"c":-3,"d":200,"e":78187493530})");
  EXPECT_FALSE(btf_.format_value(bits.id, std::span(v).first(15)));

  const Type& inner = *btf_.type(id("btf_inner", Kind::Struct));
  std::vector<uint8_t> in(18, 0);
  in[0] = 0xfe, in[1] = 0xff;  // s = -2
  std::memcpy(in.data() + 2, "abc", 3);
  EXPECT_EQ(*btf_.format_value(inner.id, in), R"({"s":-2,"name":"abc"})");

  std::vector<uint8_t> color{5, 0, 0, 0};
  EXPECT_EQ(*btf_.format_value(id("btf_color", Kind::Enum), color), R"("BTF_GREEN")");
  color[0] = 9;
  EXPECT_EQ(*btf_.format_value(id("btf_color", Kind::Enum), color), "9");
  EXPECT_FALSE(btf_.format_value(id("btf_fwd_only", Kind::Fwd), color));
}

// The kernel's own BTF: ~100k types with every kind the kernel uses (ENUM64, DECL_TAG on kfuncs, signed enums).
TEST(BtfVmlinuxTest, MatchesBpftoolAndRoundTrips) {
  const char* path = "/sys/kernel/btf/vmlinux";
  auto bytes = read_bytes(path);
  if (bytes.empty()) GTEST_SKIP() << path << " not readable";
  auto btf = Btf::parse(bytes);
  ASSERT_TRUE(btf) << btf.error().to_string();
  EXPECT_GT(btf->type_count(), 10000u);
  EXPECT_EQ(btf->encode(), bytes);
  auto task = btf->find_by_name_kind("task_struct", Kind::Struct);
  ASSERT_TRUE(task);
  EXPECT_EQ(*btf->resolve_size(*task), btf->type(*task)->size);
  auto dump = run_command(std::string("bpftool btf dump file ") + path + " format raw");
  if (!dump) GTEST_SKIP() << "bpftool not available";
  expect_same_dump(render_all(*btf), *dump);
}

// bpftool reads what encode() writes (after a mutation, so the bytes are ours rather than a copy).
TEST_F(BtfObjectTest, BpftoolReadsEncodedBtf) {
  DataLayout layout;
  auto elf = ElfFile::open(kObject);
  ASSERT_TRUE(elf);
  for (const ElfSection& s : elf->sections()) layout.section_sizes[s.name] = s.size;
  for (const ElfSymbol& s : elf->symbols()) layout.symbols[s.name] = {s.value, false};
  ASSERT_TRUE(btf_.fixup_datasecs(layout));
  auto path = temp_file("btf_encoded", btf_.encode());
  auto dump = run_command("bpftool btf dump file " + path + " format raw");
  std::filesystem::remove(path);
  if (!dump) GTEST_SKIP() << "bpftool not available";
  expect_same_dump(render_all(btf_), *dump);
}

}  // namespace
}  // namespace bpfkit::btf
