// ScalarBounds (src/verifier/scalar_bounds.h): soundness by random walks. Two registers start unknown, each with a
// few dozen concrete values drawn around the interesting edges (0, the 32- and 64-bit sign boundaries, U32_MAX,
// small negatives); random ALU ops, moves, coercions and conditional branches (following one side, keeping only the
// values that take it) are applied to both the concrete values and the abstract state. After every step each
// surviving value must be admitted by the abstract state, the state must pass the kernel's sanity check, a decided
// branch must agree with every value, and a branch we call impossible must have no value taking it. The precision
// against the kernel is checked by tests/kernel/verifier_scalar_kernel_test.cc; here are also the log spellings.
#include <gtest/gtest.h>

#include <random>
#include <sstream>
#include <vector>

#include "bpfkit/insn.h"
#include "verifier/scalar_bounds.h"

namespace bpfkit::verifier {
namespace {

bool admits(const ScalarBounds& s, uint64_t v) {
  return s.umin <= v && v <= s.umax && s.smin <= int64_t(v) && int64_t(v) <= s.smax && s.u32_min <= uint32_t(v) &&
         uint32_t(v) <= s.u32_max && s.s32_min <= int32_t(uint32_t(v)) && int32_t(uint32_t(v)) <= s.s32_max &&
         s.var_off.contains(Tnum::constant(v));
}

uint64_t interesting(std::mt19937_64& rng) {
  static const uint64_t edges[] = {0,          1,          2,          0x7f,       0x80,       0xff,
                                   0x7fff,     0xffff,     0x7fffffff, 0x80000000, 0xffffffff, 0x100000000,
                                   0x17fffffff, 0x7fffffffffffffff, 0x8000000000000000, 0xfffffffffffffff0,
                                   0xffffffff80000000, 0xffffffffffffffff};
  switch (rng() % 4) {
    case 0: return edges[rng() % (sizeof edges / sizeof edges[0])] + (rng() % 5) - 2;
    case 1: return rng() % 1000;
    case 2: return uint64_t(-int64_t(rng() % 1000));
    default: return rng() >> (rng() % 64);
  }
}

int32_t interesting_imm(std::mt19937_64& rng) {
  static const int32_t imms[] = {0, 1, 2, 3, 4, 7, 8, 10, 16, 31, 32, 63, 0xff, 0xffff, -1, -2, -16, -256,
                                 0x7fffffff, INT32_MIN, 0x10000, 1000};
  return rng() % 3 ? imms[rng() % (sizeof imms / sizeof imms[0])] : int32_t(rng());
}

uint64_t alu_concrete(uint8_t opc, bool alu32, uint64_t a, uint64_t b) {
  if (alu32) {
    uint32_t x = uint32_t(a), y = uint32_t(b);
    switch (opc) {
      case op::ADD: return uint32_t(x + y);
      case op::SUB: return uint32_t(x - y);
      case op::MUL: return uint32_t(x * y);
      case op::AND: return x & y;
      case op::OR: return x | y;
      case op::XOR: return x ^ y;
      case op::LSH: return uint32_t(x << (y & 31));
      case op::RSH: return x >> (y & 31);
      case op::ARSH: return uint32_t(int32_t(x) >> (y & 31));
      case op::NEG: return uint32_t(0 - x);
      case op::DIV: return y ? x / y : 0;
      case op::MOD: return y ? x % y : x;
    }
  }
  switch (opc) {
    case op::ADD: return a + b;
    case op::SUB: return a - b;
    case op::MUL: return a * b;
    case op::AND: return a & b;
    case op::OR: return a | b;
    case op::XOR: return a ^ b;
    case op::LSH: return a << (b & 63);
    case op::RSH: return a >> (b & 63);
    case op::ARSH: return uint64_t(int64_t(a) >> (b & 63));
    case op::NEG: return 0 - a;
    case op::DIV: return b ? a / b : 0;
    case op::MOD: return b ? a % b : a;
  }
  return 0;
}

bool cond_concrete(uint8_t opc, bool jmp32, uint64_t a, uint64_t b) {
  uint64_t ua = jmp32 ? uint32_t(a) : a, ub = jmp32 ? uint32_t(b) : b;
  int64_t sa = jmp32 ? int32_t(uint32_t(a)) : int64_t(a), sb = jmp32 ? int32_t(uint32_t(b)) : int64_t(b);
  switch (opc) {
    case op::JEQ: return ua == ub;
    case op::JNE: return ua != ub;
    case op::JSET: return (ua & ub) != 0;
    case op::JGT: return ua > ub;
    case op::JGE: return ua >= ub;
    case op::JLT: return ua < ub;
    case op::JLE: return ua <= ub;
    case op::JSGT: return sa > sb;
    case op::JSGE: return sa >= sb;
    case op::JSLT: return sa < sb;
    case op::JSLE: return sa <= sb;
  }
  return false;
}

int64_t sext(uint64_t v, int bytes) {
  return bytes == 1 ? int8_t(uint8_t(v)) : bytes == 2 ? int16_t(uint16_t(v)) : int32_t(uint32_t(v));
}

const uint8_t kAluOps[] = {op::ADD, op::SUB, op::MUL, op::AND, op::OR,  op::XOR,
                           op::LSH, op::RSH, op::ARSH, op::NEG, op::DIV, op::MOD};
const uint8_t kJmpOps[] = {op::JEQ, op::JNE, op::JSET, op::JGT, op::JGE, op::JLT,
                           op::JLE, op::JSGT, op::JSGE, op::JSLT, op::JSLE};

std::string show(const ScalarBounds& s) {
  std::ostringstream o;
  o << "{" << s.to_string() << "} u=[" << s.umin << "," << s.umax << "] s=[" << s.smin << "," << s.smax << "] u32=["
    << s.u32_min << "," << s.u32_max << "] s32=[" << s.s32_min << "," << s.s32_max << "] var_off=("
    << s.var_off.value << ";" << s.var_off.mask << ")";
  return o.str();
}

struct Walk {
  ScalarBounds reg[2];
  std::vector<std::array<uint64_t, 2>> vals;
  std::string trace;

