// The tracing programs bpfkit runs in userspace, against the running kernel: libbpf (CO-RE against vmlinux) must
// load each of them, and the kernel's own test-run of a tracepoint program is ENOTSUPP (524), which is why bpfkit
// runs these types on a context of its own. bpfkit's half is checked first against fixed values; fentry/fexit/LSM
// loads refused with EPERM (lockdown) skip with the kernel's message (tests/support/kernel_refusal.h).
#include <gtest/gtest.h>

#include <cerrno>
#include <cstring>
#include <string>

#include "bpfkit/link.h"
#include "bpfkit/runtime.h"
#include "bpfkit/verifier.h"
#include "bpfkit/tracing.h"
#include "support/kernel_refusal.h"
#include "support/kernel_runner.h"

#ifdef BPFKIT_HAVE_LIBBPF
#include <bpf/bpf.h>
#include <bpf/libbpf.h>
#endif

namespace bpfkit::testing {
namespace {

const std::string kProgs = BPFKIT_BINARY_DIR "/bpf/trace_progs.o";
const std::string kExecsnoop = BPFKIT_BINARY_DIR "/bpf/execsnoop.o";

// bpfkit's half: the program loads into the userspace backend and runs on a zeroed context of its type (tp_btf's
// task argument points at a simulated task: a NULL BTF pointer load faults in bpfkit, where the kernel's exception
// table would give 0).
void check_bpfkit_runs(const std::string& path, const std::string& prog) {
  auto spec = ObjectSpec::open(path);
  ASSERT_TRUE(spec) << spec.error().to_string();
  auto kmem = std::make_shared<KernelMemory>();
  ASSERT_TRUE(build_current_task(*spec->btf(), *parse_task_spec(R"({"pid": 1})"), *kmem));
  LoadOptions opt;
  // The task image is laid out by the object's own BTF, so CO-RE relocates against that BTF too.
  opt.core.btf_path = path;
  opt.helpers.kernel_memory = kmem;
  // The object also holds fe_unlink/fx_unlink, which return non-zero as no kernel lets fentry/fexit do; each listed
  // program is verified on its own below, as the kernel (libbpf loading it alone) would.
  opt.verify = false;
  {
    const ProgramSpec* ps = spec->program(prog);
    ASSERT_NE(ps, nullptr) << prog;
    auto linked = link_program(*spec, *ps);
    ASSERT_TRUE(linked) << linked.error().to_string();
    auto kconfig = kconfig_map_value(*spec, LoadOptions{});
    ASSERT_TRUE(kconfig) << kconfig.error().message;
    const VerifyResult v = verify(VerifierInput::from_linked(*spec, *linked, *kconfig), VerifyOptions{});
    EXPECT_TRUE(v.accepted) << prog << ": bpfkit's verifier refuses it: " << v.error;
  }
  auto obj = UserspaceObject::load(std::move(*spec), std::move(opt));
  ASSERT_TRUE(obj) << obj.error().to_string();
  TestRunOptions o;
  o.ctx_in = std::vector<uint8_t>(40, 0);  // a tracepoint record, pt_regs (zero-extended) or five u64 arguments
  std::memcpy(o.ctx_in->data(), &kmem->current_task, 8);
  auto r = (*obj)->test_run(prog, o);
  ASSERT_TRUE(r) << prog << ": " << r.error().to_string();
}

struct KernelLoad {
  int err = 0;  // 0: loaded
  std::string log;
  uint32_t prog_type = 0;
  uint32_t attach_type = 0;
  int fd = -1;
};

#ifdef BPFKIT_HAVE_LIBBPF
// Loads only prog of the object with libbpf; runs then_fn(fd) while the object is open.
template <class F>
KernelLoad kernel_load(const std::string& path, const std::string& prog, F then_fn) {
  KernelLoad out;
  LibbpfLogCapture capture(&out.log);
  bpf_object* obj = bpf_object__open_file(path.c_str(), nullptr);
  if (obj == nullptr) {
    out.err = errno;
    return out;
  }
  bpf_program* p;
  bpf_program* target = nullptr;
  bpf_object__for_each_program(p, obj) {
    const bool me = prog == bpf_program__name(p);
    bpf_program__set_autoload(p, me);
    if (me) target = p;
  }
  if (target == nullptr) {
    bpf_object__close(obj);
    out.err = ENOENT;
    return out;
  }
  out.prog_type = bpf_program__type(target);
  out.attach_type = bpf_program__expected_attach_type(target);
  const int rc = bpf_object__load(obj);
  if (rc != 0) {
    out.err = -rc;
  } else {
    out.fd = bpf_program__fd(target);
    then_fn(out.fd);
  }
  bpf_object__close(obj);
  return out;
}
#endif

class TracingKernel : public ::testing::TestWithParam<const char*> {};

TEST_P(TracingKernel, KernelLoadsWhatBpfkitRuns) {
  const std::string prog = GetParam();
  check_bpfkit_runs(kProgs, prog);
  if (HasFatalFailure()) return;
  if (const auto& why = kernel_unavailable()) GTEST_SKIP() << "kernel side: " << *why;
#ifdef BPFKIT_HAVE_LIBBPF
  KernelLoad k = kernel_load(kProgs, prog, [](int) {});
  if (k.err == 0) return;
  KernelFailure f;
  f.stage = KernelFailure::Stage::Load;
  f.err = k.err;
  f.log = k.log;
  f.prog_types = {k.prog_type};
  f.attach_type = k.attach_type;
  if (skip_for_kernel_refusal(f, [&] { check_bpfkit_runs(kProgs, prog); })) return;
  FAIL() << prog << ": the kernel refused it (errno " << k.err << "):\n" << k.log;
#endif
}

INSTANTIATE_TEST_SUITE_P(Progs, TracingKernel,
                         ::testing::Values("kp_args", "kretp_rc", "pe_sample", "tp_openat", "fe_unlink_ok", "fx_unlink_ok",
                                           "tpbtf_exec", "kp_task", "lsm_open"),
                         [](const auto& info) { return std::string(info.param); });

TEST(TracingKernelFacts, ExecsnoopLoadsButTheKernelCannotTestRunIt) {
  // bpfkit: the event from a given record, task and user memory.
  auto spec = ObjectSpec::open(kExecsnoop);
  ASSERT_TRUE(spec) << spec.error().to_string();
  const btf::Btf* btf = spec->btf();
  ASSERT_NE(btf, nullptr);
  auto kmem = std::make_shared<KernelMemory>();
  ASSERT_TRUE(build_current_task(*btf, *parse_task_spec(R"({"pid": 5, "real_parent": {"tgid": 2}})"), *kmem));
  auto umem = std::make_shared<UserMemory>(*parse_user_memory(R"([{"addr": 4096, "string": "/x"}])"));
  LoadOptions opt;
  // The task image is laid out by the object's own BTF, so CO-RE relocates against that BTF too.
  opt.core.btf_path = kExecsnoop;
  opt.helpers.use_host_identity = false;
  opt.helpers.identity.pid = opt.helpers.identity.tgid = 5;
  opt.helpers.kernel_memory = kmem;
  opt.helpers.read_user_memory = [umem](uint64_t a, void* d, size_t n) { return umem->read(a, d, n); };
  auto obj = UserspaceObject::load(std::move(*spec), std::move(opt));
  ASSERT_TRUE(obj) << obj.error().to_string();
  std::vector<uint8_t> record(40, 0);
  const uint64_t filename = 4096;
  std::memcpy(record.data() + 16, &filename, 8);
  TestRunOptions o;
  o.ctx_in = record;
  auto r = (*obj)->test_run("execsnoop", o);
  ASSERT_TRUE(r) << r.error().to_string();
  auto* rb = dynamic_cast<RingbufMap*>((*obj)->map("events"));
  ASSERT_NE(rb, nullptr);
  std::vector<uint8_t> event;
  rb->consume([&](std::span<const uint8_t> rec) { event.assign(rec.begin(), rec.end()); });
  ASSERT_EQ(event.size(), 92u);
  uint32_t pid = 0, ppid = 0;
  std::memcpy(&pid, event.data(), 4);
  std::memcpy(&ppid, event.data() + 4, 4);
  EXPECT_EQ(pid, 5u);
  EXPECT_EQ(ppid, 2u);
  EXPECT_STREQ(reinterpret_cast<const char*>(event.data() + 28), "/x");

  if (const auto& why = kernel_unavailable()) GTEST_SKIP() << "kernel side: " << *why;
#ifdef BPFKIT_HAVE_LIBBPF
  int test_run_rc = 0;
  KernelLoad k = kernel_load(kExecsnoop, "execsnoop", [&](int fd) {
    LIBBPF_OPTS(bpf_test_run_opts, topts, .ctx_in = record.data(), .ctx_size_in = uint32_t(record.size()));
    test_run_rc = bpf_prog_test_run_opts(fd, &topts);
  });
  ASSERT_EQ(k.err, 0) << k.log;
  EXPECT_EQ(test_run_rc, -524) << "the kernel's BPF_PROG_TEST_RUN of a tracepoint program (ENOTSUPP expected)";
#endif
}

}  // namespace
}  // namespace bpfkit::testing
