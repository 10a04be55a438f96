// Hostile inputs: every one must end bpfkit quickly with one line on stderr and exit code 2 (1 for a program that
// runs for ever, a runtime fault), under an address-space limit, never a hang, SIGABRT or an out-of-memory kill.
#include <fcntl.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <thread>

#include "support/cli_fixture.h"

namespace bpfkit::testing {
namespace {

#if defined(__SANITIZE_ADDRESS__)
constexpr bool kAsan = true;  // ASan reserves terabytes of shadow memory: RLIMIT_AS would break it
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool kAsan = true;
#else
constexpr bool kAsan = false;
#endif
#else
constexpr bool kAsan = false;
#endif

constexpr rlim_t kAddressSpaceLimit = 2ull << 30;
constexpr auto kDeadline = std::chrono::seconds(60);  // generous: a hang is minutes, a pass is well under seconds

class HostileTest : public CliTest {
 protected:
  // Runs bpfkit in a child limited to 2 GiB of address space, stdin from stdin_path; kills it past the deadline.
  Result run_limited(const std::vector<std::string>& args, const std::string& stdin_path = "/dev/null") {
    const fs::path out = dir_ / ".stdout", err = dir_ / ".stderr";
    std::vector<char*> argv = {const_cast<char*>(kBpfkit.c_str())};
    for (const std::string& a : args) argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);
    const pid_t pid = fork();
    if (pid == 0) {
      const int in = open(stdin_path.c_str(), O_RDONLY);
      const int o = open(out.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
      const int e = open(err.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
      if (in < 0 || o < 0 || e < 0) _exit(126);
      dup2(in, 0);
      dup2(o, 1);
      dup2(e, 2);
      if (!kAsan) {
        const rlimit lim{kAddressSpaceLimit, kAddressSpaceLimit};
        setrlimit(RLIMIT_AS, &lim);
      }
      execv(kBpfkit.c_str(), argv.data());
      _exit(127);
    }
    Result r;
    if (pid < 0) {
      ADD_FAILURE() << "fork failed";
      return r;
    }
    const auto start = std::chrono::steady_clock::now();
    int status = 0;
    for (;;) {
      const pid_t done = waitpid(pid, &status, WNOHANG);
      if (done == pid) break;
      if (std::chrono::steady_clock::now() - start > kDeadline) {
        kill(pid, SIGKILL);
        waitpid(pid, &status, 0);
        ADD_FAILURE() << "bpfkit did not finish within the deadline";
        break;
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    if (WIFEXITED(status)) r.code = WEXITSTATUS(status);
    else if (WIFSIGNALED(status)) r.code = 128 + WTERMSIG(status);
    r.out = slurp(out);
    r.err = slurp(err);
    return r;
  }

  // One error line on stderr, naming what went wrong (after any warnings, e.g. for legacy maps).
  void expect_one_line(const Result& r, int code, const std::string& needle) {
    EXPECT_EQ(r.code, code) << r.err;
    std::string err = r.err;
    while (err.starts_with("bpfkit: warning: ") && err.find('\n') != std::string::npos)
      err.erase(0, err.find('\n') + 1);
    EXPECT_EQ(std::count(err.begin(), err.end(), '\n'), 1) << r.err;
    EXPECT_TRUE(err.starts_with("bpfkit: error: ")) << r.err;
    EXPECT_NE(err.find(needle), std::string::npos) << "expected '" << needle << "' in: " << r.err;
  }

  std::string packet() { return file("pkt.bin", std::string(64, '\x11')); }
  static std::string object(const std::string& name) { return BPFKIT_BINARY_DIR "/bpf/" + name + ".o"; }
};

TEST_F(HostileTest, DirectoryAsObject) {
  expect_one_line(run_limited({"run", dir_.string()}), 2, "directory");
  expect_one_line(run_limited({"prog", "list", dir_.string()}), 2, "directory");
  expect_one_line(run_limited({"dis", dir_.string()}), 2, "directory");
}

TEST_F(HostileTest, FifoAsObjectDoesNotBlock) {
  const fs::path fifo = dir_ / "fifo";
  ASSERT_EQ(mkfifo(fifo.c_str(), 0600), 0);
  expect_one_line(run_limited({"run", fifo.string()}), 2, "not a regular file");
  expect_one_line(run_limited({"run", "--raw", fifo.string()}), 2, "not a regular file");
  expect_one_line(run_limited({"run", object("res_big_array"), "--data-in", fifo.string()}), 2,
                  "not a regular file");
  expect_one_line(run_limited({"run", object("res_big_array"), "--pcap", fifo.string()}), 2, "not a regular file");
  expect_one_line(run_limited({"run", object("rt_kconfig"), "--kconfig", fifo.string()}), 2,
                  "not a regular file");
  const fs::path gz_fifo = dir_ / "config.gz";  // gzopen would block on it too
  ASSERT_EQ(mkfifo(gz_fifo.c_str(), 0600), 0);
  expect_one_line(run_limited({"run", object("rt_kconfig"), "--kconfig", gz_fifo.string()}),
                  2, "not a regular file");
}

TEST_F(HostileTest, DevZeroIsNotReadForEver) {
  expect_one_line(run_limited({"run", "--raw", "/dev/zero"}), 2, "not a regular file");
  expect_one_line(run_limited({"run", "/dev/zero"}), 2, "not a regular file");
  expect_one_line(run_limited({"dis", "/dev/zero"}), 2, "not a regular file");
  expect_one_line(run_limited({"asm", "/dev/zero"}), 2, "not a regular file");
  // stdin may be a stream; it is read up to the input limit only.
  expect_one_line(run_limited({"run", "--raw", "-"}, "/dev/zero"), 2, "too large");
}

TEST_F(HostileTest, HugeMapsAreRefusedBeforeAllocating) {
  const long pages = sysconf(_SC_PHYS_PAGES), page = sysconf(_SC_PAGESIZE);
  if (uint64_t(pages) * uint64_t(page) < (32ull << 30)) {  // else the kernel could allocate them too
    expect_one_line(run_limited({"run", object("res_prog_array"), "--data-in", packet()}), 2,
                    "Cannot allocate memory");
    expect_one_line(run_limited({"run", object("res_perf_array"), "--data-in", packet()}), 2,
                    "Cannot allocate memory");
  }
  // A 1 GiB queue is over the default memory limit...
  expect_one_line(run_limited({"run", object("res_queue"), "--data-in", packet()}), 2, "memory limit");
  // ...and with a higher limit it loads without taking the memory (its slots are reserved lazily).
  const Result r = run_limited({"run", object("res_queue"), "--data-in", packet(), "--memory-limit", "2G"});
  EXPECT_EQ(r.code, 0) << r.err;
  EXPECT_NE(r.out.find("event res_big_queue (queue): 07 00"), std::string::npos) << r.out.substr(0, 300);
}

TEST_F(HostileTest, HugeHashMap) {
  // 2^27 preallocated elements: over the default limit...
  expect_one_line(run_limited({"run", object("res_big_hash"), "--data-in", packet()}), 2, "memory limit");
  // ...and without a limit, inside 2 GiB of address space the allocation fails cleanly (not SIGABRT, not killed).
  if (kAsan) GTEST_SKIP() << "no RLIMIT_AS under ASan";
  expect_one_line(run_limited({"run", object("res_big_hash"), "--data-in", packet(), "--memory-limit", "0"}), 2,
                  "Cannot allocate memory");
}

TEST_F(HostileTest, MemoryLimitZeroOrBadSpellings) {
  expect_one_line(run_limited({"run", object("res_big_array"), "--data-in", packet(), "--memory-limit", "1M"}), 2,
                  "memory limit");
  const Result none = run_limited({"run", object("res_big_array"), "--data-in", packet(), "--memory-limit", "0"});
  EXPECT_EQ(none.code, 0) << none.err;
}

TEST_F(HostileTest, ProgramsOverOneMillionInstructions) {
  std::string raw;
  const char mov_r0_0[8] = {char(0xb7), 0, 0, 0, 0, 0, 0, 0};
  for (size_t i = 0; i < 1000000; ++i) raw.append(mov_r0_0, 8);
  const char exit_insn[8] = {char(0x95), 0, 0, 0, 0, 0, 0, 0};
  raw.append(exit_insn, 8);  // 1,000,001 instructions
  expect_one_line(run_limited({"run", "--raw", file("big.bin", raw)}), 2, "1000000");
  expect_one_line(run_limited({"run", "--raw", file("big.bin", raw)}), 2, "Argument list too long");
}

// The runtime's guard, for programs run unverified: the kernel's verifier refuses res_spin ("BPF program is too
// large. Processed 1000001 insn"), so only --no-verify gets it to run.
TEST_F(HostileTest, EndlessLoopInAnObjectStops) {
  const Result r = run_limited({"run", object("res_loop"), "--data-in", packet(), "--no-verify"});
  expect_one_line(r, 1, "loop limit exceeded");
  const Result small =
      run_limited({"run", object("res_loop"), "--data-in", packet(), "--loop-limit", "1000", "--no-verify"});
  expect_one_line(small, 1, "more than 1000 backward jumps");
}

TEST_F(HostileTest, HugeArrayDumpShowsOnlyNonZeroElements) {
  const Result r = run_limited({"run", object("res_big_array"), "--data-in", packet(), "--json"});
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_LT(r.out.size(), 4096u);  // not 4M elements
  const json j = json::parse(r.out);
  const json& counts = j["maps"]["res_counts"];
  ASSERT_EQ(counts.size(), 2u);
  EXPECT_EQ(counts[0]["key"], "03000000");
  EXPECT_EQ(counts[0]["value"], "0500000000000000");
  EXPECT_EQ(counts[1]["key"], "ffff3f00");
  EXPECT_EQ(j["zero_elements_not_shown"]["res_counts"], (4 << 20) - 2);
  const Result text = run_limited({"run", object("res_big_array"), "--data-in", packet()});
  EXPECT_NE(text.out.find("res_counts (array, 2 entries; 4194302 zero elements not shown"), std::string::npos)
      << text.out;
}

}  // namespace
}  // namespace bpfkit::testing
