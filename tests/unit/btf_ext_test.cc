// BtfExt on tests/bpf/btf_types.bpf.c, each record kind checked against an oracle outside .BTF.ext:
//  - func_info: the ELF symbol table (each record sits at its FUNC's symbol, and every function has one);
//  - line_info: the source file itself (line_num's text is the line clang recorded, in that file);
//  - core_relo: the instructions clang relocates hold the local value the relocation describes (byte size 4,
//    exists 1, enum value -1...), computed here from our Btf.
// Then the format rules: larger records than we know are skipped over, and malformed sections are refused.
#include <gtest/gtest.h>

#include <cstring>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "bpfkit/btf.h"
#include "bpfkit/elf.h"

namespace bpfkit::btf {
namespace {

const std::string kObject = BPFKIT_BINARY_DIR "/bpf/btf_types.o";
const std::string kSource = BPFKIT_SOURCE_DIR "/tests/bpf/btf_types.bpf.c";

uint32_t get32(const std::vector<uint8_t>& b, size_t off) {
  uint32_t v;
  std::memcpy(&v, b.data() + off, 4);
  return v;
}
void put32(std::vector<uint8_t>& b, size_t off, uint32_t v) { std::memcpy(b.data() + off, &v, 4); }

class BtfExtTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto elf = ElfFile::open(kObject);
    ASSERT_TRUE(elf) << elf.error().to_string();
    elf_ = std::make_unique<ElfFile>(std::move(*elf));
    const ElfSection* b = elf_->section_by_name(".BTF");
    const ElfSection* e = elf_->section_by_name(".BTF.ext");
    ASSERT_TRUE(b && e);
    ext_bytes_.assign(e->data.begin(), e->data.end());
    auto btf = Btf::parse(b->data);
    ASSERT_TRUE(btf) << btf.error().to_string();
    btf_ = std::move(*btf);
    auto ext = BtfExt::parse(ext_bytes_, btf_);
    ASSERT_TRUE(ext) << ext.error().to_string();
    ext_ = std::move(*ext);
  }
  std::string parse_error(const std::vector<uint8_t>& bytes) {
    auto r = BtfExt::parse(bytes, btf_);
    EXPECT_FALSE(r) << "parsed";
    return r ? "" : r.error().message;
  }
  std::unique_ptr<ElfFile> elf_;
  std::vector<uint8_t> ext_bytes_;
  Btf btf_;
  BtfExt ext_;
};

TEST_F(BtfExtTest, FuncInfoMatchesElfSymbols) {
  size_t functions = 0;
  for (const ElfSection& sec : elf_->sections()) {
    if (!sec.is_executable() || sec.size == 0) continue;
    const auto* fi = ext_.func_info(sec.name);
    ASSERT_TRUE(fi) << sec.name;
    auto funcs = elf_->functions(sec);
    ASSERT_EQ(fi->records.size(), funcs.size()) << sec.name;
    for (size_t i = 0; i < funcs.size(); i++) {
      EXPECT_EQ(fi->records[i].insn_off, funcs[i]->value) << funcs[i]->name;
      EXPECT_EQ(btf_.type(fi->records[i].type_id)->name, funcs[i]->name);
    }
    functions += funcs.size();
  }
  EXPECT_EQ(functions, 4u);  // btf_global_helper, btf_static_helper, btf_xdp, btf_tc
}

TEST_F(BtfExtTest, LineInfoMatchesSource) {
  std::ifstream in(kSource);
  std::vector<std::string> lines;
  for (std::string l; std::getline(in, l);) lines.push_back(l);
  ASSERT_GT(lines.size(), 50u);
  size_t records = 0;
  for (const auto& sec : ext_.line_info()) {
    const ElfSection* elf_sec = elf_->section_by_name(sec.name);
    ASSERT_TRUE(elf_sec) << sec.name;
    uint32_t prev = 0;
    for (const LineInfo& li : sec.records) {
      EXPECT_EQ(li.file_name, kSource);
      EXPECT_LT(li.insn_off, elf_sec->size);
      if (li.line_num == 0) {  // code clang attributes to no line (e.g. after inlining): no text either
        EXPECT_EQ(li.line, "");
        EXPECT_EQ(li.column, 0u);
        continue;
      }
      ASSERT_LE(li.line_num, lines.size());
      EXPECT_EQ(li.line, lines[li.line_num - 1]) << sec.name << " insn_off " << li.insn_off;
      EXPECT_LE(li.column, li.line.size() + 1);  // 0 = no column (function entries)
      EXPECT_LT(li.insn_off, elf_sec->size);
      EXPECT_GE(li.insn_off, prev);  // sorted by instruction
      prev = li.insn_off;
      records++;
    }
  }
  EXPECT_GT(records, 15u);
  EXPECT_EQ(ext_.line_info().size(), 3u);  // .text, xdp, tc
}

