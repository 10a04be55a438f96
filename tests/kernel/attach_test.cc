// CO-RE tracing programs loaded by bpfkit's kernel backend and attached to real events (tests/bpf/ev_core.bpf.c):
// what each one reads from the current task through BPF_CORE_READ comes back through a ring buffer and is checked
// against /proc. Attach methods this kernel lacks (kprobes without a kprobe PMU, fentry refused with EPERM) skip
// with the kernel's reason; the attach fallback chain is tested to pick the first method that works.
#include <fcntl.h>
#include <gtest/gtest.h>
#include <limits.h>
#include <signal.h>
#include <stdlib.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstring>
#include <fstream>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "bpfkit/events.h"
#include "bpfkit/kernel.h"
#include "bpfkit/kernel_attach.h"
#include "bpfkit/object.h"

extern "C" __attribute__((noinline, used)) int bpfkit_test_uprobe_target(int x) {
  asm volatile("" ::: "memory");  // keep the call (and the function) as written
  return x + 1;
}

namespace bpfkit::testing {
namespace {

const std::string kCore = BPFKIT_BINARY_DIR "/bpf/ev_core.o";

struct CoreEvent {
  uint32_t kind, pid, tgid, ppid, uid, pad;
  uint64_t arg;
  char comm[16];
};

// /proc/PID/status fields.
std::optional<std::string> status_field(const std::string& path, const std::string& field) {
  std::ifstream in(path);
  std::string line;
  while (std::getline(in, line)) {
    if (line.rfind(field + ":", 0) != 0) continue;
    std::string v = line.substr(field.size() + 1);
    v.erase(0, v.find_first_not_of(" \t"));
    return v.substr(0, v.find_first_of(" \t"));
  }
  return std::nullopt;
}

std::string read_comm(const std::string& path) {
  std::ifstream in(path);
  std::string s;
  std::getline(in, s);
  return s;
}

// One object loaded with only the given programs, target_tgid set to this process, and a ring buffer reader.
class Traced {
 public:
  explicit Traced(std::vector<std::string> programs) : programs_(std::move(programs)) {}

  // Loads; returns the load error (for a skip) or nullopt.
  std::optional<Error> load() {
    auto spec = ObjectSpec::open(kCore);
    if (!spec) return spec.error();
    const MapDefinition* bss = spec->map(".bss");
    if (bss == nullptr) return make_error("ev_core.o has no .bss");
    std::vector<uint8_t> v(bss->spec.value_size, 0);
    const uint32_t tgid = static_cast<uint32_t>(getpid());
    auto sec = spec->btf()->find_by_name_kind(".bss", btf::Kind::Datasec);
    if (!sec) return make_error("ev_core.o has no .bss DATASEC");
    bool found = false;
    for (const btf::VarSecinfo& vs : spec->btf()->type(*sec)->vars) {
      if (spec->btf()->type(vs.type)->name != "target_tgid") continue;
      std::memcpy(v.data() + vs.offset, &tgid, 4);
      found = true;
    }
    if (!found) return make_error("ev_core.o has no target_tgid");
    if (auto ok = spec->set_initial_value(".bss", v); !ok) return ok.error();
    chains_ = kernel::attach_chains(*spec);
    KernelLoadOptions lo;
    lo.programs = programs_;
    auto loaded = kernel::load_with_chains(*spec, lo, chains_);
    if (!loaded) return loaded.error();
    load_ = std::move(*loaded);
    auto rb = events::RingBuffer::open(load_.object->map("core_events")->fd.get(), [this](events::Record r) {
      CoreEvent e{};
      std::memcpy(&e, r.data(), std::min(r.size(), sizeof(e)));
      got_.push_back(e);
      return 0;
    });
    if (!rb) return rb.error();
    rb_ = std::move(*rb);
    return std::nullopt;
  }
  const KernelObject& object() const { return *load_.object; }
  const kernel::ChainedLoad& chained_load() const { return load_; }
  const std::vector<kernel::AttachChain>& chains() const { return chains_; }

  // Waits up to 5 s for an event of this kind.
  std::optional<CoreEvent> wait_for(uint32_t kind) {
    auto poller = events::Poller::create();
    (void)(*poller)->add(*rb_);
    const auto until = std::chrono::steady_clock::now() + std::chrono::seconds(5);
    while (std::chrono::steady_clock::now() < until) {
      for (const CoreEvent& e : got_)
        if (e.kind == kind) return e;
      (void)(*poller)->poll(100);
    }
    return std::nullopt;
  }

