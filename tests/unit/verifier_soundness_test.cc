// The verifier's soundness: a program the verifier accepted must never trip the runtime's memory checks; a runtime
// fault of an accepted program means the verifier let through a program that touches memory it may not.
//  - Generated programs (tests/support/verifier_gen.h, the generator of the fuzz_verifier libFuzzer target): a fixed
//    range of seeds, each program verified and, when accepted, run in the interpreter with every access checked.
//  - Every case of the verifier corpus (tests/verifier/) and every program of the test objects (tests/bpf/*.bpf.c,
//    tests/bpf/corpus/*.bpf.c): verified as `bpfkit verify` would, and when accepted run once with default inputs
//    (a 64-byte zero packet, no ctx_in; arrays and hashes hold keys 0-3). A program test-run refuses to run for its
//    input (an errno: no test run for the type, a context it needs) is counted, not run.
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "bpfkit/disasm.h"
#include "bpfkit/helper_protos.h"
#include "bpfkit/helpers.h"
#include "bpfkit/runtime.h"
#include "bpfkit/test_run.h"
#include "bpfkit/vm.h"
#include "support/verifier_corpus.h"
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

namespace vc = testing::vcorpus;

// Default inputs of the run of an accepted program.
TestRunOptions default_run() {
  TestRunOptions opt;
  opt.data_in.assign(64, 0);
  return opt;
}

// Keys 0..3 in arrays and hashes, so lookups of small keys succeed and their branches run.
void fill_small_keys(Map& m) {
  if (m.spec().type != MapType::Array && m.spec().type != MapType::Hash) return;
  // .rodata and .kconfig: libbpf freezes them after load and the verifier read them as constants.
  if (m.spec().map_flags & BPF_F_RDONLY_PROG) return;
  std::vector<uint8_t> value(m.user_value_size(), 0);
  std::vector<uint8_t> key(m.spec().key_size, 0);
  for (uint8_t k = 0; k < 4 && !key.empty(); ++k) {
    key[0] = k;
    (void)m.update_elem(key.data(), value.data(), 0);
  }
}

// What one accepted program did at run time.
struct RunOutcome {
  bool ran = false;        // test-run ran it (not refused for its input)
  std::string fault;       // a runtime fault (no errno): the soundness finding
  std::string refused;     // test-run refused its input (an errno)
};

RunOutcome classify(const Expected<TestRunResult>& r) {
  RunOutcome o;
  if (r) {
    o.ran = true;
  } else if (r.error().error_number != 0) {
    o.refused = r.error().to_string();
  } else {
    o.ran = true;
    o.fault = r.error().to_string();
  }
  return o;
}

// An asm corpus case: its maps created and bound as the harness declares them, then one test run.
RunOutcome run_asm_case(const vc::Case& c, std::vector<Insn> insns) {
  std::vector<std::unique_ptr<Map>> maps;
  for (const MapSpec& spec : c.maps) {
    auto m = create_map(spec);
    if (!m) return {false, "", "map create: " + m.error().to_string()};
    fill_small_keys(**m);
    maps.push_back(std::move(*m));
  }
  HelperEnv env;
  env.config().use_host_identity = false;
  env.config().prandom_seed = 1;
  env.config().read_user_memory = [](uint64_t, void*, size_t) { return false; };
  for (auto& m : maps) env.add_map(m.get());
  // Prog arrays the harness creates hold no programs: a tail call falls through, as on an empty slot.
  env.set_tail_call_resolver(prog_array_resolver([](uint32_t) -> const Program* { return nullptr; }));
  for (size_t i = 0; i + 1 < insns.size(); ++i) {
    if (!is_ld_imm64(insns[i])) continue;
    const bool value = insns[i].src == op::PSEUDO_MAP_VALUE;
    if ((insns[i].src == op::PSEUDO_MAP_FD || value) && size_t(insns[i].imm) < maps.size())
      (void)bind_map(insns, i, maps[size_t(insns[i].imm)].get(), value, uint32_t(insns[i + 1].imm));
    ++i;
  }
  const HelperTable helpers = standard_helpers(c.type);
  auto loaded = Program::load(insns, &helpers);
  if (!loaded) return {true, "the runtime refused to load an accepted program: " + loaded.error().to_string(), ""};
  return classify(test_run(*loaded, TestRunTarget{c.type, c.expected_attach_type}, env, default_run()));
}

// A program of an object (a C corpus case or a test object), loaded unverified (this test verifies it itself).
RunOutcome run_object_program(const std::string& object, const std::string& prog) {
  auto spec = ObjectSpec::open(object);
  if (!spec) return {false, "", spec.error().to_string()};
  LoadOptions load;
  load.verify = false;
  load.helpers.use_host_identity = false;
  load.helpers.prandom_seed = 1;
  load.helpers.read_user_memory = [](uint64_t, void*, size_t) { return false; };
  auto obj = UserspaceObject::load(std::move(*spec), std::move(load));
  if (!obj) return {false, "", "load: " + obj.error().to_string()};
  for (size_t i = 0; i < (*obj)->map_count(); ++i) fill_small_keys((*obj)->map_at(i));
  return classify((*obj)->test_run(prog, default_run()));
}

