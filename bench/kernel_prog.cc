#include "kernel_prog.h"

#include <linux/bpf.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <vector>

namespace bench {
namespace {

long sys_bpf(int cmd, bpf_attr& attr) { return syscall(__NR_bpf, cmd, &attr, sizeof(attr)); }

uint64_t ptr(const void* p) { return reinterpret_cast<uintptr_t>(p); }

}  // namespace

KernelProgram::~KernelProgram() {
  if (fd_ >= 0) close(fd_);
}

bool KernelProgram::load(std::span<const bpfkit::Insn> prog) {
  static const char kLicense[] = "GPL";
  bpf_attr attr;
  std::memset(&attr, 0, sizeof(attr));
  attr.prog_type = BPF_PROG_TYPE_SOCKET_FILTER;
  attr.insns = ptr(prog.data());  // bpfkit::Insn has struct bpf_insn's layout
  attr.insn_cnt = static_cast<uint32_t>(prog.size());
  attr.license = ptr(kLicense);
  fd_ = static_cast<int>(sys_bpf(BPF_PROG_LOAD, attr));
  if (fd_ < 0) {
    int err = errno;
    error_ = std::string("BPF_PROG_LOAD: ") + std::strerror(err);
    not_permitted_ = err == EPERM || err == EACCES || err == ENOSYS;
    if (not_permitted_) return false;
    // Load again with a log only to explain the failure: logging every processed instruction of a successful
    // 800k-instruction verification would overflow any buffer, so the first attempt runs without one.
    std::vector<char> log(16 << 20);
    attr.log_buf = ptr(log.data());
    attr.log_size = static_cast<uint32_t>(log.size());
    attr.log_level = 1;
    int fd = static_cast<int>(sys_bpf(BPF_PROG_LOAD, attr));
    if (fd >= 0) close(fd);
    std::string text(log.data());
    if (text.size() > 2000) text = "..." + text.substr(text.size() - 2000);
    error_ += "\nverifier log (tail):\n" + text;
    return false;
  }
  bpf_prog_info info;
  std::memset(&info, 0, sizeof(info));
  bpf_attr q;
  std::memset(&q, 0, sizeof(q));
  q.info.bpf_fd = static_cast<uint32_t>(fd_);
  q.info.info_len = sizeof(info);
  q.info.info = ptr(&info);
  if (sys_bpf(BPF_OBJ_GET_INFO_BY_FD, q) == 0) {
    verified_insns_ = info.verified_insns;
    jited_len_ = info.jited_prog_len;
  }
  return true;
}

bool KernelProgram::test_run(uint32_t repeat, KernelRun& out) {
  // Socket-filter test runs need at least an Ethernet header of data; the programs ignore it.
  uint8_t packet[64] = {};
  bpf_attr attr;
  std::memset(&attr, 0, sizeof(attr));
  attr.test.prog_fd = static_cast<uint32_t>(fd_);
  attr.test.data_in = ptr(packet);
  attr.test.data_size_in = sizeof(packet);
  attr.test.repeat = repeat;
  if (sys_bpf(BPF_PROG_TEST_RUN, attr) != 0) {
    error_ = std::string("BPF_PROG_TEST_RUN: ") + std::strerror(errno);
    return false;
  }
  out.retval = attr.test.retval;
  out.duration_ns = attr.test.duration;
  return true;
}

std::string jit_setting() {
  std::ifstream in("/proc/sys/net/core/bpf_jit_enable");
  std::string value;
  if (!(in >> value)) return "unknown";
  return value;
}

}  // namespace bench
