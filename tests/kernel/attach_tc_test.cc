// Legacy tc attachment through netlink (clsact + cls_bpf direct-action), the tc/* aliases for tcx and their fallback
// to netlink, and the removal of what bpfkit added: on a veth pair in a network namespace of the test's own, with
// frames the test sends counted by tests/bpf/tc_legacy.bpf.c. Skips without bpf() or the right to make a namespace.
#include <gtest/gtest.h>

#include <sys/wait.h>

#include <chrono>
#include <fstream>
#include <string>
#include <thread>

#include "bpfkit/kernel.h"
#include "bpfkit/kernel_attach.h"
#include "bpfkit/object.h"
#include "support/netns.h"

namespace bpfkit::testing {
namespace {

const std::string kTc = BPFKIT_BINARY_DIR "/bpf/tc_legacy.o";
enum Slot : uint32_t { kLegacy, kAliasIn, kAliasOut, kDrop };

// A process's state letter from /proc (R, S, Z...), or 0 when it is gone.
char process_state(pid_t pid) {
  std::ifstream in("/proc/" + std::to_string(pid) + "/stat");
  std::string stat((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  const size_t paren = stat.rfind(')');
  return paren == std::string::npos || paren + 2 >= stat.size() ? 0 : stat[paren + 2];
}

class AttachTc : public ::testing::Test {
 protected:
  void SetUp() override {
    if (auto why = kernel::bpf_unavailable()) GTEST_SKIP() << "needs bpf(): " << *why;
    if (auto why = netns_.enter()) GTEST_SKIP() << "needs a network namespace: " << *why;
    if (auto why = Netns::add_veth("bkt0", "bkt1")) GTEST_SKIP() << "needs a veth pair: " << *why;
    auto spec = ObjectSpec::open(kTc);
    ASSERT_TRUE(spec) << spec.error().message;
    auto obj = KernelObject::load(std::move(*spec));
    ASSERT_TRUE(obj) << obj.error().message;
    obj_ = std::move(*obj);
  }
  void TearDown() override { obj_.reset(); }

  uint64_t hits(Slot slot) {
    uint64_t v = 0;
    const uint32_t key = slot;
    auto ok = kernel::map_lookup_elem(obj_->map("tc_hits")->fd.get(), &key, &v);
    EXPECT_TRUE(ok) << ok.error().message;
    return v;
  }
  // veth hands frames to its peer through the receive backlog, a moment later: wait for the count (or give up).
  uint64_t hits_reaching(Slot slot, uint64_t want) {
    uint64_t v = hits(slot);
    for (int i = 0; i < 200 && v < want; ++i) {
      std::this_thread::sleep_for(std::chrono::milliseconds(5));
      v = hits(slot);
    }
    return v;
  }
  // Frames are in flight for a moment; let them land before concluding none were counted.
  void settle() { std::this_thread::sleep_for(std::chrono::milliseconds(100)); }

  Expected<kernel::KernelLink> attach(const std::string& prog, const std::string& ifname,
                                      kernel::TcMode mode = kernel::TcMode::Auto, const std::string& target = "") {
    const KernelObject::LoadedProgram* p = obj_->program(prog);
    if (p == nullptr) return make_error("no program " + prog);
    kernel::AttachOptions o;
    o.ifname = ifname;
    o.tc_mode = mode;
    o.target = target;
    return kernel::attach_program(*p->spec, p->fd.get(), o);
  }
  int ifindex(const std::string& name) { return int(if_nametoindex(name.c_str())); }

  Netns netns_;
  std::unique_ptr<KernelObject> obj_;
};

// SEC("tc"): a cls_bpf filter in direct-action mode on a clsact qdisc bpfkit made, running on each frame that
// arrives; destroying the link removes the filter and the qdisc, and the counter stops.
TEST_F(AttachTc, LegacyFilterRunsAndGoesAway) {
  const int bkt0 = ifindex("bkt0");
  ASSERT_EQ(*kernel::has_clsact(bkt0), false);
  auto link = attach("tc_legacy", "bkt0");
  ASSERT_TRUE(link) << link.error().message;
  EXPECT_EQ(link->method, "tc");
  EXPECT_EQ(link->link_id, 0u);  // no BPF link: a filter
  ASSERT_NE(link->tc, nullptr);
  EXPECT_TRUE(link->tc->id().ingress);
  EXPECT_TRUE(link->tc->id().created_qdisc);
  EXPECT_EQ(link->prog_id, obj_->program("tc_legacy")->id);
  EXPECT_NE(link->target.find("bkt0 ingress (pref "), std::string::npos) << link->target;

  auto filters = kernel::list_tc_filters(bkt0, true);
  ASSERT_TRUE(filters) << filters.error().message;
  ASSERT_EQ(filters->size(), 1u);
  EXPECT_EQ((*filters)[0].prog_id, link->prog_id);
  EXPECT_EQ((*filters)[0].handle, link->tc->id().handle);
  EXPECT_EQ((*filters)[0].priority, link->tc->id().priority);
  EXPECT_TRUE((*filters)[0].direct_action);
  EXPECT_EQ((*filters)[0].name, "tc_legacy:[" + std::to_string(link->prog_id) + "]");
  EXPECT_TRUE(kernel::list_tc_filters(bkt0, false)->empty());
  EXPECT_EQ(*kernel::has_clsact(bkt0), true);

  ASSERT_EQ(send_test_frames("bkt1", 5), 5);
  EXPECT_EQ(hits_reaching(kLegacy, 5), 5u);

  link = kernel::KernelLink();
  EXPECT_TRUE(kernel::list_tc_filters(bkt0, true)->empty());
  EXPECT_EQ(*kernel::has_clsact(bkt0), false) << "the clsact qdisc bpfkit made outlived its last filter";
  ASSERT_EQ(send_test_frames("bkt1", 5), 5);
  settle();
  EXPECT_EQ(hits(kLegacy), 5u) << "the program still runs after its filter was removed";
}

// Direct action: the program's TC_ACT_SHOT is the verdict. Dropped at bkt1's egress, the frames never reach bkt0.
TEST_F(AttachTc, DirectActionVerdictIsApplied) {
  auto drop = attach("tc_drop", "bkt1", kernel::TcMode::Auto, "egress");
  ASSERT_TRUE(drop) << drop.error().message;
  EXPECT_EQ(drop->method, "tc");
  EXPECT_FALSE(drop->tc->id().ingress);
  auto count = attach("tc_legacy", "bkt0");
  ASSERT_TRUE(count) << count.error().message;
  EXPECT_EQ(send_test_frames("bkt1", 4), 0) << "the packet socket was not told its frames were dropped";
  EXPECT_EQ(hits_reaching(kDrop, 4), 4u);
  settle();
  EXPECT_EQ(hits(kLegacy), 0u) << "frames the egress filter shot arrived at the peer";
  drop = kernel::KernelLink();
  ASSERT_EQ(send_test_frames("bkt1", 3), 3);
  EXPECT_EQ(hits_reaching(kLegacy, 3), 3u);
}

// Two filters on one interface share the clsact qdisc; it goes with the last of them (links are destroyed in
// reverse order, as ObjectAttachment does).
TEST_F(AttachTc, QdiscStaysWhileAFilterUsesIt) {
  const int bkt1 = ifindex("bkt1");
  auto in = attach("tc_legacy", "bkt1");
  ASSERT_TRUE(in) << in.error().message;
  auto out = attach("tc_drop", "bkt1", kernel::TcMode::Auto, "egress");
  ASSERT_TRUE(out) << out.error().message;
  EXPECT_TRUE(in->tc->id().created_qdisc);
  EXPECT_FALSE(out->tc->id().created_qdisc);
  out = kernel::KernelLink();
  EXPECT_EQ(*kernel::has_clsact(bkt1), true);
  EXPECT_EQ(kernel::list_tc_filters(bkt1, true)->size(), 1u);
  in = kernel::KernelLink();
  EXPECT_EQ(*kernel::has_clsact(bkt1), false);
}

// Removal touches only the filter bpfkit put there: one replaced meanwhile by another program is left alone.
TEST_F(AttachTc, RemovalLeavesAnotherProgramsFilter) {
  const int bkt0 = ifindex("bkt0");
  auto mine = attach("tc_legacy", "bkt0");
  ASSERT_TRUE(mine) << mine.error().message;
  const kernel::TcFilterId id = mine->tc->id();
  // Someone removes it and puts another program at the same preference and handle.
  ASSERT_TRUE(kernel::TcFilter(id).remove());
  auto theirs = kernel::attach_tc(obj_->program("tc_drop")->fd.get(), bkt0, true, id.handle, id.priority);
  ASSERT_TRUE(theirs) << theirs.error().message;
  theirs->tc->keep();  // "theirs": nothing of this test removes it but the namespace going away
  mine = kernel::KernelLink();
  auto left = kernel::list_tc_filters(bkt0, true);
  ASSERT_TRUE(left);
  ASSERT_EQ(left->size(), 1u);
  EXPECT_EQ((*left)[0].prog_id, obj_->program("tc_drop")->id);
  EXPECT_EQ(*kernel::has_clsact(bkt0), true);
}

// tc/ingress and tc/egress are libbpf's aliases for tcx: a tcx link on a kernel that has tcx...
TEST_F(AttachTc, TcAliasesAreTcxLinks) {
  auto in = attach("tc_alias_in", "bkt0");
  ASSERT_TRUE(in) << in.error().message;
  EXPECT_EQ(in->method, "tcx");
  EXPECT_EQ(in->target, "bkt0 ingress");
  EXPECT_NE(in->link_id, 0u);
  EXPECT_TRUE(in->note.empty()) << in->note;
  auto out = attach("tc_alias_out", "bkt1");
  ASSERT_TRUE(out) << out.error().message;
  EXPECT_EQ(out->target, "bkt1 egress");
  EXPECT_EQ(*kernel::has_clsact(ifindex("bkt0")), false);
  ASSERT_EQ(send_test_frames("bkt1", 6), 6);
  EXPECT_EQ(hits_reaching(kAliasOut, 6), 6u);
  EXPECT_EQ(hits_reaching(kAliasIn, 6), 6u);
}

// ...and a netlink filter where there is none (what TcMode::Netlink makes every tc program take).
TEST_F(AttachTc, TcAliasesAsLegacyFilters) {
  auto in = attach("tc_alias_in", "bkt0", kernel::TcMode::Netlink);
  ASSERT_TRUE(in) << in.error().message;
  EXPECT_EQ(in->method, "tc");
  EXPECT_TRUE(in->tc->id().ingress);
  auto out = attach("tc_alias_out", "bkt1", kernel::TcMode::Netlink);
  ASSERT_TRUE(out) << out.error().message;
  EXPECT_FALSE(out->tc->id().ingress);
  ASSERT_EQ(send_test_frames("bkt1", 2), 2);
  EXPECT_EQ(hits_reaching(kAliasOut, 2), 2u);
  EXPECT_EQ(hits_reaching(kAliasIn, 2), 2u);
  // And the other way round: SEC("tc") as a tcx link when asked.
  auto tcx = attach("tc_legacy", "bkt0", kernel::TcMode::Tcx);
  ASSERT_TRUE(tcx) << tcx.error().message;
  EXPECT_EQ(tcx->method, "tcx");
}

TEST_F(AttachTc, BadInterfaceIsOneLineError) {
  auto none = attach("tc_legacy", "");
  ASSERT_FALSE(none);
  EXPECT_NE(none.error().message.find("needs an interface"), std::string::npos) << none.error().message;
  auto missing = attach("tc_legacy", "bpfkit-nope0");
  ASSERT_FALSE(missing);
  EXPECT_NE(missing.error().message.find("bpfkit-nope0"), std::string::npos) << missing.error().message;
  EXPECT_EQ(missing.error().message.find('\n'), std::string::npos);
  // A program of another type is the kernel's refusal, worded by netlink's extended ack.
  auto wrong = kernel::attach_tc(obj_->map("tc_hits")->fd.get(), ifindex("bkt0"), true);
  EXPECT_FALSE(wrong);
  EXPECT_EQ(*kernel::has_clsact(ifindex("bkt0")), false) << "a failed attach left its clsact qdisc behind";
}

// The guardian: the filters of a process that dies without cleaning up (SIGKILL) are removed for it.
TEST_F(AttachTc, GuardianRemovesFiltersOfADeadProcess) {
  const int bkt0 = ifindex("bkt0");
  int ready[2];
  ASSERT_EQ(pipe(ready), 0);
  const pid_t child = fork();
  ASSERT_GE(child, 0);
  if (child == 0) {
    close(ready[0]);
    auto link = attach("tc_legacy", "bkt0");
    if (!link) _exit(3);
    auto guard = kernel::TcGuard::start({link->tc->id()});
    if (!guard) _exit(4);
    const uint32_t ids[2] = {link->prog_id, uint32_t((*guard)->pid())};
    if (write(ready[1], ids, sizeof(ids)) != sizeof(ids)) _exit(5);
    for (;;) pause();
  }
  close(ready[1]);
  uint32_t ids[2] = {0, 0};
  const ssize_t n = read(ready[0], ids, sizeof(ids));
  close(ready[0]);
  ASSERT_EQ(n, ssize_t(sizeof(ids))) << "the child did not attach";
  ASSERT_EQ(kernel::list_tc_filters(bkt0, true)->size(), 1u);
  ASSERT_EQ(send_test_frames("bkt1", 2), 2);
  EXPECT_EQ(hits_reaching(kLegacy, 2), 2u);
  kill(child, SIGKILL);
  waitpid(child, nullptr, 0);
  bool gone = false;
  for (int i = 0; i < 200 && !gone; ++i) {
    gone = kernel::list_tc_filters(bkt0, true)->empty() && !*kernel::has_clsact(bkt0);
    if (!gone) std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  EXPECT_TRUE(gone) << "the guardian did not remove the dead process's filter and qdisc";
  // The guardian exits when done (it is not our child: it was the dead process's, now reparented).
  bool exited = false;
  for (int i = 0; i < 200 && !exited; ++i) {
    exited = kill(pid_t(ids[1]), 0) != 0 || process_state(pid_t(ids[1])) == 'Z';
    if (!exited) std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  EXPECT_TRUE(exited) << "guardian " << ids[1] << " is still running";
}

}  // namespace
}  // namespace bpfkit::testing
