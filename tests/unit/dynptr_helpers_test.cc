// The dynptr helpers in raw runs (no verifier): a dynptr's 16 stack bytes are program-writable there, so a forged
// one must stop the run instead of reaching host memory, and a well-formed one behaves as the kernel's helpers
// (kernel/bpf/helpers.c): return codes at and past the bounds, a NULL dynptr after a failed creation.
#include <cerrno>
#include <cstdint>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "bpfkit/asm.h"
#include "bpfkit/helpers.h"
#include "bpfkit/test_run.h"
#include "bpfkit/vm.h"

namespace bpfkit {
namespace {

Expected<TestRunResult> run_tc(const std::string& text) {
  auto insns = assemble(text);
  if (!insns) return std::move(insns).error();
  static const HelperTable helpers = standard_helpers();
  auto prog = Program::load(*insns, &helpers);
  if (!prog) return std::move(prog).error();
  HelperEnv env;
  TestRunOptions opt;
  opt.data_in.assign(64, 0x11);
  return test_run(*prog, TestRunTarget{ProgType::SchedCls, 0}, env, opt);
}

uint32_t neg(int e) { return uint32_t(-e); }

// fp-16: a dynptr; fp-48..-33: a 16-byte buffer with bytes 1..16; fp-56: scratch
constexpr const char* kLocalSetup = R"(
  r1 = 0x0807060504030201 ll
  *(u64 *)(r10 - 48) = r1
  r1 = 0x100f0e0d0c0b0a09 ll
  *(u64 *)(r10 - 40) = r1
  r1 = r10
  r1 += -48
  r2 = 16
  r3 = 0
  r4 = r10
  r4 += -16
  call bpf_dynptr_from_mem
)";

TEST(DynptrHelpers, LocalDynptrReadWriteAndBounds) {
  // read 8 bytes at offset 4 of the buffer: 0x0c0b0a0908070605
  auto r = run_tc(std::string(kLocalSetup) + R"(
    r1 = r10
    r1 += -56
    r2 = 8
    r3 = r10
    r3 += -16
    r4 = 4
    r5 = 0
    call bpf_dynptr_read
    if r0 != 0 goto +2
    r0 = *(u32 *)(r10 - 56)
    exit
    r0 = 99
    exit)");
  ASSERT_TRUE(r.has_value()) << r.error().to_string();
  EXPECT_EQ(r->retval, 0x08070605u);
  for (const auto& [args, want] : std::vector<std::pair<std::string, uint32_t>>{
           {"r4 = 9\n r5 = 0", neg(E2BIG)},  // 9 + 8 > 16
           {"r4 = 8\n r5 = 0", 0},           // exactly at the end
           {"r4 = 0\n r5 = 1", neg(EINVAL)}}) {
    auto b = run_tc(std::string(kLocalSetup) + "r1 = r10\n r1 += -56\n r2 = 8\n r3 = r10\n r3 += -16\n" + args +
                    "\n call bpf_dynptr_read\n exit");
    ASSERT_TRUE(b.has_value()) << args << ": " << b.error().to_string();
    EXPECT_EQ(b->retval, want) << args;
  }
  // a size above DYNPTR_MAX_SIZE fails with -E2BIG and leaves a NULL dynptr: reading it is -EINVAL
  auto big = run_tc(R"(
    r1 = r10
    r1 += -48
    r2 = 0x1000000 ll
    r3 = 0
    r4 = r10
    r4 += -16
    call bpf_dynptr_from_mem
    r6 = r0
    r1 = r10
    r1 += -56
    r2 = 8
    r3 = r10
    r3 += -16
    r4 = 0
    r5 = 0
    call bpf_dynptr_read
    if r6 == -7 goto +1
    r0 = 99
    exit)");
  ASSERT_TRUE(big.has_value()) << big.error().to_string();
  EXPECT_EQ(big->retval, neg(EINVAL));
}

TEST(DynptrHelpers, ForgedLocalDynptrStopsTheRun) {
  // data = 0x1000, size 8, type local: host memory the program was never given
  auto r = run_tc(R"(
    r1 = 0x1000
    *(u64 *)(r10 - 16) = r1
    r1 = 0x10000008
    *(u32 *)(r10 - 8) = r1
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r1 = r10
    r1 += -56
    r2 = 8
    r3 = r10
    r3 += -16
    r4 = 0
    r5 = 0
    call bpf_dynptr_read
    exit)");
  ASSERT_FALSE(r.has_value());
  EXPECT_NE(r.error().to_string().find("not program memory"), std::string::npos) << r.error().to_string();
}

TEST(DynptrHelpers, GrownLocalDynptrStopsTheRun) {
  // a real dynptr over 16 stack bytes whose size the program raised to 4096: the bytes past the stack are refused
  auto r = run_tc(std::string(kLocalSetup) + R"(
    r1 = 0x10001000
    *(u32 *)(r10 - 8) = r1
    r1 = r10
    r1 += -56
    r2 = 8
    r3 = r10
    r3 += -16
    r4 = 2048
    r5 = 0
    call bpf_dynptr_read
    exit)");
  ASSERT_FALSE(r.has_value());
  EXPECT_NE(r.error().to_string().find("not program memory"), std::string::npos) << r.error().to_string();
}

TEST(DynptrHelpers, ForgedRingbufDynptrStopsTheRun) {
  // type ringbuf over the stack: no reserved record is there, so submit refuses it
  auto r = run_tc(R"(
    r1 = r10
    r1 += -48
    *(u64 *)(r10 - 16) = r1
    r1 = 0x20000008
    *(u32 *)(r10 - 8) = r1
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r1 = r10
    r1 += -16
    r2 = 0
    call bpf_ringbuf_submit_dynptr
    r0 = 0
    exit)");
  ASSERT_FALSE(r.has_value());
  EXPECT_NE(r.error().to_string().find("reserved ring buffer record"), std::string::npos) << r.error().to_string();
}

TEST(DynptrHelpers, DataSliceIsNullOutOfBoundsAndPointsIntoTheBuffer) {
  auto r = run_tc(std::string(kLocalSetup) + R"(
    r1 = r10
    r1 += -16
    r2 = 12
    r3 = 8
    call bpf_dynptr_data
    if r0 != 0 goto +6
    r1 = r10
    r1 += -16
    r2 = 12
    r3 = 4
    call bpf_dynptr_data
    r0 = *(u32 *)(r0 + 0)
    exit
    r0 = 99
    exit)");
  ASSERT_TRUE(r.has_value()) << r.error().to_string();
  EXPECT_EQ(r->retval, 0x100f0e0du);
}

}  // namespace
}  // namespace bpfkit
