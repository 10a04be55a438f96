// TcGuard (kernel_attach.h): a guardian process that removes legacy tc filters when their owner dies.
//
// Why a process: a cls_bpf filter holds its program in the kernel with no file descriptor of ours behind it, so
// nothing the kernel does at our exit removes it, and a SIGKILL runs no code of ours. A child that only waits for a
// pipe to close is told of the owner's death by the kernel itself (the last write end closes with the process).
#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include <fmt/format.h>

#include "bpfkit/kernel_attach.h"

namespace bpfkit::kernel {

namespace {

// Everything but `keep` and stderr closed (so the guardian holds no program, map, link or socket of its owner
// alive), stdin and stdout on /dev/null.
void close_inherited(int keep) {
  int null = open("/dev/null", O_RDWR | O_CLOEXEC);
  if (null >= 0) {
    dup2(null, STDIN_FILENO);
    dup2(null, STDOUT_FILENO);
  }
  const long max = sysconf(_SC_OPEN_MAX);
  for (int fd = STDERR_FILENO + 1; fd < (max > 0 ? max : 1024); ++fd)
    if (fd != keep) close(fd);
}

[[noreturn]] void guard(int pipe_read, const std::vector<TcFilterId>& filters) {
  setpgid(0, 0);  // out of the owner's process group: a ^C or a kill of the group is for the owner
  for (int sig : {SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGPIPE}) signal(sig, SIG_IGN);
  close_inherited(pipe_read);
  char c;
  for (;;) {
    ssize_t n = read(pipe_read, &c, 1);
    if (n == 0 || (n < 0 && errno != EINTR)) break;  // the owner is gone (or asked us to finish)
  }
  int status = 0;
  // Last attached first, as the owner's own clean-up goes: the filter that made the clsact qdisc comes last and
  // takes the emptied qdisc with it.
  for (auto it = filters.rbegin(); it != filters.rend(); ++it) {
    const TcFilterId& id = *it;
    TcFilter f(id);
    if (auto ok = f.remove(); !ok) {
      fmt::print(stderr, "bpfkit: tc guardian: ifindex {} {} pref {} handle {:#x}: {}\n", id.ifindex,
                 id.ingress ? "ingress" : "egress", id.priority, id.handle, ok.error().message);
      status = 1;
    }
  }
  _exit(status);
}

}  // namespace

Expected<std::unique_ptr<TcGuard>> TcGuard::start(std::vector<TcFilterId> filters) {
  int fds[2];
  if (pipe2(fds, O_CLOEXEC) != 0)
    return make_error(fmt::format("tc guardian: pipe: {}", std::strerror(errno))).with_errno(errno);
  fflush(stdout);
  fflush(stderr);
  const pid_t pid = fork();
  if (pid < 0) {
    const int err = errno;
    close(fds[0]);
    close(fds[1]);
    return make_error(fmt::format("tc guardian: fork: {}", std::strerror(err))).with_errno(err);
  }
  if (pid == 0) {
    close(fds[1]);
    guard(fds[0], filters);
  }
  close(fds[0]);
  std::unique_ptr<TcGuard> g(new TcGuard());
  g->pid_ = pid;
  g->pipe_ = fds[1];
  return g;
}

TcGuard::~TcGuard() {
  if (pipe_ >= 0) close(pipe_);
  if (pid_ > 0) {
    while (waitpid(pid_, nullptr, 0) < 0 && errno == EINTR) {
    }
  }
}

}  // namespace bpfkit::kernel