 private:
  std::vector<std::string> programs_;
  std::vector<kernel::AttachChain> chains_;
  kernel::ChainedLoad load_;
  std::unique_ptr<events::RingBuffer> rb_;
  std::vector<CoreEvent> got_;
};

class AttachTest : public ::testing::Test {
 protected:
  void SetUp() override {
    if (auto why = kernel::bpf_unavailable()) GTEST_SKIP() << *why;
  }
};

// The calling thread as /proc sees it.
void expect_current_thread(const CoreEvent& e) {
  const std::string task = "/proc/self/task/" + std::to_string(syscall(SYS_gettid));
  EXPECT_EQ(e.pid, static_cast<uint32_t>(syscall(SYS_gettid)));
  EXPECT_EQ(std::to_string(e.tgid), *status_field(task + "/status", "Tgid"));
  EXPECT_EQ(std::to_string(e.ppid), *status_field(task + "/status", "PPid"));
  EXPECT_EQ(std::to_string(e.uid), *status_field(task + "/status", "Uid"));
  EXPECT_EQ(std::string(e.comm, strnlen(e.comm, 16)), read_comm(task + "/comm"));
}

TEST_F(AttachTest, TracepointSchedProcessExec) {
  Traced t({"core_tp_exec"});
  if (auto err = t.load()) FAIL() << err->to_string();
  const auto* p = t.object().program("core_tp_exec");
  auto link = kernel::attach_program(*p->spec, p->fd.get());
  ASSERT_TRUE(link) << link.error().to_string();
  EXPECT_EQ(link->method, "tracepoint");
  EXPECT_EQ(link->target, "sched/sched_process_exec");

  pid_t child = fork();
  ASSERT_GE(child, 0);
  if (child == 0) {
    execl("/bin/sleep", "sleep", "5", static_cast<char*>(nullptr));
    _exit(127);
  }
  auto e = t.wait_for(1);
  const std::string proc = "/proc/" + std::to_string(child);
  auto ppid = status_field(proc + "/status", "PPid");
  auto name = status_field(proc + "/status", "Name");
  auto uid = status_field(proc + "/status", "Uid");
  kill(child, SIGKILL);
  waitpid(child, nullptr, 0);
  ASSERT_TRUE(e) << "no sched_process_exec event for the child";
  EXPECT_EQ(e->pid, static_cast<uint32_t>(child));
  EXPECT_EQ(e->tgid, static_cast<uint32_t>(child));
  ASSERT_TRUE(ppid && name && uid);
  EXPECT_EQ(std::to_string(e->ppid), *ppid);
  EXPECT_EQ(std::to_string(e->uid), *uid);
  EXPECT_EQ(std::string(e->comm, strnlen(e->comm, 16)), *name);
  EXPECT_EQ(*name, "sleep");
}

TEST_F(AttachTest, RawTracepointSysEnter) {
  Traced t({"core_raw_sys_enter"});
  if (auto err = t.load()) FAIL() << err->to_string();
  const auto* p = t.object().program("core_raw_sys_enter");
  auto link = kernel::attach_program(*p->spec, p->fd.get());
  ASSERT_TRUE(link) << link.error().to_string();
  EXPECT_EQ(link->method, "raw_tracepoint");
  EXPECT_NE(link->link_id, 0u);
  syscall(SYS_getppid);
  auto e = t.wait_for(2);
  ASSERT_TRUE(e);
  EXPECT_EQ(e->arg, static_cast<uint64_t>(SYS_getppid));
  expect_current_thread(*e);
}

TEST_F(AttachTest, UprobeOnTestBinaryFunction) {
  Traced t({"core_uprobe"});
  if (auto err = t.load()) FAIL() << err->to_string();
  char exe[PATH_MAX];
  ASSERT_NE(realpath("/proc/self/exe", exe), nullptr);
  const auto* p = t.object().program("core_uprobe");
  kernel::AttachOptions ao;
  ao.target = std::string(exe) + ":bpfkit_test_uprobe_target";
  auto link = kernel::attach_program(*p->spec, p->fd.get(), ao);
  ASSERT_TRUE(link) << link.error().to_string();
  EXPECT_EQ(link->method, "uprobe");
  EXPECT_NE(link->target.find("bpfkit_test_uprobe_target"), std::string::npos);
  EXPECT_EQ(bpfkit_test_uprobe_target(4241), 4242);
  auto e = t.wait_for(3);
  ASSERT_TRUE(e);
  EXPECT_EQ(e->arg, 4241u);
  expect_current_thread(*e);
}

TEST_F(AttachTest, KprobeOnSyscall) {
  Traced t({"core_ksyscall"});
  if (auto err = t.load()) FAIL() << err->to_string();
  const auto* p = t.object().program("core_ksyscall");
  auto link = kernel::attach_program(*p->spec, p->fd.get());
  if (!link && !kernel::pmu_type("kprobe")) GTEST_SKIP() << link.error().to_string();
  ASSERT_TRUE(link) << link.error().to_string();
  EXPECT_EQ(link->method, "ksyscall");
  syscall(SYS_getppid);
  auto e = t.wait_for(4);
  ASSERT_TRUE(e);
  expect_current_thread(*e);
}

TEST_F(AttachTest, FentryOnKernelFunction) {
  Traced t({"core_fentry"});
  if (auto err = t.load()) {
    if (err->error_number == EPERM) GTEST_SKIP() << err->to_string();
    FAIL() << err->to_string();
  }
  const auto* p = t.object().program("core_fentry");
  auto link = kernel::attach_program(*p->spec, p->fd.get());
  if (!link && link.error().error_number == EPERM) GTEST_SKIP() << link.error().to_string();
  ASSERT_TRUE(link) << link.error().to_string();
  unlinkat(AT_FDCWD, "/nonexistent-bpfkit-fentry-test", 0);
  auto e = t.wait_for(5);
  ASSERT_TRUE(e);
  expect_current_thread(*e);
}

// The chain getppid__fentry, getppid__kprobe, getppid__rawtp: the first alternative this kernel loads and attaches
// is taken, and the ones before it are reported with the kernel's reason.
TEST_F(AttachTest, FallbackChainTakesFirstSupported) {
  Traced t({"getppid__fentry", "getppid__kprobe", "getppid__rawtp"});
  if (auto err = t.load()) FAIL() << err->to_string();
  ASSERT_EQ(t.chains().size(), 1u);
  EXPECT_EQ(t.chains()[0].name, "getppid");
  EXPECT_EQ(t.chains()[0].programs, (std::vector<std::string>{"getppid__fentry", "getppid__kprobe", "getppid__rawtp"}));
  auto att = kernel::attach_object(t.object(), t.chains(), t.chained_load().load_failures);
  ASSERT_TRUE(att) << att.error().to_string();
  ASSERT_EQ(att->chains.size(), 1u);
  const kernel::ChainReport& r = att->chains[0];
  ASSERT_EQ(att->links.size(), 1u);
  EXPECT_EQ(att->links[0].program, r.chosen);

  // What this kernel can do decides the expected choice.
  const bool fentry_loaded = t.object().program("getppid__fentry") != nullptr;
  const bool has_kprobes = static_cast<bool>(kernel::pmu_type("kprobe"));
  std::string expected = "getppid__rawtp";
  if (has_kprobes) expected = "getppid__kprobe";
  if (fentry_loaded && r.skipped.empty()) expected = "getppid__fentry";
  EXPECT_EQ(r.chosen, expected);
  for (const auto& [prog, why] : r.skipped) EXPECT_FALSE(why.empty()) << prog;
  if (!fentry_loaded) {
    ASSERT_FALSE(r.skipped.empty());
    EXPECT_EQ(r.skipped[0].first, "getppid__fentry");
    EXPECT_NE(r.skipped[0].second.find("load:"), std::string::npos) << r.skipped[0].second;
  }
  if (!has_kprobes && expected == "getppid__rawtp") {
    ASSERT_EQ(r.skipped.size(), 2u);
    EXPECT_EQ(r.skipped[1].first, "getppid__kprobe");
    EXPECT_NE(r.skipped[1].second.find("no kprobe PMU"), std::string::npos) << r.skipped[1].second;
  }
  for (const auto& [prog, why] : r.skipped) std::printf("skipped %s: %s\n", prog.c_str(), why.c_str());
  std::printf("chain getppid took %s\n", r.chosen.c_str());

  syscall(SYS_getppid);
  const uint32_t kind = r.chosen == "getppid__fentry" ? 11 : r.chosen == "getppid__kprobe" ? 12 : 13;
  auto e = t.wait_for(kind);
  ASSERT_TRUE(e) << "no event from " << r.chosen;
  expect_current_thread(*e);
}

TEST_F(AttachTest, MissingTargetsAreErrorsNamingTheProgram) {
  Traced t({"core_raw_sys_enter", "core_uprobe"});
  if (auto err = t.load()) FAIL() << err->to_string();
  const auto* raw = t.object().program("core_raw_sys_enter");
  kernel::AttachOptions ao;
  ao.target = "no_such_tracepoint_bpfkit";
  auto l1 = kernel::attach_program(*raw->spec, raw->fd.get(), ao);
  ASSERT_FALSE(l1);
  EXPECT_EQ(l1.error().program, "core_raw_sys_enter");
  EXPECT_EQ(l1.error().error_number, ENOENT) << l1.error().to_string();

  const auto* up = t.object().program("core_uprobe");
  auto l2 = kernel::attach_program(*up->spec, up->fd.get());
  ASSERT_FALSE(l2);
  EXPECT_NE(l2.error().to_string().find("names no binary:function"), std::string::npos) << l2.error().to_string();
  ao.target = "/proc/self/exe:no_such_function_bpfkit";
  auto l3 = kernel::attach_program(*up->spec, up->fd.get(), ao);
  ASSERT_FALSE(l3);
  EXPECT_NE(l3.error().to_string().find("no function 'no_such_function_bpfkit'"), std::string::npos)
      << l3.error().to_string();

  auto l4 = kernel::attach_tracepoint(raw->fd.get(), "sched", "no_such_event_bpfkit");
  ASSERT_FALSE(l4);
  EXPECT_NE(l4.error().message.find("no tracepoint sched/no_such_event_bpfkit"), std::string::npos);
}

TEST(AttachChains, FromProgramNames) {
  EXPECT_EQ(kernel::chain_of("exec__fentry"), "exec");
  EXPECT_EQ(kernel::chain_of("exec_fentry"), "");
  EXPECT_EQ(kernel::chain_of("__exec"), "");
  EXPECT_EQ(kernel::chain_of("exec__"), "");
  auto spec = ObjectSpec::open(kCore);
  ASSERT_TRUE(spec) << spec.error().to_string();
  auto chains = kernel::attach_chains(*spec);
  ASSERT_EQ(chains.size(), 1u);
  EXPECT_EQ(chains[0].programs.size(), 3u);
}

TEST(AttachKernelFacts, SyscallPrefixAndUprobeOffsets) {
  // x86-64 kernels since 4.17 wrap syscalls as __x64_sys_* (/proc/kallsyms also has __pfx___do_sys_getpid, a
  // padding symbol ending the same way, which must not be taken for the prefix).
#if defined(__x86_64__)
  EXPECT_EQ(kernel::syscall_prefix(), "__x64_sys_");
#endif
  char exe[PATH_MAX];
  ASSERT_NE(realpath("/proc/self/exe", exe), nullptr);
  auto fn = find_host_function(exe, "bpfkit_test_uprobe_target");
  ASSERT_TRUE(fn) << fn.error().to_string();
  EXPECT_GT(fn->file_offset, 0u);
  // For a PIE the file offset and the address differ by the text segment's address-offset delta; the bytes at the
  // file offset are the function's first bytes either way.
  std::ifstream in(exe, std::ios::binary);
  in.seekg(static_cast<std::streamoff>(fn->file_offset));
  unsigned char file_bytes[8];
  in.read(reinterpret_cast<char*>(file_bytes), 8);
  EXPECT_EQ(std::memcmp(file_bytes, reinterpret_cast<const void*>(&bpfkit_test_uprobe_target), 8), 0);
  EXPECT_FALSE(find_host_function(exe, "no_such_function_bpfkit"));
  EXPECT_FALSE(find_host_function("/nonexistent/binary", "main"));
}

}  // namespace
}  // namespace bpfkit::testing
