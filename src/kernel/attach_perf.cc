// Attachments through perf events: kprobes and uprobes (perf_event_open on the kprobe/uprobe PMU) and tracepoints
// (PERF_TYPE_TRACEPOINT with the id from tracefs). The program goes onto the event with a attach::PerfEvent link
// (5.15+), else with PERF_EVENT_IOC_SET_BPF; either way closing the fds removes the probe, which is why no
// kprobe_events text is ever written.
#include <fcntl.h>
#include <linux/perf_event.h>
#include <sys/ioctl.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/vfs.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <mutex>
#include <sstream>
#include <string_view>
#include <vector>

#include <fmt/format.h>

#include "bpfkit/elf.h"
#include "bpfkit/kernel_attach.h"
#include "kernel/attach_internal.h"

namespace bpfkit::kernel {
namespace {

constexpr long kTracefsMagic = 0x74726163;  // TRACEFS_MAGIC

Error sys_error(std::string what, int err) {
  return make_error(fmt::format("{}: {}", what, std::strerror(err))).with_errno(err);
}

std::optional<std::string> read_first_line(const std::string& path) {
  std::ifstream in(path);
  std::string line;
  if (!in || !std::getline(in, line)) return std::nullopt;
  return line;
}

// /sys/bus/event_source/devices/PMU/format/retprobe holds "config:N": the config bit that makes a return probe.
Expected<int> retprobe_bit(std::string_view pmu) {
  const std::string path = fmt::format("/sys/bus/event_source/devices/{}/format/retprobe", pmu);
  auto line = read_first_line(path);
  if (!line || line->rfind("config:", 0) != 0) return make_error("cannot read " + path).with_errno(ENOENT);
  char* end = nullptr;
  long bit = strtol(line->c_str() + 7, &end, 10);
  if (end == line->c_str() + 7 || bit < 0 || bit > 63) return make_error("cannot parse " + path + ": " + *line);
  return static_cast<int>(bit);
}

Expected<Fd> open_probe_event(std::string_view pmu, bool retprobe, const std::string& name, uint64_t offset, int pid) {
  auto type = pmu_type(pmu);
  if (!type) return std::move(type).error();
  perf_event_attr attr;
  std::memset(&attr, 0, sizeof(attr));
  attr.size = sizeof(attr);
  attr.type = *type;
  if (retprobe) {
    auto bit = retprobe_bit(pmu);
    if (!bit) return std::move(bit).error();
    attr.config |= uint64_t{1} << *bit;
  }
  attr.config1 = reinterpret_cast<uint64_t>(name.c_str());  // kprobe_func / uprobe_path
  attr.config2 = offset;                                     // probe_offset
  // pid -1 needs a cpu; the program runs on every cpu anyway (trace events call it before perf's cpu filter).
  long fd = syscall(__NR_perf_event_open, &attr, pid < 0 ? -1 : pid, pid < 0 ? 0 : -1, -1, PERF_FLAG_FD_CLOEXEC);
  if (fd < 0) {
    return sys_error(fmt::format("perf_event_open({}{} {}+{:#x})", pmu, retprobe ? " return probe" : "", name, offset),
                     errno);
  }
  return Fd(static_cast<int>(fd));
}

}  // namespace

Expected<uint32_t> pmu_type(std::string_view pmu) {
  const std::string path = fmt::format("/sys/bus/event_source/devices/{}/type", pmu);
  auto line = read_first_line(path);
  if (!line) {
    return make_error(fmt::format("this kernel has no {} PMU ({} is missing{})", pmu, path,
                                  pmu == "kprobe" ? ": built without CONFIG_KPROBES" : ""))
        .with_errno(EOPNOTSUPP);
  }
  char* end = nullptr;
  unsigned long v = strtoul(line->c_str(), &end, 10);
  if (end == line->c_str()) return make_error("cannot parse " + path + ": " + *line);
  return static_cast<uint32_t>(v);
}

Expected<std::string> tracefs_root() {
  static std::mutex mu;
  std::lock_guard<std::mutex> lock(mu);
  for (const char* dir : {"/sys/kernel/tracing", "/sys/kernel/debug/tracing"}) {
    struct statfs st;
    if (statfs(dir, &st) == 0 && st.f_type == kTracefsMagic) return std::string(dir);
  }
  // Nothing mounted: mount tracefs where the kernel creates its mount point. It stays mounted (other tools
  // expect it there); it holds no state of ours.
  if (mount("tracefs", "/sys/kernel/tracing", "tracefs", 0, nullptr) != 0)
    return sys_error("tracefs is not mounted and mounting it at /sys/kernel/tracing failed", errno);
  return std::string("/sys/kernel/tracing");
}

Expected<KernelLink> attach_perf_event(int prog_fd, Fd perf_fd, uint64_t cookie) {
  KernelLink out;
  LinkCreateAttr attr;
  attr.prog_fd = prog_fd;
  attr.target_fd = perf_fd.get();
  attr.attach_type = attach::PerfEvent;
  attr.bpf_cookie = cookie;
  auto link = link_create(attr);
  if (link) {
    out.link = std::move(*link);
  } else {
    // Kernels before 5.15 have no perf_event links: the program goes on the event itself (no cookie then).
    if (cookie != 0) return std::move(link).error();
    if (ioctl(perf_fd.get(), PERF_EVENT_IOC_SET_BPF, prog_fd) < 0)
      return sys_error("ioctl(PERF_EVENT_IOC_SET_BPF)", errno);
  }
  if (ioctl(perf_fd.get(), PERF_EVENT_IOC_ENABLE, 0) < 0) return sys_error("ioctl(PERF_EVENT_IOC_ENABLE)", errno);
  out.perf_event = std::move(perf_fd);
  return out;
}

Expected<KernelLink> attach_kprobe(int prog_fd, std::string_view func, uint64_t offset, bool retprobe,
                                   uint64_t cookie) {
  auto ev = open_probe_event("kprobe", retprobe, std::string(func), offset, -1);
  if (!ev) return std::move(ev).error();
  auto link = attach_perf_event(prog_fd, std::move(*ev), cookie);
  if (!link) return link;
  link->method = retprobe ? "kretprobe" : "kprobe";
  link->target = offset != 0 ? fmt::format("{}+{:#x}", func, offset) : std::string(func);
  return finish_link(std::move(*link), prog_fd);
}

Expected<KernelLink> attach_ksyscall(int prog_fd, std::string_view syscall_name, bool retprobe, uint64_t cookie) {
  const std::string func = syscall_prefix() + std::string(syscall_name);
  auto link = attach_kprobe(prog_fd, func, 0, retprobe, cookie);
  if (link) link->method = retprobe ? "kretsyscall" : "ksyscall";
  return link;
}

Expected<KernelLink> attach_uprobe(int prog_fd, const std::string& binary, uint64_t file_offset, bool retprobe,
                                   int pid, uint64_t cookie) {
  auto ev = open_probe_event("uprobe", retprobe, binary, file_offset, pid);
  if (!ev) return std::move(ev).error();
  auto link = attach_perf_event(prog_fd, std::move(*ev), cookie);
  if (!link) return link;
  link->method = retprobe ? "uretprobe" : "uprobe";
  link->target = fmt::format("{}:{:#x}", binary, file_offset);
  return finish_link(std::move(*link), prog_fd);
}

Expected<KernelLink> attach_uprobe_symbol(int prog_fd, const std::string& binary, std::string_view symbol,
                                          uint64_t offset, bool retprobe, int pid, uint64_t cookie) {
  auto fn = find_host_function(binary, symbol);
  if (!fn) return std::move(fn).error();
  auto link = attach_uprobe(prog_fd, binary, fn->file_offset + offset, retprobe, pid, cookie);
  if (link) {
    link->target = offset != 0 ? fmt::format("{}:{}+{:#x} ({:#x})", binary, symbol, offset, fn->file_offset + offset)
                               : fmt::format("{}:{} ({:#x})", binary, symbol, fn->file_offset);
  }
  return link;
}

Expected<KernelLink> attach_tracepoint(int prog_fd, std::string_view category, std::string_view name,
                                       uint64_t cookie) {
  auto root = tracefs_root();
  if (!root) return std::move(root).error();
  const std::string id_path = fmt::format("{}/events/{}/{}/id", *root, category, name);
  auto line = read_first_line(id_path);
  if (!line) return make_error(fmt::format("no tracepoint {}/{} ({} is missing)", category, name, id_path))
                 .with_errno(ENOENT);
  perf_event_attr attr;
  std::memset(&attr, 0, sizeof(attr));
  attr.size = sizeof(attr);
  attr.type = PERF_TYPE_TRACEPOINT;
  attr.config = strtoull(line->c_str(), nullptr, 10);
  long fd = syscall(__NR_perf_event_open, &attr, -1, 0, -1, PERF_FLAG_FD_CLOEXEC);
  if (fd < 0) return sys_error(fmt::format("perf_event_open(tracepoint {}/{})", category, name), errno);
  auto link = attach_perf_event(prog_fd, Fd(static_cast<int>(fd)), cookie);
  if (!link) return link;
  link->method = "tracepoint";
  link->target = fmt::format("{}/{}", category, name);
  return finish_link(std::move(*link), prog_fd);
}

}  // namespace bpfkit::kernel
