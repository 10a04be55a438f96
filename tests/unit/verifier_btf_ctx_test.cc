// BTF-typed contexts that this machine's kernel will not judge: fentry, fexit and LSM programs are refused with
// EPERM (lockdown) before its verifier runs, so these expectations are fixed from the rules of 6.18's source
// (kernel/bpf/btf.c btf_ctx_access, kernel/bpf/verifier.c check_return_code, kernel/bpf/bpf_lsm.c
// bpf_lsm_get_retval_range) with the kernel's words, and checked against bpfkit only. The prototypes come from the
// running kernel's BTF (/sys/kernel/btf/vmlinux); the tests skip without it. struct_ops cases the kernel does load
// are in the verifier corpus (tests/verifier/c/struct_ops.bpf.c); here only what a corpus case cannot show.
#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include "bpfkit/asm.h"
#include "bpfkit/verifier.h"

namespace bpfkit {
namespace {

constexpr const char* kVmlinux = "/sys/kernel/btf/vmlinux";

VerifyResult run(ProgType type, uint32_t eat, const std::string& target, const std::string& text,
                 const std::string& struct_ops_type = "") {
  VerifierInput in;
  auto insns = assemble(text);
  EXPECT_TRUE(insns) << (insns ? "" : insns.error().message);
  if (insns) in.insns = *insns;
  in.type = type;
  in.expected_attach_type = eat;
  in.attach_target = target;
  in.struct_ops_type = struct_ops_type;
  in.gpl_compatible = true;
  VerifyOptions opt;
  opt.profile = VerifierProfile::for_kernel(6 << 16 | 18 << 8, true);
  opt.log_level = 1;
  return verify(in, opt);
}

class BtfCtx : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!std::filesystem::exists(kVmlinux)) GTEST_SKIP() << "no " << kVmlinux;
  }
};

// do_unlinkat(int dfd, struct filename *name): two arguments.
TEST_F(BtfCtx, FentryArgumentsByPrototype) {
  VerifyResult r = run(ProgType::Tracing, attach::TraceFentry, "do_unlinkat",
                       "r2 = *(u64 *)(r1 + 8)\n"   // name: a struct filename pointer
                       "r3 = *(u64 *)(r2 + 0)\n"   // name->name, read through BTF
                       "r4 = *(u64 *)(r1 + 0)\n"   // dfd: a scalar
                       "r0 = 0\n"
                       "exit\n");
  EXPECT_TRUE(r.accepted) << r.error;
}

TEST_F(BtfCtx, FentryPastTheLastArgument) {
  VerifyResult r = run(ProgType::Tracing, attach::TraceFentry, "do_unlinkat",
                       "r2 = *(u64 *)(r1 + 16)\n"
                       "r0 = 0\n"
                       "exit\n");
  EXPECT_FALSE(r.accepted);
  EXPECT_EQ(r.error, "invalid bpf_context access off=16 size=8");
  EXPECT_NE(r.log.find("func 'do_unlinkat' doesn't have 3-th argument"), std::string::npos) << r.log;
}

// fexit has one slot more, the return value; none past it.
TEST_F(BtfCtx, FexitReturnValueSlot) {
  VerifyResult ok = run(ProgType::Tracing, attach::TraceFexit, "do_unlinkat",
                        "r2 = *(u64 *)(r1 + 16)\n"
                        "r0 = 0\n"
                        "exit\n");
  EXPECT_TRUE(ok.accepted) << ok.error;
  VerifyResult past = run(ProgType::Tracing, attach::TraceFexit, "do_unlinkat",
                          "r2 = *(u64 *)(r1 + 24)\n"
                          "r0 = 0\n"
                          "exit\n");
  EXPECT_FALSE(past.accepted);
  EXPECT_EQ(past.error, "invalid bpf_context access off=24 size=8");
  EXPECT_NE(past.log.find("func 'do_unlinkat' doesn't have 4-th argument"), std::string::npos) << past.log;
}

// fentry and fexit must return 0.
TEST_F(BtfCtx, FentryReturnsZero) {
  VerifyResult r = run(ProgType::Tracing, attach::TraceFentry, "do_unlinkat", "r0 = 1\nexit\n");
  EXPECT_FALSE(r.accepted);
  EXPECT_EQ(r.error, "At program exit the register R0 has smin=1 smax=1 should have been in [0, 0]");
}

