// `bpfkit load OBJ --attach`: what it attaches, the events it streams, a clean exit on SIGTERM, and nothing left
// behind after SIGKILL (no program, link or map of the ids it printed; no kprobe event in tracefs).
#include <fcntl.h>
#include <gtest/gtest.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <fstream>
#include <string>
#include <thread>
#include <vector>

#include <nlohmann/json.hpp>

#include "bpfkit/kernel.h"
#include "bpfkit/kernel_attach.h"
#include "support/background.h"
#include "support/cli_fixture.h"

extern char** environ;

namespace bpfkit::testing {
namespace {

const std::string kCore = BPFKIT_BINARY_DIR "/bpf/ev_core.o";

bool object_exists(kernel::ObjectKind kind, uint32_t id) { return static_cast<bool>(kernel::get_fd_by_id(kind, id)); }

class CliLoadTest : public ::testing::Test {
 protected:
  void SetUp() override {
    if (auto why = kernel::bpf_unavailable()) GTEST_SKIP() << *why;
  }
};

std::vector<std::string> chain_args() {
  return {"load", kCore, "--attach", "--json", "--prog", "getppid__fentry", "--prog", "getppid__kprobe",
          "--prog", "getppid__rawtp", "--global", "target_tgid=" + std::to_string(getpid())};
}

// SIGKILL: the process cannot clean up; everything must still go, because every attachment is one of its fds.
TEST_F(CliLoadTest, NothingRemainsAfterSigkill) {
  Background b(chain_args());
  ASSERT_GT(b.pid(), 0);
  const std::string first = b.line();
  ASSERT_FALSE(first.empty()) << "bpfkit load printed nothing";
  auto j = nlohmann::json::parse(first);
  ASSERT_EQ(j["type"], "attached") << first;
  ASSERT_EQ(j["links"].size(), 1u) << first;
  ASSERT_EQ(j["chains"].size(), 1u);
  EXPECT_EQ(j["chains"][0]["chosen"], j["links"][0]["program"]);
  std::vector<uint32_t> progs{j["links"][0]["prog_id"].get<uint32_t>()};
  std::vector<uint32_t> links;
  if (j["links"][0].contains("link_id")) links.push_back(j["links"][0]["link_id"]);
  std::vector<uint32_t> maps;
  for (const auto& m : j["maps"]) maps.push_back(m["id"]);
  ASSERT_FALSE(maps.empty());
  for (uint32_t id : progs) EXPECT_TRUE(object_exists(kernel::ObjectKind::Prog, id)) << "prog " << id;
  for (uint32_t id : links) EXPECT_TRUE(object_exists(kernel::ObjectKind::Link, id)) << "link " << id;
  for (uint32_t id : maps) EXPECT_TRUE(object_exists(kernel::ObjectKind::Map, id)) << "map " << id;

  // It is working: our getppid() comes back as an event line.
  syscall(SYS_getppid);
  const std::string ev = b.line();
  ASSERT_FALSE(ev.empty());
  auto e = nlohmann::json::parse(ev);
  EXPECT_EQ(e["type"], "event");
  EXPECT_EQ(e["map"], "core_events");
  EXPECT_EQ(e["value"]["tgid"], getpid()) << ev;

  kill(b.pid(), SIGKILL);
  b.wait_exit();
  // The kernel frees programs and maps after an RCU grace period: allow it a moment.
  auto gone = [&] {
    for (uint32_t id : progs)
      if (object_exists(kernel::ObjectKind::Prog, id)) return false;
    for (uint32_t id : links)
      if (object_exists(kernel::ObjectKind::Link, id)) return false;
    for (uint32_t id : maps)
      if (object_exists(kernel::ObjectKind::Map, id)) return false;
    return true;
  };
  const auto until = std::chrono::steady_clock::now() + std::chrono::seconds(5);
  while (!gone() && std::chrono::steady_clock::now() < until) std::this_thread::sleep_for(std::chrono::milliseconds(50));
  EXPECT_TRUE(gone()) << "a program, link or map of the killed bpfkit is still there";
  // And no bpfkit program remains by name either (an id enumeration, as bpftool prog list does).
  for (uint32_t id = 0;;) {
    auto next = kernel::get_next_id(kernel::ObjectKind::Prog, id);
    if (!next || !*next) break;
    id = **next;
    auto fd = kernel::get_fd_by_id(kernel::ObjectKind::Prog, id);
    if (!fd) continue;
    auto info = kernel::prog_info(fd->get());
    if (info) EXPECT_NE(info->name.rfind("getppid__", 0), 0u) << "program " << info->name << " id " << id;
  }
  // No kprobe event in tracefs: bpfkit's kprobes are perf events, never kprobe_events text.
  auto root = kernel::tracefs_root();
  if (root) {
    std::ifstream in(*root + "/kprobe_events");
    std::string line;
    while (std::getline(in, line)) EXPECT_EQ(line.find("getppid"), std::string::npos) << line;
  }
}

// SIGTERM: the stream stops, a summary line follows, exit 0.
TEST_F(CliLoadTest, SigtermDetachesAndSummarises) {
  Background b(chain_args());
  ASSERT_GT(b.pid(), 0);
  const std::string first = b.line();
  ASSERT_FALSE(first.empty());
  auto j = nlohmann::json::parse(first);
  const uint32_t link = j["links"][0].value("link_id", 0u);
  for (int i = 0; i < 3; ++i) syscall(SYS_getppid);
  for (int i = 0; i < 3; ++i) EXPECT_FALSE(b.line().empty()) << "event " << i;
  kill(b.pid(), SIGTERM);
  std::string last, l;
  while (!(l = b.line()).empty()) last = l;
  const int status = b.wait_exit();
  ASSERT_TRUE(WIFEXITED(status));
  EXPECT_EQ(WEXITSTATUS(status), 0);
  auto s = nlohmann::json::parse(last);
  EXPECT_EQ(s["type"], "summary") << last;
  EXPECT_EQ(s["events"], 3);
  if (link != 0) EXPECT_FALSE(object_exists(kernel::ObjectKind::Link, link));
}

class CliLoadPlain : public CliTest {
 protected:
  void SetUp() override {
    if (auto why = kernel::bpf_unavailable()) GTEST_SKIP() << *why;
    CliTest::SetUp();
  }
};

TEST_F(CliLoadPlain, TableAndMaxEvents) {
  Result r = bpfkit({"load", kCore, "--attach", "--prog", "core_raw_sys_enter", "--duration", "1"});
  EXPECT_EQ(r.code, 0) << r.err;
  EXPECT_NE(r.out.find("PROG"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("core_raw_sys_enter"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("raw_tracepoint"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("sys_enter"), std::string::npos) << r.out;
}

TEST_F(CliLoadPlain, BadInputIsOneLine) {
  Result r = bpfkit({"load", kCore, "--attach", "--prog", "core_uprobe"});
  EXPECT_EQ(r.code, 2);
  EXPECT_NE(r.err.find("core_uprobe"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("names no binary:function"), std::string::npos) << r.err;
  r = bpfkit({"load", kCore, "--prog", "nope"});
  EXPECT_EQ(r.code, 2);
  EXPECT_NE(r.err.find("--prog nope"), std::string::npos) << r.err;
  r = bpfkit({"load", kCore, "--global", "nope=1"});
  EXPECT_EQ(r.code, 2);
  EXPECT_NE(r.err.find("--global nope"), std::string::npos) << r.err;
}

TEST_F(CliLoadPlain, LoadWithoutAttachListsPrograms) {
  Result r = bpfkit({"load", kCore, "--json", "--prog", "core_raw_sys_enter", "--prog", "core_tp_exec"});
  EXPECT_EQ(r.code, 0) << r.err;
  auto j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["type"], "loaded");
  EXPECT_EQ(j["programs"].size(), 2u);
}

}  // namespace
}  // namespace bpfkit::testing
