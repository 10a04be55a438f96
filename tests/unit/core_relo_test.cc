// CO-RE relocations applied at link time (core.h), against the small target BTF of tests/bpf/core_target.bpf.c, so
// these tests need no kernel BTF: field offsets, sizes, bitfields, flavours, narrowing loads, arrays of structs,
// enum values, type existence, sizes, ids and matches, poisoning and ambiguity.
#include <gtest/gtest.h>

#include <cstring>
#include <string>
#include <vector>

#include "bpfkit/core.h"
#include "bpfkit/elf.h"
#include "bpfkit/link.h"
#include "bpfkit/runtime.h"
#include "support/elf_patch.h"

namespace bpfkit {
namespace {

const std::string kBpfDir = BPFKIT_BINARY_DIR "/bpf/";
const std::string kTarget = kBpfDir + "core_target.o";

LoadOptions target_options() {
  LoadOptions o;
  o.core.btf_path = kTarget;
  return o;
}

Expected<std::unique_ptr<UserspaceObject>> load_spec(ObjectSpec spec, bool verify = true) {
  LoadOptions o = target_options();
  o.verify = verify;
  return UserspaceObject::load(std::move(spec), std::move(o));
}

std::unique_ptr<UserspaceObject> load(const std::string& name, bool verify = true) {
  auto spec = ObjectSpec::open(kBpfDir + name);
  EXPECT_TRUE(spec) << spec.error().to_string();
  if (!spec) return nullptr;
  auto obj = load_spec(std::move(*spec), verify);
  EXPECT_TRUE(obj) << obj.error().to_string();
  return obj ? std::move(*obj) : nullptr;
}

std::vector<int64_t> bss_words(UserspaceObject& obj) {
  for (size_t i = 0; i < obj.map_count(); ++i) {
    if (obj.spec().maps()[i].origin != MapOrigin::Bss) continue;
    std::vector<MapEntry> e = dump_map(obj.map_at(i));
    if (e.size() != 1) break;
    std::vector<int64_t> words(e[0].value.size() / 8);
    std::memcpy(words.data(), e[0].value.data(), words.size() * 8);
    return words;
  }
  ADD_FAILURE() << "no .bss";
  return {};
}

// struct core_task as core_target.bpf.c lays it out (128 bytes).
std::vector<uint8_t> target_task() {
  std::vector<uint8_t> b(128, 0);
  auto put32 = [&](size_t off, uint32_t v) { std::memcpy(&b[off], &v, 4); };
  auto put64 = [&](size_t off, uint64_t v) { std::memcpy(&b[off], &v, 8); };
  put32(0, 4242);                                        // pid
  put64(8, 0x1122334455667788ull);                       // start
  put32(16, 5u | (99u << 3) | ((uint32_t(-5) & 0x3f) << 10));  // flags:3 = 5, prio:7 = 99, nice:6 = -5
  put32(20, 7);                                          // inner_a
  put32(24, 8);                                          // inner_b
  std::memcpy(&b[28], "abcdef", 6);                      // comm
  b[44] = 0xef;                                          // narrow (u16) = 0xbeef
  b[45] = 0xbe;
  b[46] = 0xff;                                          // padding after it: a u32 load would see it
  b[47] = 0xff;
  put32(48, 77);                                         // state_new
  for (uint32_t i = 0; i < 4; ++i) {                     // items[i] = {key, value}
    put32(56 + 16 * i, 100 + i);
    put64(56 + 16 * i + 8, 1000 + i);
  }
  b[120] = 0x34;                                         // snarrow
  b[121] = 0x12;
  return b;
}

TEST(CoreRelo, FieldsFollowTheTargetLayout) {
  auto obj = load("core_fields.o");
  ASSERT_TRUE(obj);
  TestRunOptions run;
  run.ctx_in = target_task();
  auto r = obj->test_run("core_fields", run);
  ASSERT_TRUE(r) << r.error().to_string();
  EXPECT_EQ(r->retval, 0u);
  std::vector<int64_t> w = bss_words(*obj);
  ASSERT_EQ(w.size(), 19u);
  const std::vector<int64_t> want = {
      4242, 0x1122334455667788ll, 8, 0xbeef,  // pid, start, inner_b (through the anonymous struct), narrow
      5, 99, -5,                              // bitfields, nice sign-extended
      102, 1003, 'b',                         // items[2].key, items[3].value, comm[1]
      77, 0, 1,                               // state from the ___new flavour; ___old's field is missing
      8, 2, 64, 80,                           // offsetof start, sizeof narrow, sizeof items, offsetof items[1].value
      2, 0};                                  // sizeof snarrow; its poisoned read is never reached
  EXPECT_EQ(w, want);
}

TEST(CoreRelo, LinkedProgramKeepsThePoisonedInstructions) {
  auto obj = load("core_fields.o");
  ASSERT_TRUE(obj);
  const auto* p = obj->program("core_fields");
  ASSERT_NE(p, nullptr);
  // core_task___old.state (missing) and the signed int read of a short (cannot be narrowed).
  ASSERT_EQ(p->linked.poisoned.size(), 2u);
  for (const PoisonedInsn& poison : p->linked.poisoned) {
    const Insn& insn = p->linked.insns[poison.insn];
    EXPECT_EQ(insn.opcode, op::JMP | op::CALL);
    EXPECT_EQ(insn.imm, kPoisonedCallImm);
    EXPECT_NE(poison.message.find("cannot be resolved against " + kTarget), std::string::npos) << poison.message;
  }
  EXPECT_NE(p->linked.poisoned[0].message.find("byte_off struct core_task___old.state (0:0)"), std::string::npos)
      << p->linked.poisoned[0].message;
  EXPECT_NE(p->linked.poisoned[1].message.find("struct core_task.snarrow"), std::string::npos)
      << p->linked.poisoned[1].message;
  const auto* records = obj->spec().btf_ext()->core_relos("syscall");
  ASSERT_NE(records, nullptr);
  EXPECT_EQ(p->linked.core_relos, records->records.size());
}

TEST(CoreRelo, TypesAndEnums) {
  auto obj = load("core_types.o");
  ASSERT_TRUE(obj);
  auto target = read_target_btf(kTarget);
  ASSERT_TRUE(target) << target.error().to_string();
  auto r = obj->test_run("core_types", TestRunOptions{});
  ASSERT_TRUE(r) << r.error().to_string();
  std::vector<int64_t> w = bss_words(*obj);
  ASSERT_EQ(w.size(), 17u);
  const btf::Btf& local = *obj->spec().btf();
  const int64_t local_shape = *local.find_by_name_kind("core_shape", btf::Kind::Struct);
  const int64_t target_only = *(*target)->find_by_name_kind("core_only_target", btf::Kind::Struct);
  const std::vector<int64_t> want = {
      10, 30, -5, 0, 1, 0,  // CK_ALPHA, CK_GAMMA, CK_BIG (negative), CK_BETA missing, CK_GAMMA exists, beta unread
      1, 12, 0, 0, 1, 4,    // core_only_target exists (12 bytes there), core_missing does not, the typedef does
      1, 1,                 // both core_shape flavours exist (type_exists is lenient about members)
      local_shape, target_only, 0};
  EXPECT_EQ(w, want);
  // CK_BETA's value is an LD_IMM64: both slots are poisoned.
  const auto* p = obj->program("core_types");
  ASSERT_EQ(p->linked.poisoned.size(), 2u);
  EXPECT_EQ(p->linked.poisoned[1].insn, p->linked.poisoned[0].insn + 1);
  EXPECT_NE(p->linked.poisoned[0].message.find("enumval_value enum core_kind::CK_BETA"), std::string::npos)
      << p->linked.poisoned[0].message;
}

// clang 14 cannot emit bpf_core_type_matches(), so core_types.o's type_exists records for the two core_shape
// flavours become type_matches records (kind 12) here: the target's core_shape has `long long b`, which only the
// first flavour matches.
TEST(CoreRelo, TypeMatches) {
  testing::Bytes bytes = testing::read_object("core_types");
  auto plain = ObjectSpec::parse(bytes, "core_types.o");
  ASSERT_TRUE(plain) << plain.error().to_string();
  const btf::Btf& local = *plain->btf();
  const uint32_t shape = *local.find_by_name_kind("core_shape", btf::Kind::Struct);
  const uint32_t bad = *local.find_by_name_kind("core_shape___bad", btf::Kind::Struct);
  testing::Layout layout{bytes};
  const Elf64_Shdr ext = layout.shdr(layout.index(".BTF.ext"));
  // struct btf_ext_header, then the core_relo part: record size, and per section {name, count, records}.
  const size_t base = ext.sh_offset;
  const uint32_t hdr_len = testing::get<uint32_t>(bytes, base + 4);
  const uint32_t relo_off = testing::get<uint32_t>(bytes, base + 24);
  const uint32_t relo_len = testing::get<uint32_t>(bytes, base + 28);
  size_t off = base + hdr_len + relo_off;
  const size_t end = off + relo_len;
  const uint32_t rec_size = testing::get<uint32_t>(bytes, off);
  ASSERT_EQ(rec_size, 16u);
  off += 4;
  int patched = 0;
  while (off + 8 <= end) {
    const uint32_t count = testing::get<uint32_t>(bytes, off + 4);
    off += 8;
    for (uint32_t i = 0; i < count; ++i, off += rec_size) {
      const uint32_t type_id = testing::get<uint32_t>(bytes, off + 4);
      const uint32_t kind = testing::get<uint32_t>(bytes, off + 12);
      if ((type_id == shape || type_id == bad) && kind == uint32_t(btf::CoreReloKind::TypeExists)) {
        testing::put<uint32_t>(bytes, off + 12, uint32_t(btf::CoreReloKind::TypeMatches));
        ++patched;
      }
    }
  }
  ASSERT_EQ(patched, 2);
  auto spec = ObjectSpec::parse(bytes, "core_types_matches.o");
  ASSERT_TRUE(spec) << spec.error().to_string();
  auto obj = load_spec(std::move(*spec));
  ASSERT_TRUE(obj) << obj.error().to_string();
  ASSERT_TRUE((*obj)->test_run("core_types", TestRunOptions{}));
  std::vector<int64_t> w = bss_words(**obj);
  ASSERT_EQ(w.size(), 17u);
  EXPECT_EQ(w[12], 1);  // core_shape matches
  EXPECT_EQ(w[13], 0);  // core_shape___bad: `int b` against `long long b`
}

TEST(CoreRelo, ReachedPoisonStopsTheRunNamingTheRelocation) {
  // Unverified: the kernel's verifier refuses the reachable poisoned call; this checks the runtime stops it too.
  auto obj = load("core_poison.o", /*verify=*/false);
  ASSERT_TRUE(obj);  // libbpf loads it too; only the verifier would refuse the reachable call
  TestRunOptions run;
  run.ctx_in = std::vector<uint8_t>(16, 1);
  auto r = obj->test_run("core_poison", run);
  ASSERT_FALSE(r);
  const std::string msg = r.error().to_string();
  EXPECT_NE(msg.find("CO-RE relocation #1: byte_off struct core_task___old.state (0:1) cannot be resolved"),
            std::string::npos)
      << msg;
  EXPECT_NE(msg.find("core_poison.bpf.c"), std::string::npos) << msg;
  EXPECT_NE(msg.find("return t->state;"), std::string::npos) << msg;
  // The field before it resolved (pid is at 0 in both) and ran.
  std::vector<int64_t> w = bss_words(*obj);
  ASSERT_EQ(w.size(), 1u);
  EXPECT_EQ(w[0], 0x01010101);
}

TEST(CoreRelo, AmbiguousCandidatesFailTheLoad) {
  auto spec = ObjectSpec::open(kBpfDir + "core_ambiguous.o");
  ASSERT_TRUE(spec) << spec.error().to_string();
  auto obj = load_spec(std::move(*spec));
  ASSERT_FALSE(obj);
  EXPECT_NE(obj.error().message.find("field offset ambiguity: 32 != 0"), std::string::npos) << obj.error().message;
  EXPECT_EQ(obj.error().program, "core_ambiguous");
}

TEST(CoreRelo, MissingTargetBtfIsAnError) {
  auto spec = ObjectSpec::open(kBpfDir + "core_fields.o");
  ASSERT_TRUE(spec);
  CoreOptions o;
  o.btf_path = kBpfDir + "no_such_btf";
  auto core = CoreRelocations::resolve(*spec, o);
  ASSERT_FALSE(core);
  EXPECT_NE(core.error().message.find("no_such_btf"), std::string::npos) << core.error().message;
  // An object without CO-RE records never reads the target, so a missing one does not matter.
  auto plain = ObjectSpec::open(kBpfDir + "obj_calls.o");
  ASSERT_TRUE(plain);
  auto none = CoreRelocations::resolve(*plain, o);
  ASSERT_TRUE(none) << none.error().to_string();
  EXPECT_EQ(none->size(), 0u);
}

TEST(CoreRelo, TargetBtfFromAnObjectOrRawBtf) {
  auto elf = ElfFile::open(kTarget);
  ASSERT_TRUE(elf);
  const ElfSection* sec = elf->section_by_name(".BTF");
  ASSERT_NE(sec, nullptr);
  const std::string raw = std::string(BPFKIT_BINARY_DIR) + "/core_target.btf";
  FILE* f = std::fopen(raw.c_str(), "wb");
  ASSERT_NE(f, nullptr);
  ASSERT_EQ(std::fwrite(sec->data.data(), 1, sec->data.size(), f), sec->data.size());
  std::fclose(f);
  auto a = read_target_btf(kTarget);
  auto b = read_target_btf(raw);
  ASSERT_TRUE(a) << a.error().to_string();
  ASSERT_TRUE(b) << b.error().to_string();
  EXPECT_EQ((*a)->type_count(), (*b)->type_count());
  auto spec = ObjectSpec::open(kBpfDir + "core_fields.o");
  ASSERT_TRUE(spec);
  auto via_elf = CoreRelocations::resolve(*spec, CoreOptions{kTarget});
  auto via_raw = CoreRelocations::resolve(*spec, CoreOptions{raw});
  ASSERT_TRUE(via_elf && via_raw);
  const ProgramSpec& prog = spec->programs()[0];
  auto l1 = link_program(*spec, prog, *via_elf);
  auto l2 = link_program(*spec, prog, *via_raw);
  ASSERT_TRUE(l1 && l2);
  ASSERT_EQ(l1->insns.size(), l2->insns.size());
  EXPECT_EQ(std::memcmp(l1->insns.data(), l2->insns.data(), l1->insns.size() * sizeof(Insn)), 0);
}

}  // namespace
}  // namespace bpfkit
