// bpfkit run OBJ for tracing programs: the README's execsnoop example end to end (a tracepoint record, a task and
// user memory in; a ring buffer event out), the other tracing options, and the inputs refused with exit 2.
#include <gtest/gtest.h>

#include <cstring>
#include <string>

#include <fmt/format.h>

#include "support/cli_fixture.h"

namespace {

using namespace bpfkit::testing;
using nlohmann::json;

const std::string kExecsnoop = BPFKIT_BINARY_DIR "/bpf/execsnoop.o";
const std::string kExamples = BPFKIT_SOURCE_DIR "/examples/execsnoop/";
const std::string kProgs = BPFKIT_BINARY_DIR "/bpf/trace_progs.o";
const std::string kTargetBtf = BPFKIT_BINARY_DIR "/bpf/trace_target_btf.o";

std::string hex(const void* p, size_t n) {
  std::string s;
  for (size_t i = 0; i < n; ++i) s += fmt::format("{:02x}", static_cast<const uint8_t*>(p)[i]);
  return s;
}

std::vector<std::string> execsnoop_args() {
  return {"run", kExecsnoop, "--tp-format", kExamples + "sys_enter_execve.format", "--ctx-json", kExamples + "ctx.json",
          "--task", kExamples + "task.json", "--umem", kExamples + "umem.json", "--btf", kExecsnoop};
}

TEST_F(CliTest, ExecsnoopEventFromRecordTaskAndUserMemory) {
  json j = bpfkit_json(execsnoop_args());
  ASSERT_TRUE(j.contains("events")) << j.dump();
  ASSERT_EQ(j["events"].size(), 1u) << j.dump();
  const json& e = j["events"][0];
  EXPECT_EQ(e["map"], "events");
  EXPECT_EQ(e["type"], "ringbuf");
  // struct event {pid, ppid, uid, comm[16], filename[64]} as the example's files give them.
  struct {
    uint32_t pid = 4242, ppid = 4100, uid = 1000;
    char comm[16] = "bash";
    char filename[64] = "/usr/bin/ls";
  } want;
  EXPECT_EQ(e["data"], hex(&want, sizeof(want)));
  EXPECT_EQ(j["retval"], 0);

  Result text = bpfkit(execsnoop_args());
  EXPECT_EQ(text.code, 0) << text.err;
  EXPECT_NE(text.out.find("event events (ringbuf)"), std::string::npos) << text.out;
}

TEST_F(CliTest, ExecsnoopWithoutUserMemoryReadsNothing) {
  // No --umem: the record's pointer is this host process's memory, where 0x7ffd1000 is not mapped: the probe read
  // fails and the file name stays empty, while the rest of the event is there.
  std::vector<std::string> args = execsnoop_args();
  args.erase(args.begin() + 8, args.begin() + 10);
  json j = bpfkit_json(args);
  ASSERT_EQ(j["events"].size(), 1u) << j.dump();
  const std::string data = j["events"][0]["data"];
  EXPECT_EQ(data.substr(0, 8), "92100000");
  EXPECT_EQ(data.substr(2 * 28), std::string(128, '0'));
}

TEST_F(CliTest, TracingContextsFromJson) {
  json kp = bpfkit_json({"run", kProgs, "--prog", "kp_args", "--ctx-json", file("regs.json", R"({"parm1": 2, "parm2": 5})")});
  EXPECT_EQ(kp["retval"], 205);
  json pe = bpfkit_json({"run", kProgs, "--prog", "pe_sample", "--ctx-json",
                         file("pe.json", R"({"regs": {"ip": 7}, "sample_period": 3, "addr": 1})")});
  EXPECT_EQ(pe["retval"], 11);
  // fentry/fexit run with --no-verify: they return their result, and the verifier, as the kernel's, allows an
  // fentry/fexit program to return only 0 (fe_unlink_ok and fx_unlink_ok are the verifiable forms).
  json fx = bpfkit_json({"run", kProgs, "--prog", "fx_unlink", "--btf", kTargetBtf, "--no-verify", "--ctx-json",
                         file("fx.json", R"({"dfd": 1, "ret": 4})")});
  EXPECT_EQ(fx["retval"], 41);
  json task = bpfkit_json({"run", kProgs, "--prog", "kp_task", "--btf", kTargetBtf, "--task",
                           file("task.json", R"({"pid": 10, "uid": 5, "real_parent": {"tgid": 3}})")});
  EXPECT_EQ(task["retval"], 3005);
  json fe = bpfkit_json({"run", kProgs, "--prog", "fe_unlink", "--btf", kTargetBtf, "--no-verify", "--kmem",
                         file("kmem.json", R"([{"name": "f", "type": "struct filename", "value": {"name": "@s"}},
                                               {"name": "s", "string": "xy"}])"),
                         "--ctx-json", file("args.json", R"([2, "@f"])")});
  EXPECT_EQ(fe["retval"], 2000 + 'x' + 'y');
}

TEST_F(CliTest, TracingInputsRefusedWithExit2) {
  auto refused = [&](std::vector<std::string> args, const std::string& words) {
    Result r = bpfkit(args);
    EXPECT_EQ(r.code, 2) << r.out << r.err;
    EXPECT_NE(r.err.find(words), std::string::npos) << r.err;
  };
  refused({"run", kProgs, "--prog", "kp_args", "--ctx-json", file("a.json", R"({"xx": 1})")}, "not a pt_regs register");
  refused({"run", kProgs, "--prog", "kp_args", "--ctx-json", file("b.json", "{")}, "not valid JSON");
  refused({"run", kProgs, "--prog", "kp_task", "--btf", kTargetBtf, "--task", file("c.json", R"({"nosuch": 1})")},
          "nosuch");
  refused({"run", kProgs, "--prog", "kp_task", "--btf", kTargetBtf, "--kmem", file("d.json", R"({"name": 1})")},
          "list of objects");
  refused({"run", kProgs, "--prog", "kp_args", "--umem", file("e.json", R"([{"addr": 1}])")}, "\"string\" or \"hex\"");
  refused({"run", kProgs, "--prog", "kp_task", "--btf", kProgs + ".missing", "--task", file("f.json", "{}")},
          ".missing");
  refused({"run", kProgs, "--prog", "tp_openat", "--tp-format", file("g.format", "nothing"), "--ctx-json",
           file("h.json", "{}")},
          "no fields");
}

}  // namespace
