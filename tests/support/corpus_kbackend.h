// A corpus case run in the kernel through bpfkit's own kernel backend (KernelObject), producing an Outcome
// comparable with run_in_kernel's (libbpf) and run_in_bpfkit's (userspace).
//
// Everything the case does goes through KernelObject and kernel_sys.h. Only the event consumers are libbpf's
// (ring_buffer / perf_buffer on the backend's map fds), so that records are read the same way on both kernel sides.
#pragma once

#include <optional>

#include "support/corpus_case.h"
#include "support/kernel_refusal.h"

namespace bpfkit::testing::corpus {

// Runs every step of c in the kernel through KernelObject. A load failure is the Outcome's load_error (the Error's
// one line, then the verifier log); *refusal gets what classify_refusal needs.
Outcome run_in_kbackend(const Case& c, std::optional<KernelFailure>* refusal = nullptr);

}  // namespace bpfkit::testing::corpus
