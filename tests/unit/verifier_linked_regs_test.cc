// Linked scalars as the running 6.18 stable kernel tracks them (6.18.44: "Support negative offsets, BPF_SUB, and
// alu32 for linked register tracking" and its fixes): verify() through the public API on assembled programs. Each
// expectation is what the kernel answered for the same program, recorded by the verifier corpus
// (tests/verifier/asm/linked_*.s, tests/verifier/expected.json); the log spellings are its level-2 log's.
#include <gtest/gtest.h>

#include <string>

#include "bpfkit/asm.h"
#include "bpfkit/verifier.h"
#include "support/verify_object.h"

namespace bpfkit {
namespace {

VerifyResult verify_socket_filter(const std::string& text) { return testing::verify_socket_filter_asm(text); }

bool has(const VerifyResult& r, const std::string& s) { return r.log.find(s) != std::string::npos; }

// r0 in [0, 255], then `INSN` derives r1 from a copy of r0 and a jump bounds r1 below by 0 (signed): only a link
// from r1 back to r0 tells r0 >= 4, which keeps the division by zero unreachable.
std::string neg_delta_program(const std::string& derive) {
  return "call bpf_get_prandom_u32\nr0 &= 255\nr2 = 4\nr1 = r0\n" + derive +
         "\nif r1 s< 0 goto +2\nif r0 != 0 goto +1\nr0 /= 0\nr0 = 0\nexit\n";
}

TEST(VerifierLinkedRegs, NegativeDelta64KeepsTheLink) {
  VerifyResult r = verify_socket_filter(neg_delta_program("r1 += -4"));
  EXPECT_TRUE(r.accepted) << r.error << "\n" << r.log;
  EXPECT_TRUE(has(r, "R1=scalar(id=1-4,")) << r.log;
}

TEST(VerifierLinkedRegs, SubByImmediateKeepsTheLinkWithTheNegatedDelta) {
  VerifyResult r = verify_socket_filter(neg_delta_program("r1 -= 4"));
  EXPECT_TRUE(r.accepted) << r.error << "\n" << r.log;
  EXPECT_TRUE(has(r, "R1=scalar(id=1-4,")) << r.log;
}

TEST(VerifierLinkedRegs, SubByAKnownConstantRegisterKeepsTheLink) {
  VerifyResult r = verify_socket_filter(neg_delta_program("r1 -= r2"));
  EXPECT_TRUE(r.accepted) << r.error << "\n" << r.log;
  EXPECT_TRUE(has(r, "R1=scalar(id=1-4,")) << r.log;
}

TEST(VerifierLinkedRegs, Alu32AddKeepsTheLinkWhenTheUpperHalfWasZero) {
  VerifyResult r = verify_socket_filter(
      "call bpf_get_prandom_u32\nw0 &= 255\nw1 = w0\nw1 += -4\nif w1 s< 0 goto +2\nif w0 != 0 goto +1\nr0 /= 0\n"
      "r0 = 0\nexit\n");
  EXPECT_TRUE(r.accepted) << r.error << "\n" << r.log;
  EXPECT_TRUE(has(r, "R1=scalar(id=1-4,")) << r.log;
}

// r1 = r0 with r0 a full 64-bit value: after w1 += 1 nothing relates r1 to r0's upper half.
TEST(VerifierLinkedRegs, Alu32AddDropsTheLinkWhenTheUpperHalfWasNotKnownZero) {
  VerifyResult r = verify_socket_filter(
      "call bpf_get_prandom_u32\nr1 = r0\nw1 += 1\nif r1 > 10 goto +3\nr0 >>= 32\nif r0 == 0 goto +1\nr0 /= 0\n"
      "r0 = 0\nexit\n");
  EXPECT_FALSE(r.accepted);
  EXPECT_EQ(r.error, "div by zero");
  EXPECT_TRUE(has(r, "2: (04) w1 += 1                       ; R1=scalar(smin=0,smax=umax=0xffffffff,var_off=(0x0; "
                     "0xffffffff))\n"))
      << r.log;
}

// Negating S32_MIN does not fit a delta: the link is dropped and r1's bound says nothing about r0.
TEST(VerifierLinkedRegs, SubOfS32MinDropsTheLink) {
  VerifyResult r = verify_socket_filter(
      "call bpf_get_prandom_u32\nr0 &= 255\nr1 = r0\nr1 -= -2147483648\nr2 = 0x80000005 ll\nif r1 > r2 goto +3\n"
      "if r0 > 5 goto +1\nr0 /= 0\nexit\nr0 = 0\nexit\n");
  EXPECT_FALSE(r.accepted);
  EXPECT_EQ(r.error, "div by zero");
  EXPECT_TRUE(has(r, "3: (17) r1 -= -2147483648             ; R1=scalar(smin=umin=umin32=0x80000000,")) << r.log;
}

// Two deltas S32_MIN and +1 differ by more than s32 holds: sync_linked_regs works in 64 bits.
TEST(VerifierLinkedRegs, SyncComputesTheDeltaDifferenceIn64Bits) {
  VerifyResult r = verify_socket_filter(
      "call bpf_get_prandom_u32\nr0 &= 255\nr1 = r0\nr2 = r0\nr1 += -2147483648\nr2 += 1\nif r2 s< 100 goto +2\n"
      "if r1 s< 0 goto +1\nr0 /= 0\nr0 = 0\nexit\n");
  EXPECT_TRUE(r.accepted) << r.error << "\n" << r.log;
  EXPECT_TRUE(has(r, "R1=scalar(id=1-2147483648,")) << r.log;
}

// r6 += r6 (src == dst) reads its own result in the kernel: r6 loses its id instead of becoming r7 + 1. The jump on
// r7 then links nothing to r6, so making r6 precise at `r6 == 3` does not reach r7 through that jump.
TEST(VerifierLinkedRegs, SelfAddClearsTheId) {
  VerifyResult r = verify_socket_filter(
      "call bpf_get_prandom_u32\nr6 = r0\nr7 = r6\ncall bpf_get_prandom_u32\nr8 = r0\nr9 = r8\nif r7 != 1 goto +4\n"
      "r6 += r6\nif r7 == r9 goto +2\nif r6 == 3 goto +1\nr0 /= 0\nr0 = 0\nexit\n");
  EXPECT_FALSE(r.accepted);
  EXPECT_EQ(r.error, "div by zero");
  EXPECT_TRUE(has(r, "mark_precise: frame0: parent state regs=r6 stack=:  R0=scalar(id=2) R6=P2 R7=1 ")) << r.log;
}

// The same for w6 -= w6: a known-constant source that is the destination itself makes no delta.
TEST(VerifierLinkedRegs, SelfSub32ClearsTheId) {
  VerifyResult r = verify_socket_filter(
      "call bpf_get_prandom_u32\nw6 = w0\nw7 = w6\ncall bpf_get_prandom_u32\nw8 = w0\nw9 = w8\nif w7 != 1 goto +4\n"
      "w6 -= w6\nif w7 == w9 goto +2\nif w6 == 0 goto +1\nr0 /= 0\nr0 = 0\nexit\n");
  EXPECT_TRUE(r.accepted) << r.error << "\n" << r.log;
  EXPECT_TRUE(has(r, "mark_precise: frame0: parent state regs=r6 stack=:  R0=scalar() R6=P0 R7=1 ")) << r.log;
}

// r6 = r0 + 5, then an op that breaks the link; r8 = r6 + 3 and r9 = r6 are made afterwards. r9 == 10 must give
// r8 = 13: a delta 5 left on r6 with its id gone would come back with the copies' fresh id and give r8 = 8.
std::string stale_delta_program(const std::string& breaker, const std::string& after) {
  return "call bpf_get_prandom_u32\nr6 = r0\nr6 += 5\n" + breaker + "\nr8 = r6\nr8 += 3\nr9 = r6\n" + after;
}

TEST(VerifierLinkedRegs, NarrowingMov32ClearsTheDelta) {
  VerifyResult r = verify_socket_filter(
      stale_delta_program("w6 = w6", "if r9 != 10 goto +3\nif r8 == 8 goto +2\nr0 /= 0\nexit\nr0 = 0\nexit\n"));
  EXPECT_FALSE(r.accepted);
  EXPECT_EQ(r.error, "div by zero");
  EXPECT_TRUE(has(r, "R8=P13 R9=10")) << r.log;
}

TEST(VerifierLinkedRegs, NarrowingSpillClearsTheDelta) {
  VerifyResult r = verify_socket_filter(stale_delta_program(
      "*(u32 *)(r10 - 8) = r6\nr6 = *(u32 *)(r10 - 8)",
      "if r9 != 10 goto +3\nif r8 == 8 goto +2\nr0 /= 0\nexit\nr0 = 0\nexit\n"));
  EXPECT_FALSE(r.accepted);
  EXPECT_TRUE(has(r, "R8=P13 R9=10")) << r.log;
}

// A jump links at most six registers: r6 and r8 = r0 + 3 are left over and lose id and delta together.
TEST(VerifierLinkedRegs, LinkedRegsOverflowClearsTheDelta) {
  VerifyResult r = verify_socket_filter(
      "call bpf_get_prandom_u32\nr1 = r0\nr2 = r0\nr3 = r0\nr4 = r0\nr5 = r0\nr6 = r0\nr8 = r0\nr8 += 3\n"
      "if r0 > 100 goto +14\nr7 = r1\nr7 += r2\nr7 += r3\nr7 += r4\nr7 += r5\nr7 += r6\nr9 = r8\nr9 += 1\n"
      "if r8 != 10 goto +4\nif r9 == 8 goto +3\nif r9 == 11 goto +2\nr0 /= 0\nexit\nr0 = 0\nexit\n");
  EXPECT_TRUE(r.accepted) << r.error << "\n" << r.log;
  EXPECT_TRUE(has(r, "\n19: R9=11\n")) << r.log;
}

// w7 += 1 links r7 to r6 with an alu32 delta. When the jump narrows r6 (the side without a delta) to 0xffffffff,
// r7 is zero-extended as the CPU did: 0, not 0x100000000 (6.18 stable: "Fix sync_linked_regs regarding
// BPF_ADD_CONST32 zext propagation", which checks the linked register's flag too).
TEST(VerifierLinkedRegs, SyncZeroExtendsAnAlu32LinkedRegister) {
  VerifyResult r = verify_socket_filter(
      "call bpf_get_prandom_u32\nw6 = w0\nr7 = r6\nw7 += 1\nr8 = 0xffffffff ll\nif r6 < r8 goto +3\nr7 >>= 32\n"
      "if r7 == 0 goto +1\nr0 /= 0\nr0 = 0\nexit\n");
  EXPECT_TRUE(r.accepted) << r.error << "\n" << r.log;
  EXPECT_TRUE(has(r, "3: (04) w7 += 1                       ; R7=scalar(id=1+1,")) << r.log;
  EXPECT_TRUE(has(r, "7: (77) r7 >>= 32                     ; R7=0\n")) << r.log;
}

// r7 = r6 +32 1 and r8 = r6 +64 2: a jump on r7 leaves r8 alone (links of different widths are skipped).
TEST(VerifierLinkedRegs, SyncSkipsLinksOfDifferentWidths) {
  VerifyResult r = verify_socket_filter(
      "call bpf_get_prandom_u32\nw6 = w0\nr7 = r6\nw7 += 1\nr8 = r6\nr8 += 2\nr9 = 0xffffffff ll\n"
      "if r7 < r9 goto +3\nif r8 > 0 goto +1\ngoto +1\nr0 /= 0\nr0 = 0\nexit\n");
  EXPECT_FALSE(r.accepted);
  EXPECT_EQ(r.error, "div by zero");
  EXPECT_TRUE(has(r, "3: (04) w7 += 1                       ; R7=scalar(id=1+1,")) << r.log;
  EXPECT_TRUE(has(r, "\n9: R8=scalar(id=1+2,smin=umin=2,smax=umax=0x100000001,var_off=(0x0; 0x1ffffffff))\n"))
      << r.log;
}

// Two paths reach the merge with r7 = r6 + 1 and the same range, one by `w7 += 1`, the other by `OTHER`; r7 is
// precise there (a stack offset). The kernel prunes the second path only when the link kinds match.
std::string prune_program(const std::string& other) {
  return "call bpf_get_prandom_u32\nr0 &= 255\nr6 = r0\nr7 = r6\ncall bpf_get_prandom_u32\nif r0 == 0 goto +8\n"
         "w7 += 1\nr8 = 0\nr8 = 1\nr8 = 2\nr8 = 3\nr8 = 4\nr8 = 5\ngoto +1\n" +
         other + "\nr1 = r10\nr1 += -512\nr1 += r7\nr2 = 0\n*(u8 *)(r1 + 0) = r2\nr0 = 0\nexit\n";
}

TEST(VerifierLinkedRegs, PruningNeedsTheSameLinkKind) {
  VerifyResult r = verify_socket_filter(prune_program("r7 += 1"));
  EXPECT_TRUE(r.accepted) << r.error << "\n" << r.log;
  EXPECT_EQ(r.processed_insns, 29u) << r.log;  // the kernel's count: the alu64 path is explored past the merge
  r = verify_socket_filter(prune_program("w7 += 1"));
  EXPECT_TRUE(r.accepted) << r.error << "\n" << r.log;
  EXPECT_EQ(r.processed_insns, 23u) << r.log;  // same kind: pruned at the merge
}

// `r1 = le64 r1` is no operation on a little-endian host: the kernel's scalar_byte_swap keeps r1's id and delta,
// while `le32` truncates and clears them.
TEST(VerifierLinkedRegs, Le64KeepsTheLinkLe32ClearsIt) {
  VerifyResult r = verify_socket_filter(
      "call bpf_get_prandom_u32\nr0 &= 255\nr1 = r0\nr1 += 5\nr1 = le64 r1\nif r1 s< 10 goto +2\nif r0 s>= 5 goto +1\n"
      "r0 /= 0\nr0 = 0\nexit\n");
  EXPECT_TRUE(r.accepted) << r.error << "\n" << r.log;
  EXPECT_TRUE(has(r, "4: (d4) r1 = le64 r1                  ; R1=scalar(id=1+5,")) << r.log;
  r = verify_socket_filter(
      "call bpf_get_prandom_u32\nr0 &= 255\nr1 = r0\nr1 = le32 r1\nif r1 < 10 goto +2\nif r0 >= 10 goto +1\n"
      "r0 /= 0\nr0 = 0\nexit\n");
  EXPECT_FALSE(r.accepted);
  EXPECT_EQ(r.error, "div by zero");
}

}  // namespace
}  // namespace bpfkit
