// What the running kernel offers eBPF, found by trying it (kernel/features*.cc): program types and map types by
// loading / creating the smallest one of each, helpers per program type by loading `call HELPER; exit` and reading
// the verifier's answer, fentry, sleepable programs and the syscall wrapper prefix. Version numbers are not enough:
// two builds of 6.18.44 differ on bpf_xdp_adjust_meta in XDP, which only a load shows.
//
// Helper verdicts read the log as the kernel words it: "unknown func NAME#ID" / "invalid func unknown#ID" (the
// helper does not exist) and "program of this type cannot use helper NAME#ID" (it exists, the type may not call
// it) both mean unavailable; a load that gets past the call (an argument check failing) means available. bpftool 7.1
// recognises only the first wording and so lists refused helpers as available.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "bpfkit/error.h"
#include "bpfkit/map.h"
#include "bpfkit/prog_type.h"
#include "bpfkit/verifier.h"

namespace bpfkit {

struct FeatureProbeOptions {
  // Overrides, each "KEY=VALUE" (see parse_feature_override): the probe of KEY is not run and VALUE is the answer.
  //   prog_type.NAME=yes|no        map_type.NAME=yes|no      helper.TYPE.HELPER=yes|no (HELPER: name or id)
  //   fentry=yes|no                sleepable=yes|no          syscall_prefix=STRING (e.g. __x64_sys_, or "" for none)
  std::vector<std::string> overrides;
  bool probe_helpers = true;              // false: skip the per-type helper probes (the slow part)
  std::string kconfig = "/proc/config.gz";  // read for CONFIG_DYNAMIC_FTRACE_WITH_DIRECT_CALLS
  std::string kallsyms = "/proc/kallsyms";
  std::string filter_functions = "/sys/kernel/tracing/available_filter_functions";
  std::string vmlinux_btf = "/sys/kernel/btf/vmlinux";
};

struct KernelFeatures {
  std::string release;                    // uname -r
  uint32_t kernel_version = 0;            // KERNEL_VERSION(a,b,c)
  std::map<ProgType, bool> prog_types;
  std::map<ProgType, std::string> prog_type_notes;   // why a type was judged so (the kernel's errno / message)
  std::map<MapType, bool> map_types;
  std::map<MapType, std::string> map_type_notes;
  // Helpers each probed program type may call. Types whose probe program cannot load (tracing, LSM, ext,
  // struct_ops need an attach target) have no entry.
  std::map<ProgType, std::set<int32_t>> helpers;
  // Helpers that exist but the type may not call ("program of this type cannot use helper").
  std::map<ProgType, std::set<int32_t>> helpers_refused;
  struct Fentry {
    bool available = false;
    std::optional<bool> kconfig;          // CONFIG_DYNAMIC_FTRACE_WITH_DIRECT_CALLS, when the config was readable
    std::string probe;                    // what loading an fentry program gave: "ok", "EPERM", ..., "" if not run
  } fentry;
  bool sleepable = false;
  std::string sleepable_probe;            // which sleepable load worked, or why none did
  std::string syscall_prefix;             // "__x64_sys_" etc.; "" when syscalls have no wrapper
  std::string syscall_prefix_source;      // "/proc/kallsyms", "available_filter_functions", "override", "none found"
  std::vector<std::string> overridden;    // the overrides applied, as given

  // The verifier profile of this kernel (profile_to_json writes it).
  VerifierProfile to_profile() const;
};

Expected<KernelFeatures> probe_kernel_features(const FeatureProbeOptions& options = {});

}  // namespace bpfkit
