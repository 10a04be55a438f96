// The kernel half of the verifier corpus (see verifier_corpus.h): BPF_PROG_LOAD through libbpf, as an oracle
// independent of bpfkit's own kernel backend.
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include <linux/capability.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <functional>
#include <sstream>
#include <vector>

#include <fmt/format.h>

#include "support/kernel_refusal.h"
#include "support/kernel_runner.h"
#include "support/verifier_corpus.h"

#ifdef BPFKIT_HAVE_LIBBPF
#include <bpf/bpf.h>
#include <bpf/libbpf.h>
#include <linux/bpf.h>
#endif

namespace bpfkit::testing::vcorpus {
namespace {

// kernel.unprivileged_bpf_disabled: 0 allows unprivileged bpf(), 1 and 2 forbid it.
int unprivileged_bpf_disabled() {
  std::ifstream in("/proc/sys/kernel/unprivileged_bpf_disabled");
  int v = -1;
  if (!(in >> v)) return -1;
  return v;
}

#ifdef BPFKIT_HAVE_LIBBPF

// 16 MiB holds the level-1 log of every case but the complexity-limit ones; for those the kernel's rotating log
// keeps the tail, which is where the error is (the load then says ENOSPC, so the verdict is asked again without a
// log).
constexpr size_t kLogSize = 16u << 20;

std::vector<char>& log_buffer() {
  static std::vector<char> buf(kLogSize);
  return buf;
}

Verdict from_load(int ret, int err, const char* log, const std::function<int()>& reload_without_log) {
  Verdict v;
  v.origin = "live";
  const std::string text(log);
  v.processed = processed_insns(text);
  if (err != ENOSPC) v.log = text;
  if (ret >= 0) {
    v.accepted = true;
    return v;
  }
  if (err == ENOSPC) {
    // The log was truncated: the verdict is the one without a log.
    const int again = reload_without_log();
    if (again >= 0) {
      v.accepted = true;
      return v;
    }
    err = -again;
  }
  v.err = err;
  v.error = last_error_line(text);
  return v;
}

struct FdCloser {
  int fd = -1;
  ~FdCloser() {
    if (fd >= 0) close(fd);
  }
};

Expected<Verdict> load_asm(const Case& c, int log_level) {
  auto assembled = asm_insns(c);
  if (!assembled) return assembled.error();
  std::vector<FdCloser> maps(c.maps.size());
  for (size_t i = 0; i < c.maps.size(); ++i) {
    const MapSpec& m = c.maps[i];
    LIBBPF_OPTS(bpf_map_create_opts, mopts, .map_flags = m.map_flags);
    maps[i].fd = bpf_map_create(bpf_map_type(m.type), m.name.c_str(), m.key_size, m.value_size, m.max_entries,
                                &mopts);
    if (maps[i].fd < 0) return make_error(fmt::format("{}: create map {}: {}", c.file, i, strerror(errno)));
  }
  std::vector<Insn> insns = std::move(*assembled);
  for (size_t i = 0; i + 1 < insns.size(); ++i) {
    if (!is_ld_imm64(insns[i])) continue;
    if (insns[i].src == op::PSEUDO_MAP_FD || insns[i].src == op::PSEUDO_MAP_VALUE) {
      const auto idx = size_t(uint32_t(insns[i].imm));
      // An index past the declared maps stays as written: the kernel then judges a bad fd, as the case asks.
      if (idx < maps.size()) insns[i].imm = maps[idx].fd;
    }
    ++i;
  }
  std::vector<char>& log = log_buffer();
  log[0] = '\0';
  auto load = [&](int level) {
    LIBBPF_OPTS(bpf_prog_load_opts, opts, .expected_attach_type = bpf_attach_type(c.expected_attach_type),
                .prog_flags = c.sleepable ? uint32_t(BPF_F_SLEEPABLE) : 0u, .log_level = uint32_t(level),
                .log_size = level ? uint32_t(kLogSize) : 0u, .log_buf = level ? log.data() : nullptr);
    const int fd = bpf_prog_load(bpf_prog_type(c.type), "vcase", c.gpl ? "GPL" : "Proprietary",
                                 reinterpret_cast<const bpf_insn*>(insns.data()), insns.size(), &opts);
    const int e = errno;
    if (fd >= 0) close(fd);
    return fd >= 0 ? fd : -e;
  };
  const int ret = load(log_level);
  return from_load(ret, ret < 0 ? -ret : 0, log.data(), [&] { return load(0); });
}

Expected<Verdict> load_c(const Case& c, int log_level) {
  std::string libbpf_messages;
  LibbpfLogCapture capture(&libbpf_messages);
  std::vector<char>& log = log_buffer();
  auto attempt = [&](int level) -> Expected<int> {
    bpf_object* obj = bpf_object__open_file(c.object.c_str(), nullptr);
    if (obj == nullptr) return make_error(fmt::format("{}: libbpf cannot open: {}", c.object, strerror(errno)));
    bpf_program* prog;
    bpf_program* mine = nullptr;
    bpf_object__for_each_program(prog, obj) {
      const bool is_case = c.prog == bpf_program__name(prog);
      bpf_program__set_autoload(prog, is_case);
      if (is_case) mine = prog;
    }
    if (mine == nullptr) {
      bpf_object__close(obj);
      return make_error(fmt::format("{}: libbpf has no program {}", c.object, c.prog));
    }
    log[0] = '\0';
    if (level > 0) bpf_program__set_log_buf(mine, log.data(), kLogSize);
    bpf_program__set_log_level(mine, uint32_t(level));
    libbpf_messages.clear();
    int ret = bpf_object__load(obj);
    // The verdict is the program's own BPF_PROG_LOAD. libbpf may fail after it (filling a prog array with programs
    // that are not loaded), which says nothing about this program; libbpf reports the load's own failure as
    // "prog 'NAME': BPF program load failed" (and unloads everything on any failure, so the fd cannot tell).
    const bool load_failed =
        libbpf_messages.find(fmt::format("prog '{}': BPF program load failed", c.prog)) != std::string::npos;
    if (ret < 0 && !load_failed && processed_insns(log.data()) >= 0) ret = 0;
    bpf_object__close(obj);
    return ret;
  };
  auto ret = attempt(log_level);
  if (!ret) return ret.error();
  if (*ret < 0 && log[0] == '\0') {
    // libbpf gave up before BPF_PROG_LOAD (map creation, an extern): not a verifier verdict.
    return make_error(fmt::format("{}: libbpf failed before the verifier ran ({}): {}", c.name, strerror(-*ret),
                                  libbpf_messages));
  }
  std::string text(log.data());
  return from_load(*ret, -*ret, text.c_str(), [&] {
    auto again = attempt(0);
    return again ? *again : -EINVAL;
  });
}

// Runs f in a child without capabilities (as an unprivileged user would), passing the verdict back.
Expected<Verdict> unprivileged(const std::function<Expected<Verdict>()>& f) {
  int fds[2];
  if (pipe(fds) != 0) return make_error(fmt::format("pipe: {}", strerror(errno)));
  const pid_t pid = fork();
  if (pid < 0) return make_error(fmt::format("fork: {}", strerror(errno)));
  if (pid == 0) {
    close(fds[0]);
    __user_cap_header_struct hdr{_LINUX_CAPABILITY_VERSION_3, 0};
    __user_cap_data_struct data[2] = {};
    prctl(PR_SET_KEEPCAPS, 0);
    const bool dropped = syscall(SYS_capset, &hdr, data) == 0;
    std::string out;
    if (!dropped) {
      out = fmt::format("E\ncapset: {}\n", strerror(errno));
    } else {
      auto v = f();
      if (!v) out = fmt::format("E\n{}\n", v.error().message);
      else out = fmt::format("V\n{}\n{}\n{}\n{}\n", v->accepted ? 1 : 0, v->err, v->processed, v->error);
    }
    (void)!write(fds[1], out.data(), out.size());
    _exit(0);
  }
  close(fds[1]);
  std::string got;
  char buf[4096];
  for (ssize_t n; (n = read(fds[0], buf, sizeof(buf))) > 0;) got.append(buf, size_t(n));
  close(fds[0]);
  int status = 0;
  waitpid(pid, &status, 0);
  std::istringstream in(got);
  std::string kind;
  std::getline(in, kind);
  if (kind != "V") {
    std::string why;
    std::getline(in, why);
    return make_error(fmt::format("unprivileged child: {}", why.empty() ? "no answer" : why));
  }
  Verdict v;
  v.origin = "live";
  std::string line;
  std::getline(in, line);
  v.accepted = line == "1";
  std::getline(in, line);
  v.err = std::stoi(line);
  std::getline(in, line);
  v.processed = std::stoll(line);
  std::getline(in, v.error);
  return v;
}

#endif

}  // namespace

std::optional<std::string> live_unavailable(const Case& c) {
  if (const auto& why = kernel_unavailable()) return why;
  if (!c.privileged) {
    const int d = unprivileged_bpf_disabled();
    if (d != 0) return fmt::format("kernel.unprivileged_bpf_disabled = {}: unprivileged bpf() is refused", d);
  }
  return std::nullopt;
}

#ifdef BPFKIT_HAVE_LIBBPF
Expected<Verdict> kernel_verdict(const Case& c, int log_level) {
  auto run = [&]() { return c.is_asm ? load_asm(c, log_level) : load_c(c, log_level); };
  if (c.privileged) return run();
  return unprivileged(run);
}
#else
Expected<Verdict> kernel_verdict(const Case&, int) { return make_error("bpfkit was built without libbpf"); }
#endif

}  // namespace bpfkit::testing::vcorpus