// Cases bpfkit rejects after a million instructions (known_mismatches.txt): rejected, so nothing to run; skipping
// their verification saves about a minute. Once they are accepted they leave the list and run here.
bool known_too_large(const std::map<std::string, std::string>& known, const std::string& id) {
  auto it = known.find(id);
  return it != known.end() && it->second.find("BPF program is too large") != std::string::npos;
}

struct Tally {
  int verified = 0, accepted = 0, ran = 0, refused = 0;
};

// Accepted programs the kernel accepts too that fault here because bpfkit's runtime lacks what they read: not
// verifier bugs. Each must still fault (the list stays exact); fix the runtime and remove the entry.
const std::map<std::string, std::string> kRuntimeGaps = {
    {"map_ptr_deref", "the kernel lets a privileged program read struct bpf_map through a map pointer "
                      "(btf_struct_access on CONST_PTR_TO_MAP); bpfkit's runtime has no struct bpf_map to read"},
    {"real:helpers_net/tc_lookup_release", "bpf_sk_lookup_tcp is tabled and verified but not implemented in "
                                           "userspace: the run stops at the call, naming it"},
};

void check(const std::string& id, const VerifyResult& verdict, const std::function<RunOutcome()>& run, Tally& t) {
  ++t.verified;
  if (!verdict.accepted) return;
  ++t.accepted;
  const RunOutcome o = run();
  t.ran += o.ran;
  t.refused += !o.refused.empty();
  if (auto gap = kRuntimeGaps.find(id); gap != kRuntimeGaps.end()) {
    EXPECT_FALSE(o.fault.empty()) << id << " now runs clean: remove it from kRuntimeGaps (" << gap->second << ")";
    return;
  }
  EXPECT_TRUE(o.fault.empty()) << id << ": accepted by the verifier, but failed at run time: " << o.fault;
}

TEST(VerifierSoundness, CorpusCasesAcceptedRunClean) {
  auto cases = vc::load_cases();
  ASSERT_TRUE(cases) << cases.error().to_string();
  const auto known = vc::known_mismatches();
  Tally t;
  for (const vc::Case& c : *cases) {
    if (known_too_large(known, c.name)) continue;
    auto input = vc::bpfkit_input(c);
    ASSERT_TRUE(input) << c.name << ": " << input.error().to_string();
    const VerifyResult verdict = verify(input->input, vc::bpfkit_options(c));
    check(c.name, verdict, [&] {
      if (c.is_asm) return run_asm_case(c, input->input.insns);
      return run_object_program(c.object, c.prog);
    }, t);
  }
  std::printf("%d corpus cases verified, %d accepted: %d ran, %d refused by test-run for their input\n", t.verified,
              t.accepted, t.ran, t.refused);
  EXPECT_GT(t.ran, 50);
}

TEST(VerifierSoundness, TestObjectProgramsAcceptedRunClean) {
  namespace fs = std::filesystem;
  const auto known = vc::known_mismatches();
  Tally t;
  for (const char* dir : {"/tests/bpf", "/tests/bpf/corpus"}) {
    std::vector<fs::path> sources;
    for (const auto& e : fs::directory_iterator(std::string(BPFKIT_SOURCE_DIR) + dir))
      if (e.path().filename().string().ends_with(".bpf.c")) sources.push_back(e.path());
    std::sort(sources.begin(), sources.end());
    for (const fs::path& src : sources) {
      const std::string f = src.filename().string(), stem = f.substr(0, f.size() - 6);
      const std::string object = std::string(BPFKIT_BINARY_DIR) + "/bpf/" + stem + ".o";
      auto spec = ObjectSpec::open(object);
      ASSERT_TRUE(spec) << spec.error().to_string();
      for (const ProgramSpec& p : spec->programs()) {
        const std::string id = "real:" + stem + "/" + p.name;
        if (!p.autoload || known_too_large(known, id)) continue;
        auto linked = link_program(*spec, p);
        if (!linked) continue;  // a link error is the loader's refusal, not a verdict
        // A .kconfig extern the host cannot answer fails the load (the run below); verify without it then.
        auto kconfig = kconfig_map_value(*spec, LoadOptions{});
        const std::vector<uint8_t> no_kconfig;
        const VerifyResult verdict =
            verify(VerifierInput::from_linked(*spec, *linked, kconfig ? *kconfig : no_kconfig));
        check(id, verdict, [&] { return run_object_program(object, p.name); }, t);
      }
    }
  }
  std::printf("%d test object programs verified, %d accepted: %d ran, %d refused by test-run for their input\n",
              t.verified, t.accepted, t.ran, t.refused);
  EXPECT_GT(t.ran, 50);
}

}  // namespace
}  // namespace bpfkit::vgen
