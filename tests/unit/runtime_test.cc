// UserspaceObject: loading a clang-built object into the userspace backend (maps, global data, .kconfig, programs)
// and test-running it.
#include <gtest/gtest.h>

#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <optional>
#include <string>

#include "bpfkit/runtime.h"

namespace bpfkit {
namespace {

const std::string kBpfDir = BPFKIT_BINARY_DIR "/bpf/";

std::unique_ptr<UserspaceObject> load(const std::string& name, LoadOptions options = {}) {
  auto spec = ObjectSpec::open(kBpfDir + name);
  EXPECT_TRUE(spec) << spec.error().to_string();
  if (!spec) return nullptr;
  auto obj = UserspaceObject::load(std::move(*spec), std::move(options));
  EXPECT_TRUE(obj) << obj.error().to_string();
  return obj ? std::move(*obj) : nullptr;
}

// The rt_out struct of rt_kconfig.bpf.c, as laid out by clang.
struct KconfigOut {
  uint32_t kver;
  int32_t tristate;
  int32_t number;
  int32_t missing;
  char boolean;
  char ch;
  char string[8];
};

KconfigOut read_out(UserspaceObject& obj) {
  KconfigOut out{};
  for (size_t i = 0; i < obj.map_count(); ++i) {
    if (obj.spec().maps()[i].origin != MapOrigin::Bss) continue;
    std::vector<MapEntry> e = dump_map(obj.map_at(i));
    EXPECT_EQ(e.size(), 1u);
    if (e.size() == 1 && e[0].value.size() >= sizeof out) std::memcpy(&out, e[0].value.data(), sizeof out);
  }
  return out;
}

LoadOptions kconfig_options() {
  LoadOptions o;
  o.kernel_version = (5u << 16) | (15u << 8) | 7u;
  o.kconfig = {{"CONFIG_RT_BOOL", "y"},      {"CONFIG_RT_TRISTATE", "m"}, {"CONFIG_RT_INT", "0x7b"},
               {"CONFIG_RT_CHAR", "y"},      {"CONFIG_RT_STRING", "\"abcdefghij\""}};
  return o;
}

TEST(Runtime, KconfigExternsGetLibbpfValues) {
  auto obj = load("rt_kconfig.o", kconfig_options());
  ASSERT_TRUE(obj);
  auto r = obj->test_run("rt_copy_kconfig", {});
  ASSERT_TRUE(r) << r.error().to_string();
  EXPECT_EQ(r->retval, 0u);
  KconfigOut out = read_out(*obj);
  EXPECT_EQ(out.kver, 0x050f07u);
  EXPECT_EQ(out.boolean, 1);
  EXPECT_EQ(out.tristate, 2);  // TRI_MODULE
  EXPECT_EQ(out.number, 123);
  EXPECT_EQ(out.ch, 'y');     // a char extern keeps the letter
  EXPECT_EQ(std::string(out.string, strnlen(out.string, 8)), "abcdefg");  // cut, NUL-terminated
  EXPECT_EQ(out.missing, 0);  // __weak and absent
}

TEST(Runtime, KconfigErrorsAsLibbpf) {
  auto spec = ObjectSpec::open(kBpfDir + "rt_kconfig.o");
  ASSERT_TRUE(spec);
  LoadOptions o = kconfig_options();
  o.kconfig.erase("CONFIG_RT_INT");
  o.kconfig_file = "/nonexistent/.config";
  auto obj = UserspaceObject::load(*spec, o);
  ASSERT_FALSE(obj);  // the file cannot be read

  o = kconfig_options();
  o.kconfig.erase("CONFIG_RT_INT");
  char path[] = "/tmp/bpfkit-kconfig-XXXXXX";
  const int fd = mkstemp(path);
  ASSERT_GE(fd, 0);
  const std::string text = "# CONFIG_RT_INT is not set\nCONFIG_OTHER=y\n";
  ASSERT_EQ(write(fd, text.data(), text.size()), ssize_t(text.size()));
  close(fd);
  o.kconfig_file = path;
  obj = UserspaceObject::load(*spec, o);
  unlink(path);
  ASSERT_FALSE(obj);
  EXPECT_NE(obj.error().message.find("CONFIG_RT_INT"), std::string::npos) << obj.error().message;
  EXPECT_EQ(obj.error().error_number, ESRCH);

  o = kconfig_options();
  o.kconfig["CONFIG_RT_BOOL"] = "m";  // a bool cannot be a module
  obj = UserspaceObject::load(*spec, o);
  ASSERT_FALSE(obj);
  EXPECT_EQ(obj.error().error_number, EINVAL);

  o = kconfig_options();
  o.kconfig["CONFIG_RT_INT"] = "0x100000000";  // does not fit an int
  obj = UserspaceObject::load(*spec, o);
  ASSERT_FALSE(obj);
}

TEST(Runtime, ObjectMapsAndGlobalDataAfterRuns) {
  auto obj = load("cli_example.o");
  ASSERT_TRUE(obj);
  ASSERT_EQ(obj->programs().size(), 2u);
  TestRunOptions run;
  run.data_in.assign(64, 0x11);
  run.repeat = 2;
  auto r = obj->test_run("cli_xdp_count", run);
  ASSERT_TRUE(r) << r.error().to_string();
  EXPECT_EQ(r->retval, 2u);
  EXPECT_EQ(r->data_out, run.data_in);
  Map* counters = obj->map("cli_counters");
  ASSERT_NE(counters, nullptr);
  uint32_t key = 0;
  uint64_t value = 0;
  ASSERT_EQ(counters->lookup_elem(&key, &value), 0);
  EXPECT_EQ(value, 2u);
  // The first program is the default.
  auto first = obj->test_run("", run);
  ASSERT_TRUE(first);
  ASSERT_EQ(counters->lookup_elem(&key, &value), 0);
  EXPECT_EQ(value, 4u);
  // Unknown programs are an error with ENOENT.
  auto missing = obj->test_run("nosuch", run);
  ASSERT_FALSE(missing);
  EXPECT_EQ(missing.error().error_number, ENOENT);
}

TEST(Runtime, RodataIsReadOnlyToPrograms) {
  auto obj = load("cli_example.o");
  ASSERT_TRUE(obj);
  bool found = false;
  for (size_t i = 0; i < obj->map_count(); ++i) {
    const MapDefinition& def = obj->spec().maps()[i];
    if (def.origin != MapOrigin::Rodata) continue;
    found = true;
    EXPECT_TRUE(obj->map_at(i).map_flags() & BPF_F_RDONLY_PROG);
    std::vector<MemoryRegion> regions;
    obj->map_at(i).value_regions(regions);
    for (const MemoryRegion& r : regions) EXPECT_FALSE(r.writable);
  }
  EXPECT_TRUE(found);
}

TEST(Runtime, DumpMapSkipsKeylessMaps) {
  MapSpec spec;
  spec.type = MapType::Queue;
  spec.value_size = 4;
  spec.max_entries = 4;
  auto q = create_map(spec);
  ASSERT_TRUE(q);
  uint32_t v = 7;
  ASSERT_EQ((*q)->update_elem(nullptr, &v), 0);
  EXPECT_TRUE(dump_map(**q).empty());

  spec = {};
  spec.type = MapType::Hash;
  spec.key_size = 4;
  spec.value_size = 4;
  spec.max_entries = 8;
  auto h = create_map(spec);
  ASSERT_TRUE(h);
  for (uint32_t k = 0; k < 5; ++k) ASSERT_EQ((*h)->update_elem(&k, &k), 0);
  std::vector<MapEntry> entries = dump_map(**h);
  ASSERT_EQ(entries.size(), 5u);
  for (const MapEntry& e : entries) EXPECT_EQ(e.key, e.value);
}

// Like bpf_object__load, load verifies every autoload program: lookup_null.o's count_unchecked is refused with the
// kernel's message, instruction and source line; unverified (LoadOptions::verify = false) the object loads.
TEST(UserspaceObjectVerify, LoadVerifiesEveryProgram) {
  auto spec = ObjectSpec::open(kBpfDir + "lookup_null.o");
  ASSERT_TRUE(spec) << spec.error().to_string();
  auto obj = UserspaceObject::load(*spec);
  ASSERT_FALSE(obj);
  EXPECT_TRUE(obj.error().verifier_rejection);
  EXPECT_EQ(obj.error().message, "R0 invalid mem access 'map_value_or_null'");
  EXPECT_EQ(obj.error().program, "count_unchecked");
  EXPECT_EQ(obj.error().insn, 7);
  LoadOptions unverified;
  unverified.verify = false;
  auto loaded = UserspaceObject::load(std::move(*spec), std::move(unverified));
  ASSERT_TRUE(loaded) << loaded.error().to_string();
  EXPECT_NE((*loaded)->program("count_unchecked"), nullptr);
}

// bpf_prog_map_compatible: tc_caller (sched_cls) uses `jumps`, so an XDP program cannot go in it: the initial slot
// fails the load with EINVAL, as libbpf's update does in the kernel (tail_mixed_types.bpf.c).
TEST(UserspaceObjectProgArray, ProgramOfAnotherTypeIsRefused) {
  auto spec = ObjectSpec::open(kBpfDir + "tail_mixed_types.o");
  ASSERT_TRUE(spec) << spec.error().to_string();
  auto obj = UserspaceObject::load(std::move(*spec));
  ASSERT_FALSE(obj);
  EXPECT_EQ(obj.error().error_number, EINVAL);
  EXPECT_NE(obj.error().message.find("map 'jumps': failed to initialize slot [0] to prog 'xdp_target'"),
            std::string::npos)
      << obj.error().message;
}

// The owner is the first program that uses the array, else the first put in it; later ones must match.
TEST(UserspaceObjectProgArray, OwnerIsTheFirstProgramType) {
  auto obj = load("tc_tail_chain.o");
  ASSERT_TRUE(obj);
  std::optional<size_t> array;
  for (size_t i = 0; i < obj->map_count(); ++i)
    if (obj->map_at(i).type() == MapType::ProgArray) array = i;
  ASSERT_TRUE(array);
  for (size_t p = 0; p < obj->programs().size(); ++p)
    EXPECT_TRUE(obj->prog_map_compatible(*array, p)) << obj->programs()[p].spec->name;
  EXPECT_FALSE(obj->prog_map_compatible(*array, obj->programs().size()));  // no such program
}

}  // namespace
}  // namespace bpfkit