int64_t insn_imm(const ElfSection& sec, uint32_t off) {
  int32_t lo;
  std::memcpy(&lo, sec.data.data() + off + 4, 4);
  if (sec.data[off] != 0x18) return lo;  // not LD_IMM64
  int32_t hi;
  std::memcpy(&hi, sec.data.data() + off + 12, 4);
  return static_cast<int64_t>((static_cast<uint64_t>(static_cast<uint32_t>(hi)) << 32) | static_cast<uint32_t>(lo));
}

TEST_F(BtfExtTest, CoreRelosMatchInstructions) {
  const auto* relos = ext_.core_relos("tc");
  ASSERT_TRUE(relos);
  EXPECT_EQ(ext_.core_relos().size(), 1u);
  const ElfSection& tc = *elf_->section_by_name("tc");
  TypeId view = *btf_.find_by_name_kind("btf_sk_buff_view", Kind::Struct);
  std::map<CoreReloKind, const CoreRelo*> by_kind;
  for (const CoreRelo& r : relos->records) by_kind[r.kind] = &r;
  ASSERT_EQ(relos->records.size(), 5u);
  ASSERT_EQ(by_kind.size(), 5u);

  const CoreRelo* size = by_kind.at(CoreReloKind::FieldByteSize);
  EXPECT_EQ(size->type_id, view);
  EXPECT_EQ(size->access_str, "0:0");
  EXPECT_EQ(insn_imm(tc, size->insn_off), *btf_.resolve_size(btf_.type(view)->members[0].type));

  const CoreRelo* exists = by_kind.at(CoreReloKind::FieldExists);
  EXPECT_EQ(exists->access_str, "0:1");
  EXPECT_EQ(insn_imm(tc, exists->insn_off), 1);

  const CoreRelo* off = by_kind.at(CoreReloKind::FieldByteOffset);
  EXPECT_EQ(off->access_str, "0:0");
  EXPECT_EQ(insn_imm(tc, off->insn_off), btf_.type(view)->members[0].bit_offset / 8);

  const CoreRelo* type_exists = by_kind.at(CoreReloKind::TypeExists);
  EXPECT_EQ(btf_.type(type_exists->type_id)->name, "btf_record");
  EXPECT_EQ(insn_imm(tc, type_exists->insn_off), 1);

  const CoreRelo* enumval = by_kind.at(CoreReloKind::EnumvalValue);
  const Type& color = *btf_.type(enumval->type_id);
  EXPECT_EQ(color.name, "btf_color");
  size_t idx = std::stoul(enumval->access_str);
  ASSERT_LT(idx, color.values.size());
  EXPECT_EQ(color.values[idx].name, "BTF_BLUE");
  EXPECT_EQ(static_cast<uint32_t>(insn_imm(tc, enumval->insn_off)), static_cast<uint32_t>(color.values[idx].value));
  EXPECT_STREQ(core_relo_kind_name(CoreReloKind::EnumvalValue), "enumval_value");
}

// Rewrites the section with every record padded by `extra` bytes, as a newer producer with bigger records would.
std::vector<uint8_t> pad_records(const std::vector<uint8_t>& in, uint32_t extra) {
  uint32_t hdr_len = get32(in, 4);
  std::vector<uint8_t> blocks[3];
  for (int b = 0; b < 3; b++) {
    uint32_t off = get32(in, 8 + 8 * b), len = get32(in, 12 + 8 * b);
    if (len == 0) continue;
    size_t pos = hdr_len + off, end = pos + len;
    uint32_t rec = get32(in, pos);
    std::vector<uint8_t>& out = blocks[b];
    out.resize(4);
    put32(out, 0, rec + extra);
    for (pos += 4; pos < end;) {
      uint32_t num = get32(in, pos + 4);
      out.insert(out.end(), in.begin() + pos, in.begin() + pos + 8);
      pos += 8;
      for (uint32_t i = 0; i < num; i++, pos += rec) {
        out.insert(out.end(), in.begin() + pos, in.begin() + pos + rec);
        out.insert(out.end(), extra, 0xee);
      }
    }
  }
  std::vector<uint8_t> out(in.begin(), in.begin() + hdr_len);
  uint32_t off = 0;
  for (int b = 0; b < 3; b++) {
    put32(out, 8 + 8 * b, off);
    put32(out, 12 + 8 * b, static_cast<uint32_t>(blocks[b].size()));
    off += static_cast<uint32_t>(blocks[b].size());
  }
  for (auto& b : blocks) out.insert(out.end(), b.begin(), b.end());
  return out;
}

