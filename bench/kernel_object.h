// A clang-built BPF object loaded into the running kernel by libbpf, to time the kernel's JIT with
// BPF_PROG_TEST_RUN. libbpf is used here, not bpfkit's own kernel backend, for the same reason the differential
// tests use it: the reference must not share code with what it measures. Benchmark-only; the library never links
// libbpf.
#pragma once

#include <cstdint>
#include <span>
#include <string>

#include "kernel_prog.h"  // KernelRun

struct bpf_object;
struct bpf_program;

namespace bench {

class KernelObject {
 public:
  KernelObject() = default;
  KernelObject(const KernelObject&) = delete;
  KernelObject& operator=(const KernelObject&) = delete;
  ~KernelObject();

  // bpf_object__open_file + bpf_object__load, then picks the program called prog_name. On failure returns false
  // and error() holds the reason (with the tail of libbpf's output, which includes the verifier log).
  bool load(const std::string& path, const std::string& prog_name);

  // bpf_map_update_elem on the object's map called map_name.
  bool update_map(const std::string& map_name, const void* key, const void* value);

  // One BPF_PROG_TEST_RUN with data_in = packet and the given repeat count.
  bool test_run(std::span<const uint8_t> packet, uint32_t repeat, KernelRun& out);

  const std::string& error() const { return error_; }
  // True if the failure means bpf() is off limits here (no privilege, the syscall filtered, or this binary built
  // without libbpf), as opposed to the verifier rejecting the program.
  bool not_permitted() const { return not_permitted_; }
  uint32_t verified_insns() const { return verified_insns_; }
  uint32_t jited_len() const { return jited_len_; }

 private:
  bpf_object* obj_ = nullptr;
  int prog_fd_ = -1;
  std::string error_;
  bool not_permitted_ = false;
  uint32_t verified_insns_ = 0;
  uint32_t jited_len_ = 0;
};

// libbpf's version ("1.1.2"), or "none" when built without it.
std::string libbpf_version();

}  // namespace bench
