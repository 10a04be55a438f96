// `bpfkit diff` and `bpfkit run --backend kernel`: no differences on the whole corpus (each program's first run of
// its case, inputs written to files), a difference found where there is one, bad input refused. Needs bpf().
#include <set>

#include <fmt/format.h>

#include "bpfkit/kernel_sys.h"
#include "bpfkit/verifier.h"
#include "support/cli_fixture.h"
#include "support/corpus_case.h"

namespace bpfkit::testing {
namespace {

using corpus::Case;
using corpus::Step;

#define SKIP_WITHOUT_BPF()                                                            \
  do {                                                                                \
    if (auto why = kernel::bpf_unavailable()) GTEST_SKIP() << "kernel side: " << *why; \
  } while (0)

class CliDiff : public CliTest {};

std::string bytes_of(const std::vector<uint8_t>& b) { return std::string(b.begin(), b.end()); }

// Every program of every corpus case, with the inputs of its first run step: userspace and kernel agree.
TEST_F(CliDiff, NoDifferencesOnTheCorpus) {
  SKIP_WITHOUT_BPF();
  size_t compared = 0;
  std::vector<std::string> failures;
  for (const std::string& name : corpus::case_names()) {
    auto c = corpus::load_case(corpus::case_path(name), corpus::object_path(name));
    ASSERT_TRUE(c) << name;
    std::set<std::string> seen;
    for (const Step& s : c->steps) {
      if (s.kind != Step::Kind::Run || !seen.insert(s.prog).second) continue;
      const corpus::RunVars vars = corpus::RunVars::sample();
      std::vector<std::string> args = {"diff", c->object_path, "--prog", s.prog};
      if (s.data) {
        auto d = s.data->build(vars);
        ASSERT_TRUE(d);
        args.push_back("--data-in");
        args.push_back(file(name + "." + s.prog + ".data", bytes_of(*d)));
      }
      if (s.ctx) {
        auto d = s.ctx->build(vars);
        ASSERT_TRUE(d);
        args.push_back("--ctx-in");
        args.push_back(file(name + "." + s.prog + ".ctx", bytes_of(*d)));
      }
      if (s.repeat > 1) {
        args.push_back("--repeat");
        args.push_back(std::to_string(s.repeat));
      }
      Result r = bpfkit(args);
      ++compared;
      // A kernel refusing the program for a feature it lacks is not a difference of bpfkit's making.
      // diff reports it as a difference (exit 1: the kernel refuses what userspace runs).
      if (r.code == 1 && r.out.find("kernel refuses it at load") != std::string::npos &&
          r.out.find("cannot use helper") != std::string::npos) {
        std::cout << "[ skipped  ] " << name << "/" << s.prog << ": " << r.out;
        continue;
      }
      if (r.code != 0) failures.push_back(fmt::format("{}/{} (exit {}):\n{}{}", name, s.prog, r.code, r.out, r.err));
    }
  }
  EXPECT_GE(compared, 40u);
  for (const std::string& f : failures) ADD_FAILURE() << f;
}

TEST_F(CliDiff, FindsADifference) {
  SKIP_WITHOUT_BPF();
  const std::string obj = BPFKIT_BINARY_DIR "/bpf/kb_diff.o";
  const std::string pkt = file("pkt", std::string(64, '\0'));
  json j = bpfkit_json({"diff", obj, "--data-in", pkt}, 1);
  EXPECT_EQ(j["equal"], false);
  ASSERT_EQ(j["differences"].size(), 1u) << j.dump();
  EXPECT_NE(j["differences"][0].get<std::string>().find("map draws key 00000000: userspace"), std::string::npos)
      << j.dump();
  Result text = bpfkit({"diff", obj, "--data-in", pkt});
  EXPECT_EQ(text.code, 1);
  EXPECT_NE(text.out.find("1 difference between userspace and kernel"), std::string::npos) << text.out;
}

// One side refusing what the other loads is a difference (exit 1), whichever side it is; both refusing is the
// rejection itself (exit 1, the error); bad input stays exit 2.
TEST_F(CliDiff, OneSideRefusingIsADifference) {
  SKIP_WITHOUT_BPF();
  const std::string pkt = file("pkt", std::string(64, '\0'));
  // Userspace cannot model a user ring buffer; the kernel loads and runs the program.
  const std::string unmodelled = BPFKIT_BINARY_DIR "/bpf/obj_unmodelled.o";
  json j = bpfkit_json({"diff", unmodelled, "--prog", "uses_user_ringbuf", "--data-in", pkt}, 1);
  EXPECT_EQ(j["equal"], false);
  ASSERT_EQ(j["differences"].size(), 1u) << j.dump();
  EXPECT_EQ(j["userspace"]["stage"], "load") << j.dump();
  EXPECT_NE(j["userspace"]["error"].get<std::string>().find("user_ringbuf is not supported"), std::string::npos);
  EXPECT_EQ(j["kernel"]["retval"], 2) << j.dump();  // XDP_PASS
  Result text = bpfkit({"diff", unmodelled, "--prog", "uses_user_ringbuf", "--data-in", pkt});
  EXPECT_EQ(text.code, 1) << text.err;
  EXPECT_NE(text.out.find("userspace refuses it at load"), std::string::npos) << text.out;
  EXPECT_NE(text.out.find("kernel runs it"), std::string::npos) << text.out;

  // The kernel's verifier refuses a NULL dereference that userspace (without --verify) loads and faults on.
  const std::string bad = BPFKIT_BINARY_DIR "/bpf/kb_bad.o";
  j = bpfkit_json({"diff", bad, "--prog", "xdp_null_deref", "--data-in", pkt}, 1);
  EXPECT_EQ(j["kernel"]["stage"], "load") << j.dump();
  EXPECT_NE(j["kernel"]["error"].get<std::string>().find("R0 invalid mem access 'map_value_or_null'"),
            std::string::npos);
  EXPECT_EQ(j["userspace"]["stage"], "run") << j.dump();
  // With --verify both sides refuse it: no difference to show, the rejection is the answer.
  Result both = bpfkit({"diff", bad, "--prog", "xdp_null_deref", "--data-in", pkt, "--verify"});
  EXPECT_EQ(both.code, 1);
  EXPECT_TRUE(both.out.empty()) << both.out;
  EXPECT_NE(both.err.find("R0 invalid mem access 'map_value_or_null'"), std::string::npos) << both.err;
  // A program both sides load and agree on.
  Result same = bpfkit({"diff", unmodelled, "--prog", "counts", "--data-in", pkt});
  EXPECT_EQ(same.code, 0) << same.out << same.err;
  // Bad input is still exit 2: a map preload naming no map.
  Result preload = bpfkit({"diff", unmodelled, "--prog", "counts", "--data-in", pkt, "--map", "nope:0=1"});
  EXPECT_EQ(preload.code, 2) << preload.out << preload.err;
}

// Ring buffer and perf event array records a program writes during BPF_PROG_TEST_RUN: read back by the kernel
// backend, printed as the userspace run prints them, and compared by diff.
TEST_F(CliDiff, EventsDuringTestRun) {
  SKIP_WITHOUT_BPF();
  const std::string obj = BPFKIT_BINARY_DIR "/bpf/kb_events.o";
  std::string pkt_bytes(64, '\0');
  for (size_t i = 0; i < 8; ++i) pkt_bytes[i] = char(0xa0 + i);
  const std::string pkt = file("pkt", pkt_bytes);
  json k = bpfkit_json({"run", obj, "--prog", "ev_xdp", "--data-in", pkt, "--backend", "kernel"});
  ASSERT_EQ(k["events"].size(), 3u) << k.dump();
  // struct event {u32 len; u32 tag; u8 head[8]}: 64, tag, the packet's first bytes.
  EXPECT_EQ(k["events"][0]["map"], "rb");
  EXPECT_EQ(k["events"][0]["type"], "ringbuf");
  EXPECT_EQ(k["events"][0]["data"], "4000000001000000a0a1a2a3a4a5a6a7");
  EXPECT_EQ(k["events"][1]["data"], "68656c6c6f");  // "hello", the reserved record, its own length
  EXPECT_EQ(k["events"][2]["map"], "perf");
  EXPECT_EQ(k["events"][2]["type"], "perf_event");
  // A perf reader gets the raw sample padded so that its u32 size and data end 8-byte aligned: 16 + 4 bytes.
  EXPECT_EQ(k["events"][2]["data"], "4000000002000000a0a1a2a3a4a5a6a700000000");
  EXPECT_TRUE(k["events"][2].contains("index"));
  json u = bpfkit_json({"run", obj, "--prog", "ev_xdp", "--data-in", pkt});
  ASSERT_EQ(u["events"].size(), 3u) << u.dump();
  for (size_t i = 0; i < 3; ++i) {
    EXPECT_EQ(u["events"][i]["map"], k["events"][i]["map"]) << i;
    EXPECT_EQ(u["events"][i]["type"], k["events"][i]["type"]) << i;
    EXPECT_EQ(u["events"][i]["data"], k["events"][i]["data"]) << i;  // the index is the CPU each run was on
  }
  // diff runs both on one CPU: everything, the perf index too, agrees.
  for (const char* prog : {"ev_xdp", "ev_tc"}) {
    json d = bpfkit_json({"diff", obj, "--prog", prog, "--data-in", pkt});
    EXPECT_EQ(d["equal"], true) << d.dump();
    EXPECT_EQ(d["userspace"]["events"], d["kernel"]["events"]) << d.dump();
    EXPECT_EQ(d["kernel"]["events"].size(), 2u + (std::string(prog) == "ev_xdp")) << d.dump();
  }
  Result text = bpfkit({"diff", obj, "--prog", "ev_xdp", "--data-in", pkt});
  EXPECT_EQ(text.code, 0) << text.out << text.err;
  EXPECT_NE(text.out.find("3 events compared"), std::string::npos) << text.out;
  Result human = bpfkit({"run", obj, "--prog", "ev_tc", "--data-in", pkt, "--backend", "kernel"});
  EXPECT_EQ(human.code, 0) << human.err;
  EXPECT_NE(human.out.find("event perf (perf_event index "), std::string::npos) << human.out;
  EXPECT_NE(human.out.find("event rb (ringbuf): 40 00 00 00 04 00 00 00 a0"), std::string::npos) << human.out;
}

TEST_F(CliDiff, RunBackendKernelSameJsonAsUserspace) {
  SKIP_WITHOUT_BPF();
  const std::string obj = corpus::object_path("xdp_counters");
  const std::string pkt = file("pkt", std::string("\xff\xff\xff\xff\xff\xff\0\0\0\0\0\1\x08\x06", 14) +
                                          std::string(28, '\0'));
  json u = bpfkit_json({"run", obj, "--data-in", pkt});
  json k = bpfkit_json({"run", obj, "--data-in", pkt, "--backend", "kernel"});
  EXPECT_EQ(k["backend"], "kernel");
  for (const char* field : {"prog", "retval", "data_out", "ctx_out", "maps", "events"})
    EXPECT_EQ(u[field], k[field]) << field;
}

TEST_F(CliDiff, BadInput) {
  SKIP_WITHOUT_BPF();
  Result missing = bpfkit({"diff", "/nonexistent.o"});
  EXPECT_EQ(missing.code, 2);
  Result prog = bpfkit({"diff", corpus::object_path("xdp_counters"), "--prog", "nope"});
  EXPECT_EQ(prog.code, 2);
  EXPECT_NE(prog.err.find("nope"), std::string::npos) << prog.err;
  // A verifier rejection in the kernel backend: exit 1, one line naming the program and the kernel's message.
  Result rejected = bpfkit({"run", BPFKIT_BINARY_DIR "/bpf/kb_bad.o", "--prog", "xdp_null_deref", "--backend",
                            "kernel"});
  EXPECT_EQ(rejected.code, 1) << rejected.err;
  EXPECT_NE(rejected.err.find("xdp_null_deref"), std::string::npos) << rejected.err;
  EXPECT_NE(rejected.err.find("R0 invalid mem access 'map_value_or_null'"), std::string::npos) << rejected.err;
  EXPECT_EQ(std::count(rejected.err.begin(), rejected.err.end(), '\n'), 1) << rejected.err;
  Result userspace_only = bpfkit({"run", corpus::object_path("xdp_counters"), "--backend", "kernel", "--task", "x"});
  EXPECT_EQ(userspace_only.code, 2);
  EXPECT_NE(userspace_only.err.find("--task"), std::string::npos) << userspace_only.err;
}

// feature probe --json is a profile file load_profile reads, plus the probes a profile has no field for.
TEST_F(CliDiff, FeatureProbeJsonIsAProfile) {
  SKIP_WITHOUT_BPF();
  Result r = bpfkit({"feature", "probe", "--json", "--set", "fentry=no", "--set", "helper.xdp.bpf_map_lookup_elem=no"});
  ASSERT_EQ(r.code, 0) << r.err;
  json j = json::parse(r.out);
  EXPECT_EQ(j["features"]["fentry"]["available"], false);
  EXPECT_EQ(j["features"]["fentry"]["probe"], "override");
  EXPECT_TRUE(j["features"].contains("syscall_prefix"));
  const std::string path = file("profile.json", r.out);
  auto p = load_profile(path);
  ASSERT_TRUE(p) << p.error().to_string();
  EXPECT_TRUE(p->prog_types.contains(ProgType::Xdp));
  EXPECT_FALSE(p->has_helper(ProgType::Xdp, 1));
  EXPECT_TRUE(p->has_helper(ProgType::Xdp, 2));

  Result text = bpfkit({"feature", "probe", "--no-helpers"});
  ASSERT_EQ(text.code, 0) << text.err;
  EXPECT_NE(text.out.find("syscall prefix:"), std::string::npos) << text.out;
  Result bad = bpfkit({"feature", "probe", "--set", "fentry=perhaps"});
  EXPECT_EQ(bad.code, 2);
  EXPECT_NE(bad.err.find("fentry=perhaps"), std::string::npos) << bad.err;
}

}  // namespace
}  // namespace bpfkit::testing
