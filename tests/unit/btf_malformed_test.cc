// Btf::parse on hand-built blobs: one per validation rule (each must be refused with a one-line error naming what
// and where), the kinds clang 14 cannot emit (ENUM64, signed enums), hostile shapes that must neither crash nor
// recurse (long chains, deep nesting), and fixup_datasecs on a known layout.
#include <gtest/gtest.h>

#include <cstring>
#include <string>
#include <vector>

#include "bpfkit/btf.h"

namespace bpfkit::btf {
namespace {

// Builds .BTF bytes: types are appended in order (the first gets id 1), names go to the string section.
struct Builder {
  std::vector<uint8_t> types;
  std::string strs = std::string(1, '\0');

  uint32_t str(const std::string& s) {
    if (s.empty()) return 0;
    auto off = static_cast<uint32_t>(strs.size());
    strs += s;
    strs += '\0';
    return off;
  }
  Builder& u32(uint32_t v) {
    uint8_t b[4];
    std::memcpy(b, &v, 4);
    types.insert(types.end(), b, b + 4);
    return *this;
  }
  Builder& type(const std::string& name, Kind kind, uint32_t vlen, uint32_t size_or_type, bool kflag = false) {
    return u32(str(name)).u32((uint32_t{kflag} << 31) | (uint32_t{static_cast<uint8_t>(kind)} << 24) | vlen)
        .u32(size_or_type);
  }
  Builder& int_type(const std::string& name, uint32_t size, uint32_t bits, uint8_t enc = 0) {
    return type(name, Kind::Int, 0, size).u32((uint32_t{enc} << 24) | bits);
  }
  Builder& member(const std::string& name, TypeId type, uint32_t offset) { return u32(str(name)).u32(type).u32(offset); }
  std::vector<uint8_t> bytes() const {
    uint32_t hdr[6] = {kMagic | (1u << 16), 24, 0, static_cast<uint32_t>(types.size()),
                       static_cast<uint32_t>(types.size()), static_cast<uint32_t>(strs.size())};
    std::vector<uint8_t> out(reinterpret_cast<const uint8_t*>(hdr), reinterpret_cast<const uint8_t*>(hdr) + 24);
    out.resize(24 + types.size() + strs.size());
    if (!types.empty()) std::memcpy(out.data() + 24, types.data(), types.size());
    std::memcpy(out.data() + 24 + types.size(), strs.data(), strs.size());
    return out;
  }
};

std::string error_of(const std::vector<uint8_t>& bytes) {
  auto r = Btf::parse(bytes);
  if (r) return "<parsed>";
  EXPECT_EQ(r.error().message.find('\n'), std::string::npos);
  return r.error().message;
}

#define EXPECT_BTF_ERROR(bytes, text) EXPECT_NE(error_of(bytes).find(text), std::string::npos) << error_of(bytes)

Builder with_int() {
  Builder b;
  b.int_type("int", 4, 32, kIntSigned);  // [1]
  return b;
}

void put32(std::vector<uint8_t>& b, size_t off, uint32_t v) { std::memcpy(b.data() + off, &v, 4); }

TEST(BtfMalformedTest, Header) {
  auto good = with_int().bytes();
  ASSERT_TRUE(Btf::parse(good));
  EXPECT_BTF_ERROR(std::vector<uint8_t>(good.begin(), good.begin() + 10), "BTF: truncated header (10 of 24 bytes)");
  auto b = good;
  b[0] = 0x12;
  EXPECT_BTF_ERROR(b, "bad magic");
  b = good;
  std::swap(b[0], b[1]);
  EXPECT_BTF_ERROR(b, "big-endian");
  b = good;
  b[2] = 2;
  EXPECT_BTF_ERROR(b, "unsupported version 2");
  b = good;
  b[3] = 1;
  EXPECT_BTF_ERROR(b, "unsupported flags");
  b = good;
  put32(b, 4, 8);
  EXPECT_BTF_ERROR(b, "header length 8 out of range");
  b = good;
  put32(b, 4, 1000);
  EXPECT_BTF_ERROR(b, "header length 1000 out of range");
  b = good;
  put32(b, 12, 1000);
  EXPECT_BTF_ERROR(b, "type section (offset 0, length 1000) past the end");
  b = good;
  put32(b, 16, 0xfffffff0);
  EXPECT_BTF_ERROR(b, "string section (offset 4294967280");
  b = good;
  put32(b, 8, 2);
  EXPECT_BTF_ERROR(b, "not 4-byte aligned");
  b = good;
  put32(b, 16, 4);  // strings start inside the types
  EXPECT_BTF_ERROR(b, "overlap");
  b = good;
  b.back() = 'x';
  EXPECT_BTF_ERROR(b, "string section must start and end with a NUL");
  b = good;
  put32(b, 20, 0);
  EXPECT_BTF_ERROR(b, "string section must start and end with a NUL");
  // A longer header from a newer producer: fine if the unknown fields are zero.
  b = good;
  b.insert(b.begin() + 24, 4, 0);
  put32(b, 4, 28);
  EXPECT_TRUE(Btf::parse(b));
  b[25] = 1;
  EXPECT_BTF_ERROR(b, "unsupported header field at byte 25");
}

TEST(BtfMalformedTest, RecordLayout) {
  Builder b = with_int();
  b.types.resize(b.types.size() + 5);
  EXPECT_BTF_ERROR(b.bytes(), "type [2] at offset 16: truncated header (5 of 12 bytes)");
  EXPECT_BTF_ERROR(with_int().type("", static_cast<Kind>(20), 0, 0).bytes(), "type [2] at offset 16: unknown kind 20");
  EXPECT_BTF_ERROR(with_int().type("", Kind::Void, 0, 0).bytes(), "unknown kind 0");
  Builder bits = with_int();
  bits.u32(0).u32((2u << 24) | (1u << 20)).u32(1);
  EXPECT_BTF_ERROR(bits.bytes(), "type [2] PTR: unused info bits set");
  Builder name = with_int();
  name.u32(999).u32(2u << 24).u32(1);
  EXPECT_BTF_ERROR(name.bytes(), "type name offset 999 past the end of the string section");
  EXPECT_BTF_ERROR(with_int().type("", Kind::Ptr, 0, 1, true).bytes(), "type [2] PTR: kind_flag set");
  EXPECT_BTF_ERROR(with_int().type("", Kind::Ptr, 2, 1).bytes(), "type [2] PTR: vlen 2 must be 0");
  EXPECT_BTF_ERROR(with_int().type("p", Kind::Ptr, 0, 1).bytes(), "type [2] PTR 'p': must be anonymous");
  EXPECT_BTF_ERROR(with_int().type("", Kind::Typedef, 0, 1).bytes(), "type [2] TYPEDEF: missing name");
  Builder trunc = with_int();
  trunc.type("s", Kind::Struct, 3, 4).member("a", 1, 0);
  EXPECT_BTF_ERROR(trunc.bytes(), "type [2] STRUCT 's': truncated (36 bytes of data needed, 12 left");
  Builder mname = with_int();
  mname.type("s", Kind::Struct, 1, 4).u32(5000).u32(1).u32(0);
  EXPECT_BTF_ERROR(mname.bytes(), "type [2] STRUCT 's': member 0 name offset 5000 past the end");
}

TEST(BtfMalformedTest, IntAndFloat) {
  EXPECT_BTF_ERROR(Builder().int_type("i", 3, 24).bytes(), "type [1] INT 'i': invalid size 3");
  EXPECT_BTF_ERROR(Builder().int_type("i", 4, 0).bytes(), "invalid nr_bits 0");
  EXPECT_BTF_ERROR(Builder().int_type("i", 4, 33).bytes(), "bits_offset 0 + nr_bits 33 exceed size 4");
  EXPECT_BTF_ERROR(Builder().int_type("i", 4, 32, 3).bytes(), "invalid encoding 0x3");
  EXPECT_BTF_ERROR(Builder().type("i", Kind::Int, 0, 4).u32(0x100 | 32).bytes(), "unused int data bits");
  EXPECT_BTF_ERROR(Builder().type("f", Kind::Float, 0, 3).bytes(), "type [1] FLOAT 'f': invalid size 3");
  EXPECT_TRUE(Btf::parse(Builder().int_type("__int128", 16, 128, kIntSigned).bytes()));
}

TEST(BtfMalformedTest, TypeIdsOutOfRange) {
  Builder s = with_int();
  s.type("foo", Kind::Struct, 2, 8).member("a", 1, 0).member("b", 999, 32);
  EXPECT_EQ(error_of(s.bytes()), "BTF: type [2] STRUCT 'foo': member 1 type id 999 out of range (max 2)");
  EXPECT_BTF_ERROR(with_int().type("", Kind::Ptr, 0, 7).bytes(), "type [2] PTR: referenced type id 7 out of range");
  Builder arr = with_int();
  arr.type("", Kind::Array, 0, 0).u32(1).u32(9).u32(4);
  EXPECT_BTF_ERROR(arr.bytes(), "type [2] ARRAY: index type id 9 out of range");
  Builder proto = with_int();
  proto.type("", Kind::FuncProto, 1, 1).u32(0).u32(42);
  EXPECT_BTF_ERROR(proto.bytes(), "type [2] FUNC_PROTO: param 0 type id 42 out of range");
  Builder var = with_int();
  var.type("v", Kind::Var, 0, 5).u32(1);
  EXPECT_BTF_ERROR(var.bytes(), "type [2] VAR 'v': variable type id 5 out of range");
  Builder sec = with_int();
  sec.type(".data", Kind::Datasec, 1, 0).u32(1).u32(0).u32(4);
  EXPECT_BTF_ERROR(sec.bytes(), "type [2] DATASEC '.data': var 0 type id 1 is not a VAR");
  Builder func = with_int();
  func.type("f", Kind::Func, 1, 1);
  EXPECT_BTF_ERROR(func.bytes(), "type [2] FUNC 'f': type id 1 is not a FUNC_PROTO");
  Builder ptr_var = with_int();
  ptr_var.type("v", Kind::Var, 0, 1).u32(1).type("", Kind::Ptr, 0, 2);
  EXPECT_BTF_ERROR(ptr_var.bytes(), "type [3] PTR: referenced refers to type [2] VAR 'v'");
}

TEST(BtfMalformedTest, ReferenceLoops) {
  EXPECT_BTF_ERROR(Builder().type("", Kind::Ptr, 0, 1).bytes(), "type [1] PTR: reference loop: [1] PTR -> [1]");
  Builder chain;
  chain.type("", Kind::Ptr, 0, 2).type("", Kind::Const, 0, 3).type("t", Kind::Typedef, 0, 1);
  EXPECT_BTF_ERROR(chain.bytes(), "reference loop: [1] PTR -> [2] CONST -> [3] TYPEDEF -> [1]");
  Builder self = with_int();
  self.type("a", Kind::Struct, 1, 4).member("x", 2, 0);
  EXPECT_BTF_ERROR(self.bytes(), "type [2] STRUCT 'a': by-value containment loop");
  Builder arr = with_int();
  arr.type("", Kind::Array, 0, 0).u32(2).u32(1).u32(2);
  EXPECT_BTF_ERROR(arr.bytes(), "type [2] ARRAY: reference loop");
  Builder proto;  // a prototype taking a pointer to itself
  proto.type("", Kind::FuncProto, 1, 0).u32(0).u32(2).type("", Kind::Ptr, 0, 1);
  EXPECT_BTF_ERROR(proto.bytes(), "reference loop");
  // Cycles through a struct member and a pointer are ordinary C: struct list { struct list *next; }.
  Builder list;
  list.type("list", Kind::Struct, 1, 8).member("next", 2, 0).type("", Kind::Ptr, 0, 1);
  auto ok = Btf::parse(list.bytes());
  ASSERT_TRUE(ok) << ok.error().to_string();
  EXPECT_EQ(ok->declaration(1, "l"), "struct list l");
  EXPECT_EQ(ok->type_name(2), "struct list *");
}

TEST(BtfMalformedTest, SizesAndMembers) {
  Builder big;
  big.int_type("char", 1, 8).type("", Kind::Array, 0, 0).u32(1).u32(1).u32(1u << 20);
  big.type("", Kind::Array, 0, 0).u32(2).u32(1).u32(1u << 13);
  EXPECT_BTF_ERROR(big.bytes(), "type [3] ARRAY: size 1048576 * 8192 overflows 32 bits");
  Builder past = with_int();
  past.type("s", Kind::Struct, 2, 6).member("a", 1, 0).member("b", 1, 32);
  EXPECT_BTF_ERROR(past.bytes(), "type [2] STRUCT 's': member 1 'b': ends at bit 64, past the STRUCT size 6");
  Builder bf = with_int();
  bf.type("s", Kind::Struct, 1, 4, true).member("a", 1, (40u << 24) | 0);
  EXPECT_BTF_ERROR(bf.bytes(), "bitfield_size 40 wider than its type");
  Builder unaligned = with_int();
  unaligned.type("", Kind::Ptr, 0, 1).type("s", Kind::Struct, 1, 16).member("p", 2, 3);
  EXPECT_BTF_ERROR(unaligned.bytes(), "member 0 'p': bit offset 3 not byte aligned");
  Builder fwd;
  fwd.type("f", Kind::Fwd, 0, 0).type("v", Kind::Var, 0, 1).u32(1);
  EXPECT_BTF_ERROR(fwd.bytes(), "type [2] VAR 'v': type type [1] FWD 'f' has no size");
  Builder fwd_member;
  fwd_member.type("f", Kind::Fwd, 0, 0).type("s", Kind::Struct, 1, 4).member("x", 1, 0);
  EXPECT_BTF_ERROR(fwd_member.bytes(), "member 0 'x': type type [1] FWD 'f' has no size");
  Builder index = with_int();
  index.type("", Kind::Ptr, 0, 1).type("", Kind::Array, 0, 0).u32(1).u32(2).u32(4);
  EXPECT_BTF_ERROR(index.bytes(), "type [3] ARRAY: index type type [2] PTR is not an INT");
  Builder sec = with_int();
  sec.type("v", Kind::Var, 0, 1).u32(1).type(".data", Kind::Datasec, 1, 4).u32(2).u32(2).u32(4);
  EXPECT_BTF_ERROR(sec.bytes(), "var 0 at offset 2 size 4 exceeds the section size 4");
  Builder voidp = with_int();
  voidp.type("", Kind::FuncProto, 2, 1).u32(0).u32(0).u32(0).u32(1);
  EXPECT_BTF_ERROR(voidp.bytes(), "type [2] FUNC_PROTO: param 0 has type void");
  Builder linkage = with_int();
  linkage.type("v", Kind::Var, 0, 1).u32(3);
  EXPECT_BTF_ERROR(linkage.bytes(), "type [2] VAR 'v': invalid linkage 3");
}

TEST(BtfMalformedTest, DeclTags) {
  Builder s = with_int();
  s.type("s", Kind::Struct, 1, 4).member("a", 1, 0);
  Builder idx = s;
  idx.type("tag", Kind::DeclTag, 0, 2).u32(1);
  EXPECT_BTF_ERROR(idx.bytes(), "type [3] DECL_TAG 'tag': component_idx 1 out of range (1 components)");
  Builder on_int = s;
  on_int.type("tag", Kind::DeclTag, 0, 1).u32(static_cast<uint32_t>(-1));
  EXPECT_BTF_ERROR(on_int.bytes(), "cannot tag type [1] INT 'int'");
  Builder ok = s;
  ok.type("tag", Kind::DeclTag, 0, 2).u32(0);
  EXPECT_TRUE(Btf::parse(ok.bytes()));
  Builder neg = s;
  neg.type("tag", Kind::DeclTag, 0, 2).u32(static_cast<uint32_t>(-2));
  EXPECT_BTF_ERROR(neg.bytes(), "invalid component_idx -2");
}

// What clang 14 cannot produce: ENUM64 and signed (kflag) enums, as newer compilers and vmlinux have them.
TEST(BtfMalformedTest, Enum64AndSignedEnums) {
  Builder b;
  b.type("big", Kind::Enum64, 2, 8).u32(b.str("A")).u32(0x76543210).u32(0xfedcba98).u32(b.str("B")).u32(1).u32(0);
  b.type("neg", Kind::Enum, 1, 4, true).u32(b.str("M")).u32(0xffffffff);
  b.type("odd", Kind::Enum64, 1, 8, true).u32(b.str("N")).u32(0xfffffffe).u32(0xffffffff);
  auto bytes = b.bytes();
  auto btf = Btf::parse(bytes);
  ASSERT_TRUE(btf) << btf.error().to_string();
  EXPECT_EQ(btf->type(1)->values[0].value, 0xfedcba9876543210ull);
  EXPECT_EQ(btf->type(2)->values[0].value, ~uint64_t{0});  // sign-extended
  EXPECT_TRUE(btf->type(2)->is_signed_enum());
  EXPECT_EQ(btf->type_name(1), "enum big");
  EXPECT_EQ(*btf->resolve_size(1), 8u);
  uint8_t v[8] = {0x10, 0x32, 0x54, 0x76, 0x98, 0xba, 0xdc, 0xfe};
  EXPECT_EQ(*btf->format_value(1, v), "\"A\"");
  uint8_t m[4] = {0xff, 0xff, 0xff, 0xff};
  EXPECT_EQ(*btf->format_value(2, m), "\"M\"");
  EXPECT_EQ(btf->encode(), bytes);
  EXPECT_BTF_ERROR(Builder().type("e", Kind::Enum, 0, 3).bytes(), "type [1] ENUM 'e': invalid size 3");
  Builder noname;
  noname.type("e", Kind::Enum, 1, 4).u32(0).u32(1);
  EXPECT_BTF_ERROR(noname.bytes(), "value 0 has no name");
}

// Hostile but acyclic shapes: nothing may recurse per level.
TEST(BtfMalformedTest, LongChainsAndDeepNesting) {
  constexpr uint32_t n = 200000;
  Builder chain = with_int();
  for (uint32_t i = 0; i < n; i++) chain.type("", Kind::Const, 0, i + 1);  // [i+2] -> [i+1]
  auto c = Btf::parse(chain.bytes());
  ASSERT_TRUE(c) << c.error().to_string();
  EXPECT_EQ(*c->resolve_size(n + 1), 4u);
  EXPECT_EQ(c->skip_mods(n + 1), 1u);
  EXPECT_EQ(c->type_name(n + 1), "<type chain too long>");
  EXPECT_EQ(c->type_name(3), "const const int");

  Builder nest = with_int();
  nest.type("s0", Kind::Struct, 1, 4).member("x", 1, 0);
  for (uint32_t i = 1; i < n; i++) nest.type("s" + std::to_string(i), Kind::Struct, 1, 4).member("x", i + 1, 0);
  auto d = Btf::parse(nest.bytes());
  ASSERT_TRUE(d) << d.error().to_string();
  EXPECT_EQ(*d->align_of(n + 1), 4u);
  uint8_t v[4] = {1, 0, 0, 0};
  auto f = d->format_value(n + 1, v);
  ASSERT_FALSE(f);
  EXPECT_NE(f.error().message.find("nesting too deep"), std::string::npos);
  EXPECT_EQ(*d->format_value(3, v), R"({"x":{"x":1}})");
}

TEST(BtfMalformedTest, FixupDatasecs) {
  Builder b = with_int();
  b.type("a", Kind::Var, 0, 1).u32(1);                 // [2]
  b.type("h", Kind::Var, 0, 1).u32(1);                 // [3]
  b.type(".data", Kind::Datasec, 2, 0)                 // [4]
      .u32(2).u32(0).u32(4)
      .u32(3).u32(0).u32(4);
  b.type(".kconfig", Kind::Datasec, 1, 0).u32(2).u32(0).u32(4);  // [5]: left alone
  auto btf = Btf::parse(b.bytes());
  ASSERT_TRUE(btf) << btf.error().to_string();

  DataLayout layout;
  auto err = btf->fixup_datasecs(layout);
  ASSERT_FALSE(err);
  EXPECT_EQ(err.error().message, "BTF: DATASEC '.data': no ELF section of that name with a size");
  layout.section_sizes[".data"] = 8;
  layout.symbols["a"] = {4, false};
  err = btf->fixup_datasecs(layout);
  ASSERT_FALSE(err);
  EXPECT_EQ(err.error().message, "BTF: DATASEC '.data': no ELF symbol for VAR 'h'");

  btf = Btf::parse(b.bytes());
  layout.symbols["h"] = {6, false};
  err = btf->fixup_datasecs(layout);
  ASSERT_FALSE(err);
  EXPECT_NE(err.error().message.find("VAR 'h' at offset 6 size 4 past the section size 8"), std::string::npos);

  btf = Btf::parse(b.bytes());
  layout.symbols["h"] = {0, true};
  ASSERT_TRUE(btf->fixup_datasecs(layout));
  const Type& sec = *btf->type(4);
  EXPECT_EQ(sec.size, 8u);
  EXPECT_EQ(*btf->resolve_size(4), 8u);
  ASSERT_EQ(sec.vars.size(), 2u);
  EXPECT_EQ(sec.vars[0].type, 3u);  // sorted by offset
  EXPECT_EQ(sec.vars[1].offset, 4u);
  EXPECT_EQ(btf->type(3)->linkage, Linkage::Static);  // hidden
  EXPECT_EQ(btf->type(2)->linkage, Linkage::Global);  // as built
  EXPECT_EQ(btf->type(5)->size, 0u);
  uint8_t data[8] = {7, 0, 0, 0, 9, 0, 0, 0};
  EXPECT_EQ(*btf->format_value(4, data), R"([{"h":7},{"a":9}])");
  auto again = Btf::parse(btf->encode());
  ASSERT_TRUE(again) << again.error().to_string();
  EXPECT_EQ(again->type(4)->vars[1].offset, 4u);
}

// Static VARs are not libbpf's concern: one whose symbol lives in another section (clang 14's static string in
// .rodata.str1.1, listed in .rodata) or that does not fit the section is dropped instead of failing the object.
TEST(BtfMalformedTest, FixupDatasecsDropsMisplacedStaticVars) {
  Builder b = with_int();
  b.type("g", Kind::Var, 0, 1).u32(1);                 // [2] global
  b.type("elsewhere", Kind::Var, 0, 1).u32(0);         // [3] static, symbol in .rodata.str1.1
  b.type("too_big", Kind::Var, 0, 1).u32(0);           // [4] static, past the end
  b.type("kept", Kind::Var, 0, 1).u32(0);              // [5] static, fits
  b.type(".rodata", Kind::Datasec, 4, 0)               // [6]
      .u32(2).u32(0).u32(4)
      .u32(3).u32(0).u32(44)
      .u32(4).u32(0).u32(4)
      .u32(5).u32(0).u32(4);
  auto btf = Btf::parse(b.bytes());
  ASSERT_TRUE(btf) << btf.error().to_string();
  DataLayout layout;
  layout.section_sizes[".rodata"] = 8;
  layout.symbols["g"] = {0, false, ".rodata"};
  layout.symbols["elsewhere"] = {0, false, ".rodata.str1.1"};
  layout.symbols["too_big"] = {6, false, ".rodata"};
  layout.symbols["kept"] = {4, false, ".rodata"};
  auto fixed = btf->fixup_datasecs(layout);
  ASSERT_TRUE(fixed) << fixed.error().to_string();
  const Type& sec = *btf->type(6);
  ASSERT_EQ(sec.vars.size(), 2u);
  EXPECT_EQ(sec.vars[0].type, 2u);
  EXPECT_EQ(sec.vars[1].type, 5u);
  EXPECT_EQ(sec.vars[1].offset, 4u);
  auto again = Btf::parse(btf->encode());
  ASSERT_TRUE(again) << again.error().to_string();
  EXPECT_EQ(again->type(6)->vars.size(), 2u);
}

// Every prefix and many single-byte corruptions of a valid blob: errors, never crashes (run under ASan in CI).
TEST(BtfMalformedTest, TruncationsAndCorruptions) {
  Builder b = with_int();
  b.type("s", Kind::Struct, 2, 16, true).member("a", 1, 3u << 24).member("p", 3, 64);
  b.type("", Kind::Ptr, 0, 2).type("", Kind::FuncProto, 1, 1).u32(0).u32(3);
  auto good = b.bytes();
  ASSERT_TRUE(Btf::parse(good));
  for (size_t n = 0; n < good.size(); n++) {
    auto r = Btf::parse(std::span(good).first(n));
    EXPECT_FALSE(r && n < 24);
  }
  for (size_t i = 0; i < good.size(); i++) {
    for (uint8_t x : {0x01, 0x80, 0xff}) {
      auto bad = good;
      bad[i] ^= x;
      auto r = Btf::parse(bad);
      if (r)
        for (const Type& t : r->types()) {
          (void)r->type_name(t.id);
          (void)r->resolve_size(t.id);
        }
    }
  }
}

}  // namespace
}  // namespace bpfkit::btf
