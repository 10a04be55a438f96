// The kernel side of the differential corpus: a case run in the running kernel, loaded through libbpf (never
// through bpfkit's own kernel backend, so a bug there cannot hide a bug in the runtime).
//
//  - the object is opened and loaded with libbpf's defaults: .kconfig comes from /boot/config-$(uname -r) or
//    /proc/config.gz, LINUX_KERNEL_VERSION from uname (bpfkit is given the same file, see host_kconfig_path);
//  - the calling thread is pinned to CPU 0 for the whole case, so per-CPU maps, bpf_get_smp_processor_id() and
//    BPF_F_CURRENT_CPU perf output land where bpfkit (which runs programs as CPU 0) puts them;
//  - every ring buffer map gets a ring_buffer consumer and every perf event array a perf_buffer (one perf event
//    per CPU in slot CPU, as perf_buffer__new does); both are drained after the last step;
//  - runs use bpf_prog_test_run_opts with output buffers big enough for any packet or context; for SYSCALL
//    programs, which write the context back into ctx_in, that buffer is the run's ctx_out.
#pragma once

#include <optional>

#include "support/corpus_case.h"
#include "support/kernel_refusal.h"

namespace bpfkit::testing::corpus {

// Runs every step of c in the kernel. Harness failures (cannot pin, cannot create a consumer) are reported in the
// Outcome (load_error or a step's error), never thrown. When the object fails to open or load, *refusal (if given)
// gets what classify_refusal needs: the errno, libbpf's messages with the verifier log, and the object's program and
// map types. A program calling a helper listed in BPFKIT_TEST_KERNEL_LACKS_HELPERS is refused the way a kernel
// without that helper refuses it (see simulated_refusal).
Outcome run_in_kernel(const Case& c, std::optional<KernelFailure>* refusal = nullptr);

// Pins the calling thread to one CPU while alive, restoring the previous affinity afterwards.
class CpuPin {
 public:
  explicit CpuPin(int cpu);
  ~CpuPin();
  CpuPin(const CpuPin&) = delete;
  CpuPin& operator=(const CpuPin&) = delete;
  bool ok() const { return ok_; }

 private:
  bool ok_ = false;
  bool restore_ = false;
  unsigned char saved_[128];  // cpu_set_t
};

}  // namespace bpfkit::testing::corpus
