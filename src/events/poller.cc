// One epoll instance over ring and perf buffers. The epoll data of each fd is its index in sources_, so a ready fd
// leads straight to the buffer (and perf CPU) to consume, without a lookup.
#include <sys/epoll.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <string>

#include "bpfkit/events.h"

namespace bpfkit::events {

Expected<std::unique_ptr<Poller>> Poller::create() {
  std::unique_ptr<Poller> p(new Poller());
  p->epoll_fd_ = epoll_create1(EPOLL_CLOEXEC);
  if (p->epoll_fd_ < 0) return make_error(std::string("epoll_create1: ") + std::strerror(errno)).with_errno(errno);
  return p;
}

Poller::~Poller() {
  if (epoll_fd_ >= 0) close(epoll_fd_);
}

namespace {
Expected<void> watch(int epoll_fd, int fd, size_t index) {
  epoll_event ev;
  std::memset(&ev, 0, sizeof(ev));
  ev.events = EPOLLIN;
  ev.data.u64 = index;
  if (epoll_ctl(epoll_fd, EPOLL_CTL_ADD, fd, &ev) < 0)
    return make_error("epoll_ctl(EPOLL_CTL_ADD) of fd " + std::to_string(fd) + ": " + std::strerror(errno))
        .with_errno(errno);
  return {};
}
}  // namespace

Expected<void> Poller::add(RingBuffer& rb) {
  if (auto ok = watch(epoll_fd_, rb.fd(), sources_.size()); !ok) return ok;
  sources_.push_back(Source{&rb, nullptr, 0});
  rings_.push_back(&rb);
  return {};
}

Expected<void> Poller::add(PerfBuffer& pb) {
  for (size_t i = 0; i < pb.ring_count(); ++i) {
    if (auto ok = watch(epoll_fd_, pb.ring_fd(i), sources_.size()); !ok) return ok;
    sources_.push_back(Source{nullptr, &pb, i});
  }
  perfs_.push_back(&pb);
  return {};
}

Expected<int64_t> Poller::poll(int timeout_ms) {
  epoll_event events[64];
  int n = epoll_wait(epoll_fd_, events, 64, timeout_ms);
  if (n < 0) {
    if (errno == EINTR) return int64_t{0};
    return make_error(std::string("epoll_wait: ") + std::strerror(errno)).with_errno(errno);
  }
  int64_t total = 0;
  for (int i = 0; i < n; ++i) {
    const Source& s = sources_[events[i].data.u64];
    int64_t got = s.ring != nullptr ? s.ring->consume() : s.perf->consume_cpu(s.perf_index);
    if (got < 0) return got;
    total += got;
  }
  return total;
}

int64_t Poller::consume_all() {
  int64_t total = 0;
  for (RingBuffer* rb : rings_) {
    int64_t got = rb->consume();
    if (got < 0) return got;
    total += got;
  }
  for (PerfBuffer* pb : perfs_) {
    int64_t got = pb->consume();
    if (got < 0) return got;
    total += got;
  }
  return total;
}

}  // namespace bpfkit::events
