// The benchmark programs: one assembly text each, fed unchanged to bpfkit and (assembled by bpfkit) to the kernel,
// plus the native C function that does the same work (bench/native/programs.c, built by clang -O2).
#pragma once

#include <cstdint>

extern "C" {
uint64_t bpfkit_native_empty(uint64_t ctx);
uint64_t bpfkit_native_alu_loop(uint64_t n);
uint64_t bpfkit_native_stack_loop(uint64_t n);
}

namespace bench {

// Loop trip count of alu_loop and stack_loop. The kernel verifier walks every iteration of a bounded loop, so
// this is limited by its 1M processed-instruction budget: alu_loop verifies as 4 * N and stack_loop as 8 * N
// instructions (measured on Linux 6.18: 400004 and 800005 for N = 100000), both inside the budget.
// The assembly texts below spell it out as 100000; if the two ever disagree, the result cross-check in
// interp_bench.cc stops the run before anything is timed.
inline constexpr uint64_t kLoopIterations = 100000;

struct BenchProgram {
  const char* name;
  const char* text;                  // assembly, llvm-objdump syntax
  uint64_t (*native)(uint64_t arg);  // the same work in C; arg is the trip count (0 for "empty")
  uint64_t native_arg;
};

// Immediates are spelled in decimal, as llvm-objdump prints them.
inline constexpr const char* kEmptyText = R"(
  r0 = 0
  exit
)";

// FNV-1a over a 64-bit counter: h ^= i; h *= prime, 100000 times. The result depends on every step, so no
// implementation can skip work; the multiply makes it a latency-bound dependency chain (3-4 cycles per step
// natively), which is the honest floor for any JIT.
inline constexpr const char* kAluLoopText = R"(
  r0 = -3750763034362895579 ll   ; FNV-1a 64-bit offset basis 0xcbf29ce484222325
  r2 = 1099511628211 ll          ; FNV-1a 64-bit prime 0x100000001b3
  r1 = 0                         ; i
loop:
  r0 ^= r1
  r0 *= r2
  r1 += 1
  if r1 < 100000 goto loop
  exit
)";

// Two stack slots a (fp-8) and b (fp-16); per step: a' = b ^ (a + i), b' = a + i. Two loads and two stores of
// 8 bytes per step, half the loop body. The stores feed the next step's loads, so nothing can be cached.
inline constexpr const char* kStackLoopText = R"(
  r1 = 0
  *(u64 *)(r10 - 8) = r1
  *(u64 *)(r10 - 16) = r1
loop:
  r2 = *(u64 *)(r10 - 8)
  r3 = *(u64 *)(r10 - 16)
  r2 += r1
  r3 ^= r2
  *(u64 *)(r10 - 8) = r3
  *(u64 *)(r10 - 16) = r2
  r1 += 1
  if r1 < 100000 goto loop
  r0 = *(u64 *)(r10 - 8)
  exit
)";

inline const BenchProgram kPrograms[] = {
    {"empty", kEmptyText, bpfkit_native_empty, 0},
    {"alu_loop", kAluLoopText, bpfkit_native_alu_loop, kLoopIterations},
    {"stack_loop", kStackLoopText, bpfkit_native_stack_loop, kLoopIterations},
};

}  // namespace bench
