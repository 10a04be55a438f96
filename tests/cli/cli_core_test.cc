// CO-RE from the command line: --btf on run, dis and prog list, the poisoned instruction in dis, the run-time error
// when a poisoned instruction is reached (exit 1), and a target BTF that cannot be read (exit 2).
#include <algorithm>

#include "support/cli_fixture.h"

namespace bpfkit::testing {
namespace {

const std::string kTarget = BPFKIT_BINARY_DIR "/bpf/core_target.o";
const std::string kTypes = BPFKIT_BINARY_DIR "/bpf/core_types.o";
const std::string kPoison = BPFKIT_BINARY_DIR "/bpf/core_poison.o";

const json* map_ending(const json& maps, const std::string& suffix) {
  for (auto it = maps.begin(); it != maps.end(); ++it)
    if (it.key().size() >= suffix.size() && it.key().compare(it.key().size() - suffix.size(), suffix.size(), suffix) == 0)
      return &it.value();
  return nullptr;
}

TEST_F(CliTest, RunWithBtfAppliesCoreRelocations) {
  json j = bpfkit_json({"run", kTypes, "--btf", kTarget});
  EXPECT_EQ(j["retval"], 0);
  const json* bss = map_ending(j["maps"], ".bss");
  ASSERT_NE(bss, nullptr) << j["maps"].dump();
  ASSERT_EQ(bss->size(), 1u);
  // alpha = 10, gamma = 30 (the target's enumerator values, not the local 1 and 3), big = -5.
  const std::string value = (*bss)[0]["value"];
  EXPECT_EQ(value.substr(0, 48), "0a000000000000001e00000000000000fbffffffffffffff") << value;
}

TEST_F(CliTest, DisShowsPoisonedInstructions) {
  Result r = bpfkit({"dis", kTypes, "--btf", kTarget});
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_NE(r.out.find("call unknown#195896080  ; poisoned: CO-RE relocation #"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("enumval_value enum core_kind::CK_BETA (1) cannot be resolved against " + kTarget),
            std::string::npos)
      << r.out;
  json j = bpfkit_json({"dis", kTypes, "--btf", kTarget});
  int poisoned = 0;
  for (const json& insn : j[0]["insns"])
    if (insn.contains("poisoned")) ++poisoned;
  EXPECT_EQ(poisoned, 2);  // both slots of the LD_IMM64
}

// Unverified, the run reaches the poisoned instruction and stops there with the relocation that failed.
TEST_F(CliTest, ReachingAPoisonedInstructionIsARuntimeError) {
  Result r = bpfkit(
      {"run", kPoison, "--btf", kTarget, "--ctx-in", file("ctx", std::string(16, '\1')), "--no-verify"});
  EXPECT_EQ(r.code, 1) << r.out << r.err;
  EXPECT_NE(r.err.find("CO-RE relocation #1: byte_off struct core_task___old.state (0:1) cannot be resolved"),
            std::string::npos)
      << r.err;
  EXPECT_NE(r.err.find("return t->state;"), std::string::npos) << r.err;
}

// Verified, the kernel's verifier refuses the reachable poisoned call (`call 0xbad2310`) as an unknown helper; the
// hint says it is a CO-RE relocation that failed.
TEST_F(CliTest, VerifyRefusesAReachablePoisonedInstruction) {
  Result r = bpfkit({"verify", kPoison, "--btf", kTarget});
  EXPECT_EQ(r.code, 1) << r.out << r.err;
  EXPECT_NE(r.out.find("invalid func unknown#195896080"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("return t->state;"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("CO-RE relocation"), std::string::npos) << r.out;
}

TEST_F(CliTest, UnreadableTargetBtfIsBadInput) {
  const std::string junk = file("junk.btf", "not BTF at all");
  for (const std::vector<std::string>& args :
       {std::vector<std::string>{"run", kTypes, "--btf", junk}, std::vector<std::string>{"dis", kTypes, "--btf", junk},
        std::vector<std::string>{"prog", "list", kTypes, "--btf", junk}}) {
    Result r = bpfkit(args);
    EXPECT_EQ(r.code, 2) << args[0] << ": " << r.out << r.err;
    EXPECT_NE(r.err.find("target BTF '" + junk + "'"), std::string::npos) << r.err;
    EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1) << r.err;
  }
  Result ok = bpfkit({"prog", "list", kTypes, "--btf", kTarget});
  EXPECT_EQ(ok.code, 0) << ok.err;
}

}  // namespace
}  // namespace bpfkit::testing