// sb_eat_lsm_opts(char *orig, void **mnt_opts): a pointer to a pointer is no struct to walk. The message names the
// BTF function the program attaches to (attach_func_name), bpf_lsm_*.
TEST_F(BtfCtx, LsmPointerToNonStructArgument) {
  VerifyResult r = run(ProgType::Lsm, attach::LsmMac, "sb_eat_lsm_opts",
                       "r2 = *(u64 *)(r1 + 8)\n"
                       "r0 = 0\n"
                       "exit\n");
  EXPECT_FALSE(r.accepted);
  EXPECT_EQ(r.error, "invalid bpf_context access off=8 size=8");
  EXPECT_NE(r.log.find("func 'bpf_lsm_sb_eat_lsm_opts' arg1 type PTR is not a struct"), std::string::npos) << r.log;
}

// bpf_lsm_get_retval_range: 0 or a negative errno, in 32 bits, for hooks returning int.
TEST_F(BtfCtx, LsmReturnRange) {
  EXPECT_TRUE(run(ProgType::Lsm, attach::LsmMac, "file_open", "r0 = -1\nexit\n").accepted);
  EXPECT_TRUE(run(ProgType::Lsm, attach::LsmMac, "file_open", "w0 = -4095\nexit\n").accepted);
  VerifyResult one = run(ProgType::Lsm, attach::LsmMac, "file_open", "r0 = 1\nexit\n");
  EXPECT_FALSE(one.accepted);
  EXPECT_EQ(one.error, "At program exit the register R0 has smin=1 smax=1 should have been in [-4095, 0]");
  VerifyResult low = run(ProgType::Lsm, attach::LsmMac, "file_open", "r0 = -4096\nexit\n");
  EXPECT_FALSE(low.accepted);
  EXPECT_EQ(low.error, "At program exit the register R0 has smin=-4096 smax=-4096 should have been in [-4095, 0]");
}

// bool_lsm_hooks return 0 or 1.
TEST_F(BtfCtx, LsmBoolHook) {
  EXPECT_TRUE(run(ProgType::Lsm, attach::LsmMac, "audit_rule_known", "r0 = 1\nexit\n").accepted);
  VerifyResult two = run(ProgType::Lsm, attach::LsmMac, "audit_rule_known", "r0 = 2\nexit\n");
  EXPECT_FALSE(two.accepted);
  EXPECT_EQ(two.error, "At program exit the register R0 has smin=2 smax=2 should have been in [0, 1]");
}

// A void hook's R0 is not looked at, written or not.
TEST_F(BtfCtx, LsmVoidHookIgnoresR0) {
  VerifyResult r = run(ProgType::Lsm, attach::LsmMac, "audit_rule_free", "exit\n");
  EXPECT_TRUE(r.accepted) << r.error;
  VerifyResult file_open = run(ProgType::Lsm, attach::LsmMac, "file_open", "exit\n");
  EXPECT_FALSE(file_open.accepted);
  EXPECT_EQ(file_open.error, "R0 !read_ok");
}

// struct_ops: a member that returns a value must set R0; a void one need not. A program no struct_ops map names is
// refused with no message (the kernel: ENOTSUPP, empty log).
TEST_F(BtfCtx, StructOpsReturnValue) {
  EXPECT_TRUE(run(ProgType::StructOps, 0, "cong_avoid", "exit\n", "tcp_congestion_ops").accepted);
  VerifyResult ssthresh = run(ProgType::StructOps, 0, "ssthresh", "exit\n", "tcp_congestion_ops");
  EXPECT_FALSE(ssthresh.accepted);
  EXPECT_EQ(ssthresh.error, "R0 !read_ok");
  VerifyResult unattached = run(ProgType::StructOps, 0, "some_op", "r0 = 0\nexit\n");
  EXPECT_FALSE(unattached.accepted);
  EXPECT_EQ(unattached.error, "");
  EXPECT_NE(unattached.explanation.find(".struct_ops"), std::string::npos) << unattached.explanation;
  VerifyResult no_member = run(ProgType::StructOps, 0, "no_such_op", "r0 = 0\nexit\n", "tcp_congestion_ops");
  EXPECT_FALSE(no_member.accepted);
  EXPECT_EQ(no_member.error, "struct_ops init_kern tcp_congestion_ops: Cannot find member no_such_op in kernel BTF");
}

}  // namespace
}  // namespace bpfkit
