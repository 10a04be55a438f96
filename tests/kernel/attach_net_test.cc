// XDP, tcx and socket-filter attachments on a real interface, and `bpfkit load --pin`.
//
// Each test runs in a network namespace of its own (unshare(CLONE_NEWNET), then back), on its loopback brought up by
// the test: the only traffic there is the UDP datagrams the test sends, so tests/bpf/net_attach.bpf.c's counters
// prove the program ran, and counters that stop moving prove it was detached: when the link is destroyed, and when
// the process holding it dies. No `ip` tool is needed. Without bpf(), or without the right to make a namespace, the
// tests skip with the reason.
#include <arpa/inet.h>
#include <fcntl.h>
#include <gtest/gtest.h>
#include <net/if.h>
#include <netinet/in.h>
#include <sched.h>
#include <signal.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <sys/socket.h>
#include <sys/vfs.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstring>
#include <filesystem>
#include <optional>
#include <set>
#include <string>
#include <thread>

#include "bpfkit/kernel.h"
#include "bpfkit/kernel_attach.h"
#include "bpfkit/object.h"
#include "support/cli_fixture.h"
#include "support/netns.h"

namespace bpfkit::testing {
namespace {

const std::string kNet = BPFKIT_BINARY_DIR "/bpf/net_attach.o";
enum Slot : uint32_t { kXdp, kTcxIngress, kTcxEgress, kSocket };
constexpr uint16_t kPort = 40404;

// n UDP datagrams to 127.0.0.1:kPort, where `receiver` (bound there) takes them, so no ICMP error adds packets.
void send_udp(int n, int receiver) {
  int s = socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
  ASSERT_GE(s, 0);
  sockaddr_in to{};
  to.sin_family = AF_INET;
  to.sin_port = htons(kPort);
  to.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  for (int i = 0; i < n; ++i)
    ASSERT_EQ(sendto(s, "ping", 4, 0, reinterpret_cast<sockaddr*>(&to), sizeof(to)), 4) << std::strerror(errno);
  close(s);
  // Drain what arrived (lo delivers synchronously, in the sender's context).
  char buf[64];
  while (recv(receiver, buf, sizeof(buf), MSG_DONTWAIT) > 0) {
  }
}

int udp_receiver() {
  int s = socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
  sockaddr_in at{};
  at.sin_family = AF_INET;
  at.sin_port = htons(kPort);
  at.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  if (s >= 0 && bind(s, reinterpret_cast<sockaddr*>(&at), sizeof(at)) != 0) {
    close(s);
    return -1;
  }
  return s;
}

class AttachNet : public ::testing::Test {
 protected:
  void SetUp() override {
    if (auto why = kernel::bpf_unavailable()) GTEST_SKIP() << "needs bpf(): " << *why;
    if (auto why = netns_.enter()) GTEST_SKIP() << "needs a network namespace: " << *why;
    receiver_ = udp_receiver();
    ASSERT_GE(receiver_, 0) << std::strerror(errno);
    auto spec = ObjectSpec::open(kNet);
    ASSERT_TRUE(spec) << spec.error().message;
    auto obj = KernelObject::load(std::move(*spec));
    ASSERT_TRUE(obj) << obj.error().message;
    obj_ = std::move(*obj);
  }
  void TearDown() override {
    obj_.reset();
    if (receiver_ >= 0) close(receiver_);
  }

  uint64_t hits(Slot slot) {
    uint64_t v = 0;
    const uint32_t key = slot;
    auto ok = kernel::map_lookup_elem(obj_->map("hits")->fd.get(), &key, &v);
    EXPECT_TRUE(ok) << ok.error().message;
    return v;
  }

  Expected<kernel::KernelLink> attach(const std::string& prog, const std::string& ifname = "lo") {
    const KernelObject::LoadedProgram* p = obj_->program(prog);
    if (p == nullptr) return make_error("no program " + prog);
    kernel::AttachOptions o;
    o.ifname = ifname;
    return kernel::attach_program(*p->spec, p->fd.get(), o);
  }

  // The link stays in the kernel exactly as long as its fd: checked by id before and after it is destroyed.
  void expect_detached_on_close(kernel::KernelLink link, Slot slot) {
    const uint32_t id = link.link_id;
    ASSERT_NE(id, 0u);
    EXPECT_TRUE(kernel::get_fd_by_id(kernel::ObjectKind::Link, id));
    link = kernel::KernelLink();
    const uint64_t before = hits(slot);
    send_udp(5, receiver_);
    EXPECT_EQ(hits(slot), before) << "the program still runs after its link was destroyed";
    EXPECT_FALSE(kernel::get_fd_by_id(kernel::ObjectKind::Link, id));
  }

