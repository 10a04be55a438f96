// `bpfkit run` verifies first (issue 9): every program of issue 9's outside-testing list is refused by `bpfkit run`
// with exit 1 and the kernel's last log line, taken from the verifier corpus's recording of the kernel
// (tests/verifier/expected.json), never written here. Object cases run as `run OBJ --prog NAME`, assembly cases as
// `run --asm FILE --type TYPE`. `--no-verify` runs the same program unverified: the runtime's own checks then stop it
// (or it runs to its end), which shows the refusal came from the verifier.
#include <gtest/gtest.h>
#include <algorithm>

#include <optional>
#include <string>
#include <vector>

#include "bpfkit/kernel_sys.h"
#include "support/cli_fixture.h"
#include "support/verifier_corpus.h"

namespace bpfkit::testing {
namespace {

namespace vc = vcorpus;

// Issue 9's list, each with the corpus case that is it.
struct Outside {
  const char* what;
  const char* corpus_case;
};
const Outside kOutside[] = {
    {"a write past a map value (into the padding / next element)", "c_map_index_off_by_one"},
    {"a write to a read-only __sk_buff field", "c_skb_write_len"},
    {"a write to r10", "reg_write_r10"},
    {"512 bytes of stack in each frame", "call_stack_512_each"},
    {"a callee reaching its caller's frame through r10", "call_callee_reads_caller_frame"},
    {"r0 <<= 64 by immediate", "alu_shift_64_imm"},
    {"an infinite loop", "c_loop_forever"},
    {"a double bpf_spin_lock", "c_lock_twice"},
    {"a helper the program type may not call", "helper_not_allowed_xdp_store_bytes"},
    {"a packet read without a bounds check (C)", "c_xdp_ip_unchecked"},
    {"a packet read without a bounds check", "pkt_read_no_check"},
};

class CliRunVerifies : public CliTest {
 protected:
  static void SetUpTestSuite() {
    auto cases = vc::load_cases();
    ASSERT_TRUE(cases) << cases.error().to_string();
    cases_ = new std::vector<vc::Case>(std::move(*cases));
    auto rec = vc::read_recording(vc::recording_path());
    ASSERT_TRUE(rec) << rec.error().to_string();
    recording_ = new vc::Recording(std::move(*rec));
  }
  static void TearDownTestSuite() {
    delete cases_;
    delete recording_;
    cases_ = nullptr;
    recording_ = nullptr;
  }

  static const vc::Case* find_case(const std::string& name) {
    for (const vc::Case& c : *cases_)
      if (c.name == name) return &c;
    return nullptr;
  }

  // The `bpfkit run` arguments for a case.
  std::vector<std::string> run_args(const vc::Case& c) {
    if (!c.is_asm) {
      const fs::path packet = dir_ / "packet.bin";
      spit(packet, std::string(64, '\0'));  // for --no-verify runs
      return {"run", c.object, "--prog", c.prog, "--data-in", packet.string()};
    }
    return {"run", "--asm", std::string(BPFKIT_SOURCE_DIR) + "/tests/verifier/" + c.file, "--type",
            prog_type_name(c.type), "--mem", std::string(128, '0')};  // a 64-byte packet, for --no-verify runs
  }

  // The kernel's line, or for a case known_mismatches.txt lists ('NAME: message: kernel "K" / bpfkit "B" -- ...')
  // bpfkit's line B: what bpfkit prints until the difference is fixed (and the case leaves the list).
  static std::string expected_line(const std::string& name, const std::string& kernel) {
    const auto known = vc::known_mismatches();
    auto it = known.find(name);
    if (it == known.end()) return kernel;
    const std::string marker = "/ bpfkit \"";
    const size_t at = it->second.find(marker);
    if (at == std::string::npos) return kernel;
    const size_t begin = at + marker.size(), end = it->second.find("\" --", begin);
    return it->second.substr(begin, end == std::string::npos ? std::string::npos : end - begin);
  }

