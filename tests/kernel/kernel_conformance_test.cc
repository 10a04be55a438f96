// Differential test: every conformance case runs in the running kernel (the reference) and in bpfkit.
//
// For each case: the kernel's verdict must match the case (accepted, or rejected with the given log substring);
// an accepted case's full R0 and memory after the run must equal both the hand-derived expectation and bpfkit's
// run. Without bpf() (no root, no libbpf) every case skips. A kernel build that refuses a case for lacking a feature
// (a helper; see support/kernel_refusal.h) skips it with the verifier's message after checking bpfkit's run against
// the case's hand-derived expectation; any other unexpected refusal is a failure.
#include <gtest/gtest.h>

#include <fmt/format.h>

#include "bpfkit/disasm.h"
#include "support/conformance_data.h"
#include "support/kernel_refusal.h"
#include "support/kernel_runner.h"

namespace bpfkit::testing {

void PrintTo(const ConformanceCase& c, std::ostream* os) { *os << c.where(); }

namespace {

const Corpus& corpus() {
  static const Corpus c = load_corpus();
  return c;
}

TEST(KernelConformance, CorpusLoads) {
  for (const auto& e : corpus().errors) ADD_FAILURE() << e;
  for (const auto& f : corpus().files) {
    for (const auto& e : f.errors) ADD_FAILURE() << e;
  }
  EXPECT_FALSE(corpus().all_cases().empty());
}

// The wrapper must keep relative jumps and calls pointing at the same instructions.
TEST(KernelConformance, WrapperPatchesExitsAndCalls) {
  auto mk = [](uint8_t opcode, uint8_t dst, uint8_t src, int16_t off, int32_t imm) {
    Insn i;
    i.opcode = opcode;
    i.dst = dst;
    i.src = src;
    i.off = off;
    i.imm = imm;
    return i;
  };
  const Insn exit_insn = mk(op::JMP | op::EXIT, 0, 0, 0, 0);
  // Main program 0..2 (call +2 -> 3, exit, exit), subprogram 3..4 (r0 = 1, exit).
  std::vector<Insn> prog = {mk(op::JMP | op::CALL, 0, op::PSEUDO_CALL, 0, 2), exit_insn, exit_insn,
                            mk(op::ALU64 | op::MOV | op::K, 0, 0, 0, 1), exit_insn};
  std::vector<Insn> w = wrap_raw_program(prog, 16, 42);
  // Layout: prologue, main program, epilogue (5 slots: LD_IMM64 pair, STX, ST, EXIT), subprograms.
  const size_t base = w.size() - prog.size() - 5;
  ASSERT_EQ(w[base].opcode, op::JMP | op::CALL);
  const size_t callee = base + 1 + size_t(w[base].imm);
  EXPECT_EQ(w[callee], prog[3]) << "call target moved";
  EXPECT_EQ(w[base + 1].opcode, op::JMP | op::JA);
  const size_t epilogue = base + 2 + size_t(w[base + 1].off);
  EXPECT_EQ(epilogue, base + 3);
  EXPECT_TRUE(is_ld_imm64(w[epilogue]));
  EXPECT_EQ(w[epilogue].imm, 42);
  EXPECT_EQ(w[callee + 1], exit_insn) << "subprogram exits stay exits";
}

class KernelConformance : public ::testing::TestWithParam<ConformanceCase> {};

std::string listing(const std::vector<Insn>& insns) { return disassemble(insns); }

TEST_P(KernelConformance, MatchesKernel) {
  if (const auto& why = kernel_unavailable()) GTEST_SKIP() << *why;
  const ConformanceCase& c = GetParam();
  SCOPED_TRACE(c.where());
  BpfkitOutcome ours = run_in_bpfkit(c);
  ASSERT_FALSE(ours.asm_error) << "assembler: " << *ours.asm_error;
  const bool packet_load = has_packet_load(ours.insns);
  // The kernel's packet is mem padded to 14 bytes; with less mem, LD_ABS bounds would differ from bpfkit's.
  ASSERT_FALSE(packet_load && c.mem.size() < kMinSkbData)
      << "a case with LD_ABS/LD_IND needs at least " << kMinSkbData << " bytes of mem";

  auto k = kernel_run_raw(ours.insns, c.mem);
  ASSERT_TRUE(k) << "harness: " << k.error().to_string();

  const bool refusal_expected =
      c.kernel_rejects && k->verifier_log.find(c.kernel_rejects->log) != std::string::npos;
  if (!k->loaded && !refusal_expected) {
    KernelFailure f;
    f.err = k->load_errno;
    f.log = k->verifier_log;
    f.prog_types = {3};  // BPF_PROG_TYPE_SCHED_CLS, what kernel_run_raw loads
    if (skip_for_kernel_refusal(f, [&] {
          // bpfkit's half against the case's own expectation (what the conformance test checks).
          if (c.kernel_rejects || !c.result) return;
          ASSERT_FALSE(ours.error()) << "bpfkit: " << *ours.error();
          EXPECT_EQ(fmt::format("{:#x}", ours.r0), fmt::format("{:#x}", *c.result)) << "bpfkit R0 vs expected";
          EXPECT_EQ(hex_bytes(ours.mem_after), hex_bytes(c.mem_after ? *c.mem_after : c.mem)) << "bpfkit mem";
        }))
      return;
  }

  if (c.kernel_rejects) {
    ASSERT_FALSE(k->loaded) << "the kernel accepted a program the case says it rejects ("
                            << c.kernel_rejects->why << ")\n" << listing(ours.insns);
    EXPECT_NE(k->verifier_log.find(c.kernel_rejects->log), std::string::npos)
        << "verifier log lacks '" << c.kernel_rejects->log << "':\n" << k->verifier_log;
    return;
  }
  ASSERT_TRUE(k->loaded) << "the kernel rejected the program (errno " << k->load_errno << "):\n"
                         << listing(ours.insns) << "\nverifier log:\n" << k->verifier_log;
  ASSERT_TRUE(c.result) << "case without -- result that the kernel accepts";

  uint64_t kernel_r0 = k->r0;
  if (!k->reached_epilogue) {
    // Only an out-of-bounds LD_ABS/LD_IND ends a program early; it returns 0.
    ASSERT_TRUE(packet_load) << "the program ended without passing through the epilogue";
    EXPECT_EQ(k->retval, 0u);
    kernel_r0 = 0;
  } else {
    EXPECT_EQ(k->retval, uint32_t(k->r0)) << "test-run retval is not the low half of R0";
  }
  const std::vector<uint8_t>& want_mem = c.mem_after ? *c.mem_after : c.mem;
  EXPECT_EQ(fmt::format("{:#x}", kernel_r0), fmt::format("{:#x}", *c.result)) << "kernel R0 vs expected";
  EXPECT_EQ(hex_bytes(k->mem_after), hex_bytes(want_mem)) << "kernel mem vs expected";

  ASSERT_FALSE(ours.error()) << "bpfkit failed where the kernel ran: " << *ours.error();
  EXPECT_EQ(fmt::format("{:#x}", ours.r0), fmt::format("{:#x}", kernel_r0)) << "bpfkit R0 vs kernel";
  EXPECT_EQ(hex_bytes(ours.mem_after), hex_bytes(k->mem_after)) << "bpfkit mem vs kernel";
}

INSTANTIATE_TEST_SUITE_P(Corpus, KernelConformance, ::testing::ValuesIn(corpus().all_cases()),
                         [](const ::testing::TestParamInfo<ConformanceCase>& info) { return info.param.name; });

}  // namespace
}  // namespace bpfkit::testing
