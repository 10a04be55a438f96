// The pieces `run --backend kernel` and `diff` share: reading a run's inputs and running them through the kernel
// backend.
#pragma once

#include <memory>
#include <vector>

#include "bpfkit/kernel.h"
#include "cli/map_in.h"
#include "cli/map_view.h"
#include "cli/run_object.h"

namespace bpfkit::cli {

struct RunInputs {
  TestRunOptions run;
  std::vector<std::vector<uint8_t>> packets;  // --pcap: one run per packet
};
Expected<RunInputs> read_run_inputs(const ObjectRunOptions& opt);

// Options only the userspace backend's simulated kernel understands are refused with --backend kernel.
Expected<void> check_kernel_run_options(const ObjectRunOptions& opt);

struct KernelRun {
  std::unique_ptr<KernelObject> obj;
  std::vector<TestRunResult> runs;  // one per packet (or one)
  std::vector<MapView> maps;
  std::vector<Event> events;        // queues and stacks, drained
};
// Where a backend's run stopped: `diff` tells a side that refuses the program (load, verify) or faults (run) from
// bad input (preload).
enum class RunStage { Load, Verify, Preload, Run };
const char* run_stage_name(RunStage s);

// Loads spec into the kernel, applies preloads, runs opt.prog once per packet (or once). On an error, *failed_at (when
// given) says at which stage.
Expected<KernelRun> run_kernel_backend(ObjectSpec spec, const ObjectRunOptions& opt, TestRunOptions run,
                                       const std::vector<std::vector<uint8_t>>& packets,
                                       const std::vector<MapPreload>& preloads, RunStage* failed_at = nullptr);

}  // namespace bpfkit::cli
