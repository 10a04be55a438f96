// The bpfkit side of the differential corpus: the same case run in bpfkit's userspace runtime
// (ObjectSpec::open, UserspaceObject::load, UserspaceObject::test_run), producing an Outcome comparable with
// run_in_kernel's.
//
// It mirrors what the kernel side does with libbpf, through bpfkit's public API only:
//  - .kconfig comes from the same file libbpf reads (host_kconfig_path()), LINUX_KERNEL_VERSION from uname;
//  - helpers see the calling thread as "current" (HelperConfig::use_host_identity), which is the thread that
//    asks the kernel for its test-run too; programs run as CPU 0, where the kernel side pins its thread;
//  - every perf event array gets an event in slot i for each possible CPU i (what perf_buffer__new installs) and
//    a sink collecting records; ring buffers are drained with RingbufMap::consume after the last step;
//  - prog array slots are set with program handles (indices into UserspaceObject::programs()), map-in-map slots
//    through the map's fd resolver, resolving a token to the object's own map.
#pragma once

#include "support/corpus_case.h"

namespace bpfkit::testing::corpus {

// Runs every step of c in bpfkit. Failures to open or load the object are the Outcome's load_error; a runtime
// fault in a run is that step's error.
Outcome run_in_bpfkit(const Case& c);

}  // namespace bpfkit::testing::corpus
