// Tail calls (bpf_tail_call, helper 12) in the interpreter, through the public API: chains, the 33-call limit,
// fall-through cases and what a successful tail call keeps (registers, R10, stack contents, the caller frame of
// a subprogram). Where bpf() works, the same chains also run in the kernel as an oracle.
#include <unistd.h>

#include <cerrno>
#include <cstdint>
#include <memory>
#include <vector>

#include <gtest/gtest.h>

#include "bpfkit/vm.h"
#include "support/insn_builder.h"
#include "support/kernel_refusal.h"
#include "support/kernel_runner.h"

#ifdef BPFKIT_HAVE_LIBBPF
#include <bpf/bpf.h>
#include <linux/bpf.h>
#endif

namespace bpfkit {
namespace {

using namespace test;  // NOLINT: the shared instruction builders

Insn jlt(uint8_t d, int32_t imm, int16_t off) { return I(op::JMP | op::JLT | op::K, d, 0, off, imm); }
Insn ldx_dw(uint8_t d, uint8_t s, int16_t off) { return I(op::LDX | op::MEM | op::DW, d, s, off); }
Insn stx_dw(uint8_t d, int16_t off, uint8_t s) { return I(op::STX | op::MEM | op::DW, d, s, off); }
Insn st_dw(uint8_t d, int16_t off, int32_t imm) { return I(op::ST | op::MEM | op::DW, d, 0, off, imm); }

constexpr uint64_t kMapRef = 0x7a11ca11;  // what the programs load into R2 as "the prog array"

// R2 = the prog array, R3 = index, call bpf_tail_call (R1 is whatever the program has there: ctx).
std::vector<Insn> tail_call(int32_t index) { return prog(lddw(2, kMapRef), mov(3, index), call(kHelperTailCall)); }

// A prog array: max_entries slots, each empty or holding a Program.
struct ProgArray {
  explicit ProgArray(uint32_t max_entries) : slots(max_entries, nullptr) {}
  std::vector<const Program*> slots;
  std::vector<std::unique_ptr<Program>> owned;
  int lookups = 0;

