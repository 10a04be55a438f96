// The bpf(2) wrappers (kernel_sys.h) and the BTF sanitiser, against the running kernel. Skips without bpf().
#include <gtest/gtest.h>

#include <sys/stat.h>
#include <unistd.h>

#include <fmt/format.h>

#include "bpfkit/kernel.h"
#include "bpfkit/kernel_sys.h"
#include "kernel/btf_sanitize.h"
#include "support/corpus_case.h"

namespace bpfkit::kernel {
namespace {

#define SKIP_WITHOUT_BPF()                                                 \
  do {                                                                     \
    if (auto why = bpf_unavailable()) GTEST_SKIP() << "kernel: " << *why;  \
  } while (0)

Fd hash_map(uint32_t max_entries = 16) {
  MapCreateAttr a;
  a.type = MapType::Hash;
  a.key_size = 4;
  a.value_size = 8;
  a.max_entries = max_entries;
  a.name = "kb_sys_hash";
  auto fd = map_create(a);
  EXPECT_TRUE(fd) << fd.error().to_string();
  return fd ? std::move(*fd) : Fd();
}

TEST(KernelSys, MapElementCommands) {
  SKIP_WITHOUT_BPF();
  Fd m = hash_map();
  ASSERT_TRUE(m);
  uint32_t k = 1;
  uint64_t v = 42, got = 0;
  auto missing = map_lookup_elem(m.get(), &k, &got);
  ASSERT_FALSE(missing);
  EXPECT_EQ(missing.error().error_number, ENOENT);
  EXPECT_NE(missing.error().to_string().find("BPF_MAP_LOOKUP_ELEM"), std::string::npos);
  ASSERT_TRUE(map_update_elem(m.get(), &k, &v, BPF_NOEXIST));
  auto again = map_update_elem(m.get(), &k, &v, BPF_NOEXIST);
  ASSERT_FALSE(again);
  EXPECT_EQ(again.error().error_number, EEXIST);
  ASSERT_TRUE(map_lookup_elem(m.get(), &k, &got));
  EXPECT_EQ(got, 42u);
  uint32_t next = 0;
  auto first = map_get_next_key(m.get(), nullptr, &next);
  ASSERT_TRUE(first);
  EXPECT_TRUE(*first);
  EXPECT_EQ(next, 1u);
  auto end = map_get_next_key(m.get(), &next, &next);
  ASSERT_TRUE(end);
  EXPECT_FALSE(*end);
  ASSERT_TRUE(map_lookup_and_delete_elem(m.get(), &k, &got));
  EXPECT_FALSE(map_delete_elem(m.get(), &k));

  auto info = map_info(m.get());
  ASSERT_TRUE(info);
  EXPECT_EQ(info->type, MapType::Hash);
  EXPECT_EQ(info->name, "kb_sys_hash");
  EXPECT_EQ(info->max_entries, 16u);
  auto by_id = get_fd_by_id(ObjectKind::Map, info->id);
  ASSERT_TRUE(by_id) << by_id.error().to_string();
  auto info2 = map_info(by_id->get());
  ASSERT_TRUE(info2);
  EXPECT_EQ(info2->id, info->id);
}

TEST(KernelSys, BatchCommands) {
  SKIP_WITHOUT_BPF();
  Fd m = hash_map(64);
  ASSERT_TRUE(m);
  std::vector<uint32_t> keys(40);
  std::vector<uint64_t> values(40);
  for (uint32_t i = 0; i < 40; ++i) keys[i] = i, values[i] = i * 3;
  auto up = map_update_batch(m.get(), keys.data(), values.data(), 40);
  ASSERT_TRUE(up) << up.error().to_string();
  EXPECT_EQ(up->count, 40u);
  std::vector<uint32_t> out_keys(64);
  std::vector<uint64_t> out_values(64);
  uint32_t cursor = 0;
  auto got = map_lookup_batch(m.get(), nullptr, &cursor, out_keys.data(), out_values.data(), 64);
  ASSERT_TRUE(got) << got.error().to_string();
  EXPECT_EQ(got->count, 40u);
  EXPECT_TRUE(got->done);
  for (uint32_t i = 0; i < got->count; ++i) EXPECT_EQ(out_values[i], uint64_t(out_keys[i]) * 3);
  auto del = map_delete_batch(m.get(), keys.data(), 10);
  ASSERT_TRUE(del);
  EXPECT_EQ(del->count, 10u);
  uint32_t k = 5;
  uint64_t v;
  EXPECT_FALSE(map_lookup_elem(m.get(), &k, &v));
}

TEST(KernelSys, FreezeRefusesUserspaceWrites) {
  SKIP_WITHOUT_BPF();
  MapCreateAttr a;
  a.type = MapType::Array;
  a.key_size = 4;
  a.value_size = 4;
  a.max_entries = 1;
  auto m = map_create(a);
  ASSERT_TRUE(m);
  ASSERT_TRUE(map_freeze(m->get()));
  uint32_t k = 0, v = 1;
  auto r = map_update_elem(m->get(), &k, &v);
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().error_number, EPERM);
}

// r0 = 7; exit, as a socket filter: loads, runs, shows up in the id list and in get_info.
TEST(KernelSys, ProgLoadTestRunInfoAndIds) {
  SKIP_WITHOUT_BPF();
  const Insn prog[] = {make_insn(0xb7, 0, 0, 0, 7), make_insn(0x95)};
  ProgLoadAttr a;
  a.type = ProgType::SocketFilter;
  a.insns = prog;
  a.name = "kb_sys_prog";
  std::vector<char> log(4096);
  a.log_level = 1;
  a.log_buf = log;
  auto fd = prog_load(a);
  ASSERT_TRUE(fd) << fd.error().to_string();
  EXPECT_NE(std::string(log.data()).find("processed 2 insns"), std::string::npos) << log.data();

  std::vector<uint8_t> pkt(64, 0), out(128);
  TestRunAttr t;
  t.prog_fd = fd->get();
  t.data_in = pkt;
  t.data_out = out;
  auto r = prog_test_run(t);
  ASSERT_TRUE(r) << r.error().to_string();
  EXPECT_EQ(r->retval, 7u);
  EXPECT_EQ(r->data_size_out, 64u);

  auto info = prog_info(fd->get());
  ASSERT_TRUE(info);
  EXPECT_EQ(info->type, ProgType::SocketFilter);
  EXPECT_EQ(info->name, "kb_sys_prog");
  auto xlated = prog_xlated_insns(fd->get());
  ASSERT_TRUE(xlated) << xlated.error().to_string();
  EXPECT_EQ(xlated->size(), 2u);
  bool found = false;
  uint32_t id = 0;
  for (int guard = 0; guard < 100000; ++guard) {
    auto next = get_next_id(ObjectKind::Prog, id);
    ASSERT_TRUE(next);
    if (!*next) break;
    id = **next;
    if (id == info->id) found = true;
  }
  EXPECT_TRUE(found);

  // A refusal: an exit without R0 set.
  const Insn bad[] = {make_insn(0x95)};
  a.insns = bad;
  auto refused = prog_load(a);
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().error_number, EACCES);
  EXPECT_NE(std::string(log.data()).find("R0 !read_ok"), std::string::npos) << log.data();
}