  void check(const char* what) {
    for (int r = 0; r < 2; r++) {
      ASSERT_TRUE(reg[r].sane()) << what << " R" << r << " " << show(reg[r]) << "\n" << trace;
      for (const auto& v : vals)
        ASSERT_TRUE(admits(reg[r], v[size_t(r)]))
            << what << " R" << r << "=" << v[size_t(r)] << " not in " << show(reg[r]) << "\n" << trace;
    }
  }
};

void step(Walk& w, std::mt19937_64& rng) {
  const int d = int(rng() % 2);
  const int s = 1 - d;
  std::ostringstream t;
  switch (rng() % 9) {
    case 0:
    case 1:
    case 2: {  // ALU with an immediate or with the other register
      uint8_t opc = kAluOps[rng() % (sizeof kAluOps)];
      bool alu32 = rng() % 2;
      bool use_reg = rng() % 3 == 0;
      ScalarBounds src;
      int32_t imm = interesting_imm(rng);
      if (opc == op::LSH || opc == op::RSH || opc == op::ARSH) imm = int32_t(rng() % (alu32 ? 32 : 64));
      if (use_reg)
        src = w.reg[s];
      else
        src = ScalarBounds::constant(uint64_t(int64_t(imm)));
      t << "alu op=" << std::hex << int(opc) << std::dec << " alu32=" << alu32 << " R" << d << " "
        << (use_reg ? "R" + std::to_string(s) : std::to_string(imm)) << "\n";
      if (opc == op::NEG)
        scalar_neg(w.reg[d], alu32);
      else
        scalar_alu(w.reg[d], src, opc, alu32);
      for (auto& v : w.vals)
        v[size_t(d)] = alu_concrete(opc, alu32, v[size_t(d)], use_reg ? v[size_t(s)] : uint64_t(int64_t(imm)));
      break;
    }
    case 3:
    case 4:
    case 5: {  // a conditional jump, continuing on one side
      uint8_t opc = kJmpOps[rng() % sizeof kJmpOps];
      bool jmp32 = rng() % 3 == 0;
      bool use_reg = rng() % 3 == 0;
      bool taken = rng() % 2;
      int32_t imm = interesting_imm(rng);
      ScalarBounds src = use_reg ? w.reg[s] : ScalarBounds::constant(uint64_t(int64_t(imm)));
      t << "jmp op=" << std::hex << int(opc) << std::dec << " jmp32=" << jmp32 << " R" << d << " "
        << (use_reg ? "R" + std::to_string(s) : std::to_string(imm)) << " taken=" << taken << "\n";
      w.trace += t.str();
      auto b = [&](const std::array<uint64_t, 2>& v) { return use_reg ? v[size_t(s)] : uint64_t(int64_t(imm)); };
      int verdict = scalar_branch_taken(w.reg[d], src, opc, jmp32);
      for (const auto& v : w.vals) {
        bool c = cond_concrete(opc, jmp32, v[size_t(d)], b(v));
        if (verdict >= 0) ASSERT_EQ(c, bool(verdict)) << "verdict " << verdict << " for " << v[size_t(d)] << "\n" << w.trace;
      }
      std::vector<std::array<uint64_t, 2>> kept;
      for (const auto& v : w.vals)
        if (cond_concrete(opc, jmp32, v[size_t(d)], b(v)) == taken) kept.push_back(v);
      if (verdict >= 0) {
        if (bool(verdict) != taken) w.vals.clear();  // dead side: nothing left to check
        return;
      }
      bool possible = scalar_refine_branch(w.reg[d], src, opc, jmp32, taken);
      if (!possible) {
        ASSERT_TRUE(kept.empty()) << "refinement found contradictory bounds on a side values take\n" << w.trace;
        w.vals.clear();
        return;
      }
      if (use_reg) w.reg[s] = src;
      w.vals = kept;
      w.check("after branch");
      return;
    }
    case 6: {  // moves: sign-extending, 32-bit, and narrow loads
      int kind = int(rng() % 4);
      int bytes = kind == 1 ? int(1 + rng() % 2) : 1 << (rng() % 3);
      t << "mov kind=" << kind << " bytes=" << bytes << " R" << d << "\n";
      ScalarBounds& r = w.reg[d];
      for (auto& v : w.vals) {
        uint64_t& x = v[size_t(d)];
        if (kind == 0) x = uint64_t(sext(x, bytes));
        if (kind == 1) x = uint32_t(int32_t(sext(x, bytes)));
        if (kind == 2) x = uint32_t(x);
        if (kind == 3) x = bytes == 4 ? uint32_t(x) : bytes == 2 ? uint16_t(x) : uint8_t(x);
      }
      if (kind == 0) r.coerce_to_size_sx(bytes);
      if (kind == 1) {
        r.coerce_subreg_to_size_sx(bytes);
        r.zext_32_to_64();
        r.sync();
      }
      if (kind == 2) {
        r.zext_32_to_64();
        r.sync();
      }
      if (kind == 3) r.coerce_to_size(bytes);
      break;
    }
    case 7: {  // byte swaps
      int bits = 16 << (rng() % 3);
      bool alu64 = rng() % 2, to_be = rng() % 2;
      t << "end bits=" << bits << " alu64=" << alu64 << " to_be=" << to_be << " R" << d << "\n";
      scalar_end(w.reg[d], bits, to_be, alu64);
      for (auto& v : w.vals) {
        uint64_t& x = v[size_t(d)];
        if (alu64 || to_be)
          x = bits == 16 ? __builtin_bswap16(uint16_t(x)) : bits == 32 ? __builtin_bswap32(uint32_t(x))
                                                                        : __builtin_bswap64(x);
        else
          x = bits == 16 ? uint16_t(x) : bits == 32 ? uint32_t(x) : x;
      }
      break;
    }
    default: {  // a constant
      uint64_t c = interesting(rng);
      t << "const R" << d << "=" << c << "\n";
      w.reg[d] = ScalarBounds::constant(c);
      for (auto& v : w.vals) v[size_t(d)] = c;
      break;
    }
  }
  w.trace += t.str();
  w.check("after step");
}

TEST(ScalarBounds, RandomWalksStaySound) {
  std::mt19937_64 rng(20261207);
  int steps = 0, walks_alive_at_end = 0;
  for (int walk = 0; walk < 3000; walk++) {
    Walk w;
    for (int i = 0; i < 48; i++) w.vals.push_back({interesting(rng), interesting(rng)});
    // Sometimes start from a narrowed register, the way programs do.
    for (int i = 0; i < 16 && !w.vals.empty(); i++) {
      step(w, rng);
      if (::testing::Test::HasFatalFailure()) return;
      steps++;
    }
    walks_alive_at_end += !w.vals.empty();
  }
  RecordProperty("steps", steps);
  EXPECT_GT(walks_alive_at_end, 300);  // the walks must not all die at their first branch
}

TEST(ScalarBounds, RangeWithin) {
  ScalarBounds wide = ScalarBounds::unknown();
  ScalarBounds narrow = ScalarBounds::constant(5);
  EXPECT_TRUE(scalar_range_within(wide, narrow));
  EXPECT_FALSE(scalar_range_within(narrow, wide));
  EXPECT_TRUE(scalar_range_within(narrow, narrow));
}

TEST(ScalarBounds, SyncIsIdempotentOnKnownCases) {
  ScalarBounds b = ScalarBounds::unknown();
  scalar_alu(b, ScalarBounds::constant(0xff), op::AND, false);
  ScalarBounds again = b;
  again.sync();
  EXPECT_EQ(b, again);
}

// The kernel log's spellings (print_scalar_ranges), as the running kernel printed them for these states.
TEST(ScalarBounds, KernelLogSpelling) {
  ScalarBounds b = ScalarBounds::unknown();
  EXPECT_EQ(b.to_string(), "");
  scalar_alu(b, ScalarBounds::constant(0xff), op::AND, false);
  EXPECT_EQ(b.to_string(), "smin=smin32=0,smax=umax=smax32=umax32=255,var_off=(0x0; 0xff)");
  EXPECT_EQ(ScalarBounds::constant(5).to_string(), "5");
  EXPECT_EQ(ScalarBounds::constant(uint64_t(-1)).to_string(), "-1");
  EXPECT_EQ(ScalarBounds::constant(0x10000).to_string(), "0x10000");
  EXPECT_EQ(ScalarBounds::constant(uint64_t(-40000)).to_string(), "0xffffffffffff63c0");

  ScalarBounds u32 = ScalarBounds::unknown();
  u32.zext_32_to_64();
  u32.sync();
  EXPECT_EQ(u32.to_string(), "smin=0,smax=umax=0xffffffff,var_off=(0x0; 0xffffffff)");

  // Negative signed bounds are not merged with unsigned ones; hex s32 bounds are 32-bit patterns.
  ScalarBounds n = ScalarBounds::unknown();
  ScalarBounds lo = ScalarBounds::constant(uint64_t(-100000)), hi = ScalarBounds::constant(uint64_t(-3));
  ASSERT_TRUE(scalar_refine_branch(n, hi, op::JSLT, false, true));
  ASSERT_TRUE(scalar_refine_branch(n, lo, op::JSGT, false, true));
  EXPECT_EQ(n.to_string(),
            "smin=0xfffffffffffe7961,smax=smax32=-4,umin=0xfffffffffffe7961,umax=0xfffffffffffffffc,"
            "smin32=umin32=0xfffe7961,umax32=0xfffffffc,var_off=(0xfffffffffffe0000; 0x1ffff)");
}

TEST(ScalarBounds, BranchOnEdgeOfRange) {
  ScalarBounds r = ScalarBounds::unknown();
  scalar_alu(r, ScalarBounds::constant(0xff), op::AND, false);
  ScalarBounds zero = ScalarBounds::constant(0);
  ASSERT_TRUE(scalar_refine_branch(r, zero, op::JNE, false, true));
  EXPECT_EQ(r.umin, 1u);
  EXPECT_EQ(scalar_branch_taken(r, ScalarBounds::constant(0), op::JEQ, false), 0);
  EXPECT_EQ(scalar_branch_taken(r, ScalarBounds::constant(0x100), op::JLT, false), 1);
  EXPECT_EQ(scalar_branch_taken(r, ScalarBounds::constant(0x10), op::JSET, false), -1);
  EXPECT_EQ(scalar_branch_taken_same_reg(r, op::JGE, false), 1);
  EXPECT_EQ(scalar_branch_taken_same_reg(r, op::JSET, false), 1);
}

// The kernel's report of contradictory bounds, as the running kernel printed it for r6 >= 1000, w6 == 3, and then
// r6 <= 0xffffffff; afterwards the register has no ranges but keeps its tnum.
TEST(ScalarBounds, InvariantsViolation) {
  ScalarBounds r = ScalarBounds::unknown();
  ScalarBounds k = ScalarBounds::constant(1000);
  ASSERT_TRUE(scalar_refine_branch(r, k, op::JGE, false, true));
  ScalarBounds three = ScalarBounds::constant(3);
  ASSERT_TRUE(scalar_refine_branch(r, three, op::JEQ, true, true));
  ScalarBounds bad = r;
  bad.umax = 0xffffffff;
  bad.sync();
  EXPECT_EQ(bad.invariants_violation("false_reg2"),
            "REG INVARIANTS VIOLATION (false_reg2): range bounds violation u64=[0x3, 0x3] s64=[0x3, 0x3] "
            "u32=[0x3e8, 0x3] s32=[0x3, 0x3] var_off=(0x3, 0x0)");
  ScalarBounds u32 = ScalarBounds::unknown();
  u32.zext_32_to_64();
  u32.sync();
  EXPECT_FALSE(scalar_refine_branch(u32, r, op::JLT, false, false));
  EXPECT_TRUE(r.var_off.equals_const(3));
  EXPECT_EQ(r.umin, 0u);
  EXPECT_EQ(r.umax, UINT64_MAX);
}

}  // namespace
}  // namespace bpfkit::verifier
