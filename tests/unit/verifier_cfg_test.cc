// check_cfg (src/verifier/cfg.h): the kernel's shape checks, their messages and order, and the subprogram, prune and
// jump-point facts the interpreter reads. The messages are 6.18's (kernel/bpf/verifier.c); the kernel oracle in
// tests/kernel/verifier_cfg_kernel_test.cc loads the same programs.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "bpfkit/asm.h"
#include "verifier/cfg.h"

namespace bpfkit::verifier {
namespace {

std::vector<Insn> as(const char* text) {
  auto prog = assemble(text);
  EXPECT_TRUE(prog.has_value()) << (prog ? "" : prog.error().to_string());
  return prog ? *prog : std::vector<Insn>{};
}

// The message of the first failing check, or "" when the program passes.
std::string cfg_error(const std::vector<Insn>& prog, bool privileged = true) {
  CfgOptions options;
  options.allow_back_edges = privileged;
  options.allow_ptr_leaks = privileged;
  auto r = check_cfg(prog, options);
  if (r) return "";
  EXPECT_TRUE(r.error().verifier_rejection);
  return r.error().message;
}

TEST(VerifierCfg, AcceptsStraightLineAndBranches) {
  EXPECT_EQ(cfg_error(as("r0 = 0\nexit")), "");
  EXPECT_EQ(cfg_error(as("r0 = 0\nif r1 == 0 goto +1\nr0 = 1\nexit")), "");
  EXPECT_EQ(cfg_error(as("r0 = 0 ll\nexit")), "");
}

TEST(VerifierCfg, LastInsnMustBeExitOrJump) {
  EXPECT_EQ(cfg_error(as("r0 = 0")), "last insn is not an exit or jmp");
  EXPECT_EQ(cfg_error(as("r0 = 0\nif r0 == 0 goto -2")), "last insn is not an exit or jmp");
  // A subprogram's last instruction too, though the main program ends well.
  EXPECT_EQ(cfg_error(as("call +1\nexit\nr0 = 0")), "last insn is not an exit or jmp");
}

TEST(VerifierCfg, JumpOutOfRange) {
  EXPECT_EQ(cfg_error(as("goto +5\nexit")), "jump out of range from insn 0 to 6");
  EXPECT_EQ(cfg_error(as("if r1 > 2 goto -3\nexit")), "jump out of range from insn 0 to -2");
  // Jumps may not cross into another subprogram (check_subprogs).
  EXPECT_EQ(cfg_error(as("call +2\ngoto +2\nexit\nr0 = 0\nexit")), "jump out of range from insn 1 to 4");
  EXPECT_EQ(cfg_error(as("gotol +4\nexit")), "jump out of range from insn 0 to 5");
}

TEST(VerifierCfg, CallToInvalidDestination) {
  EXPECT_EQ(cfg_error(as("call +5\nexit")), "call to invalid destination");
  EXPECT_EQ(cfg_error(as("call -2\nexit")), "call to invalid destination");
}

TEST(VerifierCfg, Unreachable) {
  EXPECT_EQ(cfg_error(as("r0 = 0\nexit\nr0 = 1\nexit")), "unreachable insn 2");
  EXPECT_EQ(cfg_error(as("goto +1\nr0 = 1\nr0 = 0\nexit")), "unreachable insn 1");
}

TEST(VerifierCfg, BackEdgeOnlyWhenUnprivileged) {
  auto loop = as("r0 = 0\nr0 += 1\nif r0 < 10 goto -2\nexit");
  EXPECT_EQ(cfg_error(loop, true), "");
  EXPECT_EQ(cfg_error(loop, false), "back-edge from insn 2 to 1");
  EXPECT_EQ(cfg_error(as("r0 = 0\ngoto -1\nexit"), false), "back-edge from insn 1 to 1");
}

TEST(VerifierCfg, LdImm64Shape) {
  // Missing second half: the last instruction is the first half.
  std::vector<Insn> half = {make_insn(0xb7, 0, 0, 0, 0), make_insn(0x95), make_insn(0x18, 1, 0, 0, 1)};
  EXPECT_EQ(cfg_error(half), "last insn is not an exit or jmp");
  std::vector<Insn> bad_second = {make_insn(0x18, 1, 0, 0, 1), make_insn(0, 1, 0, 0, 0), make_insn(0x95)};
  EXPECT_EQ(cfg_error(bad_second), "invalid bpf_ld_imm64 insn");
  std::vector<Insn> bad_src = {make_insn(0x18, 1, 7, 0, 1), make_insn(0), make_insn(0x95)};
  EXPECT_EQ(cfg_error(bad_src), "unrecognized bpf_ld_imm64 insn");
  // A map fd reference with a non-zero second imm.
  std::vector<Insn> fd_off = {make_insn(0x18, 1, 1, 0, 1), make_insn(0, 0, 0, 0, 4), make_insn(0x95)};
  EXPECT_EQ(cfg_error(fd_off), "unrecognized bpf_ld_imm64 insn");
  // A jump into the second half.
  EXPECT_EQ(cfg_error(as("if r1 == 0 goto +1\nr0 = 0 ll\nexit")), "jump into the middle of ldimm64 insn 1");
}

TEST(VerifierCfg, UnknownOpcodeAndReservedFields) {
  std::vector<Insn> bad = {make_insn(0xb7), make_insn(0xf4), make_insn(0x95)};
  EXPECT_EQ(cfg_error(bad), "unknown opcode f4");
  std::vector<Insn> ldx_imm = {make_insn(0x61, 0, 1, 0, 5), make_insn(0x95)};
  EXPECT_EQ(cfg_error(ldx_imm), "BPF_LDX uses reserved fields");
  std::vector<Insn> call32 = {make_insn(0x86, 0, 0, 0, 1), make_insn(0x95)};
  EXPECT_EQ(cfg_error(call32), "unknown opcode 86");
}

TEST(VerifierCfg, ChecksRunInTheKernelsOrder) {
  // A jump out of range (check_subprogs) wins over a bad LD_IMM64 (resolve_pseudo_ldimm64), which wins over an
  // unreachable instruction (check_cfg).
  std::vector<Insn> both = {make_insn(0x05, 0, 0, 9), make_insn(0x18, 1, 9, 0, 0), make_insn(0), make_insn(0x95)};
  EXPECT_EQ(cfg_error(both), "jump out of range from insn 0 to 10");
  std::vector<Insn> ld_then_dead = {make_insn(0x95), make_insn(0x18, 1, 9, 0, 0), make_insn(0), make_insn(0x95)};
  EXPECT_EQ(cfg_error(ld_then_dead), "unrecognized bpf_ld_imm64 insn");
}

TEST(VerifierCfg, UnprivilegedMayNotCall) {
  EXPECT_EQ(cfg_error(as("call +1\nexit\nr0 = 0\nexit"), false),
            "loading/calling other bpf or kernel functions are allowed for CAP_BPF and CAP_SYS_ADMIN");
}

TEST(VerifierCfg, SubprogramsAndPoints) {
  // 0: call +3 (-> 4)   1: if r0 > 1 goto +1   2: r0 = 0   3: exit   4: r0 = 1   5: exit
  auto prog = as("call +3\nif r0 > 1 goto +1\nr0 = 0\nexit\nr0 = 1\nexit");
  auto info = check_cfg(prog, CfgOptions{});
  ASSERT_TRUE(info.has_value()) << info.error().message;
  ASSERT_EQ(info->subprogs.size(), 2u);
  EXPECT_EQ(info->subprogs[0].start, 0u);
  EXPECT_EQ(info->subprogs[0].end, 4u);
  EXPECT_EQ(info->subprogs[1].start, 4u);
  EXPECT_EQ(info->subprogs[1].end, 6u);
  EXPECT_EQ(info->subprog_of, (std::vector<uint32_t>{0, 0, 0, 0, 1, 1}));
  // The call is a prune point; the return site is a prune and jump point; a conditional jump is a prune point and
  // its target a prune and jump point.
  EXPECT_EQ(info->prune_point, (std::vector<uint8_t>{1, 1, 0, 1, 1, 0}));
  EXPECT_EQ(info->jmp_point, (std::vector<uint8_t>{0, 1, 0, 1, 1, 0}));
}

TEST(VerifierCfg, CallbacksAndTailCalls) {
  // r2 = callback at 5 (LD_IMM64 src=4, imm relative to the next slot), bpf_loop, exit; callback: r0 = 0, exit.
  std::vector<Insn> prog = {make_insn(0xb7, 1, 0, 0, 1), make_insn(0x18, 2, op::PSEUDO_FUNC, 0, 3), make_insn(0),
                            make_insn(0x85, 0, 0, 0, 181), make_insn(0x95),
                            make_insn(0xb7, 0, 0, 0, 0), make_insn(0x95)};
  auto info = check_cfg(prog, CfgOptions{});
  ASSERT_TRUE(info.has_value()) << info.error().message;
  ASSERT_EQ(info->subprogs.size(), 2u);
  EXPECT_TRUE(info->subprogs[1].is_callback);
  EXPECT_TRUE(info->force_checkpoint[3]);  // bpf_loop: a sync callback call
  EXPECT_TRUE(info->jmp_point[3]);
  auto tail = check_cfg(as("r2 = 0\nr3 = 0\ncall 12\nr0 = 0\nexit"), CfgOptions{});
  ASSERT_TRUE(tail.has_value());
  EXPECT_TRUE(tail->subprogs[0].has_tail_call);
}

// The main program calls each of n two-instruction functions.
std::vector<Insn> calls_to(int n) {
  std::vector<Insn> prog;
  for (int i = 0; i < n; ++i) prog.push_back(make_insn(0x85, 0, 1, 0, n + 1 + i));  // to n + 2 + 2i
  prog.push_back(make_insn(0xb7));
  prog.push_back(make_insn(0x95));
  for (int i = 0; i < n; ++i) {
    prog.push_back(make_insn(0xb7));
    prog.push_back(make_insn(0x95));
  }
  return prog;
}

TEST(VerifierCfg, TooManySubprograms) {
  EXPECT_EQ(cfg_error(calls_to(255)), "");  // 256 with the main program: BPF_MAX_SUBPROGS
  EXPECT_EQ(cfg_error(calls_to(256)), "too many subprograms");
}

}  // namespace
}  // namespace bpfkit::verifier