TEST(KernelSys, PinAndGet) {
  SKIP_WITHOUT_BPF();
  struct statfs_probe {};
  const std::string dir = "/sys/fs/bpf";
  struct stat st;
  if (stat(dir.c_str(), &st) != 0) GTEST_SKIP() << "no bpffs at " << dir;
  Fd m = hash_map();
  ASSERT_TRUE(m);
  const std::string path = fmt::format("{}/bpfkit_kb_sys_{}", dir, getpid());
  auto pinned = obj_pin(m.get(), path);
  if (!pinned && pinned.error().error_number == EPERM) GTEST_SKIP() << pinned.error().to_string();
  ASSERT_TRUE(pinned) << pinned.error().to_string();
  auto fd = obj_get(path);
  unlink(path.c_str());
  ASSERT_TRUE(fd) << fd.error().to_string();
  EXPECT_EQ(map_info(fd->get())->id, map_info(m.get())->id);
}

// Each BTF kind a kernel might lack, sanitised away, still gives BTF this kernel accepts, with the same type ids.
TEST(KernelSys, SanitisedBtfLoads) {
  SKIP_WITHOUT_BPF();
  for (const char* name : {"sys_globals", "sys_bpf2bpf", "sys_kfuncs", "rawtp_task"}) {
    auto spec = ObjectSpec::open(testing::corpus::object_path(name));
    ASSERT_TRUE(spec) << name;
    ASSERT_NE(spec->btf(), nullptr);
    std::vector<uint8_t> bytes = spec->btf()->encode();
    ASSERT_TRUE(fixup_extern_datasecs(bytes, *spec));
    std::string log0;
    auto plain = btf_load(bytes, &log0, 1);
    ASSERT_TRUE(plain) << name << ": unsanitised: " << plain.error().to_string() << "\n" << log0;
    BtfSupport none{true, false, false, false, false, false, false, false};
    std::vector<std::string> changes;
    ASSERT_TRUE(sanitize_btf(bytes, none, &changes));
    EXPECT_FALSE(changes.empty()) << name;
    std::string log;
    auto fd = btf_load(bytes, &log, 1);
    EXPECT_TRUE(fd) << name << ": " << (fd ? "" : fd.error().to_string()) << "\n" << log << "\n"
                    << fmt::format("{}", fmt::join(changes, ", "));
    auto parsed = btf::Btf::parse(bytes);
    ASSERT_TRUE(parsed) << parsed.error().to_string();
    EXPECT_GE(parsed->type_count(), spec->btf()->type_count());
  }
}

// Objects load and run with func/line info and datasecs sanitised away, as on an old kernel.
TEST(KernelSys, ObjectLoadsOnSimulatedOldBtf) {
  SKIP_WITHOUT_BPF();
  auto spec = ObjectSpec::open(testing::corpus::object_path("sys_globals"));
  ASSERT_TRUE(spec);
  KernelLoadOptions o;
  o.btf_features.func = false;
  o.btf_features.datasec = false;
  o.btf_features.decl_tag = false;
  o.btf_features.type_tag = false;
  o.btf_features.float_kind = false;
  o.btf_features.enum64 = false;
  auto obj = KernelObject::load(std::move(*spec), o);
  ASSERT_TRUE(obj) << obj.error().to_string();
  ASSERT_FALSE((*obj)->warnings().empty());
  EXPECT_NE((*obj)->warnings()[0].find("sanitised"), std::string::npos) << (*obj)->warnings()[0];
}

}  // namespace
}  // namespace bpfkit::kernel
