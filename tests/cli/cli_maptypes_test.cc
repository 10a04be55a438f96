// `bpfkit run` with the redirect maps and helpers (the redirect target in text and JSON), and objects holding a
// map type bpfkit cannot model (the object loads and lists; only the program using the map fails).
#include <gtest/gtest.h>

#include <string>

#include "support/cli_fixture.h"

namespace {

using namespace bpfkit::testing;
using nlohmann::json;

const std::string kTcRedirect = BPFKIT_BINARY_DIR "/bpf/tc_redirect.o";
const std::string kXdpRedirect = BPFKIT_BINARY_DIR "/bpf/xdp_redirect.o";
const std::string kUnmodelled = BPFKIT_BINARY_DIR "/bpf/obj_unmodelled.o";

// Ethernet + IPv4 header whose destination ends in dst_low.
std::string packet(char dst_low) {
  std::string p(14 + 20 + 8, '\0');
  p[12] = '\x08';
  p[14] = '\x45';
  p[14 + 19] = dst_low;
  return p;
}

TEST_F(CliTest, RunReportsTcRedirectTarget) {
  json j = bpfkit_json({"run", kTcRedirect, "--data-in", file("pkt", packet(2))});
  EXPECT_EQ(j["retval"], 7);  // TC_ACT_REDIRECT
  ASSERT_TRUE(j.contains("redirect")) << j.dump();
  EXPECT_EQ(j["redirect"]["ifindex"], 1);
  EXPECT_EQ(j["redirect"]["flags"], 1);  // BPF_F_INGRESS
  Result r = bpfkit({"run", kTcRedirect, "--data-in", file("pkt", packet(2))});
  EXPECT_EQ(r.code, 0) << r.err;
  EXPECT_NE(r.out.find("TC_ACT_REDIRECT"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("redirect: ifindex 1 flags 0x1"), std::string::npos) << r.out;
  // No redirect verdict, no redirect line.
  j = bpfkit_json({"run", kTcRedirect, "--data-in", file("pkt", packet(4))});
  EXPECT_EQ(j["retval"], 0);
  EXPECT_FALSE(j.contains("redirect"));
}

TEST_F(CliTest, RunReportsXdpMapRedirect) {
  // xdp_flags with destination .2: bpf_redirect_map(&tx_port, 5, BPF_F_BROADCAST | BPF_F_EXCLUDE_INGRESS).
  json j = bpfkit_json({"run", kXdpRedirect, "--prog", "xdp_flags", "--data-in", file("pkt", packet(2))});
  EXPECT_EQ(j["retval"], 4);
  ASSERT_TRUE(j.contains("redirect")) << j.dump();
  EXPECT_EQ(j["redirect"]["map"], "tx_port");
  EXPECT_EQ(j["redirect"]["type"], "devmap");
  EXPECT_EQ(j["redirect"]["key"], 5);
  EXPECT_EQ(j["redirect"]["flags"], 0x18);
  Result r = bpfkit({"run", kXdpRedirect, "--prog", "xdp_flags", "--data-in", file("pkt", packet(2))});
  EXPECT_EQ(r.code, 0) << r.err;
  EXPECT_NE(r.out.find("redirect: map 'tx_port' (devmap) key 5 flags 0x18"), std::string::npos) << r.out;
}

TEST_F(CliTest, UnmodelledMapFailsOnlyItsProgram) {
  Result r = bpfkit({"run", kUnmodelled, "--prog", "counts", "--data-in", file("pkt", packet(1))});
  EXPECT_EQ(r.code, 0) << r.err;
  EXPECT_NE(r.out.find("XDP_DROP"), std::string::npos) << r.out;
  r = bpfkit({"run", kUnmodelled, "--prog", "uses_user_ringbuf", "--data-in", file("pkt", packet(1))});
  EXPECT_NE(r.code, 0);
  EXPECT_NE(r.err.find("map 'from_user' of type user_ringbuf is not supported in userspace"), std::string::npos)
      << r.err;
  EXPECT_NE(r.err.find("uses_user_ringbuf"), std::string::npos) << r.err;
  json maps = bpfkit_json({"map", "list", kUnmodelled});
  bool listed = false;
  for (const json& m : maps) listed |= m.value("name", "") == "from_user" && m.value("type", "") == "user_ringbuf";
  EXPECT_TRUE(listed) << maps.dump();
}

}  // namespace
