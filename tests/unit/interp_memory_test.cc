// The interpreter's memory model through the public API: stack frames, registered regions, read-only memory,
// atomics, acquire/release, sign-extending loads, and that no program can make the host touch anything else.
#include <cstdint>
#include <cstring>
#include <random>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "bpfkit/vm.h"
#include "support/insn_builder.h"

namespace bpfkit {
namespace {

using namespace test;  // NOLINT: the shared instruction builders

// ---- a tiny program builder ------------------------------------------------------------------------------------
Insn ldx(uint8_t size, uint8_t d, uint8_t s, int16_t off) { return I(op::LDX | op::MEM | size, d, s, off); }
Insn ldsx(uint8_t size, uint8_t d, uint8_t s, int16_t off) { return I(op::LDX | op::MEMSX | size, d, s, off); }
Insn stx(uint8_t size, uint8_t d, uint8_t s, int16_t off) { return I(op::STX | op::MEM | size, d, s, off); }
Insn st(uint8_t size, uint8_t d, int16_t off, int32_t imm) { return I(op::ST | op::MEM | size, d, 0, off, imm); }
Insn atomic(uint8_t size, uint8_t d, uint8_t s, int16_t off, int32_t imm) {
  return I(op::STX | op::ATOMIC | size, d, s, off, imm);
}


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

uint64_t addr(const void* p) { return uint64_t(reinterpret_cast<uintptr_t>(p)); }

bool contains(const std::string& s, const std::string& part) { return s.find(part) != std::string::npos; }

// A context whose R1 points at buf, registered as one region.
template <class T, size_t N>
RunContext with_region(T (&buf)[N], bool writable = true) {
  RunContext ctx;
  ctx.add_region(MemoryRegion{reinterpret_cast<uint8_t*>(buf), sizeof(buf), writable});
  ctx.args[0] = addr(buf);
  return ctx;
}

// ---- stack ------------------------------------------------------------------------------------------------------
TEST(InterpStack, WholeFrameIsUsable) {
  EXPECT_EQ(run_ok(prog(st(op::DW, 10, -512, 11), st(op::DW, 10, -8, 22), st(op::B, 10, -1, 1),
                        ldx(op::DW, 0, 10, -512), ldx(op::DW, 1, 10, -8), I(op::ALU64 | op::ADD | op::X, 0, 1),
                        exit_insn())),
            11u + (22u | (uint64_t(1) << 56)));
}

TEST(InterpStack, StartsZeroed) { EXPECT_EQ(run_ok(prog(ldx(op::DW, 0, 10, -16), exit_insn())), 0u); }

TEST(InterpStack, AccessesOutsideTheFrameFail) {
  Error below = run_error(prog(mov(0, 0), ldx(op::DW, 0, 10, -520), exit_insn()));
  EXPECT_EQ(below.insn, 1);
  EXPECT_TRUE(contains(below.message, "invalid memory access: read of 8 bytes at 0x")) << below.message;
  EXPECT_TRUE(contains(below.message, "(not in stack, context, packet or map memory)")) << below.message;

  Error above = run_error(prog(mov(0, 0), mov(1, 0), st(op::B, 10, 0, 1), exit_insn()));
  EXPECT_EQ(above.insn, 2);
  EXPECT_TRUE(contains(above.message, "write of 1 byte at")) << above.message;

  Error straddle = run_error(prog(stx(op::DW, 10, 10, -4), exit_insn()));
  EXPECT_EQ(straddle.insn, 0);
  EXPECT_TRUE(contains(straddle.message, "write of 8 bytes")) << straddle.message;
}

TEST(InterpStack, CalleeFrameIsGoneAfterReturn) {
  // f returns a pointer into its own frame; main dereferences it after f returned.
  const auto p = prog(call_local(2), ldx(op::DW, 0, 0, 0), exit_insn(),  // main
                      st(op::DW, 10, -8, 5), movr(0, 10), add(0, -8), ldx(op::DW, 1, 0, 0), exit_insn());  // f
  Error e = run_error(p);
  EXPECT_EQ(e.insn, 1);
}

TEST(InterpStack, DeepestFrameHasAFullStack) {
  // Seven nested calls; the eighth frame uses all 512 bytes and the caller's r10-8 through a pointer.
  std::vector<Insn> p = prog(st(op::DW, 10, -8, 40), movr(1, 10), add(1, -8));
  for (int i = 0; i < kMaxCallFrames - 1; ++i) append(p, prog(call_local(1), exit_insn()));
  append(p, prog(st(op::DW, 10, -512, 2), ldx(op::DW, 0, 10, -512), ldx(op::DW, 2, 1, 0),
                 I(op::ALU64 | op::ADD | op::X, 0, 2), exit_insn()));
  EXPECT_EQ(run_ok(p), 42u);
}

// ---- regions ----------------------------------------------------------------------------------------------------
TEST(InterpRegion, ReadAndWrite) {
  uint64_t buf[4] = {1, 2, 3, 4};
  RunContext ctx = with_region(buf);
  const auto p = prog(ldx(op::DW, 0, 1, 8), ldx(op::DW, 2, 1, 24), I(op::ALU64 | op::ADD | op::X, 0, 2),
                      stx(op::DW, 1, 0, 0), st(op::W, 1, 16, -1), exit_insn());
  EXPECT_EQ(run_ok(p, &ctx), 6u);
  EXPECT_EQ(buf[0], 6u);
  EXPECT_EQ(buf[2], 0xffffffffu);
}

TEST(InterpRegion, AccessMustFitInOneRegion) {
  uint8_t buf[16] = {};
  RunContext ctx;
  ctx.add_region(MemoryRegion{buf, 8, true});
  ctx.add_region(MemoryRegion{buf + 8, 8, true});
  ctx.args[0] = addr(buf);
  EXPECT_EQ(run_ok(prog(ldx(op::DW, 0, 1, 0), ldx(op::DW, 0, 1, 8), exit_insn()), &ctx), 0u);
  Error e = run_error(prog(ldx(op::W, 0, 1, 0), ldx(op::DW, 0, 1, 4), exit_insn()), &ctx);
  EXPECT_EQ(e.insn, 1);
  Error end = run_error(prog(ldx(op::H, 0, 1, 15), exit_insn()), &ctx);
  EXPECT_TRUE(contains(end.message, "read of 2 bytes")) << end.message;
}

TEST(InterpRegion, ReadOnlyRegionRejectsWrites) {
  uint32_t buf[4] = {7, 8, 9, 10};
  RunContext ctx = with_region(buf, /*writable=*/false);
  EXPECT_EQ(run_ok(prog(ldx(op::W, 0, 1, 4), exit_insn()), &ctx), 8u);

  Error e = run_error(prog(ldx(op::W, 0, 1, 4), st(op::W, 1, 0, 1), exit_insn()), &ctx);
  EXPECT_EQ(e.insn, 1);
  EXPECT_TRUE(contains(e.message, "write of 4 bytes")) << e.message;
  EXPECT_TRUE(contains(e.message, "read-only")) << e.message;

  Error a = run_error(prog(mov(2, 1), atomic(op::W, 1, 2, 0, op::ADD), exit_insn()), &ctx);
  EXPECT_EQ(a.insn, 1);
  EXPECT_TRUE(contains(a.message, "atomic read-modify-write of 4 bytes")) << a.message;

  Error rel = run_error(prog(mov(2, 1), atomic(op::W, 1, 2, 0, op::STORE_REL), exit_insn()), &ctx);
  EXPECT_EQ(rel.insn, 1);
  EXPECT_EQ(buf[0], 7u);
}

TEST(InterpRegion, WritableRegionInsideAReadOnlyOne) {
  uint64_t buf[4] = {};
  RunContext ctx;
  ctx.add_region(MemoryRegion{reinterpret_cast<uint8_t*>(buf), sizeof(buf), false});
  ctx.add_region(MemoryRegion{reinterpret_cast<uint8_t*>(buf + 2), 16, true});
  ctx.args[0] = addr(buf);
  // A read caches the read-only region; the write must still find the writable one.
  EXPECT_EQ(run_ok(prog(ldx(op::DW, 0, 1, 0), st(op::DW, 1, 16, 3), ldx(op::DW, 0, 1, 16), exit_insn()), &ctx), 3u);
  EXPECT_EQ(run_error(prog(st(op::DW, 1, 16, 3), st(op::DW, 1, 8, 3), exit_insn()), &ctx).insn, 1);
}

TEST(InterpRegion, AlternatingRegions) {
  uint64_t a[2] = {1, 2}, b[2] = {10, 20};
  RunContext ctx;
  ctx.add_region(MemoryRegion{reinterpret_cast<uint8_t*>(a), sizeof(a), true});
  ctx.add_region(MemoryRegion{reinterpret_cast<uint8_t*>(b), sizeof(b), true});
  ctx.args[0] = addr(a);
  ctx.args[1] = addr(b);
  const auto p = prog(ldx(op::DW, 0, 1, 0), ldx(op::DW, 3, 2, 0), I(op::ALU64 | op::ADD | op::X, 0, 3),
                      ldx(op::DW, 3, 1, 8), I(op::ALU64 | op::ADD | op::X, 0, 3), ldx(op::DW, 3, 2, 8),
                      I(op::ALU64 | op::ADD | op::X, 0, 3), exit_insn());
  EXPECT_EQ(run_ok(p, &ctx), 33u);
}

TEST(InterpRegion, WildPointersFail) {
  for (uint64_t p : {uint64_t(0), uint64_t(8), ~uint64_t(0), ~uint64_t(3), uint64_t(1) << 63,
                     uint64_t(0x00007fffffffe000)}) {
    Error r = run_error(prog(lddw(1, p), ldx(op::DW, 0, 1, 0), exit_insn()));
    EXPECT_EQ(r.insn, 2) << p;
    Error w = run_error(prog(lddw(1, p), st(op::W, 1, 4, 0), exit_insn()));
    EXPECT_EQ(w.insn, 2) << p;
    Error a = run_error(prog(lddw(1, p), atomic(op::DW, 1, 1, 0, op::XCHG), exit_insn()));
    EXPECT_EQ(a.insn, 2) << p;
  }
}

TEST(InterpRegion, ErrorNamesTheAddress) {
  Error e = run_error(prog(lddw(1, 0x1234), ldx(op::W, 0, 1, 0x10), exit_insn()));
  EXPECT_EQ(e.message, "invalid memory access: read of 4 bytes at 0x1244 (not in stack, context, packet or map memory)");
}

// ---- regions changed by helpers ---------------------------------------------------------------------------------
uint64_t g_helper_buf[2];

uint64_t add_buffer(RunContext& ctx, uint64_t, uint64_t, uint64_t, uint64_t, uint64_t) {
  ctx.add_region(MemoryRegion{reinterpret_cast<uint8_t*>(g_helper_buf), sizeof(g_helper_buf), true});
  return addr(g_helper_buf);
}
uint64_t drop_regions(RunContext& ctx, uint64_t, uint64_t, uint64_t, uint64_t, uint64_t) {
  ctx.clear_regions();
  return 0;
}

TEST(InterpRegion, HelperCanAddARegion) {
  HelperTable helpers;
  helpers.set(1, add_buffer, "bpf_map_lookup_elem");
  g_helper_buf[1] = 0;
  EXPECT_EQ(run_ok(prog(call(1), st(op::DW, 0, 8, 77), ldx(op::DW, 0, 0, 8), exit_insn()), nullptr, &helpers), 77u);
  EXPECT_EQ(g_helper_buf[1], 77u);
}

TEST(InterpRegion, HelperCanRemoveRegions) {
  HelperTable helpers;
  helpers.set(3, drop_regions, "bpf_map_delete_elem");
  uint64_t buf[1] = {9};
  RunContext ctx = with_region(buf);
  Error e = run_error(prog(movr(6, 1), ldx(op::DW, 0, 6, 0), call(3), ldx(op::DW, 0, 6, 0), exit_insn()), &ctx,
                      &helpers);
  EXPECT_EQ(e.insn, 3);
}

// ---- loads with extension, stores of immediates -----------------------------------------------------------------
TEST(InterpLoad, ZeroAndSignExtension) {
  uint8_t buf[8] = {0x80, 0x00, 0x00, 0x80, 0xff, 0xff, 0xff, 0x7f};
  RunContext ctx = with_region(buf);
  auto load = [&](Insn i) { return run_ok(prog(i, exit_insn()), &ctx); };
  EXPECT_EQ(load(ldx(op::B, 0, 1, 0)), 0x80u);
  EXPECT_EQ(load(ldsx(op::B, 0, 1, 0)), 0xffffffffffffff80u);
  EXPECT_EQ(load(ldsx(op::B, 0, 1, 7)), 0x7fu);
  EXPECT_EQ(load(ldx(op::H, 0, 1, 2)), 0x8000u);
  EXPECT_EQ(load(ldsx(op::H, 0, 1, 2)), 0xffffffffffff8000u);
  EXPECT_EQ(load(ldx(op::W, 0, 1, 0)), 0x80000080u);
  EXPECT_EQ(load(ldsx(op::W, 0, 1, 0)), 0xffffffff80000080u);
  EXPECT_EQ(load(ldsx(op::W, 0, 1, 4)), 0x7fffffffu);
  EXPECT_EQ(load(ldx(op::DW, 0, 1, 0)), 0x7fffffff80000080u);
  // Unaligned loads are fine outside atomics.
  EXPECT_EQ(load(ldx(op::W, 0, 1, 1)), 0xff800000u);
}

TEST(InterpStore, ImmediatesAreSignExtendedToDw) {
  EXPECT_EQ(run_ok(prog(st(op::DW, 10, -8, -1), ldx(op::DW, 0, 10, -8), exit_insn())), ~uint64_t(0));
  EXPECT_EQ(run_ok(prog(st(op::W, 10, -8, -1), ldx(op::DW, 0, 10, -8), exit_insn())), 0xffffffffu);
  EXPECT_EQ(run_ok(prog(st(op::H, 10, -8, 0x12345), ldx(op::DW, 0, 10, -8), exit_insn())), 0x2345u);
  EXPECT_EQ(run_ok(prog(lddw(1, 0x1122334455667788), stx(op::B, 10, 1, -8), ldx(op::DW, 0, 10, -8), exit_insn())),
            0x88u);
}

// ---- atomics ----------------------------------------------------------------------------------------------------
struct AtomicCase {
  int32_t op;
  uint64_t mem_before, src, mem_after, src_after;
};

TEST(InterpAtomic, Dw) {
  const AtomicCase cases[] = {
      {op::ADD, 5, 3, 8, 3},
      {op::OR, 0xf0, 0x0f, 0xff, 0x0f},
      {op::AND, 0xf0, 0x3c, 0x30, 0x3c},
      {op::XOR, 0xff, 0x0f, 0xf0, 0x0f},
      {op::ADD | op::FETCH, ~uint64_t(0), 2, 1, ~uint64_t(0)},
      {op::OR | op::FETCH, 0xf0, 0x0f, 0xff, 0xf0},
      {op::AND | op::FETCH, 0xf0, 0x3c, 0x30, 0xf0},
      {op::XOR | op::FETCH, 0xff, 0x0f, 0xf0, 0xff},
      {op::XCHG, 0x1122334455667788, 9, 9, 0x1122334455667788},
  };
  for (const AtomicCase& c : cases) {
    uint64_t buf[2] = {0, c.mem_before};
    RunContext ctx = with_region(buf);
    // r2 = src; atomic op on *(r1 + 8); return r2.
    EXPECT_EQ(run_ok(prog(lddw(2, c.src), atomic(op::DW, 1, 2, 8, c.op), movr(0, 2), exit_insn()), &ctx),
              c.src_after)
        << std::hex << c.op;
    EXPECT_EQ(buf[1], c.mem_after) << std::hex << c.op;
  }
}

TEST(InterpAtomic, WFetchZeroExtends) {
  const AtomicCase cases[] = {
      {op::ADD, 0xffffffff, 0xabcd000000000002, 1, 0xabcd000000000002},
      {op::ADD | op::FETCH, 0x80000000, 0xffffffff00000001, 0x80000001, 0x80000000},
      {op::OR | op::FETCH, 0x80000000, 1, 0x80000001, 0x80000000},
      {op::AND | op::FETCH, 0xffffffff, 0xff, 0xff, 0xffffffff},
      {op::XOR | op::FETCH, 0x80000000, 0x80000001, 1, 0x80000000},
      {op::XCHG, 0xfedcba98, 0x1234567876543210, 0x76543210, 0xfedcba98},
  };
  for (const AtomicCase& c : cases) {
    uint32_t buf[2] = {0x5a5a5a5a, uint32_t(c.mem_before)};
    RunContext ctx = with_region(buf);
    EXPECT_EQ(run_ok(prog(lddw(2, c.src), atomic(op::W, 1, 2, 4, c.op), movr(0, 2), exit_insn()), &ctx),
              c.src_after)
        << std::hex << c.op;
    EXPECT_EQ(buf[1], uint32_t(c.mem_after)) << std::hex << c.op;
    EXPECT_EQ(buf[0], 0x5a5a5a5au);  // neighbours untouched
  }
}

TEST(InterpAtomic, CmpxchgAlwaysLoadsTheOldValueIntoR0) {
  uint64_t buf[1] = {100};
  RunContext ctx = with_region(buf);
  // Match: memory takes r2, r0 gets the old value.
  EXPECT_EQ(run_ok(prog(mov(0, 100), mov(2, 7), atomic(op::DW, 1, 2, 0, op::CMPXCHG), exit_insn()), &ctx), 100u);
  EXPECT_EQ(buf[0], 7u);
  // No match: memory unchanged, r0 still gets the old value.
  EXPECT_EQ(run_ok(prog(mov(0, 100), mov(2, 8), atomic(op::DW, 1, 2, 0, op::CMPXCHG), exit_insn()), &ctx), 7u);
  EXPECT_EQ(buf[0], 7u);
}

TEST(InterpAtomic, CmpxchgWComparesAndLoadsLowHalf) {
  uint32_t buf[2] = {0x80000005, 0x11111111};
  RunContext ctx = with_region(buf);
  // r0's upper half is ignored by the comparison; the old value comes back zero-extended.
  EXPECT_EQ(run_ok(prog(lddw(0, 0xffffffff80000005), mov(2, 9), atomic(op::W, 1, 2, 0, op::CMPXCHG), exit_insn()),
                   &ctx),
            0x80000005u);
  EXPECT_EQ(buf[0], 9u);
  EXPECT_EQ(buf[1], 0x11111111u);
  EXPECT_EQ(run_ok(prog(lddw(0, 0xffffffff00000001), mov(2, 3), atomic(op::W, 1, 2, 0, op::CMPXCHG), exit_insn()),
                   &ctx),
            9u);
  EXPECT_EQ(buf[0], 9u);
}

TEST(InterpAtomic, OnTheStack) {
  EXPECT_EQ(run_ok(prog(st(op::DW, 10, -8, 40), mov(1, 2), atomic(op::DW, 10, 1, -8, op::ADD),
                        ldx(op::DW, 0, 10, -8), exit_insn())),
            42u);
}

TEST(InterpAtomic, OutOfBoundsAndMisaligned) {
  Error oob = run_error(prog(mov(1, 1), atomic(op::DW, 10, 1, 0, op::ADD | op::FETCH), exit_insn()));
  EXPECT_EQ(oob.insn, 1);
  EXPECT_TRUE(contains(oob.message, "atomic read-modify-write of 8 bytes")) << oob.message;
  Error mis = run_error(prog(mov(1, 1), atomic(op::W, 10, 1, -6, op::ADD), exit_insn()));
  EXPECT_EQ(mis.insn, 1);
  EXPECT_TRUE(contains(mis.message, "misaligned")) << mis.message;
  Error cmp = run_error(prog(mov(1, 1), mov(0, 0), atomic(op::DW, 10, 1, -12, op::CMPXCHG), exit_insn()));
  EXPECT_EQ(cmp.insn, 2);
}

TEST(InterpAtomic, LoadAcquireStoreRelease) {
  uint64_t buf[2] = {0, 0};
  RunContext ctx = with_region(buf);
  // store-release: *(dst + off) = src; load-acquire: dst = *(src + off).
  const auto p = prog(lddw(2, 0x8877665544332211), atomic(op::DW, 1, 2, 8, op::STORE_REL),
                      atomic(op::B, 1, 2, 0, op::STORE_REL), atomic(op::H, 1, 2, 2, op::STORE_REL),
                      atomic(op::W, 1, 2, 4, op::STORE_REL), atomic(op::DW, 0, 1, 8, op::LOAD_ACQ), exit_insn());
  EXPECT_EQ(run_ok(p, &ctx), 0x8877665544332211u);
  EXPECT_EQ(buf[0], 0x4433221122110011u);
  auto load = [&](uint8_t size, int16_t off) {
    return run_ok(prog(atomic(size, 0, 1, off, op::LOAD_ACQ), exit_insn()), &ctx);
  };
  EXPECT_EQ(load(op::B, 7), 0x44u);
  EXPECT_EQ(load(op::H, 6), 0x4433u);
  EXPECT_EQ(load(op::W, 12), 0x88776655u);
  EXPECT_EQ(run_error(prog(atomic(op::W, 0, 1, 2, op::LOAD_ACQ), exit_insn()), &ctx).insn, 0);
  EXPECT_EQ(run_error(prog(atomic(op::W, 0, 1, 16, op::LOAD_ACQ), exit_insn()), &ctx).insn, 0);
}

// ---- run_raw ----------------------------------------------------------------------------------------------------
TEST(InterpRaw, MemoryIsR1AndPacket) {
  auto p = Program::load(prog(stx(op::W, 1, 2, 0), I(op::LD | op::ABS | op::H, 0, 0, 0, 4), exit_insn()));
  ASSERT_TRUE(p.has_value()) << p.error().to_string();
  uint8_t mem[6] = {0, 0, 0, 0, 0xab, 0xcd};
  auto r = run_raw(*p, mem);
  ASSERT_TRUE(r.has_value()) << r.error().to_string();
  EXPECT_EQ(*r, 0xabcdu);
  EXPECT_EQ(mem[0], 6);  // R2 = size
  auto oob = run_raw(*p, std::span<uint8_t>(mem, 3));
  ASSERT_FALSE(oob.has_value());
  EXPECT_EQ(oob.error().insn, 0);
}

// ---- robustness -------------------------------------------------------------------------------------------------
// Random instruction streams that pass validate_program must end in a value or an error, never a crash, and must
// not touch memory outside the stack and the registered region.
TEST(InterpRobustness, RandomProgramsNeverEscape) {
  std::mt19937_64 rng(12345);
  static const uint8_t kOpcodes[] = {
      0x07, 0x0f, 0x17, 0x1f, 0x27, 0x2f, 0x37, 0x3f, 0x47, 0x4f, 0x57, 0x5f, 0x67, 0x6f, 0x77, 0x7f, 0x87, 0x97,
      0x9f, 0xa7, 0xaf, 0xb7, 0xbf, 0xc7, 0xcf, 0xd7, 0x04, 0x0c, 0x34, 0x3c, 0x94, 0x9c, 0xb4, 0xbc, 0xc4, 0xd4,
      0xdc, 0x05, 0x06, 0x15, 0x1d, 0x25, 0x2d, 0x35, 0x3d, 0x45, 0x55, 0x65, 0x6d, 0x75, 0xa5, 0xad, 0xb5, 0xc5,
      0xd5, 0xdd, 0x16, 0x1e, 0x66, 0xae, 0x85, 0x8d, 0x95, 0xe5, 0x18, 0x20, 0x28, 0x30, 0x40, 0x48, 0x50, 0x61,
      0x69, 0x71, 0x79, 0x81, 0x89, 0x91, 0x62, 0x6a, 0x72, 0x7a, 0x63, 0x6b, 0x73, 0x7b, 0xc3, 0xdb, 0xd3, 0xcb};
  static const int32_t kAtomicImms[] = {0x00, 0x01, 0x40, 0x41, 0x50, 0x51, 0xa0, 0xa1, 0xe1, 0xf1, 0x100, 0x110};
  uint8_t region[64];
  uint8_t guard_before[64], guard_after[64];
  std::memset(guard_before, 0xaa, sizeof(guard_before));
  std::memset(guard_after, 0xbb, sizeof(guard_after));
  int loaded = 0, finished = 0;
  // Fields are zero half of the time, so that reserved-field checks pass often; control-flow displacements stay
  // inside the program.
  auto maybe = [&](int64_t v) { return rng() % 2 ? v : 0; };
  for (int iter = 0; iter < 20000; ++iter) {
    const size_t n = 2 + rng() % 14;
    std::vector<Insn> p(n, exit_insn());
    for (size_t i = 0; i + 1 < n; ++i) {
      for (int attempt = 0; attempt < 200; ++attempt) {
        Insn insn;
        insn.opcode = kOpcodes[rng() % sizeof(kOpcodes)];
        insn.dst = rng() % 11;
        insn.src = maybe(rng() % 11);
        const int64_t span = int64_t(n);
        const int64_t disp = int64_t(rng() % uint64_t(span)) - int64_t(i) - 1;  // a target inside the program
        const uint8_t cls = op::cls(insn.opcode);
        const bool control = cls == op::JMP || cls == op::JMP32;
        const int scale = int(rng() % 3);
        insn.off = int16_t(control ? disp
                                   : maybe(scale == 0 ? int(rng() % 9) - 4
                                                      : scale == 1 ? -int(rng() % 520) : int(int16_t(rng()))));
        insn.imm = int32_t(maybe(rng() % 4 == 0 ? int64_t(int32_t(rng())) : int64_t(rng() % 64) - 8));
        if (control && (op::code(insn.opcode) == op::CALL || cls == op::JMP32)) insn.imm = int32_t(maybe(disp));
        if (cls == op::STX && op::mode(insn.opcode) == op::ATOMIC)
          insn.imm = kAtomicImms[rng() % std::size(kAtomicImms)];
        if (!control && op::code(insn.opcode) == op::END && (cls == op::ALU || cls == op::ALU64))
          insn.imm = 16 << (rng() % 3);
        p[i] = insn;
        if (is_ld_imm64(insn)) {
          if (i + 2 >= n) continue;
          p[i + 1] = I(0, 0, 0, 0, int32_t(maybe(int32_t(rng()))));
        }
        if (check_insn(p, i)) break;
        p[i] = exit_insn();
      }
      if (is_ld_imm64(p[i])) ++i;
    }
    p.back() = exit_insn();
    auto prog = Program::load(p);
    if (!prog) continue;
    ++loaded;
    std::memset(region, 0, sizeof(region));
    RunContext ctx;
    ctx.add_region(MemoryRegion{region, sizeof(region), true});
    ctx.set_packet(region, sizeof(region));
    ctx.args[0] = addr(region);
    ctx.args[1] = sizeof(region);
    ctx.loop_limit = 10000;
    auto r = prog->run(ctx);
    if (r) ++finished;
  }
  for (uint8_t b : guard_before) ASSERT_EQ(b, 0xaa);
  for (uint8_t b : guard_after) ASSERT_EQ(b, 0xbb);
  EXPECT_GT(loaded, 10000);
  EXPECT_GT(finished, 1000);
}

}  // namespace
}  // namespace bpfkit
