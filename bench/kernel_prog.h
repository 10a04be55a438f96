// A program loaded into the running kernel with the raw bpf() syscall, to time the kernel's JIT with
// BPF_PROG_TEST_RUN. Benchmark-only: the library never talks to the kernel for execution.
#pragma once

#include <cstdint>
#include <span>
#include <string>

#include "bpfkit/insn.h"

namespace bench {

struct KernelRun {
  uint32_t retval = 0;       // the low 32 bits of R0
  uint64_t duration_ns = 0;  // kernel-measured average per run over `repeat` runs
};

class KernelProgram {
 public:
  KernelProgram() = default;
  KernelProgram(const KernelProgram&) = delete;
  KernelProgram& operator=(const KernelProgram&) = delete;
  ~KernelProgram();

  // Loads prog as a BPF_PROG_TYPE_SOCKET_FILTER (any type with skb test runs would do; this one needs no
  // attach target). On failure returns false and error() holds the reason, with the verifier log's tail.
  bool load(std::span<const bpfkit::Insn> prog);

  // One BPF_PROG_TEST_RUN with the given repeat count on a 64-byte zero packet.
  bool test_run(uint32_t repeat, KernelRun& out);

  const std::string& error() const { return error_; }
  // True if the last failure means bpf() is off limits here (no privilege, or the syscall is filtered), as
  // opposed to the verifier rejecting the program.
  bool not_permitted() const { return not_permitted_; }
  uint32_t verified_insns() const { return verified_insns_; }  // instructions the verifier processed
  uint32_t jited_len() const { return jited_len_; }            // 0 means it runs in the kernel's interpreter

 private:
  int fd_ = -1;
  std::string error_;
  bool not_permitted_ = false;
  uint32_t verified_insns_ = 0;
  uint32_t jited_len_ = 0;
};

// "1", "0" or "2" from /proc/sys/net/core/bpf_jit_enable, or "unknown".
std::string jit_setting();

}  // namespace bench
