// The parts of the feature probes (features.cc, features_more.cc) share.
#pragma once

#include <map>
#include <optional>
#include <span>
#include <string>
#include <utility>

#include "bpfkit/insn.h"
#include "bpfkit/kernel_features.h"

namespace bpfkit::kfeat {

struct Overrides {
  std::map<ProgType, bool> prog_types;
  std::map<MapType, bool> map_types;
  std::map<std::pair<ProgType, int32_t>, bool> helpers;
  std::optional<bool> fentry, sleepable;
  std::optional<std::string> syscall_prefix;
};
Expected<Overrides> parse_overrides(const std::vector<std::string>& overrides);

struct ProbeLoad {
  int err = 0;      // 0: loaded (and closed)
  std::string log;  // the verifier log at level 1
};
// Loads a probe program with a level-1 log; the expected attach type a type needs is filled in when 0.
ProbeLoad probe_load(ProgType type, std::span<const Insn> insns, uint32_t prog_flags = 0,
                     uint32_t expected_attach_type = 0, uint32_t attach_btf_id = 0);
bool needs_attach_target(ProgType t);
// "EPERM", "ENOTSUPP" (the kernel's 524), or "errno N".
std::string errno_name(int err);

struct KernelFeaturesHost {
  static uint32_t version_code();
};

void probe_helpers(KernelFeatures& f, const Overrides& o);
void probe_fentry(KernelFeatures& f, const FeatureProbeOptions& options, const Overrides& o);
void probe_sleepable(KernelFeatures& f, const Overrides& o);
void probe_syscall_prefix(KernelFeatures& f, const FeatureProbeOptions& options, const Overrides& o);

}  // namespace bpfkit::kfeat
