// Tnum (src/verifier/tnum.h): soundness by brute force (every value the operands admit gives a result the abstract
// result admits) over all tnums of four live bits placed at chosen bit positions, plus the exact results of the
// kernel's algorithms on a few values, where precision (not only soundness) is what the verifier's verdicts need.
#include <gtest/gtest.h>

#include <functional>
#include <random>
#include <vector>

#include "verifier/tnum.h"

namespace bpfkit::verifier {
namespace {

// All tnums whose non-constant bits are among `positions`, with the other bits set to `base`.
std::vector<Tnum> tnums_over(const std::vector<int>& positions, uint64_t base) {
  uint64_t live = 0;
  for (int p : positions) live |= uint64_t{1} << p;
  base &= ~live;
  std::vector<Tnum> out;
  int n = int(positions.size());
  int total = 1;
  for (int i = 0; i < n; i++) total *= 3;
  for (int code = 0; code < total; code++) {
    Tnum t{base, 0};
    int c = code;
    for (int i = 0; i < n; i++, c /= 3) {
      uint64_t bit = uint64_t{1} << positions[size_t(i)];
      if (c % 3 == 1) t.value |= bit;
      if (c % 3 == 2) t.mask |= bit;
    }
    out.push_back(t);
  }
  return out;
}

std::vector<uint64_t> members(Tnum t) {
  std::vector<uint64_t> out;
  uint64_t sub = 0;
  // Enumerate the subsets of the mask bits.
  do {
    out.push_back(t.value | sub);
    sub = (sub - t.mask) & t.mask;
  } while (sub != 0);
  return out;
}

struct BinOp {
  const char* name;
  std::function<Tnum(Tnum, Tnum)> abs;
  std::function<uint64_t(uint64_t, uint64_t)> conc;
};

const BinOp kBinOps[] = {
    {"add", tnum_add, [](uint64_t a, uint64_t b) { return a + b; }},
    {"sub", tnum_sub, [](uint64_t a, uint64_t b) { return a - b; }},
    {"mul", tnum_mul, [](uint64_t a, uint64_t b) { return a * b; }},
    {"and", tnum_and, [](uint64_t a, uint64_t b) { return a & b; }},
    {"or", tnum_or, [](uint64_t a, uint64_t b) { return a | b; }},
    {"xor", tnum_xor, [](uint64_t a, uint64_t b) { return a ^ b; }},
};

const std::vector<std::vector<int>> kPositions = {
    {0, 1, 2, 3}, {0, 3, 7, 8}, {30, 31, 32, 33}, {0, 31, 32, 63}, {1, 16, 62, 63},
};
const uint64_t kBases[] = {0, 0xffffffffffffffffull, 0x8000000080000000ull, 0x123456789abcdef0ull};

TEST(Tnum, BinaryOpsAreSound) {
  for (const auto& pos : kPositions) {
    for (uint64_t base : kBases) {
      std::vector<Tnum> ts = tnums_over(pos, base);
      for (const BinOp& op : kBinOps) {
        for (Tnum a : ts) {
          for (Tnum b : ts) {
            Tnum r = op.abs(a, b);
            ASSERT_EQ(r.value & r.mask, 0u) << op.name;
            for (uint64_t x : members(a))
              for (uint64_t y : members(b))
                ASSERT_TRUE(r.contains(Tnum::constant(op.conc(x, y))))
                    << op.name << " (" << a.value << "," << a.mask << ") (" << b.value << "," << b.mask << ") x=" << x
                    << " y=" << y;
          }
        }
      }
    }
  }
}

TEST(Tnum, UnionAndIntersectAreSound) {
  for (const auto& pos : kPositions) {
    std::vector<Tnum> ts = tnums_over(pos, 0x5a5a5a5a5a5a5a5aull);
    for (Tnum a : ts) {
      for (Tnum b : ts) {
        Tnum u = tnum_union(a, b);
        EXPECT_TRUE(u.contains(a) && u.contains(b));
        Tnum i = tnum_intersect(a, b);
        for (uint64_t x : members(a))
          if (b.contains(Tnum::constant(x))) EXPECT_TRUE(i.contains(Tnum::constant(x)));
        bool some_common = false;
        for (uint64_t x : members(a)) some_common |= b.contains(Tnum::constant(x));
        EXPECT_EQ(tnum_overlap(a, b), some_common);
      }
    }
  }
}

TEST(Tnum, ShiftsCastsAndSwapsAreSound) {
  for (const auto& pos : kPositions) {
    for (uint64_t base : kBases) {
      for (Tnum a : tnums_over(pos, base)) {
        for (uint64_t x : members(a)) {
          for (uint8_t s : {0, 1, 7, 31, 32, 63}) {
            EXPECT_TRUE(tnum_lshift(a, s).contains(Tnum::constant(x << s)));
            EXPECT_TRUE(tnum_rshift(a, s).contains(Tnum::constant(x >> s)));
            EXPECT_TRUE(tnum_arshift(a, s, 64).contains(Tnum::constant(uint64_t(int64_t(x) >> s))));
            if (s < 32)
              EXPECT_TRUE(tnum_arshift(a, s, 32).contains(Tnum::constant(uint32_t(int32_t(uint32_t(x)) >> s))));
          }
          EXPECT_TRUE(tnum_neg(a).contains(Tnum::constant(0 - x)));
          EXPECT_TRUE(tnum_cast(a, 1).contains(Tnum::constant(uint8_t(x))));
          EXPECT_TRUE(tnum_cast(a, 2).contains(Tnum::constant(uint16_t(x))));
          EXPECT_TRUE(tnum_subreg(a).contains(Tnum::constant(uint32_t(x))));
          EXPECT_TRUE(tnum_clear_subreg(a).contains(Tnum::constant(x & ~0xffffffffull)));
          EXPECT_TRUE(tnum_bswap16(a).contains(Tnum::constant(__builtin_bswap16(uint16_t(x)))));
          EXPECT_TRUE(tnum_bswap32(a).contains(Tnum::constant(__builtin_bswap32(uint32_t(x)))));
          EXPECT_TRUE(tnum_bswap64(a).contains(Tnum::constant(__builtin_bswap64(x))));
          EXPECT_TRUE(tnum_const_subreg(a, 7).contains(Tnum::constant((x & ~0xffffffffull) | 7)));
        }
      }
    }
  }
}

TEST(Tnum, RangeIsTightestPrefixCover) {
  EXPECT_EQ(Tnum::range(5, 5), Tnum::constant(5));
  EXPECT_EQ(Tnum::range(0, 255), (Tnum{0, 0xff}));
  EXPECT_EQ(Tnum::range(16, 31), (Tnum{16, 0xf}));
  EXPECT_EQ(Tnum::range(16, 32), (Tnum{0, 0x3f}));
  EXPECT_EQ(Tnum::range(0, UINT64_MAX), Tnum::unknown());
  EXPECT_EQ(Tnum::range(0x8000000000000000ull, 0x8000000000000001ull), (Tnum{0x8000000000000000ull, 1}));
  std::mt19937_64 rng(1);
  for (int i = 0; i < 20000; i++) {
    uint64_t a = rng() >> (rng() % 64), b = rng() >> (rng() % 64);
    if (a > b) std::swap(a, b);
    Tnum t = Tnum::range(a, b);
    EXPECT_TRUE(t.contains(Tnum::constant(a)) && t.contains(Tnum::constant(b)));
    EXPECT_LE(t.min(), a);
    EXPECT_GE(t.max(), b);
  }
}

TEST(Tnum, KernelAlgorithmsGiveTheKernelsResults) {
  // tnum_mul's comment in kernel/bpf/tnum.c: x1 * 11 = union(0011, 1001) = x0x1.
  EXPECT_EQ(tnum_mul(Tnum{1, 2}, Tnum::constant(3)), (Tnum{1, 0xa}));
  // The multiplier's trits drive the loop, so the operand order changes the (still sound) result.
  EXPECT_EQ(tnum_mul(Tnum::constant(3), Tnum{1, 2}), (Tnum{1, 0xe}));
  EXPECT_EQ(tnum_add(Tnum{0, 3}, Tnum::constant(1)), (Tnum{0, 7}));
  EXPECT_EQ(tnum_sub(Tnum::constant(0), Tnum{0, 1}), Tnum::unknown());
  EXPECT_EQ(tnum_and(Tnum{0, 0xff}, Tnum::constant(0xf0)), (Tnum{0, 0xf0}));
  EXPECT_EQ(tnum_or(Tnum{0, 0xff}, Tnum::constant(0x100)), (Tnum{0x100, 0xff}));
  EXPECT_EQ(tnum_xor(Tnum{0, 0xff}, Tnum::constant(0x3c)), (Tnum{0, 0xff}));
  EXPECT_EQ(tnum_arshift(Tnum{0x80000000, 0x7fffffff}, 4, 32), (Tnum{0xf8000000, 0x07ffffff}));
  EXPECT_EQ(tnum_arshift(Tnum{0, 0xffffffffffffffffull}, 60, 64), Tnum::unknown());
  EXPECT_EQ(tnum_intersect(Tnum{0, 0xff}, Tnum{0x10, 0xf}), (Tnum{0x10, 0xf}));
  EXPECT_EQ(tnum_bswap16(Tnum{0, 0xff}), (Tnum{0, 0xff00}));
  EXPECT_EQ(tnum_with_subreg(Tnum{0x100000000ull, 0xff}, Tnum::constant(0xabcdef1234ull)), (Tnum{0x1cdef1234ull, 0}));
}

TEST(Tnum, InAndAligned) {
  EXPECT_TRUE((Tnum{0, 0xf0}).contains(Tnum{0x10, 0x20}));
  EXPECT_FALSE((Tnum{0, 0xf0}).contains(Tnum{0x1, 0}));
  EXPECT_FALSE((Tnum{0, 0xf0}).contains(Tnum{0, 0x100}));
  EXPECT_TRUE((Tnum{0x10, 0xf0}).is_aligned(8));
  EXPECT_FALSE((Tnum{0x10, 0xf4}).is_aligned(8));
  EXPECT_TRUE((Tnum{0x3, 0}).is_aligned(0));
}

TEST(Tnum, KernelSpelling) {
  EXPECT_EQ(tnum_to_string(Tnum{0, 0xff}), "(0x0; 0xff)");
  EXPECT_EQ(tnum_to_string(Tnum{0xfffffffffffffff0ull, 0xf}), "(0xfffffffffffffff0; 0xf)");
  EXPECT_EQ(tnum_to_string(Tnum::constant(65535)), "65535");
  EXPECT_EQ(tnum_to_string(Tnum::constant(65536)), "0x10000");
}

}  // namespace
}  // namespace bpfkit::verifier