  Netns netns_;
  int receiver_ = -1;
  std::unique_ptr<KernelObject> obj_;
};

TEST_F(AttachNet, XdpLinkOnLoopback) {
  auto link = attach("net_xdp");
  ASSERT_TRUE(link) << link.error().message;
  EXPECT_EQ(link->method, "xdp");
  EXPECT_EQ(link->target, "lo");
  EXPECT_EQ(link->prog_id, obj_->program("net_xdp")->id);
  auto info = kernel::link_info(link->link.get());
  ASSERT_TRUE(info);
  EXPECT_EQ(info->type, 6u);  // BPF_LINK_TYPE_XDP
  send_udp(10, receiver_);
  EXPECT_EQ(hits(kXdp), 10u);  // lo receives each datagram once
  // One XDP link per interface and mode: a second one is refused while the first lives.
  auto second = attach("net_xdp");
  EXPECT_FALSE(second);
  if (!second) {
    EXPECT_EQ(second.error().error_number, EBUSY) << second.error().message;
  }
  expect_detached_on_close(std::move(*link), kXdp);
  // Gone for good: the interface takes a new XDP link again.
  auto again = attach("net_xdp");
  EXPECT_TRUE(again) << again.error().message;
}

TEST_F(AttachNet, TcxIngressAndEgress) {
  auto in = attach("net_tcx_in");
  ASSERT_TRUE(in) << in.error().message;
  auto out = attach("net_tcx_out");
  ASSERT_TRUE(out) << out.error().message;
  EXPECT_EQ(in->method, "tcx");
  EXPECT_EQ(in->target, "lo ingress");
  EXPECT_EQ(out->target, "lo egress");
  auto info = kernel::link_info(in->link.get());
  ASSERT_TRUE(info);
  EXPECT_EQ(info->type, 11u);  // BPF_LINK_TYPE_TCX
  send_udp(7, receiver_);
  // Each datagram leaves lo once (egress) and comes back in once (ingress).
  EXPECT_EQ(hits(kTcxEgress), 7u);
  EXPECT_EQ(hits(kTcxIngress), 7u);
  expect_detached_on_close(std::move(*in), kTcxIngress);
  send_udp(3, receiver_);
  EXPECT_EQ(hits(kTcxEgress), 15u) << "egress must stay attached when ingress goes";  // 7 + 5 + 3
  expect_detached_on_close(std::move(*out), kTcxEgress);
}

// By section name: a packet socket on the interface, owned by the attachment.
TEST_F(AttachNet, SocketFilterOnInterface) {
  auto link = attach("net_socket");
  ASSERT_TRUE(link) << link.error().message;
  EXPECT_EQ(link->method, "socket");
  EXPECT_EQ(link->target, "lo");
  EXPECT_TRUE(link->socket.valid());
  EXPECT_EQ(link->link_id, 0u);  // SO_ATTACH_BPF makes no BPF link
  send_udp(4, receiver_);
  // A packet socket on lo sees each datagram twice: going out and coming in.
  EXPECT_EQ(hits(kSocket), 8u);
  link = kernel::KernelLink();  // closes the socket, which takes the filter with it
  send_udp(4, receiver_);
  EXPECT_EQ(hits(kSocket), 8u);
}

// Explicitly on the caller's socket: the filter sees what arrives there, and leaves with the socket.
TEST_F(AttachNet, SocketFilterOnOwnSocket) {
  int sock = udp_receiver();
  if (sock < 0) {
    // the fixture's receiver holds the port: use it
    sock = receiver_;
    receiver_ = -1;
  }
  const KernelObject::LoadedProgram* p = obj_->program("net_socket");
  auto link = kernel::attach_socket_filter(p->fd.get(), sock);
  ASSERT_TRUE(link) << link.error().message;
  send_udp(6, sock);
  EXPECT_EQ(hits(kSocket), 6u);
  link = kernel::KernelLink();
  close(sock);
  receiver_ = udp_receiver();
  ASSERT_GE(receiver_, 0);
  send_udp(6, receiver_);
  EXPECT_EQ(hits(kSocket), 6u);
}

TEST_F(AttachNet, NoInterfaceIsOneLineError) {
  auto none = attach("net_xdp", "");
  ASSERT_FALSE(none);
  EXPECT_NE(none.error().message.find("needs an interface"), std::string::npos) << none.error().message;
  auto missing = attach("net_tcx_in", "bpfkit-nope0");
  ASSERT_FALSE(missing);
  EXPECT_NE(missing.error().message.find("bpfkit-nope0"), std::string::npos) << missing.error().message;
}

// A process holding XDP and tcx links dies (SIGKILL, no cleanup): its links go with it, and lo takes new ones.
TEST_F(AttachNet, DetachedWhenTheProcessDies) {
  int ids[2];
  ASSERT_EQ(pipe(ids), 0);
  const pid_t child = fork();
  ASSERT_GE(child, 0);
  if (child == 0) {
    close(ids[0]);
    auto spec = ObjectSpec::open(kNet);
    if (!spec) _exit(3);
    auto obj = KernelObject::load(std::move(*spec));
    if (!obj) _exit(4);
    kernel::AttachOptions o;
    o.ifname = "lo";
    const auto* xp = (*obj)->program("net_xdp");
    const auto* tp = (*obj)->program("net_tcx_in");
    auto x = kernel::attach_program(*xp->spec, xp->fd.get(), o);
    auto t = kernel::attach_program(*tp->spec, tp->fd.get(), o);
    if (!x || !t) _exit(5);
    uint32_t out[2] = {x->link_id, t->link_id};
    if (write(ids[1], out, sizeof(out)) != sizeof(out)) _exit(6);
    for (;;) pause();
  }
  close(ids[1]);
  uint32_t link_ids[2] = {0, 0};
  const ssize_t n = read(ids[0], link_ids, sizeof(link_ids));
  close(ids[0]);
  if (n != sizeof(link_ids)) {
    kill(child, SIGKILL);
    int status = 0;
    waitpid(child, &status, 0);
    FAIL() << "the child did not attach (exit " << WEXITSTATUS(status) << ")";
  }
  for (uint32_t id : link_ids) EXPECT_TRUE(kernel::get_fd_by_id(kernel::ObjectKind::Link, id)) << id;
  // Our own XDP link is refused while the child's lives.
  EXPECT_FALSE(attach("net_xdp"));
  kill(child, SIGKILL);
  waitpid(child, nullptr, 0);
  // Freed when the last fd closes; allow the kernel a moment for deferred frees.
  for (uint32_t id : link_ids) {
    bool gone = false;
    for (int i = 0; i < 100 && !gone; ++i) {
      gone = !kernel::get_fd_by_id(kernel::ObjectKind::Link, id);
      if (!gone) std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    EXPECT_TRUE(gone) << "link " << id << " outlived its process";
  }
  auto mine = attach("net_xdp");
  EXPECT_TRUE(mine) << mine.error().message;
}

// --- bpfkit load --pin ----------------------------------------------------------------------------------------------

constexpr long kBpfFsMagic = 0xcafe4a11;

// What is pinned under dir, leaving out other runs of these tests (their own pin directories come and go).
std::set<std::string> listing(const std::string& dir) {
  std::set<std::string> out;
  std::error_code ec;
  for (const auto& e : std::filesystem::recursive_directory_iterator(dir, ec))
    if (e.path().string().find("bpfkit-pin-test-") == std::string::npos) out.insert(e.path().string());
  return out;
}

class CliPin : public CliTest {
 protected:
  void SetUp() override {
    CliTest::SetUp();
    if (auto why = kernel::bpf_unavailable()) GTEST_SKIP() << "needs bpf(): " << *why;
    struct statfs st;
    if (statfs("/sys/fs/bpf", &st) != 0 || st.f_type != kBpfFsMagic)
      GTEST_SKIP() << "no bpffs at /sys/fs/bpf (bpfkit load --pin mounts one there when it pins)";
    if (auto why = netns_.enter()) GTEST_SKIP() << "needs a network namespace: " << *why;
    pin_ = "/sys/fs/bpf/bpfkit-pin-test-" + std::to_string(getpid());
    std::filesystem::remove_all(pin_);
  }
  void TearDown() override {
    if (!pin_.empty()) std::filesystem::remove_all(pin_);  // unpins: what was pinned goes when its last ref does
    CliTest::TearDown();
  }
  Netns netns_;
  std::string pin_;
};

TEST_F(CliPin, PinnedObjectsOutliveTheCommand) {
  json j = bpfkit_json({"load", kNet, "--prog", "net_xdp", "--pin", pin_});
  ASSERT_TRUE(j.contains("programs")) << j.dump();
  for (const char* name : {"prog_net_xdp", "map_hits"}) EXPECT_TRUE(std::filesystem::exists(pin_ + "/" + name)) << name;
  auto prog = kernel::obj_get(pin_ + "/prog_net_xdp");
  ASSERT_TRUE(prog) << prog.error().message;
  auto info = kernel::prog_info(prog->get());
  ASSERT_TRUE(info);
  EXPECT_EQ(info->name, "net_xdp");
}

// With --attach, the pinned link keeps the program on the interface after bpfkit exits; the pinned map shows it
// counting, and removing the pins detaches it.
TEST_F(CliPin, PinnedLinkKeepsCounting) {
  Result r = bpfkit({"load", kNet, "--attach", "--prog", "net_xdp", "--ifname", "lo", "--duration", "0.2", "--pin",
                     pin_});
  ASSERT_EQ(r.code, 0) << r.err;
  ASSERT_TRUE(std::filesystem::exists(pin_ + "/link_net_xdp")) << r.out;
  auto map = kernel::obj_get(pin_ + "/map_hits");
  ASSERT_TRUE(map) << map.error().message;
  int receiver = udp_receiver();
  ASSERT_GE(receiver, 0);
  auto read_hits = [&] {
    uint64_t v = 0;
    const uint32_t key = kXdp;
    EXPECT_TRUE(kernel::map_lookup_elem(map->get(), &key, &v));
    return v;
  };
  const uint64_t before = read_hits();
  send_udp(3, receiver);
  EXPECT_EQ(read_hits(), before + 3) << "the pinned XDP link no longer runs its program";
  uint32_t link_id = 0, prog_id = 0;
  {
    auto link = kernel::obj_get(pin_ + "/link_net_xdp");
    ASSERT_TRUE(link) << link.error().message;
    auto info = kernel::link_info(link->get());
    ASSERT_TRUE(info);
    link_id = info->id;
    prog_id = info->prog_id;
  }
  std::filesystem::remove(pin_ + "/link_net_xdp");
  std::filesystem::remove(pin_ + "/prog_net_xdp");
  // The pin was the last reference. The kernel frees a link so released from a work item, a moment later, detaching
  // it and then dropping its program: once the program (pinned nowhere else) is gone, so is the attachment.
  for (auto [kind, id] : {std::pair{kernel::ObjectKind::Link, link_id}, std::pair{kernel::ObjectKind::Prog, prog_id}}) {
    bool gone = false;
    for (int i = 0; i < 100 && !gone; ++i) {
      gone = !kernel::get_fd_by_id(kind, id);
      if (!gone) std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    EXPECT_TRUE(gone) << (kind == kernel::ObjectKind::Link ? "link " : "program ") << id << " outlived its pin";
  }
  send_udp(3, receiver);
  EXPECT_EQ(read_hits(), before + 3) << "the link outlived its pin";
  close(receiver);
}

TEST_F(CliPin, NothingPinnedWithoutPin) {
  const std::set<std::string> before = listing("/sys/fs/bpf");
  Result r = bpfkit({"load", kNet, "--attach", "--prog", "net_xdp", "--ifname", "lo", "--duration", "0.2", "--json"});
  ASSERT_EQ(r.code, 0) << r.err;
  json first = json::parse(r.out.substr(0, r.out.find('\n')));
  ASSERT_EQ(first["type"], "attached") << r.out;
  const uint32_t link_id = first["links"][0]["link_id"];
  const uint32_t prog_id = first["links"][0]["prog_id"];
  EXPECT_EQ(listing("/sys/fs/bpf"), before);
  EXPECT_FALSE(kernel::get_fd_by_id(kernel::ObjectKind::Link, link_id));
  EXPECT_FALSE(kernel::get_fd_by_id(kernel::ObjectKind::Prog, prog_id));
}

TEST_F(CliPin, PinOutsideBpffsIsOneLineError) {
  Result r = bpfkit({"load", kNet, "--prog", "net_xdp", "--pin", (dir_ / "notbpffs").string()});
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1) << r.err;
  EXPECT_NE(r.err.find("notbpffs"), std::string::npos) << r.err;
}

}  // namespace
}  // namespace bpfkit::testing
