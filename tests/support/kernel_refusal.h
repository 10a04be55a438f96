// Kernel refusals that are a property of the running kernel build, not of the test.
//
// The machines the project meets boot different builds of the same kernel version: one build refuses
// bpf_xdp_adjust_meta in XDP ("program of this type cannot use helper bpf_xdp_adjust_meta#54", EINVAL), one has no
// kprobes, some refuse fentry/fexit (EPERM, lockdown). A differential test whose kernel half is refused for such a
// reason cannot compare; it still checks bpfkit's half (against fixed expected values) and then reports a skip with
// the kernel's own message. Every other refusal (an invalid program, a verifier rule, a bad argument) stays a
// failure: the kernel is the reference, and a case it refuses is a broken case or a bpfkit difference.
//
// The rule, exactly (classify_refusal):
//  - a helper this kernel lacks: EINVAL with a verifier log line "program of this type cannot use helper NAME#ID",
//    "unknown func NAME#ID" (older wording) or "invalid func unknown#ID" (an id past the kernel's last helper);
//  - a program or map type this kernel lacks: EINVAL (or EOPNOTSUPP / E2BIG) where libbpf_probe_bpf_prog_type /
//    libbpf_probe_bpf_map_type confirm the type is unsupported (a type the probe accepts stays a failure);
//  - fentry / fexit / fmod_ret / LSM attach refused with EPERM (lockdown, or a build without the trampoline);
//  - a kfunc the build refuses outright: EPERM with a verifier log line "NAME() is not allowed" (the -fc builds of
//    6.18.44 say this of bpf_dynptr_slice_rdwr in every program type; upstream has no such line);
//  - a kprobe / kretprobe / uprobe attach that fails with ENOENT, EOPNOTSUPP or ENODEV while the kernel has neither
//    a kprobe (uprobe) PMU nor the tracefs event file to fall back on.
//
// BPFKIT_TEST_KERNEL_LACKS_HELPERS=54[,65...] makes every kernel loader of the tests refuse a program calling one of
// these helper ids exactly as such a build does (EINVAL, the verifier's wording), so the skip path runs on any
// machine.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "bpfkit/insn.h"

namespace bpfkit::testing {

// What the kernel was asked to do when it said no.
struct KernelFailure {
  enum class Stage { Load, MapCreate, Attach };
  Stage stage = Stage::Load;
  int err = 0;                         // positive errno
  std::string log;                     // verifier log, or libbpf's messages around the failure
  std::vector<uint32_t> prog_types;    // enum bpf_prog_type of the programs involved (probed for Load)
  std::vector<uint32_t> map_types;     // enum bpf_map_type of the maps involved (probed for Load / MapCreate)
  std::optional<uint32_t> attach_type; // enum bpf_attach_type (fentry, fexit, LSM...)
  std::string probe_kind;              // Attach: "kprobe", "kretprobe", "uprobe", "uretprobe"; else empty
};

// How to ask the kernel whether it supports a type: 1 yes, 0 no, < 0 the probe itself failed (treated as "not
// confirmed", so the failure stays a failure). Replaceable so the rule can be tested without such a kernel.
struct FeatureProbes {
  std::function<int(uint32_t)> prog_type;
  std::function<int(uint32_t)> map_type;
  std::function<bool(const std::string& probe_kind)> has_probe_events;  // PMU or tracefs file present
  static FeatureProbes running_kernel();
};

// The kernel's message when f is this kernel lacking a feature (the verifier's line, or a description naming the
// errno and the feature), else nullopt: the failure is a real one.
std::optional<std::string> classify_refusal(const KernelFailure& f,
                                            const FeatureProbes& probes = FeatureProbes::running_kernel());

// The helper id a "program of this type cannot use helper NAME#ID" / "unknown func NAME#ID" / "invalid func
// unknown#ID" line names, else -1.
int32_t refused_helper_id(const std::string& line);

// Helper ids listed in BPFKIT_TEST_KERNEL_LACKS_HELPERS (empty when unset; malformed items are ignored).
std::vector<int32_t> simulated_missing_helpers();

// The refusal a kernel lacking a helper of simulated_missing_helpers() gives for insns (EINVAL, the log line the
// v1300 build writes for the first such call), or nullopt. Every kernel loader of the tests calls this before
// bpf(BPF_PROG_LOAD).
std::optional<KernelFailure> simulated_refusal(std::span<const Insn> insns);

// Records the skip of a kernel half the kernel refused for lacking a feature: call it after the caller checked
// bpfkit's half. A failure recorded before or after still wins (gtest reports a test with failures as failed).
void record_kernel_skip(const std::string& kernel_message);

// If f is a refusal for lack of a feature: runs check_bpfkit (bpfkit's half, against fixed expectations), records
// the skip with the kernel's message and returns true. Otherwise returns false and the caller reports the failure.
bool skip_for_kernel_refusal(const KernelFailure& f, const std::function<void()>& check_bpfkit);

// While alive, appends libbpf's messages above debug level (the verifier log among them) to *out, so a failed
// load can be classified; restores the previous print function on destruction. Without libbpf it does nothing.
class LibbpfLogCapture {
 public:
  explicit LibbpfLogCapture(std::string* out);
  ~LibbpfLogCapture();
  LibbpfLogCapture(const LibbpfLogCapture&) = delete;
  LibbpfLogCapture& operator=(const LibbpfLogCapture&) = delete;

 private:
  void* previous_ = nullptr;  // libbpf_print_fn_t
};

}  // namespace bpfkit::testing
