#include "kernel_object.h"

#include <cerrno>
#include <cstdarg>
#include <cstdio>
#include <cstring>

#ifdef BPFKIT_BENCH_HAVE_LIBBPF
#include <bpf/bpf.h>
#include <bpf/libbpf.h>
#include <linux/bpf.h>
#endif

namespace bench {

#ifdef BPFKIT_BENCH_HAVE_LIBBPF
namespace {

// libbpf prints warnings and, on a failed load, the whole verifier log to stderr. The harness keeps that output
// and shows only its tail when a load fails; a successful load stays quiet.
std::string g_libbpf_log;

int capture_print(enum libbpf_print_level level, const char* format, va_list args) {
  if (level == LIBBPF_DEBUG) return 0;
  char buf[4096];
  int n = std::vsnprintf(buf, sizeof(buf), format, args);
  g_libbpf_log += buf;
  return n;
}

std::string tail(const std::string& text, size_t max) {
  return text.size() <= max ? text : "..." + text.substr(text.size() - max);
}

}  // namespace

KernelObject::~KernelObject() {
  if (obj_ != nullptr) bpf_object__close(obj_);
}

bool KernelObject::load(const std::string& path, const std::string& prog_name) {
  libbpf_set_print(capture_print);
  g_libbpf_log.clear();
  obj_ = bpf_object__open_file(path.c_str(), nullptr);
  if (obj_ == nullptr) {
    error_ = "bpf_object__open_file(" + path + "): " + std::strerror(errno);
    return false;
  }
  int err = bpf_object__load(obj_);
  if (err != 0) {
    err = -err;
    error_ = "bpf_object__load(" + path + "): " + std::strerror(err);
    not_permitted_ = err == EPERM || err == EACCES || err == ENOSYS;
    if (!not_permitted_) error_ += "\nlibbpf output (tail):\n" + tail(g_libbpf_log, 2000);
    return false;
  }
  bpf_program* prog = bpf_object__find_program_by_name(obj_, prog_name.c_str());
  if (prog == nullptr) {
    error_ = path + ": no program " + prog_name;
    return false;
  }
  prog_fd_ = bpf_program__fd(prog);
  bpf_prog_info info;
  std::memset(&info, 0, sizeof(info));
  uint32_t len = sizeof(info);
  if (bpf_obj_get_info_by_fd(prog_fd_, &info, &len) == 0) {
    verified_insns_ = info.verified_insns;
    jited_len_ = info.jited_prog_len;
  }
  return true;
}

bool KernelObject::update_map(const std::string& map_name, const void* key, const void* value) {
  bpf_map* map = bpf_object__find_map_by_name(obj_, map_name.c_str());
  if (map == nullptr) {
    error_ = "no map " + map_name;
    return false;
  }
  if (bpf_map_update_elem(bpf_map__fd(map), key, value, BPF_ANY) != 0) {
    error_ = "bpf_map_update_elem(" + map_name + "): " + std::strerror(errno);
    return false;
  }
  return true;
}

bool KernelObject::test_run(std::span<const uint8_t> packet, uint32_t repeat, KernelRun& out) {
  bpf_test_run_opts opts;
  std::memset(&opts, 0, sizeof(opts));
  opts.sz = sizeof(opts);
  opts.data_in = packet.data();
  opts.data_size_in = static_cast<uint32_t>(packet.size());
  opts.repeat = static_cast<int>(repeat);
  if (bpf_prog_test_run_opts(prog_fd_, &opts) != 0) {
    error_ = std::string("BPF_PROG_TEST_RUN: ") + std::strerror(errno);
    return false;
  }
  out.retval = opts.retval;
  out.duration_ns = opts.duration;
  return true;
}

std::string libbpf_version() {
#ifdef BPFKIT_BENCH_LIBBPF_VERSION
  return BPFKIT_BENCH_LIBBPF_VERSION;  // pkg-config's, with the patch level
#else
  return std::to_string(libbpf_major_version()) + "." + std::to_string(libbpf_minor_version());
#endif
}

#else  // no libbpf: the kernel column of the object benchmarks reads "skipped"

KernelObject::~KernelObject() = default;

bool KernelObject::load(const std::string&, const std::string&) {
  error_ = "bench built without libbpf (libbpf-dev)";
  not_permitted_ = true;
  return false;
}

bool KernelObject::update_map(const std::string&, const void*, const void*) { return false; }

bool KernelObject::test_run(std::span<const uint8_t>, uint32_t, KernelRun&) { return false; }

std::string libbpf_version() { return "none"; }

#endif

}  // namespace bench
