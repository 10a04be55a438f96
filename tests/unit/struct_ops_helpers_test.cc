// The helpers of struct_ops programs (helper_protos.h, struct_ops_has_helper): the struct_ops type's
// get_func_proto, per member, in the table, in the verifier and in the userspace runtime. The kernel's own answers
// for tcp_congestion_ops and bpf_dummy_ops are recorded in the verifier corpus (tests/verifier/c/tcp_ca.bpf.c) and
// compared helper by helper in tests/kernel/helper_protos_kernel_test.cc; here what those cannot show: the types
// this kernel lacks, and bpfkit's own loading and running of such programs.
#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include "bpfkit/asm.h"
#include "bpfkit/helper_protos.h"
#include "bpfkit/helpers.h"
#include "bpfkit/runtime.h"
#include "bpfkit/verifier.h"

namespace bpfkit {
namespace {

constexpr int32_t kTailCall = 12, kKtimeGetNs = 5, kSetsockopt = 49, kGetsockopt = 57, kSkStorageGet = 107,
                  kSkStorageDelete = 108, kTcpSendAck = 116, kTaskStorageGet = 156, kKtimeGetCoarseNs = 160;

TEST(StructOpsHelpers, TcpCongestionOpsPerMember) {
  const StructOpsTarget init{"tcp_congestion_ops", "init"}, release{"tcp_congestion_ops", "release"};
  for (int32_t id : {kSetsockopt, kGetsockopt, kSkStorageGet, kSkStorageDelete, kTcpSendAck, kKtimeGetCoarseNs,
                     kKtimeGetNs, kTailCall})
    EXPECT_TRUE(struct_ops_has_helper(init, id)) << id;
  // release: the congestion control is retiring, and may not set or read socket options.
  EXPECT_FALSE(struct_ops_has_helper(release, kSetsockopt));
  EXPECT_FALSE(struct_ops_has_helper(release, kGetsockopt));
  EXPECT_TRUE(struct_ops_has_helper(release, kSkStorageGet));
  EXPECT_TRUE(struct_ops_has_helper(release, kTcpSendAck));
  // Nothing beyond bpf_base_func_proto: no packet or tracing helpers.
  EXPECT_FALSE(struct_ops_has_helper(init, 4));   // bpf_probe_read
  EXPECT_FALSE(struct_ops_has_helper(init, 44));  // bpf_xdp_adjust_head
  EXPECT_FALSE(struct_ops_has_helper(init, 46));  // bpf_get_socket_cookie
}

TEST(StructOpsHelpers, TcpCongestionOpsPrototypes) {
  const StructOpsTarget init{"tcp_congestion_ops", "init"};
  // bpf_sk_setsockopt_proto / bpf_sk_getsockopt_proto: a BTF socket in R1, not the context
  const HelperProto* set = struct_ops_helper_proto(init, kSetsockopt);
  ASSERT_NE(set, nullptr);
  EXPECT_EQ(set->args[0], uint32_t(ArgType::PtrToBtfIdSockCommon));
  EXPECT_EQ(set->args[3], uint32_t(ArgType::PtrToMem) | kArgMemRdonly);
  const HelperProto* get = struct_ops_helper_proto(init, kGetsockopt);
  ASSERT_NE(get, nullptr);
  EXPECT_EQ(get->args[0], uint32_t(ArgType::PtrToBtfIdSockCommon));
  EXPECT_EQ(get->args[3], uint32_t(ArgType::PtrToMem) | kArgMemUninit | kArgMemWrite);
  // bpf_tcp_send_ack_proto: ARG_PTR_TO_BTF_ID of tcp_sock
  const HelperProto* ack = struct_ops_helper_proto(init, kTcpSendAck);
  ASSERT_NE(ack, nullptr);
  EXPECT_EQ(ack->args[0], uint32_t(ArgType::PtrToBtfId));
  EXPECT_STREQ(ack->arg_btf_struct[0], "tcp_sock");
  // bpf_sk_storage_get_proto: any socket the program holds
  const HelperProto* stg = struct_ops_helper_proto(init, kSkStorageGet);
  ASSERT_NE(stg, nullptr);
  EXPECT_EQ(stg->args[1], uint32_t(ArgType::PtrToBtfIdSockCommon));
  EXPECT_EQ(struct_ops_helper_proto({"tcp_congestion_ops", "release"}, kSetsockopt), nullptr);
}

TEST(StructOpsHelpers, OtherStructOpsTypes) {
  // bpf_dummy_ops has no get_func_proto: not even bpf_map_lookup_elem.
  for (int32_t id : {1, kKtimeGetNs, kTailCall, kSkStorageGet}) {
    EXPECT_FALSE(struct_ops_has_helper({"bpf_dummy_ops", "test_1"}, id)) << id;
  }
  // Qdisc_ops: the base set without tail calls.
  EXPECT_FALSE(struct_ops_has_helper({"Qdisc_ops", "enqueue"}, kTailCall));
  EXPECT_TRUE(struct_ops_has_helper({"Qdisc_ops", "enqueue"}, 1));
  // sched_ext_ops, hid_bpf_ops and types bpfkit does not know: bpf_base_func_proto, which has task storage but no
  // coarse clock and none of tcp_congestion_ops's socket helpers.
  for (const char* type : {"sched_ext_ops", "hid_bpf_ops", "some_module_ops"}) {
    const StructOpsTarget t{type, "init"};
    EXPECT_TRUE(struct_ops_has_helper(t, kTailCall)) << type;
    EXPECT_TRUE(struct_ops_has_helper(t, kTaskStorageGet)) << type;
    EXPECT_FALSE(struct_ops_has_helper(t, kKtimeGetCoarseNs)) << type;
    EXPECT_FALSE(struct_ops_has_helper(t, kSetsockopt)) << type;
    EXPECT_FALSE(struct_ops_has_helper(t, kTcpSendAck)) << type;
    EXPECT_FALSE(struct_ops_has_helper(t, kSkStorageGet)) << type;
  }
}

TEST(StructOpsHelpers, ProgramTypeAnswersForSomeStructOps) {
  // Without a target, the program type's answer is "some struct_ops program may": what a profile and the
  // runtime's helper set are built from.
  for (int32_t id : {kSetsockopt, kGetsockopt, kSkStorageGet, kSkStorageDelete, kTcpSendAck, kKtimeGetCoarseNs})
    EXPECT_TRUE(prog_type_has_helper(ProgType::StructOps, id)) << id;
  EXPECT_FALSE(prog_type_has_helper(ProgType::StructOps, 44));
  EXPECT_TRUE(struct_ops_has_helper({}, kSetsockopt));
  // The runtime binds what it does not implement to a stub that fails the run naming the helper.
  const HelperTable helpers = standard_helpers(ProgType::StructOps);
  for (int32_t id : {kSetsockopt, kGetsockopt, kTcpSendAck, kSkStorageGet}) EXPECT_NE(helpers.find(id), nullptr) << id;
  auto p = Program::load({Insn{0x85, 0, 0, 0, kSetsockopt}, Insn{0x95, 0, 0, 0, 0}}, &helpers);
  ASSERT_TRUE(p.has_value()) << p.error().message;
  RunContext ctx;
  auto r = p->run(ctx);
  ASSERT_FALSE(r.has_value());
  EXPECT_EQ(r.error().message, "helper bpf_setsockopt#49 is not implemented in bpfkit's userspace runtime");
}

// A dctcp-like object (tests/bpf/tcp_ca_dctcp.bpf.c) loads into the userspace runtime, verified; before the
// struct_ops helper sets, its load was refused at bpf_sk_storage_get. It cannot be test-run (neither can the
// kernel's, which only test-runs bpf_dummy_ops), and says so.
TEST(StructOpsHelpers, DctcpLikeObjectLoads) {
  if (!std::filesystem::exists("/sys/kernel/btf/vmlinux")) GTEST_SKIP() << "no /sys/kernel/btf/vmlinux";
  auto spec = ObjectSpec::open(BPFKIT_BINARY_DIR "/bpf/tcp_ca_dctcp.o");
  ASSERT_TRUE(spec) << spec.error().message;
  auto obj = UserspaceObject::load(std::move(*spec));
  ASSERT_TRUE(obj) << obj.error().to_string();
  EXPECT_EQ((*obj)->programs().size(), 5u);
  auto run = (*obj)->test_run("dctcp_init", TestRunOptions{});
  ASSERT_FALSE(run);
  EXPECT_EQ(run.error().message, "test_run: test-run of struct_ops programs is not implemented in bpfkit");
}

VerifyResult verify_member(const std::string& type, const std::string& member, const std::string& text) {
  VerifierInput in;
  auto insns = assemble(text);
  EXPECT_TRUE(insns) << (insns ? "" : insns.error().message);
  if (insns) in.insns = *insns;
  in.type = ProgType::StructOps;
  in.attach_target = member;
  in.struct_ops_type = type;
  in.gpl_compatible = true;
  VerifyOptions opt;
  opt.profile = VerifierProfile::for_kernel(6 << 16 | 18 << 8, true);
  return verify(in, opt);
}

// bpf_setsockopt(sk, SOL_TCP, TCP_NODELAY, &one, 4) with sk taken from the context slot given.
std::string setsockopt_from(int ctx_off) {
  return "r1 = *(u64 *)(r1 + " + std::to_string(ctx_off) +
         ")\n"
         "*(u32 *)(r10 - 4) = 1\n"
         "r2 = 6\n"
         "r3 = 1\n"
         "r4 = r10\n"
         "r4 += -4\n"
         "r5 = 4\n"
         "call 49\n"
         "exit\n";
}

class StructOpsVerifier : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!std::filesystem::exists("/sys/kernel/btf/vmlinux")) GTEST_SKIP() << "no /sys/kernel/btf/vmlinux";
  }
};

