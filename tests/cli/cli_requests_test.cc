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

const std::string kFib = BPFKIT_BINARY_DIR "/bpf/fib_xdp.o";

TEST_F(CliTest, RunFibTableFromJson) {
  const std::string pkt = file("pkt.bin", std::string(64, '\x01'));
  // No table: an empty namespace, where ifindex 2 does not exist.
  json j = bpfkit_json({"run", kFib, "--data-in", pkt});
  EXPECT_EQ(j["retval"], uint32_t(-19));  // -ENODEV
  const std::string fib = file("fib.json", R"({
    "devices": [{"ifindex": 2}, {"ifindex": 3, "mac": "02:00:00:00:00:03", "mtu": 1400}],
    "routes": [{"dst": "10.0.0.0/8", "dev": 3, "via": "192.0.2.254", "metric": 7}],
    "neighbours": [{"ip": "192.0.2.254", "dev": 3, "mac": "aa:bb:cc:00:00:fe"}]
  })");
  j = bpfkit_json({"run", kFib, "--data-in", pkt, "--fib", fib});
  EXPECT_EQ(j["retval"], 0);  // BPF_FIB_LKUP_RET_SUCCESS
  Result r = bpfkit({"run", kFib, "--data-in", pkt, "--fib", fib});
  EXPECT_EQ(r.code, 0) << r.err;
  EXPECT_NE(r.out.find("\"dmac\":[170,187,204,0,0,254]"), std::string::npos) << r.out;  // in the result map

  // Bad files: exit 2, one line naming the file and the entry.
  for (const char* bad : {"{", R"({"routes": [{"dst": "10.0.0.0/33", "dev": 3}]})", R"({"routes": [{"dev": 3}]})",
                          R"({"devices": [{"ifindex": 2, "mac": "zz"}]})", R"({"gateways": []})"}) {
    r = bpfkit({"run", kFib, "--data-in", pkt, "--fib", file("bad.json", bad)});
    EXPECT_EQ(r.code, 2) << bad;
    EXPECT_NE(r.err.find("bad.json"), std::string::npos) << r.err;
  }
}

}  // namespace
