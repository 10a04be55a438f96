// Split BTF (a kernel module's BTF over vmlinux, parse_split_btf): ids and string offsets continue from the base,
// lookups see both, "own" lookups only the module's; the module directory and the vmlinux-then-modules order (bpfkit/module_btf.h);
// CO-RE candidates from a module when vmlinux has none. All on hand-built BTF; the machine's own module BTF, if it
// has any, is in tests/kernel/module_btf_kernel_test.cc.
#include <gtest/gtest.h>
#include <unistd.h>

#include <cstring>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "bpfkit/btf.h"
#include "bpfkit/core.h"
#include "bpfkit/module_btf.h"
#include "bpfkit/object.h"

namespace bpfkit::btf {
namespace {

// A little .BTF writer: types as raw records, strings appended.
struct Writer {
  std::vector<uint8_t> types;
  std::string strings;
  uint32_t str_base = 0;  // split: the base's string section size
  bool split = false;

  explicit Writer(bool is_split = false, uint32_t base_strings = 0) : str_base(base_strings), split(is_split) {
    if (!split) strings.push_back('\0');
  }
  uint32_t str(const std::string& s) {
    if (s.empty()) return 0;
    const uint32_t off = str_base + uint32_t(strings.size());
    strings += s;
    strings.push_back('\0');
    return off;
  }
  void u32(uint32_t v) {
    for (int i = 0; i < 4; ++i) types.push_back(uint8_t(v >> (8 * i)));
  }
  void type(const std::string& name, uint32_t kind, uint32_t vlen, uint32_t size_or_type, bool kflag = false) {
    u32(str(name));
    u32(kind << 24 | vlen | (kflag ? 1u << 31 : 0));
    u32(size_or_type);
  }
  std::vector<uint8_t> bytes() const {
    std::vector<uint8_t> out;
    auto put = [&](uint32_t v) {
      for (int i = 0; i < 4; ++i) out.push_back(uint8_t(v >> (8 * i)));
    };
    out = {0x9f, 0xeb, 1, 0};
    put(24);
    put(0);
    put(uint32_t(types.size()));
    put(uint32_t(types.size()));
    put(uint32_t(strings.size()));
    out.insert(out.end(), types.begin(), types.end());
    out.insert(out.end(), strings.begin(), strings.end());
    return out;
  }
};

constexpr uint32_t kInt = 1, kPtr = 2, kStruct = 4, kFunc = 12, kProto = 13, kVar = 14;

// vmlinux: [1] int, [2] struct task { int pid; int tgid; }, [3] int (void) proto, [4] FUNC dup_fn.
std::vector<uint8_t> base_bytes(std::string* strings_out = nullptr) {
  Writer w;
  w.type("int", kInt, 0, 4);
  w.u32(0x01000020);  // signed, 32 bits
  w.type("task", kStruct, 2, 8);
  w.u32(w.str("pid")); w.u32(1); w.u32(0);
  w.u32(w.str("tgid")); w.u32(1); w.u32(32);
  w.type("", kProto, 0, 1);
  w.type("dup_fn", kFunc, 1, 3);
  if (strings_out) *strings_out = w.strings;
  return w.bytes();
}

// The module: [5] struct mod_state { int count; struct task *owner; }, [6] PTR -> task (base), [7] FUNC mod_kfunc
// (base proto), [8] VAR mod_counter (int), [9] FUNC dup_fn (also in vmlinux).
std::vector<uint8_t> module_bytes(uint32_t base_strings) {
  Writer w(true, base_strings);
  w.type("mod_state", kStruct, 2, 16);
  w.u32(w.str("count")); w.u32(1); w.u32(0);
  w.u32(w.str("owner")); w.u32(6); w.u32(64);
  w.type("", kPtr, 0, 2);
  w.type("mod_kfunc", kFunc, 1, 3);
  w.type("mod_counter", kVar, 0, 1);
  w.u32(1);  // global
  w.type("dup_fn", kFunc, 1, 3);
  return w.bytes();
}

std::shared_ptr<const Btf> base() {
  auto b = Btf::parse(base_bytes());
  EXPECT_TRUE(b) << b.error().message;
  return std::make_shared<const Btf>(std::move(*b));
}

uint32_t base_string_size() {
  std::string s;
  base_bytes(&s);
  return uint32_t(s.size());
}

TEST(SplitBtf, IdsAndStringsContinueFromTheBase) {
  auto vmlinux = base();
  auto mod = parse_split_btf(module_bytes(base_string_size()), *vmlinux);
  ASSERT_TRUE(mod) << mod.error().message;
  EXPECT_EQ(vmlinux->type_count(), 5u);  // so the module's first own id is 5
  EXPECT_EQ(mod->type_count(), 10u);
  ASSERT_NE(mod->type(5), nullptr);
  EXPECT_EQ(mod->type(5)->name, "mod_state");
  EXPECT_EQ(mod->type(5)->members[0].name, "count");
  EXPECT_EQ(mod->type(5)->members[0].type, 1u);  // the base's int
  EXPECT_EQ(mod->type_name(6), "struct task *");
  EXPECT_EQ(*mod->resolve_size(5), 16u);
  EXPECT_EQ(*mod->align_of(5), 8u);
  EXPECT_EQ(mod->declaration(7, ""), "int mod_kfunc(void)");
  // Base types are all still there, unchanged.
  EXPECT_EQ(mod->type(2)->name, "task");
  EXPECT_EQ(*mod->resolve_size(2), 8u);
}

TEST(SplitBtf, OwnLookupsSeeOnlyTheModule) {
  auto vmlinux = base();
  auto mod = parse_split_btf(module_bytes(base_string_size()), *vmlinux);
  ASSERT_TRUE(mod) << mod.error().message;
  const TypeId own = vmlinux->type_count();
  EXPECT_EQ(mod->find_by_name_kind("task", Kind::Struct), std::optional<TypeId>(2));
  EXPECT_EQ(find_own_by_name_kind(*mod, own, "task", Kind::Struct), std::nullopt);
  EXPECT_EQ(find_own_by_name_kind(*mod, own, "mod_kfunc", Kind::Func), std::optional<TypeId>(7));
  EXPECT_EQ(mod->find_by_name_kind("dup_fn", Kind::Func), std::optional<TypeId>(4));  // the base's comes first
  EXPECT_EQ(find_own_by_name_kind(*mod, own, "dup_fn", Kind::Func), std::optional<TypeId>(9));
  // A standalone BTF owns everything.
  EXPECT_EQ(find_own_by_name_kind(*vmlinux, 1, "task", Kind::Struct), std::optional<TypeId>(2));
}

TEST(SplitBtf, Malformed) {
  auto vmlinux = base();
  const uint32_t bs = base_string_size();
  // Alone, a split BTF's strings do not start with NUL: it is not standalone BTF.
  auto alone = Btf::parse(module_bytes(bs));
  ASSERT_FALSE(alone);
  EXPECT_NE(alone.error().message.find("string section"), std::string::npos) << alone.error().message;
  // Over a base too small for it, a member's type id is out of range... here the module's PTR to [2] would be a
  // pointer to the split's own first type, and its strings are off: the parse says which.
  Writer tiny;
  tiny.type("int", kInt, 0, 4);
  tiny.u32(0x01000020);
  auto small = Btf::parse(tiny.bytes());
  ASSERT_TRUE(small);
  auto wrong = parse_split_btf(module_bytes(bs), *small);
  ASSERT_FALSE(wrong);
  EXPECT_EQ(wrong.error().message.rfind("BTF: ", 0), 0u) << wrong.error().message;
  // A reference past the end of base + split.
  Writer bad(true, bs);
  bad.type("", kPtr, 0, 99);
  auto out_of_range = parse_split_btf(bad.bytes(), *vmlinux);
  ASSERT_FALSE(out_of_range);
  EXPECT_NE(out_of_range.error().message.find("type id 99 out of range"), std::string::npos)
      << out_of_range.error().message;
  // A name offset past the end of both string sections.
  Writer far(true, bs);
  far.u32(bs + 1000);
  far.u32(kStruct << 24);
  far.u32(0);
  auto past = parse_split_btf(far.bytes(), *vmlinux);
  ASSERT_FALSE(past);
  EXPECT_NE(past.error().message.find("past the end of the string section"), std::string::npos)
      << past.error().message;
  // An empty string section is fine: every name may be the base's (offset 0 is its "").
  Writer nameless(true, bs);
  nameless.type("", kPtr, 0, 2);
  auto ok = parse_split_btf(nameless.bytes(), *vmlinux);
  ASSERT_TRUE(ok) << ok.error().message;
  EXPECT_EQ(ok->type_name(5), "struct task *");
}

class ModuleDir : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = ::testing::TempDir() + "/module_btf_" + std::to_string(getpid()) + "_" +
           ::testing::UnitTest::GetInstance()->current_test_info()->name();
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }
  void write(const std::string& name, const std::vector<uint8_t>& bytes) {
    std::ofstream(dir_ + "/" + name, std::ios::binary).write(reinterpret_cast<const char*>(bytes.data()),
                                                            std::streamsize(bytes.size()));
  }
  std::string dir_;
};

