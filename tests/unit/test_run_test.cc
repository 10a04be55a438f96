// test_run() for the context-only program types against the kernel: SYSCALL (a writable buffer copied back) and
// RAW_TRACEPOINT (read-only u64 arguments, optionally on a given CPU), with the inputs each refuses; and the
// syscall-level checks every type shares.
#include <gtest/gtest.h>

#include <array>

#include <fmt/format.h>

#include "test_run_harness.h"

namespace bpfkit::trun {
namespace {

TEST(TestRun, SyscallContextIsWrittenBack) {
  // ctx[1] = ctx[0] * 3 + 1; return ctx[0] + 7.
  const auto prog = asm_or_die(R"(
    r2 = *(u64 *)(r1 + 0)
    r3 = r2
    r3 *= 3
    r3 += 1
    *(u64 *)(r1 + 8) = r3
    r0 = r2
    r0 += 7
    exit
  )");
  TestRunOptions o;
  o.ctx_in = bytes_of(std::array<uint64_t, 3>{0x100000005ull, 0, 0xee});
  const Outcome r = run_both(ProgType::Syscall, prog, o);
  EXPECT_EQ(r.retval, 12u);
  EXPECT_EQ(r.ctx_out, bytes_of(std::array<uint64_t, 3>{0x100000005ull, 0x30000000f + 1, 0xee}));
}

TEST(TestRun, SyscallRefusals) {
  const auto prog = asm_or_die("r0 = 5\nexit\n");
  run_both(ProgType::Syscall, prog, TestRunOptions{});  // no context at all: R1 = NULL
  struct Case {
    const char* what;
    TestRunOptions opt;
  };
  std::vector<Case> cases;
  cases.push_back({"data_in", with_data(std::vector<uint8_t>(64, 1))});
  TestRunOptions o;
  o.ctx_in = std::vector<uint8_t>(8, 0);
  o.repeat = 2;
  cases.push_back({"repeat 2", o});
  o.repeat = 1;
  o.ctx_size_out = 8;
  cases.push_back({"ctx_out", o});
  o.ctx_size_out.reset();
  o.flags = BPF_F_TEST_RUN_ON_CPU;
  cases.push_back({"flags", o});
  o.flags = 0;
  o.data_size_out = 64;
  cases.push_back({"data_out", o});
  o.data_size_out.reset();
  o.ctx_in = std::vector<uint8_t>(65536, 0);
  cases.push_back({"ctx above U16_MAX", o});
  o.ctx_in = std::vector<uint8_t>(65535, 0);
  cases.push_back({"ctx of U16_MAX", o});
  o.ctx_in = std::vector<uint8_t>();
  cases.push_back({"empty ctx_in", o});
  for (const Case& c : cases) {
    SCOPED_TRACE(c.what);
    run_both(ProgType::Syscall, prog, c.opt);
  }
}

TEST(TestRun, RawTracepointArguments) {
  const auto prog = asm_or_die(R"(
    r0 = *(u64 *)(r1 + 0)
    r2 = *(u64 *)(r1 + 16)
    r0 += r2
    exit
  )");
  TestRunOptions o;
  o.ctx_in = bytes_of(std::array<uint64_t, 3>{40, 1000, 2});
  EXPECT_EQ(run_both(ProgType::RawTracepoint, prog, o).retval, 42u);
  o.flags = BPF_F_TEST_RUN_ON_CPU;
  o.cpu = 0;
  EXPECT_EQ(run_both(ProgType::RawTracepoint, prog, o).retval, 42u);
  o.cpu = 99999;
  EXPECT_EQ(run_both(ProgType::RawTracepoint, prog, o).err, -ENXIO);
  o.flags = 0;
  o.cpu = 1;
  EXPECT_EQ(run_both(ProgType::RawTracepoint, prog, o).err, -EINVAL);
  o.cpu = 0;
  o.repeat = 2;
  EXPECT_EQ(run_both(ProgType::RawTracepoint, prog, o).err, -EINVAL);
  o.repeat = 1;
  o.ctx_in = std::vector<uint8_t>(97, 0);
  EXPECT_EQ(run_both(ProgType::RawTracepoint, prog, o).err, -EINVAL);
  o.ctx_in = std::vector<uint8_t>(96, 0);
  EXPECT_EQ(run_both(ProgType::RawTracepoint, prog, o).err, 0);
  o.ctx_size_out = 96;
  EXPECT_EQ(run_both(ProgType::RawTracepoint, prog, o).err, -EINVAL);
  o.ctx_size_out.reset();
  o.data_in = std::vector<uint8_t>(20, 0);
  EXPECT_EQ(run_both(ProgType::RawTracepoint, prog, o).err, -EINVAL);
}

TEST(TestRun, RawTracepointArgumentsAreReadOnly) {
  TestRunOptions o;
  o.ctx_in = bytes_of(std::array<uint64_t, 2>{1, 2});
  const Outcome r = run_bpfkit(ProgType::RawTracepoint, asm_or_die("*(u64 *)(r1 + 0) = 3\nr0 = 0\nexit\n"), o);
  EXPECT_EQ(r.err, -10000) << r;
}

TEST(TestRun, DurationAndRepeat) {
  static const HelperTable table = standard_helpers();
  auto prog = Program::load(asm_or_die("r0 = 1\nexit\n"), &table);
  ASSERT_TRUE(prog.has_value());
  HelperEnv env;
  TestRunOptions o = with_data(pattern(60));
  o.repeat = 0;  // means 1
  auto r = test_run(*prog, {ProgType::Xdp, 0}, env, o);
  ASSERT_TRUE(r.has_value()) << r.error().to_string();
  EXPECT_EQ(r->retval, 1u);
  o.repeat = 1000;
  r = test_run(*prog, {ProgType::Xdp, 0}, env, o);
  ASSERT_TRUE(r.has_value());
  EXPECT_LT(r->duration_ns, 1'000'000u);  // a mean per run, not a total
}

TEST(TestRun, LoopLimitBoundsARun) {
  static const HelperTable table = standard_helpers();
  auto prog = Program::load(asm_or_die("l: goto l\n"), &table);
  ASSERT_TRUE(prog.has_value());
  HelperEnv env;
  TestRunOptions o = with_data(pattern(60));
  o.loop_limit = 1000;
  auto r = test_run(*prog, {ProgType::SchedCls, 0}, env, o);
  ASSERT_FALSE(r.has_value());
  EXPECT_NE(r.error().message.find("loop limit"), std::string::npos) << r.error().to_string();
}

}  // namespace
}  // namespace bpfkit::trun