  static std::vector<vc::Case>* cases_;
  static vc::Recording* recording_;
};
std::vector<vc::Case>* CliRunVerifies::cases_ = nullptr;
vc::Recording* CliRunVerifies::recording_ = nullptr;

TEST_F(CliRunVerifies, OutsideTestingListIsRefusedWithTheKernelsMessage) {
  for (const Outside& o : kOutside) {
    SCOPED_TRACE(std::string(o.what) + " (" + o.corpus_case + ")");
    const vc::Case* c = find_case(o.corpus_case);
    ASSERT_NE(c, nullptr) << "no corpus case " << o.corpus_case;
    // Assembly cases run in raw mode, which has no maps: the list's cases need none.
    ASSERT_TRUE(!c->is_asm || c->maps.empty()) << o.corpus_case << " declares maps";
    auto rec = recording_->cases.find(o.corpus_case);
    ASSERT_NE(rec, recording_->cases.end()) << o.corpus_case << " has no recorded kernel verdict";
    ASSERT_FALSE(rec->second.accepted) << "the kernel accepts " << o.corpus_case;
    // A case listed in known_mismatches.txt gets bpfkit's listed line (a known difference) until it matches.
    const std::string kernel = expected_line(o.corpus_case, rec->second.error);

    std::vector<std::string> args = run_args(*c);
    Result r = bpfkit(args);
    EXPECT_EQ(r.code, 1) << r.err;
    EXPECT_NE(r.err.find(kernel), std::string::npos) << "kernel: " << kernel << "\nbpfkit: " << r.err;
    EXPECT_TRUE(r.out.empty()) << r.out;

    args.push_back("--json");
    Result j = bpfkit(args);
    EXPECT_EQ(j.code, 1) << j.err;
    const json doc = json::parse(j.out, nullptr, false);
    ASSERT_TRUE(doc.is_object()) << j.out;
    EXPECT_NE(doc.value("error", "").find(kernel), std::string::npos) << j.out;
    ASSERT_TRUE(doc.contains("verifier")) << j.out;
    EXPECT_FALSE(doc["verifier"].value("accepted", true)) << j.out;
    EXPECT_EQ(doc["verifier"].value("error", ""), kernel) << j.out;
    EXPECT_TRUE(doc["verifier"].contains("insn")) << j.out;
    EXPECT_TRUE(doc["verifier"].contains("explanation")) << j.out;
  }
}

// --no-verify skips the verifier: the result, whatever it is, is not the verifier's report.
TEST_F(CliRunVerifies, NoVerifyRunsWithoutTheVerifier) {
  for (const char* name : {"c_map_index_off_by_one", "c_skb_write_len", "reg_write_r10", "alu_shift_64_imm"}) {
    SCOPED_TRACE(name);
    const vc::Case* c = find_case(name);
    ASSERT_NE(c, nullptr);
    std::vector<std::string> args = run_args(*c);
    args.push_back("--no-verify");
    args.push_back("--json");
    Result r = bpfkit(args);
    EXPECT_NE(r.code, 2) << r.err;
    const json doc = json::parse(r.out, nullptr, false);
    if (doc.is_object()) EXPECT_FALSE(doc.contains("verifier")) << r.out;
    EXPECT_EQ(r.err.find("hint:"), std::string::npos) << r.err;
  }
  // --verify is still accepted, and the two exclude each other.
  const vc::Case* c = find_case("reg_write_r10");
  ASSERT_NE(c, nullptr);
  std::vector<std::string> args = run_args(*c);
  args.push_back("--verify");
  EXPECT_EQ(bpfkit(args).code, 1);
  args.push_back("--no-verify");
  EXPECT_EQ(bpfkit(args).code, 2);
}

// A tail call into a program of another type: the kernel refuses to put an XDP program in a prog array that a tc
// program uses (bpf_prog_map_compatible, EINVAL on the update libbpf makes at load), so the object does not load.
TEST_F(CliRunVerifies, TailCallIntoAnotherProgramTypeIsRefused) {
  const std::string obj = BPFKIT_BINARY_DIR "/bpf/tail_mixed_types.o";
  Result r = bpfkit({"run", obj, "--prog", "tc_caller"});
  EXPECT_EQ(r.code, 1) << r.err;
  EXPECT_NE(r.err.find("map 'jumps': failed to initialize slot [0] to prog 'xdp_target': Invalid argument"),
            std::string::npos)
      << r.err;
  // Unverified, the object is still refused: this is the prog array's rule, not the verifier's.
  r = bpfkit({"run", obj, "--prog", "tc_caller", "--no-verify"});
  EXPECT_EQ(r.code, 1) << r.err;
  EXPECT_NE(r.err.find("Invalid argument"), std::string::npos) << r.err;
}

// The same object through the kernel: libbpf-free loading by bpfkit's kernel backend, whose prog array update the
// kernel refuses. Both backends call it a refusal of the object's programs (exit 1, as for a verifier rejection),
// with the same words: `run`, `run --backend kernel`, `load` and `diff` agree. Skips when bpf() is not allowed.
TEST_F(CliRunVerifies, TailCallIntoAnotherProgramTypeKernelRefusesToo) {
  if (auto why = kernel::bpf_unavailable()) GTEST_SKIP() << "needs bpf(): " << *why;
  const std::string obj = BPFKIT_BINARY_DIR "/bpf/tail_mixed_types.o";
  const std::string words =
      "map 'jumps': failed to initialize slot [0] to prog 'xdp_target': Invalid argument (program type xdp, but the "
      "prog array belongs to sched_cls programs)";
  Result user = bpfkit({"run", obj, "--prog", "tc_caller"});
  EXPECT_EQ(user.code, 1) << user.err;
  EXPECT_NE(user.err.find(words), std::string::npos) << user.err;
  for (std::vector<std::string> args : {std::vector<std::string>{"run", obj, "--prog", "tc_caller", "--backend", "kernel"},
                                        std::vector<std::string>{"load", obj},
                                        std::vector<std::string>{"diff", obj, "--prog", "tc_caller"}}) {
    Result r = bpfkit(args);
    EXPECT_EQ(r.code, 1) << args[0] << ": " << r.err;
    EXPECT_NE(r.err.find(words), std::string::npos) << args[0] << ": " << r.err;
    EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1) << args[0] << ": " << r.err;
  }
  // --json carries the same verdict.
  Result j = bpfkit({"load", obj, "--json"});
  EXPECT_EQ(j.code, 1) << j.err << j.out;
}

}  // namespace
}  // namespace bpfkit::testing
