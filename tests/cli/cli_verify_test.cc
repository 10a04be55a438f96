// bpfkit verify end to end: verdicts, exit codes, the kernel's message with instruction, source line and hint,
// --json, profiles and kernel versions, assembly programs, and bad input.
#include <gtest/gtest.h>

#include <string>

#include "support/cli_fixture.h"

namespace {

using namespace bpfkit::testing;
using nlohmann::json;

const std::string kLookupNull = BPFKIT_BINARY_DIR "/bpf/lookup_null.o";
const std::string kFirewall = BPFKIT_BINARY_DIR "/bpf/firewall.o";

const json* program(const json& doc, const std::string& name) {
  for (const json& p : doc["programs"])
    if (p["name"] == name) return &p;
  return nullptr;
}

// examples/lookup_null.bpf.c: the kernel (6.18) refuses count_unchecked at insn 7 with this message after 7
// processed instructions (bpftool prog loadall), and accepts count_checked.
TEST_F(CliTest, VerifyShowsMessageSourceLineAndHint) {
  Result r = bpfkit({"verify", kLookupNull});
  EXPECT_EQ(r.code, 1) << r.err;
  EXPECT_NE(r.out.find("count_unchecked  rejected  processed 7 insns"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("insn 7: R0 invalid mem access 'map_value_or_null'"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("lookup_null.bpf.c:19: *count += 1;"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("hint: "), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("null-check the result of bpf_map_lookup_elem"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("count_checked    accepted"), std::string::npos) << r.out;
}

TEST_F(CliTest, VerifyJsonHasOneEntryPerProgram) {
  json j = bpfkit_json({"verify", kLookupNull}, 1);
  ASSERT_TRUE(j.contains("programs")) << j.dump();
  ASSERT_EQ(j["programs"].size(), 2u);
  const json* bad = program(j, "count_unchecked");
  const json* good = program(j, "count_checked");
  ASSERT_TRUE(bad && good);
  EXPECT_EQ((*bad)["accepted"], false);
  EXPECT_EQ((*bad)["error"], "R0 invalid mem access 'map_value_or_null'");
  EXPECT_EQ((*bad)["insn"], 7);
  EXPECT_NE((*bad)["source"].get<std::string>().find("lookup_null.bpf.c:19:"), std::string::npos);
  EXPECT_FALSE((*bad)["explanation"].get<std::string>().empty());
  EXPECT_EQ((*bad)["processed_insns"], 7);
  EXPECT_EQ((*good)["accepted"], true);
  EXPECT_TRUE((*good)["error"].is_null());
  EXPECT_GT((*good)["processed_insns"].get<int>(), 0);
}

TEST_F(CliTest, VerifyExitsZeroWhenAllAreAccepted) {
  Result r = bpfkit({"verify", kLookupNull, "--prog", "count_checked"});
  EXPECT_EQ(r.code, 0) << r.out << r.err;
  EXPECT_EQ(r.out.find("count_unchecked"), std::string::npos);
  json j = bpfkit_json({"verify", kFirewall});
  ASSERT_EQ(j["programs"].size(), 1u);
  EXPECT_EQ(j["programs"][0]["accepted"], true) << j.dump();
}

TEST_F(CliTest, VerifyLogLevelPrintsTheLog) {
  Result r = bpfkit({"verify", kLookupNull, "--prog", "count_unchecked", "--log-level", "2"});
  EXPECT_EQ(r.code, 1);
  EXPECT_NE(r.out.find("R0 invalid mem access 'map_value_or_null'"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("7: (79) r1 = *(u64 *)(r0 +0)"), std::string::npos) << r.out;
  json j = bpfkit_json({"verify", kLookupNull, "--prog", "count_unchecked", "--log-level", "1"}, 1);
  EXPECT_FALSE(j["programs"][0]["log"].get<std::string>().empty());
}

// A helper by first kernel: bpf_ringbuf_output appeared in 5.8, so a 5.4 profile refuses it where 6.18 accepts it.
TEST_F(CliTest, VerifyFollowsTheKernelVersionAndProfile) {
  const std::string prog = file("rb.s",
                                "r1 = 0\n"
                                "*(u64 *)(r10 - 8) = r1\n"
                                "r0 = 0\n"
                                "call 5\n"  // bpf_ktime_get_ns, there since 4.1
                                "r0 = 2\n"
                                "exit\n");
  EXPECT_EQ(bpfkit({"verify", prog, "--type", "xdp", "--kernel", "5.4"}).code, 0);
  const std::string loop = file("loop.s",
                                "r1 = 0\n"
                                "r2 = 0\n"
                                "r3 = 0\n"
                                "r4 = 0\n"
                                "call 181\n"  // bpf_loop, 5.17
                                "r0 = 2\n"
                                "exit\n");
  Result old = bpfkit({"verify", loop, "--type", "xdp", "--kernel", "5.10"});
  EXPECT_EQ(old.code, 1) << old.out << old.err;
  EXPECT_NE(old.out.find("bpf_loop#181"), std::string::npos) << old.out;

  // A probed profile that leaves bpf_ktime_get_ns out of XDP refuses it, whatever the version says.
  const std::string profile = file("p.json", R"({"kernel": {"version": "6.18.44"}, "helpers": {"xdp": [1, 2, 3]}})");
  Result probed = bpfkit({"verify", prog, "--type", "xdp", "--profile", profile});
  EXPECT_EQ(probed.code, 1) << probed.out << probed.err;
  EXPECT_NE(probed.out.find("program of this type cannot use helper bpf_ktime_get_ns#5"), std::string::npos)
      << probed.out;
}

TEST_F(CliTest, VerifyBadInputExitsTwo) {
  EXPECT_EQ(bpfkit({"verify", "/nonexistent.o"}).code, 2);
  EXPECT_EQ(bpfkit({"verify", kLookupNull, "--prog", "nope"}).code, 2);
  EXPECT_EQ(bpfkit({"verify", kLookupNull, "--kernel", "banana"}).code, 2);
  EXPECT_EQ(bpfkit({"verify", kLookupNull, "--log-level", "3"}).code, 2);
  EXPECT_EQ(bpfkit({"verify", kLookupNull, "--profile", file("bad.json", "{")}).code, 2);
  const std::string prog = file("p.s", "r0 = 0\nexit\n");
  EXPECT_EQ(bpfkit({"verify", prog}).code, 2);  // no --type
  EXPECT_EQ(bpfkit({"verify", prog, "--type", "nonsense"}).code, 2);
  EXPECT_EQ(bpfkit({"verify", file("bad.s", "r0 = \n")}).code, 2);
  Result r = bpfkit({"verify", kLookupNull, "--kernel", "banana"});
  EXPECT_NE(r.err.find("--kernel"), std::string::npos) << r.err;
}

TEST_F(CliTest, VerifyAssemblyProgram) {
  EXPECT_EQ(bpfkit({"verify", file("ok.s", "r0 = 2\nexit\n"), "--type", "xdp"}).code, 0);
  Result r = bpfkit({"verify", file("uninit.s", "exit\n"), "--type", "xdp"});
  EXPECT_EQ(r.code, 1);
  EXPECT_NE(r.out.find("R0 !read_ok"), std::string::npos) << r.out;
}

}  // namespace

namespace {

using namespace bpfkit::testing;

// bpfkit run verifies first (the default; --verify is accepted): a program the kernel would refuse does not run
// (exit 1 with the kernel's message, source line and hint); with --no-verify it runs, and the runtime's memory checks
// catch the NULL dereference.
TEST_F(CliTest, RunVerifiesFirst) {
  const std::string pkt = file("pkt.bin", std::string(64, '\0'));
  Result r = bpfkit({"run", kLookupNull, "--prog", "count_unchecked", "--data-in", pkt, "--verify"});
  EXPECT_EQ(r.code, 1) << r.out << r.err;
  EXPECT_NE(r.err.find("count_unchecked: insn 7: R0 invalid mem access 'map_value_or_null'"), std::string::npos)
      << r.err;
  EXPECT_NE(r.err.find("lookup_null.bpf.c:19:"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("hint: "), std::string::npos) << r.err;
  EXPECT_EQ(r.out.find("retval"), std::string::npos) << r.out;

  json j = bpfkit_json({"run", kLookupNull, "--prog", "count_unchecked", "--data-in", pkt, "--verify"}, 1);
  EXPECT_EQ(j["verifier"]["insn"], 7) << j.dump();

  Result unverified = bpfkit({"run", kLookupNull, "--prog", "count_unchecked", "--data-in", pkt, "--no-verify"});
  EXPECT_EQ(unverified.code, 1) << unverified.out << unverified.err;
  EXPECT_EQ(unverified.err.find("map_value_or_null"), std::string::npos) << unverified.err;  // a runtime fault

  // Verifying is the default (issue 9): the same refusal without --verify.
  Result by_default = bpfkit({"run", kLookupNull, "--prog", "count_unchecked", "--data-in", pkt});
  EXPECT_EQ(by_default.code, 1) << by_default.err;
  EXPECT_EQ(by_default.err, r.err);

  Result checked = bpfkit({"run", kLookupNull, "--prog", "count_checked", "--data-in", pkt, "--verify"});
  EXPECT_EQ(checked.code, 0) << checked.err;
}

// tests/bpf/spinlock_misuse.bpf.c: the verdicts and last log lines of the running 6.18 kernel (libbpf, one program
// at a time). The runtime's own check says "alloc_ptr_" for lock_stack; the kernel says "ptr_".
TEST_F(CliTest, VerifySpinLockMisuseAsTheKernel) {
  const std::string obj = BPFKIT_BINARY_DIR "/bpf/spinlock_misuse.o";
  json j = bpfkit_json({"verify", obj}, 1);
  const std::pair<const char*, const char*> kernel[] = {
      {"lock_twice", "function calls are not allowed while holding a lock"},
      {"lock_stack", "R1 type=fp expected=map_value, ptr_"},
      {"exit_locked", "BPF_EXIT instruction in main prog cannot be used inside bpf_spin_lock-ed region"},
      {"unlock_unlocked", "bpf_spin_unlock without taking a lock"},
      {"call_locked", "function calls are not allowed while holding a lock"},
  };
  for (const auto& [name, message] : kernel) {
    const json* p = program(j, name);
    ASSERT_NE(p, nullptr) << name;
    EXPECT_EQ((*p)["accepted"], false) << name;
    EXPECT_EQ((*p)["error"], message) << name;
  }
  ASSERT_NE(program(j, "lock_ok"), nullptr);
  EXPECT_EQ((*program(j, "lock_ok"))["accepted"], true);
}

// Raw mode with a program type is verified as that type; plain raw mode (no type, no kernel counterpart) is not.
TEST_F(CliTest, RawRunVerifiesOnlyWithAType) {
  const std::string prog = file("uninit.s", "exit\n");  // R0 never set: "R0 !read_ok" in the kernel
  Result typed = bpfkit({"run", "--asm", prog, "--type", "xdp", "--mem", std::string(28, '0'), "--verify"});
  EXPECT_EQ(typed.code, 1) << typed.out << typed.err;
  EXPECT_NE(typed.err.find("R0 !read_ok"), std::string::npos) << typed.err;
  Result skipped = bpfkit({"run", "--asm", prog, "--type", "xdp", "--mem", std::string(28, '0'), "--no-verify"});
  EXPECT_EQ(skipped.err.find("R0 !read_ok"), std::string::npos) << skipped.err;
  EXPECT_EQ(bpfkit({"run", "--asm", prog, "--mem", "00", "--verify"}).code, 0);
}

}  // namespace