TEST_F(StructOpsVerifier, SetsockoptByMember) {
  VerifyResult init = verify_member("tcp_congestion_ops", "init", setsockopt_from(0));
  EXPECT_TRUE(init.accepted) << init.error;
  VerifyResult release = verify_member("tcp_congestion_ops", "release", setsockopt_from(0));
  EXPECT_FALSE(release.accepted);
  EXPECT_EQ(release.error, "program of this type cannot use helper bpf_setsockopt#49");
}

TEST_F(StructOpsVerifier, SocketArgumentsAreChecked) {
  // cong_control(sk, ack, flag, rs): rs is a trusted rate_sample, which does not hold a sock_common.
  VerifyResult rs = verify_member("tcp_congestion_ops", "cong_control", setsockopt_from(24));
  EXPECT_FALSE(rs.accepted);
  EXPECT_EQ(rs.error, "R1 is of type rate_sample but sock_common is expected");
  VerifyResult ack = verify_member("tcp_congestion_ops", "cong_control",
                                   "r1 = *(u64 *)(r1 + 24)\n"
                                   "r2 = 0\n"
                                   "call 116\n"
                                   "exit\n");
  EXPECT_FALSE(ack.accepted);
  EXPECT_EQ(ack.error, "R1 is of type rate_sample but tcp_sock is expected");
}

TEST_F(StructOpsVerifier, DummyOpsHasNoHelpers) {
  VerifyResult r = verify_member("bpf_dummy_ops", "test_1", "call 5\nexit\n");
  EXPECT_FALSE(r.accepted);
  EXPECT_EQ(r.error, "program of this type cannot use helper bpf_ktime_get_ns#5");
  EXPECT_TRUE(verify_member("bpf_dummy_ops", "test_1", "r0 = 0\nexit\n").accepted);
}

}  // namespace
}  // namespace bpfkit
