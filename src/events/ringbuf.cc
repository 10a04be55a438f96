// BPF ring buffer consumer. The layout and protocol are the kernel's (kernel/bpf/ringbuf.c): see events.h.
#include <fcntl.h>
#include <linux/bpf.h>
#include <sys/mman.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstring>
#include <string>

#include "bpfkit/events.h"
#include "events/bpf_map_fd.h"
#include "events/ring_walk.h"

namespace bpfkit::events {
namespace {

Error sys_error(const std::string& what, int err) {
  return make_error(what + ": " + std::strerror(err)).with_errno(err);
}

}  // namespace

Expected<std::unique_ptr<RingBuffer>> RingBuffer::open(int map_fd, RingSampleFn on_sample) {
  auto info = detail::map_fd_info(map_fd);
  if (!info) return std::move(info).error();
  if (info->type != BPF_MAP_TYPE_RINGBUF)
    return make_error("map fd " + std::to_string(map_fd) + " is not a ring buffer (map type " +
                      std::to_string(info->type) + ")").with_errno(EINVAL);
  const uint64_t size = info->max_entries;
  if (size == 0 || (size & (size - 1)) != 0)
    return make_error("ring buffer size " + std::to_string(size) + " is not a power of 2").with_errno(EINVAL);

  std::unique_ptr<RingBuffer> rb(new RingBuffer());
  rb->on_sample_ = std::move(on_sample);
  rb->page_size_ = static_cast<size_t>(sysconf(_SC_PAGESIZE));
  rb->mask_ = size - 1;
  rb->fd_ = fcntl(map_fd, F_DUPFD_CLOEXEC, 0);
  if (rb->fd_ < 0) return sys_error("dup of ring buffer map fd", errno);

  void* cons = mmap(nullptr, rb->page_size_, PROT_READ | PROT_WRITE, MAP_SHARED, rb->fd_, 0);
  if (cons == MAP_FAILED) return sys_error("mmap of the ring buffer consumer page", errno);
  rb->consumer_page_ = cons;
  // The kernel maps the data pages twice after the producer page; a read-only mapping is all it allows here.
  rb->producer_map_size_ = rb->page_size_ + 2 * size;
  void* prod = mmap(nullptr, rb->producer_map_size_, PROT_READ, MAP_SHARED, rb->fd_,
                    static_cast<off_t>(rb->page_size_));
  if (prod == MAP_FAILED) return sys_error("mmap of the ring buffer producer page and data", errno);
  rb->producer_map_ = prod;
  rb->data_ = static_cast<const uint8_t*>(prod) + rb->page_size_;
  return rb;
}

RingBuffer::~RingBuffer() {
  if (producer_map_ != nullptr) munmap(producer_map_, producer_map_size_);
  if (consumer_page_ != nullptr) munmap(consumer_page_, page_size_);
  if (fd_ >= 0) close(fd_);
}

uint64_t RingBuffer::available() const {
  auto acquire = [](const void* p) {
    return std::atomic_ref<const uint64_t>(*static_cast<const uint64_t*>(p)).load(std::memory_order_acquire);
  };
  return acquire(producer_map_) - acquire(consumer_page_);
}

int64_t RingBuffer::consume() {
  return detail::consume_ringbuf({consumer_page_, producer_map_, data_, mask_ + 1}, on_sample_, stats_);
}

}  // namespace bpfkit::events