TEST_F(ModuleDir, VmlinuxFirstThenModules) {
  auto vmlinux = base();
  write("vmlinux", base_bytes());  // skipped: it is the base
  write("bpfkit_testmod", module_bytes(base_string_size()));
  auto modules = load_module_btfs(vmlinux, dir_);
  ASSERT_TRUE(modules) << modules.error().message;
  ASSERT_EQ(modules->size(), 1u);
  EXPECT_EQ((*modules)[0].name, "bpfkit_testmod");
  EXPECT_EQ((*modules)[0].first_id, 5u);
  auto kfunc = find_kernel_type(*vmlinux, *modules, "mod_kfunc", Kind::Func);
  ASSERT_TRUE(kfunc);
  EXPECT_EQ(kfunc->id, 7u);
  ASSERT_NE(kfunc->module, nullptr);
  EXPECT_EQ(kfunc->module->name, "bpfkit_testmod");
  auto var = find_kernel_type(*vmlinux, *modules, "mod_counter", Kind::Var);
  ASSERT_TRUE(var);
  EXPECT_EQ(var->id, 8u);
  auto dup = find_kernel_type(*vmlinux, *modules, "dup_fn", Kind::Func);
  ASSERT_TRUE(dup);
  EXPECT_EQ(dup->module, nullptr) << "vmlinux is searched first";
  EXPECT_EQ(dup->id, 4u);
  EXPECT_FALSE(find_kernel_type(*vmlinux, *modules, "nowhere", Kind::Func));
  // The base's types are not the module's: a base-only name is found in vmlinux, never attributed to the module.
  auto task = find_kernel_type(*vmlinux, *modules, "task", Kind::Struct);
  ASSERT_TRUE(task);
  EXPECT_EQ(task->module, nullptr);
}

