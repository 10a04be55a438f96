// Callbacks through RunContext::call_bpf_function, exercised with bpf_loop (helper_bpf_loop): iteration counts,
// break, argument errors, nested loops, faults inside a callback, and the frame and loop limits shared with the
// caller.
#include <cerrno>
#include <cstdint>
#include <vector>

#include <gtest/gtest.h>

#include "bpfkit/vm.h"
#include "support/insn_builder.h"

namespace bpfkit {
namespace {

using namespace test;  // NOLINT: the shared instruction builders

Insn jne(uint8_t d, int32_t imm, int16_t off) { return I(op::JMP | op::JNE | op::K, d, 0, off, imm); }
Insn ldx_dw(uint8_t d, uint8_t s, int16_t off) { return I(op::LDX | op::MEM | op::DW, d, s, off); }
Insn stx_dw(uint8_t d, int16_t off, uint8_t s) { return I(op::STX | op::MEM | op::DW, d, s, off); }
Insn st_dw(uint8_t d, int16_t off, int32_t imm) { return I(op::ST | op::MEM | op::DW, d, 0, off, imm); }

constexpr int32_t kLoop = 181;

const HelperTable& helpers() {
  static const HelperTable table = [] {
    HelperTable t;
    t.set(kLoop, helper_bpf_loop, "bpf_loop");
    return t;
  }();
  return table;
}

// A program with labelled functions: ld_func(reg, name) emits LD_IMM64 src=BPF_PSEUDO_FUNC, patched at build().
struct Builder {
  std::vector<Insn> insns;
  std::vector<std::pair<size_t, int>> refs;  // (ld_imm64 index, function id)
  std::vector<size_t> funcs;

