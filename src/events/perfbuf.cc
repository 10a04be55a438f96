// Perf buffer consumer: one PERF_COUNT_SW_BPF_OUTPUT event per online CPU, each with an mmap'ed ring
// (include/uapi/linux/perf_event.h: struct perf_event_mmap_page, then 2^n data pages).
#include <fcntl.h>
#include <linux/bpf.h>
#include <linux/perf_event.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/syscall.h>
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

struct PerfBuffer::Ring {
  int cpu = -1;
  int fd = -1;
  void* base = nullptr;      // the perf_event_mmap_page, then the data pages
  size_t map_size = 0;
  uint8_t* data = nullptr;
  uint64_t data_size = 0;    // a power of 2
  std::vector<uint8_t> scratch;  // a record that wraps is copied here; grows only
  ~Ring() {
    if (base != nullptr) munmap(base, map_size);
    if (fd >= 0) close(fd);
  }
};

Expected<std::vector<int>> online_cpus() {
  int fd = ::open("/sys/devices/system/cpu/online", O_RDONLY | O_CLOEXEC);
  if (fd < 0) return sys_error("open /sys/devices/system/cpu/online", errno);
  char buf[4096];
  ssize_t n = read(fd, buf, sizeof(buf) - 1);
  int err = errno;
  close(fd);
  if (n <= 0) return sys_error("read /sys/devices/system/cpu/online", n < 0 ? err : EIO);
  buf[n] = '\0';
  // "0-3,5,7-8\n"
  std::vector<int> cpus;
  const char* p = buf;
  while (*p != '\0' && *p != '\n') {
    char* end;
    long lo = strtol(p, &end, 10);
    if (end == p) return make_error(std::string("cannot parse /sys/devices/system/cpu/online: ") + buf);
    long hi = lo;
    p = end;
    if (*p == '-') {
      hi = strtol(p + 1, &end, 10);
      if (end == p + 1 || hi < lo) return make_error(std::string("cannot parse /sys/devices/system/cpu/online: ") + buf);
      p = end;
    }
    for (long c = lo; c <= hi; ++c) cpus.push_back(static_cast<int>(c));
    if (*p == ',') ++p;
  }
  return cpus;
}

Expected<std::unique_ptr<PerfBuffer>> PerfBuffer::open(int map_fd, PerfSampleFn on_sample,
                                                       PerfBufferOptions options) {
  auto info = detail::map_fd_info(map_fd);
  if (!info) return std::move(info).error();
  if (info->type != BPF_MAP_TYPE_PERF_EVENT_ARRAY)
    return make_error("map fd " + std::to_string(map_fd) + " is not a perf event array (map type " +
                      std::to_string(info->type) + ")").with_errno(EINVAL);
  const size_t pages = options.pages_per_cpu;
  if (pages == 0 || (pages & (pages - 1)) != 0)
    return make_error("perf buffer pages per cpu " + std::to_string(pages) + " is not a power of 2").with_errno(EINVAL);
  auto cpus = online_cpus();
  if (!cpus) return std::move(cpus).error();

  std::unique_ptr<PerfBuffer> pb(new PerfBuffer());
  pb->on_sample_ = std::move(on_sample);
  pb->on_lost_ = std::move(options.on_lost);
  pb->page_size_ = static_cast<size_t>(sysconf(_SC_PAGESIZE));
  pb->map_fd_ = fcntl(map_fd, F_DUPFD_CLOEXEC, 0);
  if (pb->map_fd_ < 0) return sys_error("dup of perf event array fd", errno);

  for (int cpu : *cpus) {
    // A map smaller than the CPU count (max_entries set by hand) cannot reach the higher CPUs; libbpf skips them.
    if (static_cast<uint32_t>(cpu) >= info->max_entries) continue;
    auto ring = std::make_unique<Ring>();
    ring->cpu = cpu;
    perf_event_attr attr;
    std::memset(&attr, 0, sizeof(attr));
    attr.size = sizeof(attr);
    attr.type = PERF_TYPE_SOFTWARE;
    attr.config = PERF_COUNT_SW_BPF_OUTPUT;
    attr.sample_type = PERF_SAMPLE_RAW;
    attr.sample_period = 1;
    attr.wakeup_events = options.wakeup_events == 0 ? 1 : options.wakeup_events;
    long fd = syscall(__NR_perf_event_open, &attr, -1, cpu, -1, PERF_FLAG_FD_CLOEXEC);
    if (fd < 0) return sys_error("perf_event_open(PERF_COUNT_SW_BPF_OUTPUT) on cpu " + std::to_string(cpu), errno);
    ring->fd = static_cast<int>(fd);
    ring->map_size = (pages + 1) * pb->page_size_;
    void* base = mmap(nullptr, ring->map_size, PROT_READ | PROT_WRITE, MAP_SHARED, ring->fd, 0);
    if (base == MAP_FAILED) return sys_error("mmap of the perf ring of cpu " + std::to_string(cpu), errno);
    ring->base = base;
    auto* page = static_cast<perf_event_mmap_page*>(base);
    // data_offset/data_size exist since 4.1; older kernels leave them 0 and put the data right after the page.
    const uint64_t off = page->data_offset != 0 ? page->data_offset : pb->page_size_;
    ring->data_size = page->data_size != 0 ? page->data_size : pages * pb->page_size_;
    ring->data = static_cast<uint8_t*>(base) + off;
    if (ioctl(ring->fd, PERF_EVENT_IOC_ENABLE, 0) < 0)
      return sys_error("ioctl(PERF_EVENT_IOC_ENABLE) on cpu " + std::to_string(cpu), errno);
    if (auto ok = detail::map_set_u32(pb->map_fd_, static_cast<uint32_t>(cpu), static_cast<uint32_t>(ring->fd)); !ok)
      return Error(ok.error()).in_object("perf event array");
    pb->rings_.push_back(std::move(ring));
  }
  if (pb->rings_.empty()) return make_error("perf event array has no slot for any online cpu").with_errno(EINVAL);
  return pb;
}

PerfBuffer::~PerfBuffer() {
  for (auto& r : rings_) detail::map_delete_u32(map_fd_, static_cast<uint32_t>(r->cpu));
  rings_.clear();
  if (map_fd_ >= 0) close(map_fd_);
}

int PerfBuffer::ring_fd(size_t index) const { return rings_[index]->fd; }
int PerfBuffer::ring_cpu(size_t index) const { return rings_[index]->cpu; }

int64_t PerfBuffer::consume_cpu(size_t index) {
  Ring& r = *rings_[index];
  return detail::consume_perf_ring({static_cast<perf_event_mmap_page*>(r.base), r.data, r.data_size, r.cpu}, r.scratch,
                                   on_sample_, on_lost_, stats_);
}

int64_t PerfBuffer::consume() {
  int64_t total = 0;
  for (size_t i = 0; i < rings_.size(); ++i) {
    int64_t n = consume_cpu(i);
    if (n < 0) return n;
    total += n;
  }
  return total;
}

}  // namespace bpfkit::events
