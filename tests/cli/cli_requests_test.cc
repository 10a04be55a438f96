// run OBJ and the helpers bpfkit records instead of performing (bpf_send_signal, bpf_override_return), and
// --attach-cookie.
#include <gtest/gtest.h>

#include <string>

#include "support/cli_fixture.h"

namespace {

using namespace bpfkit::testing;
using nlohmann::json;

const std::string kRequests = BPFKIT_BINARY_DIR "/bpf/task_requests.o";

TEST_F(CliTest, RunReportsRecordedSignalAndAttachCookie) {
  const std::string args = file("args.bin", std::string(8, '\0'));
  json j = bpfkit_json({"run", kRequests, "--ctx-in", args});
  EXPECT_EQ(j["retval"], 0);  // no cookie: 0, as in a test run
  ASSERT_TRUE(j.contains("requests"));
  ASSERT_EQ(j["requests"].size(), 1u);
  EXPECT_EQ(j["requests"][0]["helper"], "bpf_send_signal");
  EXPECT_EQ(j["requests"][0]["value"], 10);

  j = bpfkit_json({"run", kRequests, "--ctx-in", args, "--attach-cookie", "77"});
  EXPECT_EQ(j["retval"], 77);

  Result r = bpfkit({"run", kRequests, "--ctx-in", args});
  EXPECT_EQ(r.code, 0) << r.err;
  EXPECT_NE(r.out.find("request:  bpf_send_signal(10) recorded, not performed"), std::string::npos) << r.out;

  r = bpfkit({"run", kRequests, "--ctx-in", args, "--attach-cookie", "x"});
  EXPECT_EQ(r.code, 2);
}

}  // namespace
