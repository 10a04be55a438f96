// bpfkit run in raw mode with helpers: the base helpers without --type, a program type's helpers and context with
// --type, the verifier's refusal (exit 1) for a helper the type lacks, and bad --type values (exit 2, one line).
#include <string>

#include "support/cli_fixture.h"

namespace bpfkit::testing {
namespace {

std::string zeros(size_t n) {
  std::string s;
  for (size_t i = 0; i < n; ++i) s += i ? " 00" : "00";
  return s;
}

size_t lines(const std::string& text) {
  size_t n = 0;
  for (char c : text) n += c == '\n';
  return n;
}

TEST_F(CliTest, RawModeCallsContextFreeHelpers) {
  // bpf_get_prandom_u32 twice: two draws of a 32-bit generator; the program returns 1 if they differ.
  const std::string prandom = file("prandom.s",
                                   "call 7\nr6 = r0\ncall 7\nr0 -= r6\nif r0 == 0 goto same\nr0 = 1\nexit\n"
                                   "same:\nr0 = 0\nexit\n");
  json j = bpfkit_json({"run", "--asm", prandom, "--repeat", "4"});
  EXPECT_EQ(j["retval"], 1);
  // bpf_ktime_get_ns never goes back and is not zero; the helper's value reaches R0.
  const std::string ktime = file("ktime.s",
                                 "call 5\nr6 = r0\ncall 5\nif r6 == 0 goto bad\nif r0 < r6 goto bad\nr0 = 7\nexit\n"
                                 "bad:\nr0 = 0\nexit\n");
  EXPECT_EQ(bpfkit_json({"run", "--asm", ktime})["retval"], 7);
  // bpf_conformance's call_unwind_fail in its helper form: call 5 (ktime_get_ns on Linux), then r0 = 2.
  EXPECT_EQ(bpfkit_json({"run", "--asm", file("unwind.s", "r1 = -1\ncall 5\nr0 = 2\nexit\n")})["retval"], 2);
}

TEST_F(CliTest, RawModeRefusesContextHelpers) {
  // bpf_xdp_get_buff_len needs an XDP context: without --type the verifier's refusal, exit 1.
  const std::string buff_len = file("len.s", "call 188\nexit\n");
  Result r = bpfkit({"run", "--asm", buff_len, "--mem", "01 02"});
  EXPECT_EQ(r.code, 1) << r.err;
  EXPECT_NE(r.err.find("len.s: insn 0: program of this type cannot use helper bpf_xdp_get_buff_len#188"),
            std::string::npos)
      << r.err;
  EXPECT_EQ(lines(r.err), 1u);
  EXPECT_TRUE(r.out.empty());
  // A packet helper of another type stays refused under --type.
  r = bpfkit({"run", "--asm", file("store.s", "call 9\nexit\n"), "--type", "xdp", "--mem", zeros(64)});
  EXPECT_EQ(r.code, 1) << r.err;
  EXPECT_NE(r.err.find("cannot use helper bpf_skb_store_bytes#9"), std::string::npos) << r.err;
}

TEST_F(CliTest, RunTypeXdpGivesTheXdpContext) {
  // R1 is the xdp_md; bpf_xdp_get_buff_len returns the packet length, which --mem sets.
  const std::string buff_len = file("len.s", "call 188\nexit\n");
  EXPECT_EQ(bpfkit_json({"run", "--asm", buff_len, "--type", "xdp", "--mem", zeros(64)})["retval"], 64);
  EXPECT_EQ(bpfkit_json({"run", "--asm", buff_len, "--type", "xdp", "--mem", zeros(100)})["retval"], 100);
  // xdp_md.data_end - xdp_md.data is the packet too.
  const std::string span = file("span.s",
                                "r2 = *(u32 *)(r1 + 0)\nr0 = *(u32 *)(r1 + 4)\nr0 -= r2\nexit\n");
  EXPECT_EQ(bpfkit_json({"run", "--asm", span, "--type", "xdp", "--mem", zeros(80)})["retval"], 80);
  // Text output names the same result.
  Result r = bpfkit({"run", "--asm", buff_len, "--type", "xdp", "--mem", zeros(64)});
  EXPECT_EQ(r.code, 0) << r.err;
  EXPECT_NE(r.out.find("retval:   0x40 (64)"), std::string::npos) << r.out;
}

TEST_F(CliTest, RunTypeBadValues) {
  const std::string ok = file("ok.s", "r0 = 0\nexit\n");
  for (const char* bad : {"bogus", "XDP", "unspec", ""}) {
    Result r = bpfkit({"run", "--asm", ok, "--type", bad});
    EXPECT_EQ(r.code, 2) << bad << ": " << r.err;
    EXPECT_EQ(lines(r.err), 1u) << r.err;
    EXPECT_TRUE(r.out.empty());
  }
  // A type the kernel cannot test-run, and an XDP packet shorter than an Ethernet header: bad input, one line.
  Result r = bpfkit({"run", "--asm", ok, "--type", "cgroup_sock"});
  EXPECT_EQ(r.code, 2) << r.err;
  EXPECT_EQ(lines(r.err), 1u) << r.err;
  r = bpfkit({"run", "--asm", ok, "--type", "xdp", "--mem", "01 02"});
  EXPECT_EQ(r.code, 2) << r.err;
  EXPECT_EQ(lines(r.err), 1u) << r.err;
  // --type belongs to raw mode.
  EXPECT_EQ(bpfkit({"run", kObject, "--type", "xdp"}).code, 2);
}

TEST_F(CliTest, ObjectWithRefusedHelperExitsOne) {
  Result r = bpfkit({"run", BPFKIT_BINARY_DIR "/bpf/protos_refused.o"});
  EXPECT_EQ(r.code, 1) << r.err;
  EXPECT_NE(r.err.find("program of this type cannot use helper bpf_skb_load_bytes#26"), std::string::npos) << r.err;
  EXPECT_EQ(lines(r.err), 1u) << r.err;
  json j = bpfkit_json({"run", BPFKIT_BINARY_DIR "/bpf/protos_nogpl.o"}, 1);
  EXPECT_NE(j.value("error", "").find("cannot call GPL-restricted function from non-GPL compatible program"),
            std::string::npos)
      << j.dump();
}

}  // namespace
}  // namespace bpfkit::testing