TEST_F(BtfExtTest, LargerRecordsAreSkippedOver) {
  ASSERT_GE(get32(ext_bytes_, 4), 32u);  // clang writes the core_relo fields
  auto padded = BtfExt::parse(pad_records(ext_bytes_, 8), btf_);
  ASSERT_TRUE(padded) << padded.error().to_string();
  ASSERT_EQ(padded->func_info().size(), ext_.func_info().size());
  for (size_t i = 0; i < ext_.func_info().size(); i++) {
    const auto& a = ext_.func_info()[i].records;
    const auto& b = padded->func_info()[i].records;
    ASSERT_EQ(a.size(), b.size());
    for (size_t j = 0; j < a.size(); j++) EXPECT_EQ(a[j].insn_off, b[j].insn_off);
  }
  ASSERT_EQ(padded->line_info().size(), ext_.line_info().size());
  EXPECT_EQ(padded->line_info()[1].records.back().line, ext_.line_info()[1].records.back().line);
  ASSERT_EQ(padded->core_relos().size(), 1u);
  EXPECT_EQ(padded->core_relos()[0].records.back().access_str, ext_.core_relos()[0].records.back().access_str);
}

TEST_F(BtfExtTest, OldHeaderWithoutCoreRelos) {
  auto b = ext_bytes_;
  // A 24-byte header: the section data moves 8 bytes closer, offsets stay relative to the header's end.
  b.erase(b.begin() + 24, b.begin() + 32);
  put32(b, 4, 24);
  auto ext = BtfExt::parse(b, btf_);
  ASSERT_TRUE(ext) << ext.error().to_string();
  EXPECT_TRUE(ext->core_relos().empty());
  EXPECT_EQ(ext->func_info().size(), ext_.func_info().size());
}

TEST_F(BtfExtTest, MalformedSectionsAreRefused) {
  uint32_t hdr = get32(ext_bytes_, 4);
  uint32_t fi_off = get32(ext_bytes_, 8), li_off = get32(ext_bytes_, 16), cr_off = get32(ext_bytes_, 24);
  auto with = [&](size_t off, uint32_t v) {
    auto b = ext_bytes_;
    put32(b, off, v);
    return b;
  };
  EXPECT_NE(parse_error({0x9f, 0xeb}).find("truncated header"), std::string::npos);
  EXPECT_NE(parse_error(with(0, 0x0001eb9f ^ 1)).find("bad magic"), std::string::npos);
  EXPECT_NE(parse_error(with(0, 0x0002eb9f)).find("unsupported version 2"), std::string::npos);
  EXPECT_NE(parse_error(with(4, 16)).find("header length 16"), std::string::npos);
  EXPECT_NE(parse_error(with(4, 1u << 30)).find("header length"), std::string::npos);
  EXPECT_NE(parse_error(with(12, 1u << 20)).find("func_info (offset 0, length 1048576) past the end"),
            std::string::npos);
  EXPECT_NE(parse_error(with(8, 2)).find("not 4-byte aligned"), std::string::npos);
  EXPECT_NE(parse_error(with(hdr + fi_off, 4)).find("func_info: record size 4 invalid"), std::string::npos);
  EXPECT_NE(parse_error(with(hdr + li_off, 18)).find("line_info: record size 18 invalid"), std::string::npos);
  EXPECT_NE(parse_error(with(hdr + fi_off + 4, 1u << 30)).find("section name"), std::string::npos);
  EXPECT_NE(parse_error(with(hdr + fi_off + 8, 0)).find("no records"), std::string::npos);
  EXPECT_NE(parse_error(with(hdr + fi_off + 8, 1000)).find("past the end of the block"), std::string::npos);
  // The first func_info record: {insn_off, type_id}.
  EXPECT_NE(parse_error(with(hdr + fi_off + 12, 4)).find("insn_off 4 not a multiple of 8"), std::string::npos);
  EXPECT_NE(parse_error(with(hdr + fi_off + 16, 1)).find("type id 1 is not a FUNC"), std::string::npos);
  EXPECT_NE(parse_error(with(hdr + fi_off + 16, 1u << 24)).find("is not a FUNC"), std::string::npos);
  // The first line_info record: {insn_off, file_name_off, line_off, line_col}.
  EXPECT_NE(parse_error(with(hdr + li_off + 16, 1u << 30)).find("file name: string offset"), std::string::npos);
  // The first core_relo record: {insn_off, type_id, access_str_off, kind}.
  EXPECT_NE(parse_error(with(hdr + cr_off + 16, 0)).find("type id 0 out of range"), std::string::npos);
  EXPECT_NE(parse_error(with(hdr + cr_off + 20, 1u << 30)).find("access string"), std::string::npos);
  EXPECT_NE(parse_error(with(hdr + cr_off + 20, 0)).find("empty access string"), std::string::npos);
  EXPECT_NE(parse_error(with(hdr + cr_off + 24, 13)).find("unknown relocation kind 13"), std::string::npos);
  std::string e = parse_error(with(hdr + cr_off + 24, 13));
  EXPECT_EQ(e.rfind("BTF.ext: core_relo section 'tc' record 0", 0), 0u) << e;
  // Truncated anywhere: an error, never a crash.
  for (size_t n = 0; n < ext_bytes_.size(); n += 3) {
    std::vector<uint8_t> cut(ext_bytes_.begin(), ext_bytes_.begin() + n);
    (void)BtfExt::parse(cut, btf_);
  }
}

}  // namespace
}  // namespace bpfkit::btf
