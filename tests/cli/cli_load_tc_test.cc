// `bpfkit load --attach` with legacy tc filters, which outlive their process unless removed: removed at SIGTERM by
// bpfkit itself, at SIGKILL by its guardian process, and left behind by a SIGKILL with --no-tc-guard (the documented
// case). On a veth pair in a network namespace of the test's own; skips without bpf() or the right to make one.
#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <string>
#include <thread>

#include <nlohmann/json.hpp>

#include "bpfkit/kernel.h"
#include "bpfkit/kernel_attach.h"
#include "support/background.h"
#include "support/cli_fixture.h"
#include "support/netns.h"

namespace bpfkit::testing {
namespace {

const std::string kTc = BPFKIT_BINARY_DIR "/bpf/tc_legacy.o";

template <class F>
bool eventually(F&& f) {
  for (int i = 0; i < 300; ++i) {
    if (f()) return true;
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  return f();
}

class CliLoadTc : public CliTest {
 protected:
  void SetUp() override {
    CliTest::SetUp();
    if (auto why = kernel::bpf_unavailable()) GTEST_SKIP() << "needs bpf(): " << *why;
    if (auto why = netns_.enter()) GTEST_SKIP() << "needs a network namespace: " << *why;
    if (auto why = Netns::add_veth("bkt0", "bkt1")) GTEST_SKIP() << "needs a veth pair: " << *why;
    bkt0_ = int(if_nametoindex("bkt0"));
  }

  // Starts `bpfkit load` and returns its "attached" line.
  json start(Background& b) {
    EXPECT_GT(b.pid(), 0);
    const std::string line = b.line();
    if (line.empty()) {
      ADD_FAILURE() << "bpfkit printed nothing";
      return json::object();
    }
    return json::parse(line);
  }
  static std::vector<std::string> args(std::vector<std::string> extra = {}) {
    std::vector<std::string> a = {"load", kTc, "--attach", "--json", "--prog", "tc_legacy", "--ifname", "bkt0"};
    a.insert(a.end(), extra.begin(), extra.end());
    return a;
  }
  bool filter_present() {
    auto f = kernel::list_tc_filters(bkt0_, true);
    return f && !f->empty();
  }
  bool nothing_left() { return !filter_present() && !*kernel::has_clsact(bkt0_); }

  Netns netns_;
  int bkt0_ = 0;
};

TEST_F(CliLoadTc, AttachedFilterCountsTrafficAndGoesAtSigterm) {
  Background b(args());
  json j = start(b);
  ASSERT_EQ(j["type"], "attached") << j.dump();
  const json& l = j["links"][0];
  EXPECT_EQ(l["method"], "tc");
  EXPECT_EQ(l["tc"]["direction"], "ingress");
  EXPECT_EQ(l["tc"]["ifindex"], bkt0_);
  EXPECT_EQ(l["tc"]["kept"], false);
  EXPECT_FALSE(l.contains("link_id"));
  auto filters = kernel::list_tc_filters(bkt0_, true);
  ASSERT_TRUE(filters && filters->size() == 1u);
  EXPECT_EQ((*filters)[0].prog_id, l["prog_id"].get<uint32_t>());
  EXPECT_EQ((*filters)[0].priority, l["tc"]["priority"].get<uint32_t>());
  // The map, by the id bpfkit printed: the program counts the frames.
  auto map = kernel::get_fd_by_id(kernel::ObjectKind::Map, j["maps"][0]["id"].get<uint32_t>());
  ASSERT_TRUE(map) << map.error().message;
  ASSERT_EQ(send_test_frames("bkt1", 3), 3);
  EXPECT_TRUE(eventually([&] {
    uint64_t v = 0;
    const uint32_t key = 0;
    return kernel::map_lookup_elem(map->get(), &key, &v) && v == 3;
  }));
  kill(b.pid(), SIGTERM);
  const int status = b.wait_exit();
  EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0) << status;
  // bpfkit removed its filter and the qdisc it made before exiting.
  EXPECT_TRUE(nothing_left());
}

// SIGKILL runs no code of bpfkit's: its guardian removes the filter, and with it the last reference to the program.
TEST_F(CliLoadTc, SigkillLeavesNothingBehind) {
  Background b(args());
  json j = start(b);
  ASSERT_EQ(j["type"], "attached") << j.dump();
  const uint32_t prog_id = j["links"][0]["prog_id"];
  ASSERT_TRUE(filter_present());
  kill(b.pid(), SIGKILL);
  b.wait_exit();
  EXPECT_TRUE(eventually([&] { return nothing_left(); })) << "the filter outlived bpfkit";
  EXPECT_TRUE(eventually([&] { return !kernel::get_fd_by_id(kernel::ObjectKind::Prog, prog_id); }))
      << "program " << prog_id << " outlived bpfkit";
}

// What a SIGKILL leaves without the guardian: the filter, still running its program, until someone removes it.
TEST_F(CliLoadTc, SigkillWithoutGuardLeavesTheFilter) {
  Background b(args({"--no-tc-guard"}));
  json j = start(b);
  ASSERT_EQ(j["type"], "attached") << j.dump();
  const uint32_t prog_id = j["links"][0]["prog_id"];
  kill(b.pid(), SIGKILL);
  b.wait_exit();
  std::this_thread::sleep_for(std::chrono::milliseconds(200));
  auto filters = kernel::list_tc_filters(bkt0_, true);
  ASSERT_TRUE(filters && filters->size() == 1u) << "expected the documented leftover filter";
  EXPECT_EQ((*filters)[0].prog_id, prog_id);
  EXPECT_TRUE(kernel::get_fd_by_id(kernel::ObjectKind::Prog, prog_id)) << "the filter holds its program";
  // Cleaning up by hand, as `tc filter del` would.
  kernel::TcFilterId id;
  id.ifindex = bkt0_;
  id.handle = (*filters)[0].handle;
  id.priority = (*filters)[0].priority;
  id.prog_id = prog_id;
  id.created_qdisc = true;
  ASSERT_TRUE(kernel::TcFilter(id).remove());
  EXPECT_TRUE(nothing_left());
  EXPECT_TRUE(eventually([&] { return !kernel::get_fd_by_id(kernel::ObjectKind::Prog, prog_id); }));
}

// The human table names the filter; --tc-mode takes three values.
TEST_F(CliLoadTc, HumanOutputAndBadMode) {
  Result r = bpfkit({"load", kTc, "--attach", "--prog", "tc_legacy", "--ifname", "bkt0", "--duration", "0.1"});
  EXPECT_EQ(r.code, 0) << r.err;
  EXPECT_NE(r.out.find("tc_legacy"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find(" tc "), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("bkt0 ingress (pref "), std::string::npos) << r.out;
  EXPECT_TRUE(nothing_left());
  r = bpfkit({"load", kTc, "--attach", "--prog", "tc_alias_in", "--ifname", "bkt0", "--tc-mode", "netlink",
              "--duration", "0.1", "--json"});
  EXPECT_EQ(r.code, 0) << r.err;
  EXPECT_NE(r.out.find("\"method\":\"tc\""), std::string::npos) << r.out;
  r = bpfkit({"load", kTc, "--attach", "--tc-mode", "bogus", "--ifname", "bkt0"});
  EXPECT_EQ(r.code, 2) << r.err;
}

// With --pin a legacy filter is kept on purpose, as a pinned link keeps its attachment, and bpfkit says how to remove
// it; the guardian leaves it alone too.
TEST_F(CliLoadTc, PinKeepsTheFilter) {
  const std::string pin = "/sys/fs/bpf/bpfkit-tc-pin-test-" + std::to_string(getpid());
  std::filesystem::remove_all(pin);
  Result r = bpfkit({"load", kTc, "--attach", "--prog", "tc_legacy", "--ifname", "bkt0", "--duration", "0.1", "--pin",
                     pin});
  std::filesystem::remove_all(pin);
  if (r.code != 0 && r.err.find("bpf") != std::string::npos && r.err.find(pin) != std::string::npos)
    GTEST_SKIP() << "cannot pin under /sys/fs/bpf: " << r.err;
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_NE(r.out.find("tc filter kept after exit; remove it with: tc filter del dev bkt0 ingress pref "),
            std::string::npos)
      << r.out;
  std::this_thread::sleep_for(std::chrono::milliseconds(100));
  auto filters = kernel::list_tc_filters(bkt0_, true);
  ASSERT_TRUE(filters && filters->size() == 1u) << "the pinned filter did not outlive bpfkit";
  kernel::TcFilterId id;
  id.ifindex = bkt0_;
  id.handle = (*filters)[0].handle;
  id.priority = (*filters)[0].priority;
  id.prog_id = (*filters)[0].prog_id;
  id.created_qdisc = true;
  ASSERT_TRUE(kernel::TcFilter(id).remove());
  EXPECT_TRUE(nothing_left());
}

}  // namespace
}  // namespace bpfkit::testing