  Builder& operator<<(const Insn& i) { insns.push_back(i); return *this; }
  Builder& operator<<(const std::vector<Insn>& v) { append(insns, v); return *this; }
  Builder& ld_func(uint8_t reg, int func) {
    refs.emplace_back(insns.size(), func);
    return *this << lddw(reg, 0, op::PSEUDO_FUNC);
  }
  Builder& func(int id) {
    if (funcs.size() <= size_t(id)) funcs.resize(size_t(id) + 1);
    funcs[size_t(id)] = insns.size();
    return *this;
  }
  std::vector<Insn> build() const {
    std::vector<Insn> out = insns;
    for (auto [at, f] : refs) out[at].imm = int32_t(int64_t(funcs[size_t(f)]) - int64_t(at) - 1);
    return out;
  }
  size_t here() const { return insns.size(); }
};

// bpf_loop(nr, cb, &stack[-8], flags) with stack[-8] = 0; returns R0 + stack[-8] * 1000.
Builder loop_main(int32_t nr, int32_t flags = 0) {
  Builder b;
  b << st_dw(10, -8, 0) << mov(1, nr);
  b.ld_func(2, 0);
  b << movr(3, 10) << add(3, -8) << mov(4, flags) << call(kLoop) << ldx_dw(1, 10, -8)
    << I(op::ALU64 | op::MUL | op::K, 1, 0, 0, 1000) << addr(0, 1) << exit_insn();
  return b;
}

Expected<uint64_t> run(const std::vector<Insn>& p, RunContext& ctx) {
  auto loaded = Program::load(p, &helpers());
  if (!loaded) return std::move(loaded).error();
  return loaded->run(ctx);
}

uint64_t run_ok(const std::vector<Insn>& p, uint64_t loop_limit = 0) {
  RunContext ctx;
  ctx.loop_limit = loop_limit;
  auto r = run(p, ctx);
  EXPECT_TRUE(r.has_value()) << r.error().to_string();
  return r ? *r : 0xdeadbeef;
}

// Callback: *ctx += index; return 0.
void sum_callback(Builder& b) {
  b.func(0) << ldx_dw(3, 2, 0) << addr(3, 1) << stx_dw(2, 0, 3) << mov(0, 0) << exit_insn();
}

TEST(BpfLoop, CallsTheCallbackNrTimes) {
  Builder b = loop_main(10);
  sum_callback(b);
  EXPECT_EQ(run_ok(b.build()), 10u + 45 * 1000);  // returns 10; sum of 0..9
}

TEST(BpfLoop, ZeroLoops) {
  Builder b = loop_main(0);
  sum_callback(b);
  EXPECT_EQ(run_ok(b.build()), 0u);
}

TEST(BpfLoop, CallbackReturningOneStops) {
  Builder b = loop_main(10);
  // *ctx += 1; return index == 3.
  b.func(0) << ldx_dw(3, 2, 0) << add(3, 1) << stx_dw(2, 0, 3) << mov(0, 0) << jne(1, 3, 1) << mov(0, 1)
            << exit_insn();
  EXPECT_EQ(run_ok(b.build()), 4u + 4 * 1000);  // returns i + 1 for the stopping call
}

TEST(BpfLoop, ArgumentErrors) {
  for (auto [nr, flags, expected] : {std::tuple{1, 1, -EINVAL}, std::tuple{(1 << 23) + 1, 0, -E2BIG},
                                     std::tuple{(1 << 23) + 1, 1, -EINVAL}, std::tuple{-1, 0, -E2BIG}}) {
    Builder b = loop_main(nr, flags);
    sum_callback(b);
    EXPECT_EQ(run_ok(b.build()), uint64_t(int64_t(expected))) << nr << " " << flags;
  }
}

TEST(BpfLoop, MaxLoopsIsAllowed) {
  Builder b = loop_main(1 << 23);
  b.func(0) << mov(0, 1) << exit_insn();  // stop at once
  EXPECT_EQ(run_ok(b.build()), 1u);
}

TEST(BpfLoop, CalleeSavedRegistersOfTheCallerSurvive) {
  Builder b;
  b << mov(6, 6) << mov(7, 7) << mov(8, 8) << mov(9, 9) << mov(1, 3);
  b.ld_func(2, 0);
  b << mov(3, 0) << mov(4, 0) << call(kLoop) << addr(0, 6) << addr(0, 7) << addr(0, 8) << addr(0, 9)
    << exit_insn();
  b.func(0) << mov(6, 100) << mov(7, 100) << mov(8, 100) << mov(9, 100) << mov(0, 0) << exit_insn();
  EXPECT_EQ(run_ok(b.build()), 3u + 6 + 7 + 8 + 9);
}

TEST(BpfLoop, NestedLoops) {
  // Outer: 3 iterations; each runs an inner bpf_loop of 4 iterations adding 1 to the shared counter.
  Builder b = loop_main(3);
  b.func(0) << mov(1, 4) << movr(3, 2);
  b.ld_func(2, 1);
  b << mov(4, 0) << call(kLoop) << mov(0, 0) << exit_insn();
  b.func(1) << ldx_dw(3, 2, 0) << add(3, 1) << stx_dw(2, 0, 3) << mov(0, 0) << exit_insn();
  EXPECT_EQ(run_ok(b.build()), 3u + 12 * 1000);
}

TEST(BpfLoop, FaultInCallbackIsReportedAtTheCallbackInstruction) {
  Builder b = loop_main(5);
  b.func(0) << mov(0, 0) << jne(1, 2, 2);
  const size_t fault = b.here();
  b << mov(4, 0) << ldx_dw(0, 4, 0) << exit_insn();  // index 2 reads address 0
  RunContext ctx;
  auto r = run(b.build(), ctx);
  ASSERT_FALSE(r.has_value());
  EXPECT_EQ(r.error().insn, int64_t(fault + 1)) << r.error().to_string();
  EXPECT_NE(r.error().message.find("invalid memory access"), std::string::npos);
}

TEST(BpfLoop, FaultInNestedCallbackStopsTheRun) {
  // A fault two callback levels down stops the whole run, reported at the faulting instruction.
  Builder b = loop_main(2);
  b.func(0) << mov(1, 2) << movr(3, 2);
  b.ld_func(2, 1);
  b << mov(4, 0) << call(kLoop) << mov(0, 0) << exit_insn();
  b.func(1);
  const size_t fault = b.here();
  b << I(op::STX | op::MEM | op::DW, 1, 1, 0) << mov(0, 0) << exit_insn();  // *(u64*)index = index
  RunContext ctx;
  auto r = run(b.build(), ctx);
  ASSERT_FALSE(r.has_value());
  EXPECT_EQ(r.error().insn, int64_t(fault)) << r.error().to_string();
}

// The callback calls bpf_loop with itself while ++*ctx < limit: the callback at depth d sees *ctx == d.
std::vector<Insn> recursive_loop(int32_t limit) {
  Builder b = loop_main(1);
  b.func(0) << ldx_dw(3, 2, 0) << add(3, 1) << stx_dw(2, 0, 3) << mov(0, 0)
            << I(op::JMP | op::JGE | op::K, 3, 0, 6, limit) << mov(1, 1) << movr(3, 2);
  b.ld_func(2, 0);
  b << mov(4, 0) << call(kLoop) << mov(0, 0) << exit_insn();
  return b.build();
}

TEST(BpfLoop, CallbackFramesCountAgainstTheFrameLimit) {
  // Frame 0 is main; a callback at depth 7 is the 8th and last frame (MAX_CALL_FRAMES).
  EXPECT_EQ(run_ok(recursive_loop(7)), 1u + 7 * 1000);
  RunContext ctx;
  auto r = run(recursive_loop(8), ctx);
  ASSERT_FALSE(r.has_value());
  EXPECT_NE(r.error().message.find("the call stack of 9 frames is too deep"), std::string::npos)
      << r.error().to_string();
}

TEST(BpfLoop, CallbackInvocationsCountAgainstTheLoopLimit) {
  Builder b = loop_main(1000);
  sum_callback(b);
  RunContext ctx;
  ctx.loop_limit = 100;
  auto r = run(b.build(), ctx);
  ASSERT_FALSE(r.has_value());
  EXPECT_NE(r.error().message.find("loop limit"), std::string::npos) << r.error().to_string();
  EXPECT_EQ(run_ok(b.build(), 2000), 1000u + 499500u * 1000);
}

TEST(BpfLoop, CallbackCanUseItsOwnStack) {
  Builder b = loop_main(3);
  b.func(0) << st_dw(10, -8, 5) << ldx_dw(4, 10, -8) << ldx_dw(3, 2, 0) << addr(3, 4) << stx_dw(2, 0, 3)
            << mov(0, 0) << exit_insn();
  EXPECT_EQ(run_ok(b.build()), 3u + 15 * 1000);
}

TEST(CallBpfFunction, OutsideARunIsAnError) {
  RunContext ctx;
  EXPECT_FALSE(ctx.call_bpf_function(0).has_value());
}

TEST(CallBpfFunction, InvalidFunctionReferenceFailsTheRunAtTheHelper) {
  Builder b;
  b << mov(1, 1) << lddw(2, 3) << mov(3, 0) << mov(4, 0) << call(kLoop) << exit_insn();  // offset 3: not aligned
  RunContext ctx;
  auto r = run(b.build(), ctx);
  ASSERT_FALSE(r.has_value());
  EXPECT_EQ(r.error().insn, 5);
}

}  // namespace
}  // namespace bpfkit
