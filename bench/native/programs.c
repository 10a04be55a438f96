/* Native reference implementations of the benchmark programs (bench/programs.h), compiled by clang -O2.
 *
 * Each function does the same work as its BPF program, instruction for instruction where the C semantics allow.
 * Everything that would let clang fold the work away comes in as a function argument: this file is compiled
 * separately (no LTO), so the callers' constants are invisible here, and the benchmark reads them through a
 * volatile before the call. */
#include <stdint.h>

#define NOINLINE __attribute__((noinline))

/* The empty program: call overhead only. */
NOINLINE uint64_t bpfkit_native_empty(uint64_t ctx) {
  (void)ctx;
  return 0;
}

/* FNV-1a over a 64-bit counter (one xor and one multiply per step), the same loop as "alu_loop". */
NOINLINE uint64_t bpfkit_native_alu_loop(uint64_t n) {
  uint64_t h = 0xcbf29ce484222325ull;
  for (uint64_t i = 0; i < n; i++) {
    h ^= i;
    h *= 0x100000001b3ull;
  }
  return h;
}

/* Two 8-byte stack slots, two loads and two stores per step, the same loop as "stack_loop". The slots are
 * volatile because otherwise clang keeps them in registers and the loop no longer touches memory; the BPF
 * program's loads and stores are real in the kernel JIT too. */
NOINLINE uint64_t bpfkit_native_stack_loop(uint64_t n) {
  volatile uint64_t a = 0, b = 0;
  for (uint64_t i = 0; i < n; i++) {
    uint64_t x = a + i; /* r2 = *(u64 *)(r10 - 8); r2 += r1 */
    uint64_t y = b ^ x; /* r3 = *(u64 *)(r10 - 16); r3 ^= r2 */
    a = y;              /* *(u64 *)(r10 - 8) = r3 */
    b = x;              /* *(u64 *)(r10 - 16) = r2 */
  }
  return a;
}
