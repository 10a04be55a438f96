// The current-task helpers and the helpers whose effect bpfkit records instead of performing:
// bpf_get_current_task(_btf), bpf_get_ns_current_pid_tgid, bpf_get_attach_cookie, bpf_send_signal(_thread),
// bpf_override_return, bpf_trace_vprintk and bpf_get_socket_cookie. Where the kernel can test-run the program
// (syscall, raw_tp, tc, cgroup_skb, socket filter), it runs in both and the outcomes must match; the recorded
// requests and configured values are checked against bpfkit alone.
#include <sys/stat.h>
#include <unistd.h>

#include <gtest/gtest.h>

#include <fmt/format.h>

#include "bpfkit/helper_protos.h"
#include "test_run_harness.h"

namespace bpfkit::trun {
namespace {

constexpr ProgType kSys = ProgType::Syscall;

// Runs a syscall program in bpfkit with its own env, returning the result (and the env's requests in it).
TestRunResult run_sys(const std::vector<Insn>& insns, HelperConfig config = {}) {
  static const HelperTable table = standard_helpers(kSys);
  HelperEnv env(std::move(config));
  auto prog = Program::load(insns, &table);
  EXPECT_TRUE(prog.has_value()) << (prog ? "" : prog.error().to_string());
  if (!prog) return {};
  auto r = test_run(*prog, TestRunTarget{kSys, 0}, env, TestRunOptions{});
  EXPECT_TRUE(r.has_value()) << (r ? "" : r.error().to_string());
  return r ? *r : TestRunResult{};
}

TEST(TaskHelpers, CurrentTaskIsAKernelAddress) {
  // Both kernels (bpfkit's fake task and the real one) give an address in the upper half.
  EXPECT_EQ(run_both(kSys, asm_or_die("call bpf_get_current_task\nr0 >>= 47\nexit\n"), TestRunOptions{}).retval,
            0x1ffffu);
  // The BTF pointer allows no arithmetic; it is never NULL.
  const auto btf = asm_or_die(R"(
    call bpf_get_current_task_btf
    r1 = 0
    if r0 == 0 goto +1
    r1 = 1
    r0 = r1
    exit
  )");
  EXPECT_EQ(run_both(kSys, btf, TestRunOptions{}).retval, 1u);
  // bpfkit's address is the configured one; nothing backs it until a task image does, so a read faults cleanly.
  HelperConfig c;
  c.current_task = 0xffff888012345678ull;
  const auto addr = asm_or_die("call bpf_get_current_task\nr0 ^= 0x12345678\nexit\n");
  EXPECT_EQ(run_sys(addr, c).retval, 0u);
  const auto read = asm_or_die(R"(
    call bpf_get_current_task
    r3 = r0
    r1 = r10
    r1 += -8
    r2 = 8
    call bpf_probe_read_kernel
    exit
  )");
  EXPECT_EQ(int32_t(run_sys(read).retval), -EFAULT);
}

// get_ns_current_pid_tgid(dev, ino, r10 - 8, size) with nsdata prefilled; R0 = rc ^ pid ^ (tgid << 16) so a wrong
// id, a missing clear or a wrong rc all show.
std::vector<Insn> ns_prog(uint64_t dev, uint64_t ino, uint32_t size) {
  return asm_or_die(fmt::format(R"(
    r1 = 0x5a5a5a5a5a5a5a5a ll
    *(u64 *)(r10 - 8) = r1
    r1 = {:#x} ll
    r2 = {:#x} ll
    r3 = r10
    r3 += -8
    r4 = {}
    call bpf_get_ns_current_pid_tgid
    r1 = *(u32 *)(r10 - 8)
    r0 ^= r1
    r1 = *(u32 *)(r10 - 4)
    r1 <<= 16
    r0 ^= r1
    exit
  )", dev, ino, size));
}

TEST(TaskHelpers, NsCurrentPidTgid) {
  struct stat st {};
  ASSERT_EQ(stat("/proc/self/ns/pid", &st), 0);
  const uint64_t dev = st.st_dev, ino = st.st_ino;
  const uint32_t tid = uint32_t(gettid()), pid = uint32_t(getpid());
  EXPECT_EQ(run_both(kSys, ns_prog(dev, ino, 8), TestRunOptions{}).retval, tid ^ (pid << 16));
  const uint32_t einval = uint32_t(-EINVAL);
  EXPECT_EQ(run_both(kSys, ns_prog(dev, ino + 1, 8), TestRunOptions{}).retval, einval);  // another namespace
  EXPECT_EQ(run_both(kSys, ns_prog(dev + 1, ino, 8), TestRunOptions{}).retval, einval);
  EXPECT_EQ(run_both(kSys, ns_prog(dev | 1ull << 32, ino, 8), TestRunOptions{}).retval, einval);  // not a dev_t
  // A size other than sizeof(struct bpf_pidns_info): -EINVAL and the first 4 bytes cleared.
  EXPECT_EQ(run_both(kSys, ns_prog(dev, ino, 4), TestRunOptions{}).retval, einval ^ (0x5a5a5a5au << 16));

  // A configured task: its ids in its own namespace.
  HelperConfig c;
  c.use_host_identity = false;
  c.identity.pid = 7;
  c.identity.tgid = 5;
  c.identity.pidns_dev = dev + 3;
  c.identity.pidns_ino = 0x1234;
  EXPECT_EQ(run_sys(ns_prog(dev + 3, 0x1234, 8), c).retval, 7u ^ (5u << 16));
  EXPECT_EQ(run_sys(ns_prog(dev, ino, 8), c).retval, einval);
}

TEST(TaskHelpers, AttachCookie) {
  const auto prog = asm_or_die("call bpf_get_attach_cookie\nexit\n");
  TestRunOptions o;
  o.ctx_in = std::vector<uint8_t>(8, 0);
  EXPECT_EQ(run_both(ProgType::RawTracepoint, prog, o).retval, 0u);  // test-run's run_ctx has cookie 0

  static const HelperTable table = standard_helpers(ProgType::RawTracepoint);
  HelperConfig c;
  c.attach_cookie = 0x1234567890ull;
  HelperEnv env(c);
  auto p = Program::load(asm_or_die("call bpf_get_attach_cookie\nr0 >>= 4\nexit\n"), &table);
  ASSERT_TRUE(p.has_value());
  auto r = test_run(*p, TestRunTarget{ProgType::RawTracepoint, 0}, env, o);
  ASSERT_TRUE(r.has_value()) << r.error().to_string();
  EXPECT_EQ(r->retval, 0x23456789u);
}

std::vector<Insn> signal_prog(const char* helper, uint32_t sig) {
  return asm_or_die(fmt::format("r1 = {:#x} ll\ncall {}\nexit\n", sig, helper));
}

TEST(TaskHelpers, SendSignalChecksAndRecords) {
  for (const char* helper : {"bpf_send_signal", "bpf_send_signal_thread"}) {
    SCOPED_TRACE(helper);
    // Signal 0 sends nothing; above _NSIG is -EINVAL. (A real signal would hit the test process in the kernel.)
    EXPECT_EQ(run_both(kSys, signal_prog(helper, 0), TestRunOptions{}).retval, 0u);
    EXPECT_EQ(run_both(kSys, signal_prog(helper, 65), TestRunOptions{}).retval, uint32_t(-EINVAL));
    EXPECT_EQ(run_both(kSys, signal_prog(helper, 0xffffffff), TestRunOptions{}).retval, uint32_t(-EINVAL));
    EXPECT_TRUE(run_sys(signal_prog(helper, 0)).requests.empty());
  }
  const TestRunResult r = run_sys(signal_prog("bpf_send_signal", 10));
  EXPECT_EQ(r.retval, 0u);
  EXPECT_EQ(r.requests, (std::vector<HelperRequest>{{HelperRequest::SendSignal, 10}}));
  const TestRunResult t = run_sys(signal_prog("bpf_send_signal_thread", 64));
  EXPECT_EQ(t.requests, (std::vector<HelperRequest>{{HelperRequest::SendSignalThread, 64}}));
  // init may not be signalled.
  HelperConfig c;
  c.use_host_identity = false;
  c.identity.pid = c.identity.tgid = 1;
  const TestRunResult init = run_sys(signal_prog("bpf_send_signal", 9), c);
  EXPECT_EQ(init.retval, uint32_t(-EPERM));
  EXPECT_TRUE(init.requests.empty());
}

TEST(TaskHelpers, OverrideReturnIsRecorded) {
  // kprobe programs cannot be test-run (and this kernel has no kprobes): run it on a bare context.
  EXPECT_TRUE(prog_type_has_helper(ProgType::Kprobe, 58));
  EXPECT_FALSE(prog_type_has_helper(ProgType::Tracepoint, 58));
  static const HelperTable table = standard_helpers(ProgType::Kprobe);
  auto p = Program::load(asm_or_die("r2 = -12\ncall bpf_override_return\nexit\n"), &table);
  ASSERT_TRUE(p.has_value()) << p.error().to_string();
  HelperEnv env;
  std::vector<uint8_t> regs(168, 0);
  RunContext rc = raw_context(regs);
  env.prepare(rc);
  auto r0 = p->run(rc);
  ASSERT_TRUE(r0.has_value()) << r0.error().to_string();
  EXPECT_EQ(*r0, 0u);
  EXPECT_EQ(env.take_requests(), (std::vector<HelperRequest>{{HelperRequest::OverrideReturn, uint64_t(-12)}}));
  EXPECT_TRUE(env.take_requests().empty());
}

// trace_vprintk("%d %d %d %d %d\n"-like format on the stack, args at r10 - 64, data_len).
std::vector<Insn> vprintk_prog(uint32_t nargs_fmt, uint32_t data_len, bool null_data = false) {
  std::string fmt;
  for (uint32_t i = 0; i < nargs_fmt; ++i) fmt += "%d,";
  fmt.resize(23, ' ');  // 24 bytes with the NUL
  std::string text = "r1 = 0\n";
  for (int i = 0; i < 12; ++i) text += fmt::format("r1 = {}\n*(u64 *)(r10 - {}) = r1\n", i * 111 - 5, 128 - 8 * i);
  for (int w = 0; w < 3; ++w) {
    uint64_t v = 0;
    for (int b = 0; b < 8; ++b) {
      const size_t at = size_t(w * 8 + b);
      v |= uint64_t(uint8_t(at < 23 ? fmt[at] : 0)) << (8 * b);
    }
    text += fmt::format("r1 = {:#x} ll\n*(u64 *)(r10 - {}) = r1\n", v, 24 - 8 * w);
  }
  text += fmt::format(R"(
    r1 = r10
    r1 += -24
    r2 = 24
    r3 = {}
    r4 = {}
    call bpf_trace_vprintk
    exit
  )", null_data ? "0" : "r10\nr3 += -128", data_len);
  return asm_or_die(text);
}

TEST(TaskHelpers, TraceVprintk) {
  // "%d,%d,%d,%d," and 11 spaces: "-5,106,217,328," and the spaces.
  EXPECT_EQ(run_both(kSys, vprintk_prog(4, 32), TestRunOptions{}).retval, 26u);
  EXPECT_EQ(run_both(kSys, vprintk_prog(7, 96), TestRunOptions{}).retval, 29u);  // 7 conversions, 12 args
  EXPECT_EQ(run_both(kSys, vprintk_prog(0, 0, true), TestRunOptions{}).retval, 23u);
  const uint32_t einval = uint32_t(-EINVAL);
  EXPECT_EQ(run_both(kSys, vprintk_prog(4, 24), TestRunOptions{}).retval, einval);  // fewer args than conversions
  EXPECT_EQ(run_both(kSys, vprintk_prog(4, 36), TestRunOptions{}).retval, einval);  // not a multiple of 8
  EXPECT_EQ(run_both(kSys, vprintk_prog(4, 104), TestRunOptions{}).retval, einval);  // 13 args
  // The text goes to the trace sink.
  std::string seen;
  HelperConfig c;
  c.trace_sink = [&](std::string_view s) { seen = s; };
  run_sys(vprintk_prog(4, 32), c);
  EXPECT_EQ(seen, "-5,106,217,328,           ");
}

TEST(TaskHelpers, SocketCookie) {
  // Test-run skbs carry a socket: its cookie is nonzero and the same at every call.
  const auto prog = asm_or_die(R"(
    r6 = r1
    call bpf_get_socket_cookie
    r7 = r0
    r1 = r6
    call bpf_get_socket_cookie
    r1 = 0
    if r7 == 0 goto out
    if r7 != r0 goto out
    r1 = 1
  out:
    r0 = r1
    exit
  )");
  for (ProgType type : {ProgType::SchedCls, ProgType::SocketFilter, ProgType::CgroupSkb}) {
    SCOPED_TRACE(prog_type_name(type));
    EXPECT_EQ(run_both(type, prog, with_data(pattern(64))).retval, 1u);
  }
  // A syscall program may ask about no socket at all.
  EXPECT_EQ(run_both(kSys, asm_or_die("r1 = 0\ncall bpf_get_socket_cookie\nexit\n"), TestRunOptions{}).retval, 0u);
  EXPECT_FALSE(prog_type_has_helper(ProgType::Xdp, 46));
}

}  // namespace
}  // namespace bpfkit::trun