TEST_F(ModuleDir, BrokenModuleIsNamed) {
  auto vmlinux = base();
  write("broken_mod", {0x9f, 0xeb, 1, 0, 24, 0});
  auto modules = load_module_btfs(vmlinux, dir_);
  ASSERT_FALSE(modules);
  EXPECT_NE(modules.error().message.find("broken_mod"), std::string::npos) << modules.error().message;
}

TEST_F(ModuleDir, NoDirectoryIsNoModules) {
  auto modules = load_module_btfs(base(), dir_ + "/absent");
  ASSERT_TRUE(modules) << modules.error().message;
  EXPECT_TRUE(modules->empty());
  EXPECT_EQ(module_btf_dir_of("/sys/kernel/btf/vmlinux"), kModuleBtfDir);
  EXPECT_EQ(module_btf_dir_of("/tmp/copy/vmlinux"), "/tmp/copy");
  EXPECT_EQ(module_btf_dir_of("/tmp/target.btf"), "");  // a target BTF given by path: no modules (libbpf)
}

// struct mod_state is only in the module: with the module next to vmlinux (a /sys/kernel/btf layout) CO-RE relocates
// against it; over a target BTF given by another path, modules are not searched and the relocation has no candidate.
TEST_F(ModuleDir, CoreCandidatesFromAModule) {
  write("vmlinux", base_bytes());
  write("bpfkit_testmod", module_bytes(base_string_size()));
  auto spec = ObjectSpec::open(BPFKIT_BINARY_DIR "/bpf/core_module.o");
  ASSERT_TRUE(spec) << spec.error().message;
  const ProgramSpec* prog = spec->program("mod_count_offset");
  ASSERT_NE(prog, nullptr);

  auto core = CoreRelocations::resolve(*spec, CoreOptions{dir_ + "/vmlinux"});
  ASSERT_TRUE(core) << core.error().message;
  ASSERT_EQ(core->patches(*prog).size(), 1u);
  const CorePatch& p = core->patches(*prog)[0];
  EXPECT_FALSE(p.poisoned) << p.description;
  EXPECT_EQ(p.value[0].imm, 0) << p.description;  // count is at 0 in the module, at 8 locally

  const std::string elsewhere = dir_ + ".target.btf";
  {
    const auto b = base_bytes();
    std::ofstream(elsewhere, std::ios::binary).write(reinterpret_cast<const char*>(b.data()), std::streamsize(b.size()));
  }
  auto none = CoreRelocations::resolve(*spec, CoreOptions{elsewhere});
  std::filesystem::remove(elsewhere);
  ASSERT_TRUE(none) << none.error().message;
  ASSERT_EQ(none->patches(*prog).size(), 1u);
  EXPECT_TRUE(none->patches(*prog)[0].poisoned) << none->patches(*prog)[0].description;
}

}  // namespace
}  // namespace bpfkit::btf
