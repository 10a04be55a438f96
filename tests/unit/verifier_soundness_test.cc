// The verifier's soundness on generated programs (tests/support/verifier_gen.h, the generator of the fuzz_verifier
// libFuzzer target): a fixed range of seeds, each program verified and, when accepted, run in the interpreter with
// every memory access checked. A runtime fault of an accepted program means the verifier let through a program
// that touches memory it may not: the test prints the program and fails.
#include <gtest/gtest.h>

#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

#include "bpfkit/disasm.h"
#include "support/verifier_gen.h"

namespace bpfkit::vgen {
namespace {

constexpr uint64_t kSeeds = 3000;

// BPFKIT_VFUZZ_SEEDS=N BPFKIT_VFUZZ_SEED0=S run seeds S .. S+N-1 instead: a longer campaign with the same binary.
uint64_t env_or(const char* name, uint64_t fallback) {
  const char* v = std::getenv(name);
  return v && *v ? std::strtoull(v, nullptr, 0) : fallback;
}

TEST(VerifierSoundness, GeneratedProgramsAcceptedRunClean) {
  uint64_t accepted = 0, ran = 0;
  const uint64_t seeds = env_or("BPFKIT_VFUZZ_SEEDS", kSeeds), seed0 = env_or("BPFKIT_VFUZZ_SEED0", 0);
  const auto start = std::chrono::steady_clock::now();
  for (uint64_t seed = seed0; seed < seed0 + seeds; ++seed) {
    const GeneratedProgram prog = generate_from_seed(seed);
    const SoundnessOutcome out = check_soundness(prog);
    accepted += out.verdict.accepted;
    ran += out.ran;
    EXPECT_FALSE(out.finding) << "seed " << seed << ": accepted " << type_name(prog)
                              << (prog.privileged ? "" : " (unprivileged)") << " program failed at run time: "
                              << out.runtime_error << "\n"
                              << disassemble(prog.insns);
    // Never a silent pass: a rejection must say why.
    if (!out.verdict.accepted) EXPECT_FALSE(out.verdict.error.empty()) << "seed " << seed << "\n" << disassemble(prog.insns);
  }
  const double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::printf("%llu programs, %llu accepted and run, %.1f s\n", (unsigned long long)seeds, (unsigned long long)ran,
              secs);
  // The generator is meant to produce mostly programs close to acceptable ones; if the verifier accepts none,
  // nothing was checked at run time.
  EXPECT_GT(accepted, seeds / 20);
}

// The generator is deterministic: a seed always gives the same program (findings must reproduce).
TEST(VerifierSoundness, GeneratorIsDeterministic) {
  for (uint64_t seed : {0ull, 1ull, 77ull, 123456789ull}) {
    const GeneratedProgram a = generate_from_seed(seed), b = generate_from_seed(seed);
    EXPECT_EQ(a.insns, b.insns);
    EXPECT_EQ(a.type, b.type);
    EXPECT_EQ(a.packet, b.packet);
  }
}

}  // namespace
}  // namespace bpfkit::vgen
