// The local-storage helpers (bpf_{task,inode,cgrp,sk}_storage_get/delete) and bpf_get_task_stack in bpfkit alone,
// with the answers kernel/bpf/bpf_{task,inode,cgrp}_storage.c and net/core/bpf_sk_storage.c give. The kernel cannot
// create these maps without BTF, nor hand a raw test program an inode or a cgroup, so the expectations are fixed
// here; tests/bpf/corpus/{rawtp_task_storage,tc_sk_storage,cgroup_skb_sk_storage} compare the same answers with
// the running kernel where it can run them.
#include <gtest/gtest.h>

#include <fmt/format.h>

#include "test_run_harness.h"

namespace bpfkit::trun {
namespace {

constexpr ProgType kSys = ProgType::Syscall;
constexpr uint64_t kOwnerA = 0xffff888000001000ull, kOwnerB = 0xffff888000002000ull;

struct Family {
  MapType type;
  const char* get;
  const char* del;
};
const Family kFamilies[] = {
    {MapType::TaskStorage, "bpf_task_storage_get", "bpf_task_storage_delete"},
    {MapType::InodeStorage, "bpf_inode_storage_get", "bpf_inode_storage_delete"},
    {MapType::CgrpStorage, "bpf_cgrp_storage_get", "bpf_cgrp_storage_delete"},
    {MapType::SkStorage, "bpf_sk_storage_get", "bpf_sk_storage_delete"},
};

std::unique_ptr<Map> storage_map(MapType type, uint32_t value_size = 16) {
  MapSpec spec{type, 4, value_size, 0, 1 /* BPF_F_NO_PREALLOC */};
  spec.btf_key_type_id = 1;
  spec.btf_value_type_id = 2;
  auto m = create_map(spec);
  EXPECT_TRUE(m.has_value()) << (m ? "" : m.error().to_string());
  return m ? std::move(*m) : nullptr;
}

// get(map, owner, init or NULL, flags): R0 = the value's first u64, or 0xdead when NULL. The initial value on the
// stack is {0x1111, 0x2222}. When bump, the value's first u64 is incremented first.
std::vector<Insn> get_prog(const Family& f, uint64_t owner, bool with_init, uint64_t flags, bool bump = false) {
  return asm_or_die(fmt::format(R"(
    r1 = 0x1111
    *(u64 *)(r10 - 16) = r1
    r1 = 0x2222
    *(u64 *)(r10 - 8) = r1
    r1 = 0 ll
    r2 = {:#x} ll
    r3 = {}
    {}
    r4 = {}
    call {}
    if r0 != 0 goto +2
    r0 = 0xdead
    exit
    r1 = *(u64 *)(r0 + 0)
    {}
    *(u64 *)(r0 + 0) = r1
    r0 = r1
    exit
  )",
                                owner, with_init ? "r10" : "0", with_init ? "r3 += -16" : "", flags, f.get,
                                bump ? "r1 += 1" : ""));
}

std::vector<Insn> delete_prog(const Family& f, uint64_t owner) {
  return asm_or_die(fmt::format(R"(
    r1 = 0 ll
    r2 = {:#x} ll
    call {}
    exit
  )",
                                owner, f.del));
}

class StorageHelpers : public ::testing::TestWithParam<Family> {
 protected:
  void SetUp() override { map_ = storage_map(GetParam().type); }
  // Runs with the shared env, so values live as long as the map, as they do in the kernel between runs.
  Outcome run(const std::vector<Insn>& insns) { return run_bpfkit(kSys, insns, TestRunOptions{}, {{4, map_.get(), -1}}, 0, &env_); }
  Outcome run_delete(const std::vector<Insn>& insns) {
    return run_bpfkit(kSys, insns, TestRunOptions{}, {{0, map_.get(), -1}}, 0, &env_);
  }
  std::unique_ptr<Map> map_;
  HelperEnv env_;
};

TEST_P(StorageHelpers, CreateOnlyWithTheFlag) {
  const Family& f = GetParam();
  EXPECT_EQ(run(get_prog(f, kOwnerA, false, 0)).retval, 0xdeadu);  // none yet, and no F_CREATE
  EXPECT_EQ(run(get_prog(f, kOwnerA, true, 0)).retval, 0xdeadu);   // an initial value does not create either
  EXPECT_EQ(run(get_prog(f, kOwnerA, true, 1)).retval, 0x1111u);   // created from the initial value
  EXPECT_EQ(run(get_prog(f, kOwnerA, false, 0, true)).retval, 0x1112u);  // found, and kept between runs
  EXPECT_EQ(run(get_prog(f, kOwnerA, true, 1)).retval, 0x1112u);   // F_CREATE on an existing one finds it
  EXPECT_EQ(run(get_prog(f, kOwnerB, false, 1)).retval, 0u);       // another owner: its own, zeroed value
}

TEST_P(StorageHelpers, FlagsAndNullOwner) {
  const Family& f = GetParam();
  EXPECT_EQ(run(get_prog(f, kOwnerA, true, 1)).retval, 0x1111u);
  // Any flag but F_CREATE: NULL, even for an owner that has a value.
  EXPECT_EQ(run(get_prog(f, kOwnerA, false, 2)).retval, 0xdeadu);
  EXPECT_EQ(run(get_prog(f, kOwnerA, false, 3)).retval, 0xdeadu);
  EXPECT_EQ(run(get_prog(f, kOwnerA, false, 1ull << 32)).retval, 0xdeadu);
  EXPECT_EQ(run(get_prog(f, 0, true, 1)).retval, 0xdeadu);  // no owner: NULL
  EXPECT_EQ(int32_t(run_delete(delete_prog(f, 0)).retval), -EINVAL);
}

TEST_P(StorageHelpers, DeleteOnceThenENOENT) {
  const Family& f = GetParam();
  EXPECT_EQ(int32_t(run_delete(delete_prog(f, kOwnerA)).retval), -ENOENT);
  EXPECT_EQ(run(get_prog(f, kOwnerA, true, 1)).retval, 0x1111u);
  EXPECT_EQ(run(get_prog(f, kOwnerB, true, 1)).retval, 0x1111u);
  EXPECT_EQ(int32_t(run_delete(delete_prog(f, kOwnerA)).retval), 0);
  EXPECT_EQ(int32_t(run_delete(delete_prog(f, kOwnerA)).retval), -ENOENT);
  EXPECT_EQ(run(get_prog(f, kOwnerA, false, 0)).retval, 0xdeadu);  // gone
  EXPECT_EQ(run(get_prog(f, kOwnerB, false, 0)).retval, 0x1111u);  // the other owner's stays
  EXPECT_EQ(run(get_prog(f, kOwnerA, false, 1)).retval, 0u);       // created afresh, zeroed
}

TEST_P(StorageHelpers, UserspaceNamesOwnersByFdOnly) {
  // The syscall side takes an fd of the owner (socket, inode, pidfd, cgroup), which bpfkit has none of.
  const uint32_t fd = 0;
  std::vector<uint8_t> v(16);
  EXPECT_EQ(map_->lookup_elem(&fd, v.data(), 0), -EBADF);
  EXPECT_EQ(map_->update_elem(&fd, v.data(), 0), -EBADF);
  EXPECT_EQ(map_->delete_elem(&fd), -EBADF);
}

TEST_P(StorageHelpers, OtherMapTypesAreRefused) {
  // check_map_func_compatibility: the helper takes its own storage type only.
  auto other = storage_map(GetParam().type == MapType::TaskStorage ? MapType::InodeStorage : MapType::TaskStorage);
  const Outcome o = run_bpfkit(kSys, get_prog(GetParam(), kOwnerA, false, 0), TestRunOptions{}, {{4, other.get(), -1}});
  EXPECT_NE(o.message.find("cannot pass map_type"), std::string::npos) << o.message;
}

INSTANTIATE_TEST_SUITE_P(Maps, StorageHelpers, ::testing::ValuesIn(kFamilies),
                         [](const ::testing::TestParamInfo<Family>& info) {
                           return std::string(info.param.get).substr(4, std::string(info.param.get).find("_storage") - 4);
                         });

TEST(StorageHelpers, ValueIsHandedOutWhole) {
  // The value is exactly value_size bytes: the last byte is writable, one past it is not.
  auto m = storage_map(MapType::TaskStorage, 12);
  HelperEnv env;
  auto prog = [](int off) {
    return asm_or_die(fmt::format(R"(
      r1 = 0 ll
      r2 = 0x1000 ll
      r3 = 0
      r4 = 1
      call bpf_task_storage_get
      if r0 == 0 goto +2
      r1 = 7
      *(u8 *)(r0 + {}) = r1
      r0 = 0
      exit
    )",
                                  off));
  };
  EXPECT_EQ(run_bpfkit(kSys, prog(11), TestRunOptions{}, {{0, m.get(), -1}}, 0, &env).err, 0);
  const Outcome past = run_bpfkit(kSys, prog(12), TestRunOptions{}, {{0, m.get(), -1}}, 0, &env);
  EXPECT_EQ(past.err, -10000) << past.message;  // a runtime fault, not a kernel errno
}

// bpf_get_task_stack(task, buf, 32, flags) on a buffer of 0x5a bytes: R0 = its rc, or (buf) the low 32 bits of
// buf[0] (test-run's retval is 32 bits).
std::vector<Insn> task_stack_prog(bool current, uint64_t flags, bool buf) {
  return asm_or_die(fmt::format(R"(
    r1 = 0x5a5a5a5a ll
    *(u64 *)(r10 - 32) = r1
    *(u64 *)(r10 - 24) = r1
    *(u64 *)(r10 - 16) = r1
    *(u64 *)(r10 - 8) = r1
    call bpf_get_current_task_btf
    r1 = r0
    {}
    r2 = r10
    r2 += -32
    r3 = 32
    r4 = {:#x} ll
    call bpf_get_task_stack
    {}
    exit
  )",
                                current ? "" : "r1 += 0x100", flags, buf ? "r0 = *(u32 *)(r10 - 32)" : ""));
}

TEST(TaskStack, CurrentTaskWalksTheSimulatedStack) {
  static const HelperTable table = standard_helpers();
  HelperConfig c;
  c.kernel_stack = {0xffffffff81000010ull, 0xffffffff81000020ull, 0xffffffff81000030ull};
  c.user_stack = {0x401000};
  HelperEnv env(c);
  auto run = [&](bool current, uint64_t flags, bool buf) {
    auto prog = Program::load(task_stack_prog(current, flags, buf), &table);
    EXPECT_TRUE(prog.has_value());
    auto r = test_run(*prog, TestRunTarget{kSys, 0}, env, TestRunOptions{});
    EXPECT_TRUE(r.has_value()) << (r ? "" : r.error().to_string());
    return r ? r->retval : 0;
  };
  auto rc = [&](bool current, uint64_t flags) { return int32_t(run(current, flags, false)); };
  auto first = [&](bool current, uint64_t flags) { return uint32_t(run(current, flags, true)); };
  EXPECT_EQ(rc(true, 0), 24);  // three frames of 8 bytes
  EXPECT_EQ(first(true, 0), 0x81000010u);
  EXPECT_EQ(rc(true, 1), 16);  // skip one
  EXPECT_EQ(first(true, 1), 0x81000020u);
  EXPECT_EQ(rc(true, 1u << 8), 8);  // BPF_F_USER_STACK
  EXPECT_EQ(first(true, 1u << 8), 0x401000u);
  EXPECT_EQ(rc(true, 4), -EFAULT);  // skipping past the stack
  EXPECT_EQ(first(true, 4), 0u);     // the buffer is cleared
  EXPECT_EQ(rc(true, 1u << 11), -EINVAL);  // BPF_F_USER_BUILD_ID without BPF_F_USER_STACK
  EXPECT_EQ(rc(true, 1u << 12), -EINVAL);  // unknown flag
  // Another task: bpfkit has none of its kernel frames (0 bytes); its user stack cannot be walked.
  EXPECT_EQ(rc(false, 0), 0);
  EXPECT_EQ(first(false, 0), 0u);
  EXPECT_EQ(rc(false, 1u << 8), -EOPNOTSUPP);
  EXPECT_EQ(first(false, 1u << 8), 0u);
}

}  // namespace
}  // namespace bpfkit::trun
