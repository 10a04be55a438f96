// The interpreter's mechanics through the public API: ALU edge cases, jumps, calls and frames, helpers, loop
// limits, may_goto, callx and the legacy packet loads. (The broad per-opcode corpus lives in tests/conformance.)
#include <cstdint>
#include <limits>
#include <vector>

#include <gtest/gtest.h>

#include "bpfkit/vm.h"
#include "support/insn_builder.h"

namespace bpfkit {
namespace {

using namespace test;  // NOLINT: the shared instruction builders

// ---- a tiny program builder ------------------------------------------------------------------------------------
Insn alu(uint8_t code, uint8_t d, int32_t imm) { return I(op::ALU64 | code | op::K, d, 0, 0, imm); }
Insn alur(uint8_t code, uint8_t d, uint8_t s) { return I(op::ALU64 | code | op::X, d, s); }
Insn jmp(uint8_t code, uint8_t d, int32_t imm, int16_t off) { return I(op::JMP | code | op::K, d, 0, off, imm); }
Insn jmpr(uint8_t code, uint8_t d, uint8_t s, int16_t off) { return I(op::JMP | code | op::X, d, s, off); }
Insn jmp32(uint8_t code, uint8_t d, int32_t imm, int16_t off) { return I(op::JMP32 | code | op::K, d, 0, off, imm); }
Insn ja(int16_t off) { return I(op::JMP | op::JA, 0, 0, off); }
Insn ldx(uint8_t size, uint8_t d, uint8_t s, int16_t off) { return I(op::LDX | op::MEM | size, d, s, off); }
Insn st(uint8_t size, uint8_t d, int16_t off, int32_t imm) { return I(op::ST | op::MEM | size, d, 0, off, imm); }


Expected<uint64_t> run(const std::vector<Insn>& p, RunContext& ctx, const HelperTable* helpers = nullptr) {
  auto loaded = Program::load(p, helpers);
  if (!loaded) return std::move(loaded).error();
  return loaded->run(ctx);
}

uint64_t run_ok(const std::vector<Insn>& p, RunContext* ctx = nullptr, const HelperTable* helpers = nullptr) {
  RunContext local;
  auto r = run(p, ctx != nullptr ? *ctx : local, helpers);
  EXPECT_TRUE(r.has_value()) << r.error().to_string();
  return r ? *r : 0xdeadbeef;
}

Error run_error(const std::vector<Insn>& p, RunContext* ctx = nullptr, const HelperTable* helpers = nullptr) {
  RunContext local;
  auto r = run(p, ctx != nullptr ? *ctx : local, helpers);
  EXPECT_FALSE(r.has_value()) << "returned " << (r ? *r : 0);
  return r ? Error{} : r.error();
}

// dst OP= src (register form) on full 64-bit inputs; the result is the whole R0.
uint64_t alu_x(uint8_t opcode, uint64_t dst, uint64_t src, int16_t off = 0) {
  return run_ok(prog(lddw(0, dst), lddw(1, src), I(opcode, 0, 1, off), exit_insn()));
}
// dst OP= imm (immediate form).
uint64_t alu_k(uint8_t opcode, uint64_t dst, int32_t imm, int16_t off = 0) {
  return run_ok(prog(lddw(0, dst), I(opcode, 0, 0, off, imm), exit_insn()));
}

constexpr uint64_t kMin64 = uint64_t(1) << 63;
constexpr uint8_t A64 = op::ALU64, A32 = op::ALU;

// ---- ALU --------------------------------------------------------------------------------------------------------
TEST(InterpAlu, ReturnsFull64BitR0) {
  EXPECT_EQ(run_ok(prog(lddw(0, 0x123456789abcdef0), exit_insn())), 0x123456789abcdef0u);
}

TEST(InterpAlu, Alu32ZeroExtends) {
  EXPECT_EQ(alu_k(A32 | op::ADD | op::K, 0xffffffffffffffff, 1), 0u);
  EXPECT_EQ(alu_k(A32 | op::ADD | op::K, 0xaaaaaaaa00000001, 1), 2u);
  EXPECT_EQ(alu_x(A32 | op::MOV | op::X, 0, 0x1234567887654321), 0x87654321u);
  EXPECT_EQ(alu_k(A32 | op::MOV | op::K, 0xffffffffffffffff, -1), 0xffffffffu);
  EXPECT_EQ(alu_k(A64 | op::MOV | op::K, 0, -1), ~uint64_t(0));  // ALU64 imm is sign-extended
  EXPECT_EQ(alu_x(A32 | op::MUL | op::X, 0x100000003, 0x100000005), 15u);
  EXPECT_EQ(alu_k(A32 | op::SUB | op::K, 0, 1), 0xffffffffu);
  EXPECT_EQ(alu_k(A64 | op::AND | op::K, 0xffffffffffffffff, -2), 0xfffffffffffffffeu);
}

TEST(InterpAlu, DivisionByZero) {
  EXPECT_EQ(alu_x(A64 | op::DIV | op::X, 1234, 0), 0u);
  EXPECT_EQ(alu_x(A32 | op::DIV | op::X, 0xffffffff00001234, 0), 0u);
  EXPECT_EQ(alu_k(A64 | op::DIV | op::K, 1234, 0), 0u);
  // Only the low 32 bits of the divisor count for ALU32.
  EXPECT_EQ(alu_x(A32 | op::DIV | op::X, 1234, 0x100000000), 0u);
  // Modulo by zero: ALU64 leaves dst, ALU32 keeps its low half.
  EXPECT_EQ(alu_x(A64 | op::MOD | op::X, 0xffffffff00001234, 0), 0xffffffff00001234u);
  EXPECT_EQ(alu_x(A32 | op::MOD | op::X, 0xffffffff00001234, 0), 0x1234u);
  EXPECT_EQ(alu_k(A32 | op::MOD | op::K, 0xffffffff00001234, 0), 0x1234u);
}

TEST(InterpAlu, UnsignedDivision) {
  EXPECT_EQ(alu_x(A64 | op::DIV | op::X, ~uint64_t(0), 2), ~uint64_t(0) / 2);
  EXPECT_EQ(alu_k(A64 | op::DIV | op::K, ~uint64_t(0), -1), 1u);  // imm sign-extends to 2^64-1
  EXPECT_EQ(alu_k(A32 | op::DIV | op::K, 0xffffffff, -1), 1u);
  EXPECT_EQ(alu_x(A64 | op::MOD | op::X, 100, 7), 2u);
  EXPECT_EQ(alu_x(A32 | op::MOD | op::X, 0x1'0000'0064, 7), 2u);
}

TEST(InterpAlu, SignedDivisionTruncatesTowardZero) {
  EXPECT_EQ(int64_t(alu_x(A64 | op::DIV | op::X, uint64_t(-13), 3, 1)), -4);
  EXPECT_EQ(int64_t(alu_x(A64 | op::MOD | op::X, uint64_t(-13), 3, 1)), -1);
  EXPECT_EQ(int64_t(alu_x(A64 | op::MOD | op::X, 13, uint64_t(-3), 1)), 1);
  EXPECT_EQ(int64_t(alu_k(A64 | op::DIV | op::K, 13, -3, 1)), -4);
  EXPECT_EQ(alu_x(A32 | op::DIV | op::X, uint32_t(-13), 3, 1), uint32_t(-4));
  EXPECT_EQ(alu_x(A32 | op::MOD | op::X, uint32_t(-13), 3, 1), uint32_t(-1));
  EXPECT_EQ(alu_k(A32 | op::MOD | op::K, uint32_t(-13), 3, 1), uint32_t(-1));
}

TEST(InterpAlu, SignedDivisionOverflowAndZero) {
  EXPECT_EQ(alu_x(A64 | op::DIV | op::X, kMin64, uint64_t(-1), 1), kMin64);
  EXPECT_EQ(alu_k(A64 | op::DIV | op::K, kMin64, -1, 1), kMin64);
  EXPECT_EQ(alu_x(A64 | op::MOD | op::X, kMin64, uint64_t(-1), 1), 0u);
  EXPECT_EQ(alu_k(A64 | op::MOD | op::K, kMin64, -1, 1), 0u);
  EXPECT_EQ(int64_t(alu_x(A64 | op::DIV | op::X, 5, uint64_t(-1), 1)), -5);
  EXPECT_EQ(alu_x(A32 | op::DIV | op::X, 0x80000000, 0xffffffff, 1), 0x80000000u);
  EXPECT_EQ(alu_k(A32 | op::DIV | op::K, 0xffffffff80000000, -1, 1), 0x80000000u);
  EXPECT_EQ(alu_x(A32 | op::MOD | op::X, 0xffffffff80000000, 0xffffffff, 1), 0u);
  EXPECT_EQ(alu_x(A32 | op::DIV | op::X, 5, 0xffffffff, 1), uint32_t(-5));
  // Signed division by zero: like unsigned.
  EXPECT_EQ(alu_x(A64 | op::DIV | op::X, 77, 0, 1), 0u);
  EXPECT_EQ(alu_x(A64 | op::MOD | op::X, uint64_t(-77), 0, 1), uint64_t(-77));
  EXPECT_EQ(alu_x(A32 | op::DIV | op::X, 77, 0, 1), 0u);
  EXPECT_EQ(alu_x(A32 | op::MOD | op::X, 0xabcdef00ffffffb3, 0, 1), 0xffffffb3u);
}

TEST(InterpAlu, ShiftCountsAreMasked) {
  EXPECT_EQ(alu_x(A64 | op::LSH | op::X, 1, 65), 2u);
  EXPECT_EQ(alu_x(A64 | op::RSH | op::X, 0x8000000000000000, 127), 1u);
  EXPECT_EQ(alu_x(A32 | op::LSH | op::X, 0xffffffff00000001, 33), 2u);
  EXPECT_EQ(alu_x(A32 | op::RSH | op::X, 0x0000000180000000, 63), 1u);
  EXPECT_EQ(alu_x(A64 | op::ARSH | op::X, kMin64, 64 + 4), 0xf800000000000000u);
  EXPECT_EQ(alu_x(A32 | op::ARSH | op::X, 0x80000000, 4), 0xf8000000u);
  EXPECT_EQ(alu_k(A32 | op::ARSH | op::K, 0xffffffff80000000, 31), 0xffffffffu);
  EXPECT_EQ(alu_k(A64 | op::ARSH | op::K, kMin64, 63), ~uint64_t(0));
  EXPECT_EQ(alu_k(A64 | op::LSH | op::K, 3, 62), 0xc000000000000000u);
}

TEST(InterpAlu, Neg) {
  EXPECT_EQ(alu_k(A64 | op::NEG, 1, 0), ~uint64_t(0));
  EXPECT_EQ(alu_k(A32 | op::NEG, 1, 0), 0xffffffffu);
  EXPECT_EQ(alu_k(A32 | op::NEG, 0x1'0000'0000, 0), 0u);
  EXPECT_EQ(alu_k(A64 | op::NEG, kMin64, 0), kMin64);
}

TEST(InterpAlu, MovSx) {
  EXPECT_EQ(alu_x(A64 | op::MOV | op::X, 0, 0x1234567890abcd80, 8), 0xffffffffffffff80u);
  EXPECT_EQ(alu_x(A64 | op::MOV | op::X, 0, 0x7f, 8), 0x7fu);
  EXPECT_EQ(alu_x(A64 | op::MOV | op::X, 0, 0x12348000, 16), 0xffffffffffff8000u);
  EXPECT_EQ(alu_x(A64 | op::MOV | op::X, 0, 0x1280000000, 32), 0xffffffff80000000u);
  // ALU32 MOVSX sign-extends into 32 bits, then zero-extends like every ALU32 operation.
  EXPECT_EQ(alu_x(A32 | op::MOV | op::X, ~uint64_t(0), 0x80, 8), 0xffffff80u);
  EXPECT_EQ(alu_x(A32 | op::MOV | op::X, ~uint64_t(0), 0x18000, 16), 0xffff8000u);
  EXPECT_EQ(alu_x(A32 | op::MOV | op::X, ~uint64_t(0), 0x7fff, 16), 0x7fffu);
}

TEST(InterpAlu, ByteSwaps) {
  const uint64_t v = 0x1122334455667788;
  EXPECT_EQ(alu_k(A32 | op::END | op::TO_LE, v, 16), 0x7788u);
  EXPECT_EQ(alu_k(A32 | op::END | op::TO_LE, v, 32), 0x55667788u);
  EXPECT_EQ(alu_k(A32 | op::END | op::TO_LE, v, 64), v);
  EXPECT_EQ(alu_k(A32 | op::END | op::TO_BE, v, 16), 0x8877u);
  EXPECT_EQ(alu_k(A32 | op::END | op::TO_BE, v, 32), 0x88776655u);
  EXPECT_EQ(alu_k(A32 | op::END | op::TO_BE, v, 64), 0x8877665544332211u);
  EXPECT_EQ(alu_k(A64 | op::END | op::TO_LE, v, 16), 0x8877u);
  EXPECT_EQ(alu_k(A64 | op::END | op::TO_LE, v, 32), 0x88776655u);
  EXPECT_EQ(alu_k(A64 | op::END | op::TO_LE, v, 64), 0x8877665544332211u);
}

// ---- jumps ------------------------------------------------------------------------------------------------------
// r0 = 1 if the jump at insn 1 (comparing r1 with imm or r2) is taken, else 0.
uint64_t taken(Insn jump, uint64_t r1, uint64_t r2 = 0) {
  jump.dst = 1;
  jump.off = 2;
  return run_ok(prog(lddw(1, r1), lddw(2, r2), jump, mov(0, 0), exit_insn(), mov(0, 1), exit_insn()));
}

TEST(InterpJump, ImmediateIsSignExtendedFor64BitJumps) {
  EXPECT_EQ(taken(jmp(op::JEQ, 0, -1, 0), ~uint64_t(0)), 1u);
  EXPECT_EQ(taken(jmp(op::JEQ, 0, -1, 0), 0xffffffff), 0u);
  EXPECT_EQ(taken(jmp(op::JGT, 0, -1, 0), 0xffffffff), 0u);  // unsigned compare with 2^64-1
  EXPECT_EQ(taken(jmp(op::JSLT, 0, -1, 0), uint64_t(-2)), 1u);
  EXPECT_EQ(taken(jmp(op::JSGE, 0, 0, 0), kMin64), 0u);
  EXPECT_EQ(taken(jmp(op::JGE, 0, 0, 0), kMin64), 1u);
  EXPECT_EQ(taken(jmp(op::JSET, 0, 0x10, 0), 0x30), 1u);
  EXPECT_EQ(taken(jmp(op::JSET, 0, 0x10, 0), 0x20), 0u);
  EXPECT_EQ(taken(jmp(op::JLE, 0, 5, 0), 5), 1u);
  EXPECT_EQ(taken(jmp(op::JSLE, 0, -5, 0), uint64_t(-6)), 1u);
  EXPECT_EQ(taken(jmp(op::JNE, 0, 5, 0), 5), 0u);
}

TEST(InterpJump, RegisterForms) {
  EXPECT_EQ(taken(jmpr(op::JGT, 0, 2, 0), 2, 1), 1u);
  EXPECT_EQ(taken(jmpr(op::JSGT, 0, 2, 0), uint64_t(-1), 1), 0u);
  EXPECT_EQ(taken(jmpr(op::JLT, 0, 2, 0), 1, uint64_t(-1)), 1u);
  EXPECT_EQ(taken(jmpr(op::JSLT, 0, 2, 0), 1, uint64_t(-1)), 0u);
  EXPECT_EQ(taken(jmpr(op::JEQ, 0, 2, 0), 7, 7), 1u);
}

TEST(InterpJump, Jmp32ComparesLowHalves) {
  EXPECT_EQ(taken(jmp32(op::JEQ, 0, 5, 0), 0xabcd00000005), 1u);
  EXPECT_EQ(taken(jmp32(op::JSLT, 0, 0, 0), 0x80000000), 1u);
  EXPECT_EQ(taken(jmp32(op::JGT, 0, -1, 0), 0x1fffffffe), 0u);  // 0xfffffffe > 0xffffffff is false
  EXPECT_EQ(taken(I(op::JMP32 | op::JNE | op::X, 0, 2), 0x100000007, 0x200000007), 0u);
  EXPECT_EQ(taken(I(op::JMP32 | op::JSGE | op::X, 0, 2), 0xffffffff, 0x1), 0u);
}

TEST(InterpJump, GotolUsesImm) {
  EXPECT_EQ(run_ok(prog(mov(0, 1), I(op::JMP32 | op::JA, 0, 0, 0, 1), mov(0, 2), exit_insn())), 1u);
}

TEST(InterpJump, MayGotoFallsThroughBpfMaxLoopsTimes) {
  // r0 counts how often may_goto fell through before it jumped.
  const auto loop = prog(mov(0, 0), I(op::JMP | op::JCOND, 0, 0, 2), alu(op::ADD, 0, 1), ja(-3), exit_insn());
  EXPECT_EQ(run_ok(loop), 8u * 1024 * 1024);
}

TEST(InterpJump, MayGotoBudgetIsPerCall) {
  // main spends its whole budget, then calls f, which has a fresh one.
  const auto p = prog(mov(0, 0), I(op::JMP | op::JCOND, 0, 0, 2), alu(op::ADD, 0, 1), ja(-3),  // 0..3
                      movr(6, 0), call_local(2), alur(op::ADD, 0, 6), exit_insn(),             // 4..7
                      mov(0, 0), I(op::JMP | op::JCOND, 0, 0, 2), alu(op::ADD, 0, 1), ja(-3),  // 8..11: f
                      exit_insn());
  EXPECT_EQ(run_ok(p), 2u * 8 * 1024 * 1024);
}

TEST(InterpJump, RunningOffTheEndIsAnError) {
  Error e = run_error(prog(mov(0, 1), jmp(op::JEQ, 0, 1, 1), exit_insn(), mov(0, 2)));
  EXPECT_EQ(e.insn, 3);
  EXPECT_NE(e.message.find("past the last instruction"), std::string::npos) << e.message;
}

// ---- loop limit -------------------------------------------------------------------------------------------------
TEST(InterpLoopLimit, CountsTakenBackwardJumps) {
  // r1 = 100; do { r1 -= 1 } while (r1 != 0): 99 taken backward jumps.
  const auto p = prog(mov(1, 100), alu(op::SUB, 1, 1), jmp(op::JNE, 1, 0, -2), mov(0, 7), exit_insn());
  RunContext ctx;
  ctx.loop_limit = 99;
  EXPECT_EQ(run_ok(p, &ctx), 7u);
  ctx.loop_limit = 98;
  Error e = run_error(p, &ctx);
  EXPECT_EQ(e.insn, 2);
  EXPECT_NE(e.message.find("loop limit"), std::string::npos) << e.message;
}

TEST(InterpLoopLimit, StopsAnInfiniteLoop) {
  RunContext ctx;
  ctx.loop_limit = 1000;
  Error e = run_error(prog(mov(0, 0), alu(op::ADD, 0, 1), ja(-2)), &ctx);
  EXPECT_EQ(e.insn, 2);
}

TEST(InterpLoopLimit, CountsCalls) {
  // Three calls of f, no backward jumps.
  const auto p = prog(call_local(4), call_local(3), call_local(2), mov(0, 1), exit_insn(), mov(0, 0), exit_insn());
  RunContext ctx;
  ctx.loop_limit = 3;
  EXPECT_EQ(run_ok(p, &ctx), 1u);
  ctx.loop_limit = 2;
  EXPECT_EQ(run_error(p, &ctx).insn, 2);
}

TEST(InterpLoopLimit, ForwardCodeIsFree) {
  RunContext ctx;
  ctx.loop_limit = 1;
  EXPECT_EQ(run_ok(prog(mov(0, 1), ja(0), jmp(op::JEQ, 0, 1, 1), mov(0, 5), exit_insn()), &ctx), 1u);
}

// ---- bpf-to-bpf calls -------------------------------------------------------------------------------------------
// main calls f1, f1 calls f2, ...: `frames` frames in all; the deepest returns 42.
std::vector<Insn> call_chain(int frames) {
  std::vector<Insn> p;
  for (int i = 0; i + 1 < frames; ++i) append(p, prog(call_local(1), exit_insn()));
  append(p, prog(mov(0, 42), exit_insn()));
  return p;
}

TEST(InterpCall, EightFramesAreAllowed) { EXPECT_EQ(run_ok(call_chain(kMaxCallFrames)), 42u); }

TEST(InterpCall, NineFramesAreARuntimeError) {
  Error e = run_error(call_chain(kMaxCallFrames + 1));
  EXPECT_EQ(e.insn, 2 * (kMaxCallFrames - 1));  // the call made from the eighth frame
  EXPECT_NE(e.message.find("too deep"), std::string::npos) << e.message;
}

TEST(InterpCall, CalleeSavedRegistersAreRestored) {
  const auto p = prog(mov(6, 1), mov(7, 2), mov(8, 4), mov(9, 8), call_local(5),  // 0..4
                      alur(op::ADD, 0, 6), alur(op::ADD, 0, 7), alur(op::ADD, 0, 8), alur(op::ADD, 0, 9),
                      exit_insn(),                                                 // 5..9
                      mov(6, 16), mov(7, 32), mov(8, 64), mov(9, 128), mov(0, 1000), exit_insn());  // f
  EXPECT_EQ(run_ok(p), 1000u + 15);
}

TEST(InterpCall, ArgumentsAndReturnValue) {
  const auto p = prog(mov(1, 3), mov(2, 4), mov(5, 100), call_local(2), alu(op::ADD, 0, 1), exit_insn(),
                      movr(0, 1), alur(op::MUL, 0, 2), alur(op::ADD, 0, 5), exit_insn());
  EXPECT_EQ(run_ok(p), 113u);
}

TEST(InterpCall, EachFrameHasItsOwnR10) {
  // f returns caller's r10 - its own r10.
  const auto p = prog(movr(1, 10), call_local(1), exit_insn(), movr(0, 1), alur(op::SUB, 0, 10), exit_insn());
  EXPECT_EQ(run_ok(p), kStackSize);
}

TEST(InterpCall, CalleeGetsAFreshStack) {
  // main writes 0x77 at r10-8; f reads its own r10-8 (0), writes 0x55 there, returns what it read; then main
  // reads its r10-8 (still 0x77). A second call must find a zeroed frame again.
  const auto p = prog(st(op::DW, 10, -8, 0x77), call_local(6), movr(6, 0), call_local(4), alur(op::ADD, 6, 0),
                      ldx(op::DW, 0, 10, -8), alur(op::ADD, 0, 6), exit_insn(),    // 0..7
                      ldx(op::DW, 0, 10, -8), st(op::DW, 10, -8, 0x55), exit_insn());  // f
  // f returns 0 both times: r0 = 0x77 + 0 + 0.
  EXPECT_EQ(run_ok(p), 0x77u);
}

TEST(InterpCall, CalleeCanUseCallersStackThroughAPointer) {
  const auto p = prog(st(op::DW, 10, -8, 1234), movr(1, 10), alu(op::ADD, 1, -8), call_local(1), exit_insn(),
                      ldx(op::DW, 0, 1, 0), st(op::DW, 1, 0, 99), exit_insn());
  EXPECT_EQ(run_ok(p), 1234u);
  const auto q = prog(st(op::DW, 10, -8, 1234), movr(1, 10), alu(op::ADD, 1, -8), call_local(2),
                      ldx(op::DW, 0, 10, -8), exit_insn(), st(op::DW, 1, 0, 99), exit_insn());
  EXPECT_EQ(run_ok(q), 99u);
}

TEST(InterpCall, KfuncCallsAreALoadError) {
  auto p = Program::load(prog(mov(0, 0), I(op::JMP | op::CALL, 0, op::PSEUDO_KFUNC_CALL, 0, 1234), exit_insn()));
  ASSERT_FALSE(p.has_value());
  EXPECT_EQ(p.error().insn, 1);
  EXPECT_NE(p.error().message.find("kfunc"), std::string::npos) << p.error().message;
}

TEST(InterpCall, CallxTakesTheByteOffsetOfTheCallee) {
  // LD_IMM64 with BPF_PSEUDO_FUNC loads the callee's byte offset; callx calls it.
  const auto p = prog(lddw(1, 4, op::PSEUDO_FUNC), I(op::JMP | op::CALL | op::X, 1), alu(op::ADD, 0, 1),
                      exit_insn(), mov(0, 41), exit_insn());
  EXPECT_EQ(run_ok(p), 42u);
  const auto q = prog(mov(1, 5 * 8), I(op::JMP | op::CALL | op::X, 1), alu(op::ADD, 0, 1), exit_insn(),
                      exit_insn(), mov(0, 9), exit_insn());
  EXPECT_EQ(run_ok(q), 10u);
}

TEST(InterpCall, CallxToANonInstructionIsAnError) {
  for (uint64_t target : {uint64_t(3), uint64_t(8), uint64_t(6 * 8), ~uint64_t(7)}) {
    // offset 8 is the second slot of the LD_IMM64 at insn 0.
    Error e = run_error(prog(lddw(1, target), I(op::JMP | op::CALL | op::X, 1), exit_insn(), exit_insn()));
    EXPECT_EQ(e.insn, 2) << target;
    EXPECT_NE(e.message.find("callx"), std::string::npos) << e.message;
  }
}

// ---- helpers ----------------------------------------------------------------------------------------------------
uint64_t weighted_sum(RunContext&, uint64_t r1, uint64_t r2, uint64_t r3, uint64_t r4, uint64_t r5) {
  return r1 + 2 * r2 + 3 * r3 + 4 * r4 + 5 * r5;
}
uint64_t read_user(RunContext& ctx, uint64_t, uint64_t, uint64_t, uint64_t, uint64_t) {
  return *static_cast<uint64_t*>(ctx.user);
}
uint64_t failing(RunContext& ctx, uint64_t r1, uint64_t, uint64_t, uint64_t, uint64_t) {
  if (r1 == 13) ctx.fail("helper failed on purpose");
  return 5;
}

TEST(InterpHelper, ArgumentsAndReturnValue) {
  HelperTable helpers;
  helpers.set(7, weighted_sum, "bpf_get_prandom_u32");
  const auto p = prog(mov(1, 1), mov(2, 10), mov(3, 100), mov(4, 1000), mov(5, 10000), call(7), exit_insn());
  EXPECT_EQ(run_ok(p, nullptr, &helpers), 1u + 20 + 300 + 4000 + 50000);
}

TEST(InterpHelper, SeesRunContext) {
  HelperTable helpers;
  helpers.set(5, read_user, "bpf_ktime_get_ns");
  uint64_t value = 0xfeedface;
  RunContext ctx;
  ctx.user = &value;
  EXPECT_EQ(run_ok(prog(call(5), exit_insn()), &ctx, &helpers), 0xfeedfaceu);
}

TEST(InterpHelper, RegistersR1ToR5AreArgsAtEntry) {
  RunContext ctx;
  ctx.args[0] = 1;
  ctx.args[4] = 5;
  EXPECT_EQ(run_ok(prog(movr(0, 1), alur(op::ADD, 0, 5), exit_insn()), &ctx), 6u);
}

TEST(InterpHelper, UnknownHelperIsALoadError) {
  HelperTable helpers;
  helpers.set(7, weighted_sum, "bpf_get_prandom_u32");
  auto p = Program::load(prog(mov(1, 0), call(1), exit_insn()), &helpers);
  ASSERT_FALSE(p.has_value());
  EXPECT_EQ(p.error().insn, 1);
  EXPECT_NE(p.error().message.find("unknown helper bpf_map_lookup_elem#1"), std::string::npos)
      << p.error().message;
  auto q = Program::load(prog(call(7), exit_insn()));  // no table at all
  ASSERT_FALSE(q.has_value());
  EXPECT_NE(q.error().message.find("#7"), std::string::npos) << q.error().message;
}

TEST(InterpHelper, FailureStopsTheProgram) {
  HelperTable helpers;
  helpers.set(9, failing, "bpf_smp_processor_id");
  // After the failing call, r0 = 99 must not run; the error names the call.
  const auto p = prog(mov(1, 13), mov(0, 1), call(9), mov(0, 99), exit_insn());
  RunContext ctx;
  Error e = run_error(p, &ctx, &helpers);
  EXPECT_EQ(e.insn, 2);
  EXPECT_EQ(e.message, "helper failed on purpose");
  // The same context runs cleanly afterwards.
  const auto ok = prog(mov(1, 0), call(9), exit_insn());
  EXPECT_EQ(run_ok(ok, &ctx, &helpers), 5u);
}

TEST(InterpHelper, FailureInsideASubprogram) {
  HelperTable helpers;
  helpers.set(9, failing, "bpf_smp_processor_id");
  const auto p = prog(call_local(1), exit_insn(), mov(1, 13), call(9), exit_insn());
  EXPECT_EQ(run_error(p, nullptr, &helpers).insn, 3);
}

TEST(InterpHelper, HelperTableLookups) {
  HelperTable helpers;
  EXPECT_EQ(helpers.find(1), nullptr);
  helpers.set(3, weighted_sum, "bpf_map_delete_elem");
  ASSERT_NE(helpers.find(3), nullptr);
  EXPECT_STREQ(helpers.find(3)->name, "bpf_map_delete_elem");
  EXPECT_EQ(helpers.find(2), nullptr);
  EXPECT_EQ(helpers.find(-1), nullptr);
  EXPECT_EQ(helpers.find(1 << 30), nullptr);
}

// ---- legacy packet loads ----------------------------------------------------------------------------------------
const uint8_t kPacket[] = {0x12, 0x34, 0x56, 0x78, 0x9a, 0xbc};

uint64_t packet_run(const std::vector<Insn>& p) {
  RunContext ctx;
  ctx.set_packet(kPacket, sizeof(kPacket));
  return run_ok(p, &ctx);
}

Insn ld_abs(uint8_t size, int32_t imm) { return I(op::LD | op::ABS | size, 0, 0, 0, imm); }
Insn ld_ind(uint8_t size, uint8_t src, int32_t imm) { return I(op::LD | op::IND | size, 0, src, 0, imm); }

TEST(InterpPacket, LdAbsReadsBigEndian) {
  EXPECT_EQ(packet_run(prog(ld_abs(op::W, 0), exit_insn())), 0x12345678u);
  EXPECT_EQ(packet_run(prog(ld_abs(op::H, 4), exit_insn())), 0x9abcu);
  EXPECT_EQ(packet_run(prog(ld_abs(op::B, 5), exit_insn())), 0xbcu);
  EXPECT_EQ(packet_run(prog(ld_abs(op::W, 2), exit_insn())), 0x56789abcu);
}

TEST(InterpPacket, LdAbsOutOfBoundsReturnsZero) {
  // The instructions after the failing load never run.
  EXPECT_EQ(packet_run(prog(mov(0, 7), ld_abs(op::W, 3), mov(0, 99), exit_insn())), 0u);
  EXPECT_EQ(packet_run(prog(mov(0, 7), ld_abs(op::B, 6), mov(0, 99), exit_insn())), 0u);
  EXPECT_EQ(packet_run(prog(mov(0, 7), ld_abs(op::H, -1), mov(0, 99), exit_insn())), 0u);
  RunContext no_packet;
  EXPECT_EQ(run_ok(prog(mov(0, 7), ld_abs(op::B, 0), exit_insn()), &no_packet), 0u);
}

TEST(InterpPacket, LdInd) {
  EXPECT_EQ(packet_run(prog(mov(1, 1), ld_ind(op::H, 1, 2), exit_insn())), 0x789au);
  EXPECT_EQ(packet_run(prog(mov(1, 6), ld_ind(op::B, 1, -1), exit_insn())), 0xbcu);
  // The offset is computed in 32 bits: 0x1'0000'0001 + 1 is offset 2.
  EXPECT_EQ(packet_run(prog(lddw(1, 0x100000001), ld_ind(op::B, 1, 1), exit_insn())), 0x56u);
  EXPECT_EQ(packet_run(prog(mov(0, 7), mov(1, 5), ld_ind(op::H, 1, 0), mov(0, 99), exit_insn())), 0u);
  EXPECT_EQ(packet_run(prog(mov(0, 7), mov(1, -3), ld_ind(op::B, 1, 1), mov(0, 99), exit_insn())), 0u);
}

TEST(InterpPacket, OutOfBoundsInASubprogramReturnsFromIt) {
  const auto p = prog(call_local(2), alu(op::ADD, 0, 5), exit_insn(), ld_abs(op::W, 100), mov(0, 99), exit_insn());
  EXPECT_EQ(packet_run(p), 5u);
}

// ---- program object ---------------------------------------------------------------------------------------------
TEST(InterpProgram, InvalidProgramsAreRejectedAtLoad) {
  EXPECT_FALSE(Program::load({}).has_value());
  EXPECT_FALSE(Program::load(prog(ja(5), exit_insn())).has_value());
  EXPECT_FALSE(Program::load(prog(I(0xff), exit_insn())).has_value());
}

TEST(InterpProgram, RunsRepeatedlyAndMoves) {
  auto loaded = Program::load(prog(movr(0, 1), alu(op::MUL, 0, 3), exit_insn()));
  ASSERT_TRUE(loaded.has_value());
  Program p = std::move(*loaded);
  EXPECT_EQ(p.insns().size(), 3u);
  for (uint64_t i = 0; i < 5; ++i) {
    RunContext ctx;
    ctx.args[0] = i;
    auto r = p.run(ctx);
    ASSERT_TRUE(r.has_value());
    EXPECT_EQ(*r, 3 * i);
  }
}

}  // namespace
}  // namespace bpfkit