  void set(uint32_t index, const std::vector<Insn>& insns) {
    auto p = Program::load(insns);
    ASSERT_TRUE(p.has_value()) << p.error().to_string();
    owned.push_back(std::make_unique<Program>(std::move(*p)));
    slots.at(index) = owned.back().get();
  }
  void attach(RunContext& ctx) {
    ctx.tail_call_resolver = [this](RunContext& c, uint64_t map_ref, uint32_t index) -> const Program* {
      ++lookups;
      if (map_ref != kMapRef) {
        c.fail("bpf_tail_call: R2 is not a prog array");
        return nullptr;
      }
      return index < slots.size() ? slots[index] : nullptr;
    };
  }
  Expected<uint64_t> run(uint32_t index, RunContext& ctx) {
    attach(ctx);
    return slots.at(index)->run(ctx);
  }
  uint64_t run_ok(uint32_t index, RunContext* c = nullptr) {
    RunContext local;
    auto r = run(index, c != nullptr ? *c : local);
    EXPECT_TRUE(r.has_value()) << r.error().to_string();
    return r ? *r : 0xdeadbeef;
  }
};

// Program k of a chain: tail-call slot k + 1; if that falls through, return k.
std::vector<Insn> chain_link(int32_t k) { return prog(tail_call(k + 1), mov(0, k), exit_insn()); }

TEST(TailCall, SimpleChainReturnsTargetResult) {
  ProgArray pa(4);
  pa.set(0, prog(tail_call(1), mov(0, 100), exit_insn()));
  pa.set(1, prog(tail_call(2), mov(0, 101), exit_insn()));
  pa.set(2, prog(mov(0, 2), exit_insn()));
  EXPECT_EQ(pa.run_ok(0), 2u);
}

TEST(TailCall, LimitIs33SuccessfulCallsPerRun) {
  ProgArray pa(40);
  for (int k = 0; k < 40; ++k) pa.set(uint32_t(k), chain_link(k));
  // 0 -> 1 -> ... -> 33 are 33 tail calls; program 33's call is the 34th and falls through.
  EXPECT_EQ(pa.run_ok(0), 33u);
  // The count is per run, not per program or per context lifetime.
  RunContext ctx;
  EXPECT_EQ(pa.run_ok(0, &ctx), 33u);
  EXPECT_EQ(pa.run_ok(0, &ctx), 33u);
  EXPECT_EQ(pa.run_ok(5), 38u);  // 5 + 33
}

TEST(TailCall, SelfTailCallRuns34TimesAndKeepsTheStack) {
  // Counts its own runs in a stack slot: the frame is reused, its contents stay (the kernel neither clears nor
  // moves the stack on a tail call).
  ProgArray pa(1);
  pa.set(0, prog(ldx_dw(6, 10, -8), add(6, 1), stx_dw(10, -8, 6), tail_call(0), ldx_dw(0, 10, -8), exit_insn()));
  EXPECT_EQ(pa.run_ok(0), 34u);
}

TEST(TailCall, OutOfRangeFallsThroughWithoutCounting) {
  ProgArray pa(2);
  // 40 out-of-range attempts, then a valid one, which must still succeed.
  std::vector<Insn> p = prog(movr(6, 1), mov(7, 0));
  const size_t loop = p.size();
  append(p, prog(movr(1, 6), tail_call(2), add(7, 1)));
  append(p, jlt(7, 40, int16_t(int64_t(loop) - int64_t(p.size()) - 1)));
  append(p, prog(movr(1, 6), tail_call(1), mov(0, 99), exit_insn()));
  pa.set(0, p);
  pa.set(1, prog(mov(0, 1), exit_insn()));
  EXPECT_EQ(pa.run_ok(0), 1u);
}

// Attempts on an empty slot do not count: Linux 6.18 increments tail_call_cnt only when the slot is populated
// (older kernels counted them; TailCallKernel.EmptySlotAttemptsDoNotCount checks the running kernel).
std::vector<Insn> empty_attempts_then_valid(int32_t attempts) {
  std::vector<Insn> p = prog(movr(6, 1));
  for (int i = 0; i < attempts; ++i) append(p, prog(movr(1, 6), tail_call(1)));
  append(p, prog(movr(1, 6), tail_call(2), mov(0, 99), exit_insn()));
  return p;
}

TEST(TailCall, EmptySlotFallsThroughWithoutCounting) {
  ProgArray pa(3);
  pa.set(0, empty_attempts_then_valid(40));
  pa.set(2, prog(mov(0, 1), exit_insn()));
  EXPECT_EQ(pa.run_ok(0), 1u);
}

TEST(TailCall, NoLookupOnceTheCountIsExhausted) {
  ProgArray pa(40);
  for (int k = 0; k < 40; ++k) pa.set(uint32_t(k), chain_link(k));
  EXPECT_EQ(pa.run_ok(0), 33u);
  EXPECT_EQ(pa.lookups, 33);
}

TEST(TailCall, FallThroughChangesNoRegister) {
  ProgArray pa(1);
  // R0 and R1..R5 as before the call (the kernel interpreter touches none of them).
  pa.set(0, prog(mov(0, 7), lddw(2, kMapRef), mov(3, 5), mov(4, 40), mov(5, 50), call(kHelperTailCall),
                 addr(0, 3), addr(0, 4), addr(0, 5), exit_insn()));
  EXPECT_EQ(pa.run_ok(0), 7u + 5 + 40 + 50);
}

TEST(TailCall, TargetSeesCallersR1AndR10) {
  ProgArray pa(2);
  std::vector<uint8_t> mem(16);
  RunContext ctx = raw_context(mem);
  // Program 0 passes R10 in R6 (any register stays); the target checks R10 is the same and returns R1.
  pa.set(0, prog(movr(6, 10), tail_call(1), mov(0, 0), exit_insn()));
  pa.set(1, prog(mov(0, 0), I(op::JMP | op::JNE | op::X, 6, 10, 1), movr(0, 1), exit_insn()));
  EXPECT_EQ(pa.run_ok(0, &ctx), uint64_t(reinterpret_cast<uintptr_t>(mem.data())));
}

TEST(TailCall, FromSubprogramReturnsToItsCaller) {
  ProgArray pa(2);
  // main: r6 = 5; call sub; r0 += r6; exit.  sub: r6 = 1000; tail call 1; r0 = 1; exit.  target: r6 = 77; r0 = 40.
  // The target replaces sub's frame: its exit returns to main, which gets its own R6 back.
  pa.set(0, prog(mov(6, 5), call_local(2), addr(0, 6), exit_insn(), mov(6, 1000), tail_call(1), mov(0, 1),
                 exit_insn()));
  pa.set(1, prog(mov(6, 77), mov(0, 40), exit_insn()));
  EXPECT_EQ(pa.run_ok(0), 45u);
}

TEST(TailCall, CountIsSharedWithSubprograms) {
  ProgArray pa(40);
  // main calls a subprogram 10 times; each time it tail-calls slot 39 (which returns) and so uses one of the 33.
  // Then main chains from slot 1: main -> 1 is the 11th, 22 more reach program 23, whose attempt falls through.
  std::vector<Insn> p = prog(movr(6, 1));
  std::vector<size_t> calls;
  for (int i = 0; i < 10; ++i) {
    append(p, movr(1, 6));
    calls.push_back(p.size());
    append(p, call_local(0));
  }
  append(p, prog(movr(1, 6), tail_call(1), mov(0, 99), exit_insn()));
  for (size_t c : calls) p[c].imm = int32_t(p.size() - c - 1);
  append(p, prog(tail_call(39), mov(0, 98), exit_insn()));
  pa.set(0, p);
  for (int k = 1; k < 39; ++k) pa.set(uint32_t(k), chain_link(k));
  pa.set(39, prog(mov(0, 0), exit_insn()));
  EXPECT_EQ(pa.run_ok(0), 23u);
}

TEST(TailCall, NoResolverIsARuntimeError) {
  auto p = Program::load(prog(mov(0, 0), tail_call(0), exit_insn()));
  ASSERT_TRUE(p.has_value());
  RunContext ctx;
  auto r = p->run(ctx);
  ASSERT_FALSE(r.has_value());
  EXPECT_EQ(r.error().insn, 4);
}

TEST(TailCall, ResolverFailureStopsTheRunAtTheCall) {
  ProgArray pa(1);
  pa.set(0, prog(mov(0, 0), lddw(2, 1234), mov(3, 0), call(kHelperTailCall), exit_insn()));
  RunContext ctx;
  auto r = pa.run(0, ctx);
  ASSERT_FALSE(r.has_value());
  EXPECT_EQ(r.error().insn, 4);
  EXPECT_NE(r.error().message.find("not a prog array"), std::string::npos);
}

TEST(TailCall, FaultInTargetNamesTargetInstruction) {
  ProgArray pa(2);
  pa.set(0, prog(tail_call(1), mov(0, 0), exit_insn()));
  pa.set(1, prog(mov(0, 0), mov(1, 0), ldx_dw(0, 1, 0), exit_insn()));
  RunContext ctx;
  auto r = pa.run(0, ctx);
  ASSERT_FALSE(r.has_value());
  EXPECT_EQ(r.error().insn, 2);
}

// ---- the kernel as oracle ----------------------------------------------------------------------------------------
#ifdef BPFKIT_HAVE_LIBBPF
struct Fd {
  int fd = -1;
  ~Fd() { if (fd >= 0) close(fd); }
};

// Loads the programs as SCHED_CLS with a prog array holding them (nullopt slots empty), runs slot 0, returns retval.
std::optional<uint32_t> kernel_chain(const std::vector<std::vector<Insn>>& progs, uint32_t max_entries,
                                     std::string* why, testing::KernelFailure* refusal) {
  Fd map;
  map.fd = bpf_map_create(BPF_MAP_TYPE_PROG_ARRAY, "tail", 4, 4, max_entries, nullptr);
  if (map.fd < 0) { *why = "bpf_map_create failed"; return std::nullopt; }
  std::vector<std::unique_ptr<Fd>> fds;
  for (uint32_t k = 0; k < progs.size(); ++k) {
    if (progs[k].empty()) continue;
    std::vector<Insn> insns = progs[k];
    for (size_t i = 0; i < insns.size(); ++i)  // the map reference becomes the map fd
      if (insns[i].opcode == kLdImm64 && ld_imm64_value(insns[i], insns[i + 1]) == kMapRef) {
        insns[i].src = op::PSEUDO_MAP_FD;
        insns[i].imm = map.fd;
        insns[i + 1].imm = 0;
      }
    auto fd = std::make_unique<Fd>();
    if (auto sim = testing::simulated_refusal(insns)) {  // BPFKIT_TEST_KERNEL_LACKS_HELPERS
      *refusal = *sim;
      *why = sim->log;
      return std::nullopt;
    }
    std::vector<char> log(1 << 16);
    LIBBPF_OPTS(bpf_prog_load_opts, lopts, .log_level = 1, .log_size = uint32_t(log.size()), .log_buf = log.data());
    fd->fd = bpf_prog_load(BPF_PROG_TYPE_SCHED_CLS, "tail", "GPL", reinterpret_cast<const bpf_insn*>(insns.data()),
                           insns.size(), &lopts);
    if (fd->fd < 0) {
      refusal->err = errno;
      refusal->log = log.data();
      refusal->prog_types = {BPF_PROG_TYPE_SCHED_CLS};
      *why = "bpf_prog_load failed for program " + std::to_string(k) + ":\n" + log.data();
      return std::nullopt;
    }
    if (bpf_map_update_elem(map.fd, &k, &fd->fd, BPF_ANY) != 0) { *why = "map update failed"; return std::nullopt; }
    fds.push_back(std::move(fd));
  }
  std::vector<uint8_t> data(64, 0);
  LIBBPF_OPTS(bpf_test_run_opts, run, .data_in = data.data(), .data_size_in = uint32_t(data.size()));
  if (bpf_prog_test_run_opts(fds.at(0)->fd, &run) != 0) { *why = "test run failed"; return std::nullopt; }
  return run.retval;
}

void expect_kernel(const std::vector<std::vector<Insn>>& progs, uint32_t max_entries, uint32_t expected) {
  if (const auto& why = testing::kernel_unavailable()) GTEST_SKIP() << *why;
  std::string why;
  testing::KernelFailure refusal;
  auto r = kernel_chain(progs, max_entries, &why, &refusal);
  // Only the kernel runs here (bpfkit's chain is checked against the same numbers in the TailCall tests).
  if (!r && refusal.err != 0 && testing::skip_for_kernel_refusal(refusal, {})) return;
  ASSERT_TRUE(r.has_value()) << why;
  EXPECT_EQ(*r, expected);
}

TEST(TailCallKernel, ChainOf40StopsAfter33) {
  std::vector<std::vector<Insn>> progs;
  for (int k = 0; k < 40; ++k) progs.push_back(chain_link(k));
  expect_kernel(progs, 40, 33);
}

TEST(TailCallKernel, EmptySlotAttemptsDoNotCount) {
  const std::vector<Insn> target = prog(mov(0, 1), exit_insn());
  expect_kernel({empty_attempts_then_valid(40), {}, target}, 3, 1);
}
#endif

}  // namespace
}  // namespace bpfkit
