// The new map types inside whole objects: the redirect target a test run reports, bpf_get_stackid / bpf_get_stack
// on the simulated stack, and an object with a map type bpfkit cannot model.
#include <gtest/gtest.h>

#include <cerrno>
#include <cstring>
#include <string>

#include "bpfkit/runtime.h"

namespace bpfkit {
namespace {

const std::string kBpfDir = BPFKIT_BINARY_DIR "/bpf/";

// rt_stacks.o holds lookup_stack, which the kernel's verifier refuses (a stack trace map goes only to
// bpf_get_stackid): its test checks that the runtime refuses it too, so that object loads unverified.
std::unique_ptr<UserspaceObject> load(const std::string& name, LoadOptions options = {}) {
  if (name == "rt_stacks.o") options.verify = false;
  auto spec = ObjectSpec::open(kBpfDir + name);
  EXPECT_TRUE(spec) << spec.error().to_string();
  if (!spec) return nullptr;
  auto obj = UserspaceObject::load(std::move(*spec), std::move(options));
  EXPECT_TRUE(obj) << obj.error().to_string();
  return obj ? std::move(*obj) : nullptr;
}

// Ethernet + IPv4 header with the destination's last byte set (what xdp_redirect.bpf.c keys on).
std::vector<uint8_t> packet(uint8_t dst_low) {
  std::vector<uint8_t> p(14 + 20 + 8, 0);
  p[12] = 0x08;
  p[14] = 0x45;
  p[14 + 19] = dst_low;
  return p;
}

TEST(RedirectRun, DevmapTargetIsReported) {
  auto obj = load("xdp_redirect.o");
  ASSERT_TRUE(obj);
  uint32_t key = 3, ifindex = 1;
  ASSERT_EQ(obj->map("tx_port")->update_elem(&key, &ifindex), 0);
  TestRunOptions opt;
  opt.data_in = packet(3);
  auto r = obj->test_run("xdp_port", opt);
  ASSERT_TRUE(r) << r.error().to_string();
  EXPECT_EQ(r->retval, 4u);  // XDP_REDIRECT
  EXPECT_EQ(r->data_out, opt.data_in);  // the packet comes back as it went in, as from the kernel
  ASSERT_TRUE(r->redirect);
  EXPECT_EQ(r->redirect->kind, RedirectTarget::Kind::Map);
  EXPECT_EQ(r->redirect->map_name, "tx_port");
  EXPECT_EQ(r->redirect->map_type, MapType::Devmap);
  EXPECT_EQ(r->redirect->key, 3u);
  // A miss takes the fallback action (XDP_PASS) and reports nothing.
  opt.data_in = packet(4);
  r = obj->test_run("xdp_port", opt);
  ASSERT_TRUE(r);
  EXPECT_EQ(r->retval, 2u);
  EXPECT_FALSE(r->redirect);
}

TEST(RedirectRun, IfindexAndBroadcast) {
  auto obj = load("xdp_redirect.o");
  ASSERT_TRUE(obj);
  TestRunOptions opt;
  opt.data_in = packet(9);
  auto r = obj->test_run("xdp_ifindex", opt);
  ASSERT_TRUE(r);
  EXPECT_EQ(r->retval, 4u);
  ASSERT_TRUE(r->redirect);
  EXPECT_EQ(r->redirect->kind, RedirectTarget::Kind::Ifindex);
  EXPECT_EQ(r->redirect->ifindex, 9u);
  opt.data_in = packet(7);  // flags 1: XDP_ABORTED
  r = obj->test_run("xdp_ifindex", opt);
  ASSERT_TRUE(r);
  EXPECT_EQ(r->retval, 0u);
  EXPECT_FALSE(r->redirect);
  // BPF_F_BROADCAST redirects without an entry and keeps its flags.
  opt.data_in = packet(2);
  r = obj->test_run("xdp_flags", opt);
  ASSERT_TRUE(r);
  EXPECT_EQ(r->retval, 4u);
  ASSERT_TRUE(r->redirect);
  EXPECT_EQ(r->redirect->map_name, "tx_port");
  EXPECT_EQ(r->redirect->key, 5u);
  EXPECT_EQ(r->redirect->flags, BPF_F_BROADCAST | BPF_F_EXCLUDE_INGRESS);
  // cpumap takes no BPF_F_BROADCAST: XDP_ABORTED.
  opt.data_in = packet(1);
  r = obj->test_run("xdp_flags", opt);
  ASSERT_TRUE(r);
  EXPECT_EQ(r->retval, 0u);
}

TEST(RedirectRun, TcRedirect) {
  auto obj = load("tc_redirect.o");
  ASSERT_TRUE(obj);
  TestRunOptions opt;
  opt.data_in = packet(2);
  auto r = obj->test_run("tc_redirect", opt);
  ASSERT_TRUE(r);
  EXPECT_EQ(r->retval, 7u);  // TC_ACT_REDIRECT
  ASSERT_TRUE(r->redirect);
  EXPECT_EQ(r->redirect->kind, RedirectTarget::Kind::Ifindex);
  EXPECT_EQ(r->redirect->ifindex, 1u);
  EXPECT_EQ(r->redirect->flags, BPF_F_INGRESS);
  opt.data_in = packet(3);  // bad flags: TC_ACT_SHOT
  r = obj->test_run("tc_redirect", opt);
  ASSERT_TRUE(r);
  EXPECT_EQ(r->retval, 2u);
  EXPECT_FALSE(r->redirect);
}

struct StackOut {
  int64_t stackid, user_stackid, get_stack_len;
  uint64_t frames[3];
};

StackOut run_stacks(UserspaceObject& obj, uint64_t skip) {
  TestRunOptions opt;
  opt.ctx_in = std::vector<uint8_t>(8);
  std::memcpy(opt.ctx_in->data(), &skip, 8);
  auto r = obj.test_run("take_stacks", opt);
  EXPECT_TRUE(r) << (r ? "" : r.error().to_string());
  StackOut o{};
  uint32_t k = 0;
  EXPECT_EQ(obj.map("out")->lookup_elem(&k, &o), 0);
  return o;
}

TEST(StackHelpers, EmptySimulatedStack) {
  auto obj = load("rt_stacks.o");
  ASSERT_TRUE(obj);
  StackOut o = run_stacks(*obj, 0);
  EXPECT_EQ(o.stackid, -EFAULT);
  EXPECT_EQ(o.user_stackid, -EFAULT);
  EXPECT_EQ(o.get_stack_len, 0);
}

uint32_t bucket(const std::vector<uint64_t>& ips) { return jhash(ips.data(), uint32_t(ips.size() * 8), 0) & 15; }

TEST(StackHelpers, SimulatedStacks) {
  // Stacks whose buckets (jhash2 of the frames, 16 buckets) differ, so no stack id is refused with -EEXIST.
  std::vector<uint64_t> kern, user;
  for (uint64_t base = 0xffffffff81000000; kern.empty(); base += 0x100) {
    std::vector<uint64_t> k = {base + 0x10, base + 0x20, base + 0x30, base + 0x40, base + 0x50};
    std::vector<uint64_t> first4(k.begin(), k.begin() + 4), skipped(k.begin() + 2, k.end());
    for (uint64_t u = 0x401000; u < 0x402000 && kern.empty(); u += 8) {
      const uint32_t a = bucket(first4), b = bucket(skipped), c = bucket({u});
      if (a != b && a != c && b != c) {
        kern = k;
        user = {u};
      }
    }
  }
  LoadOptions lo;
  lo.helpers.kernel_stack = kern;
  lo.helpers.user_stack = user;
  auto obj = load("rt_stacks.o", lo);
  ASSERT_TRUE(obj);
  StackOut o = run_stacks(*obj, 0);
  EXPECT_EQ(o.stackid, int64_t(bucket({kern[0], kern[1], kern[2], kern[3]})));
  EXPECT_EQ(o.user_stackid, int64_t(bucket(user)));
  EXPECT_EQ(o.get_stack_len, 24);  // the buffer holds 3 of the 5 frames
  EXPECT_EQ(o.frames[0], kern[0]);
  EXPECT_EQ(o.frames[2], kern[2]);
  // The map holds at most 4 frames (value_size 32): the first 4 of the kernel stack.
  ASSERT_GE(o.stackid, 0);
  uint32_t id = uint32_t(o.stackid);
  uint64_t frames[4] = {};
  ASSERT_EQ(obj->map("stacks")->lookup_elem(&id, frames), 0);
  EXPECT_EQ(frames[0], kern[0]);
  EXPECT_EQ(frames[3], kern[3]);
  ASSERT_GE(o.user_stackid, 0);
  id = uint32_t(o.user_stackid);
  ASSERT_EQ(obj->map("stacks")->lookup_elem(&id, frames), 0);
  EXPECT_EQ(frames[0], user[0]);
  EXPECT_EQ(frames[1], 0u);
  // The same stack again: the same id (the bucket matches).
  EXPECT_EQ(run_stacks(*obj, 0).stackid, o.stackid);
  // Skipping 2 frames: frames 3..5 (max_depth grows by the skip).
  o = run_stacks(*obj, 2);
  EXPECT_EQ(o.frames[0], kern[2]);
  EXPECT_EQ(o.frames[2], kern[4]);
  ASSERT_GE(o.stackid, 0);
  id = uint32_t(o.stackid);
  ASSERT_EQ(obj->map("stacks")->lookup_elem(&id, frames), 0);
  EXPECT_EQ(frames[0], kern[2]);
  EXPECT_EQ(frames[3], 0u);
  // Skipping the whole user stack: -EFAULT from get_stackid.
  o = run_stacks(*obj, 1);
  EXPECT_EQ(o.user_stackid, -EFAULT);
}

TEST(StackHelpers, StackMapOnlyForGetStackid) {
  auto obj = load("rt_stacks.o");
  ASSERT_TRUE(obj);
  TestRunOptions opt;
  opt.ctx_in = std::vector<uint8_t>(8);
  auto r = obj->test_run("lookup_stack", opt);
  ASSERT_FALSE(r);
  EXPECT_NE(r.error().to_string().find("cannot pass map_type 7 into func bpf_map_lookup_elem#1"), std::string::npos)
      << r.error().to_string();
}

TEST(UnmodelledMaps, OnlyTheProgramUsingThemFails) {
  auto obj = load("obj_unmodelled.o");
  ASSERT_TRUE(obj);
  ASSERT_NE(obj->map("from_user"), nullptr);  // still listed
  EXPECT_TRUE(map_is_unsupported(*obj->map("from_user")));
  EXPECT_EQ(obj->program("uses_user_ringbuf"), nullptr);
  const Error* why = obj->program_error("uses_user_ringbuf");
  ASSERT_NE(why, nullptr);
  EXPECT_NE(why->to_string().find("map 'from_user' of type user_ringbuf is not supported in userspace"),
            std::string::npos)
      << why->to_string();
  EXPECT_NE(why->to_string().find("uses_user_ringbuf"), std::string::npos) << why->to_string();
  TestRunOptions opt;
  opt.data_in = std::vector<uint8_t>(64, 0);
  auto failed = obj->test_run("uses_user_ringbuf", opt);
  ASSERT_FALSE(failed);
  EXPECT_EQ(failed.error().error_number, EOPNOTSUPP);
  auto ok = obj->test_run("counts", opt);
  ASSERT_TRUE(ok) << ok.error().to_string();
  EXPECT_EQ(ok->retval, 1u);
  EXPECT_EQ(obj->program_error("counts"), nullptr);
}

}  // namespace
}  // namespace bpfkit
