// bpfkit feature probe: what the running kernel offers eBPF, found by trying it (kernel_features.h). --json writes
// the verifier profile file (profile_to_json) with the probes that are not part of a profile under "features".
#include <fmt/format.h>

#include "bpfkit/disasm.h"
#include "bpfkit/kernel_features.h"
#include "cli/commands.h"

namespace bpfkit::cli {

namespace {

struct FeatureOptions {
  std::vector<std::string> overrides;
  bool no_helpers = false;
  std::string kconfig = "/proc/config.gz";
};

std::string helper_label(int32_t id) {
  const char* n = helper_name(id);
  return n ? fmt::format("{}#{}", n, id) : fmt::format("#{}", id);
}

int run_feature_probe(const FeatureOptions& opt, const Output& out) {
  FeatureProbeOptions po;
  po.overrides = opt.overrides;
  po.probe_helpers = !opt.no_helpers;
  po.kconfig = opt.kconfig;
  auto f = probe_kernel_features(po);
  if (!f) return report(out, f.error(), kExitBadInput);

  if (out.json) {
    nlohmann::ordered_json doc = nlohmann::ordered_json::parse(profile_to_json(f->to_profile()));
    nlohmann::ordered_json refused = nlohmann::ordered_json::object();
    for (const auto& [type, ids] : f->helpers_refused)
      if (!ids.empty()) refused[prog_type_name(type)] = ids;
    nlohmann::ordered_json fentry = {{"available", f->fentry.available}, {"probe", f->fentry.probe}};
    if (f->fentry.kconfig) fentry["kconfig_direct_calls"] = *f->fentry.kconfig;
    doc["features"] = {{"fentry", fentry},
                       {"sleepable", f->sleepable},
                       {"syscall_prefix", f->syscall_prefix},
                       {"syscall_prefix_source", f->syscall_prefix_source},
                       {"helpers_refused", refused},
                       {"overrides", f->overridden}};
    print_json(doc);
    return kExitOk;
  }
  fmt::print("kernel: {}\n", f->release);
  fmt::print("program types:\n");
  for (const auto& [t, ok] : f->prog_types)
    fmt::print("  {:<24} {:<4} {}\n", prog_type_name(t) ? prog_type_name(t) : "?", ok ? "yes" : "no",
               f->prog_type_notes.at(t));
  fmt::print("map types:\n");
  for (const auto& [t, ok] : f->map_types)
    fmt::print("  {:<24} {:<4} {}\n", map_type_name(t), ok ? "yes" : "no", f->map_type_notes.at(t));
  if (!f->helpers.empty()) {
    fmt::print("helpers:\n");
    for (const auto& [t, ids] : f->helpers) {
      const auto& refused = f->helpers_refused[t];
      fmt::print("  {:<24} {} available, {} refused{}\n", prog_type_name(t), ids.size(), refused.size(),
                 refused.empty() ? "" : " (\"program of this type cannot use helper\"):");
      std::string line;
      for (int32_t id : refused) {
        const std::string l = helper_label(id);
        if (line.size() + l.size() > 100) {
          fmt::print("    {}\n", line);
          line.clear();
        }
        line += (line.empty() ? "" : " ") + l;
      }
      if (!line.empty()) fmt::print("    {}\n", line);
    }
  }
  fmt::print("fentry:         {} (load: {}{})\n", f->fentry.available ? "yes" : "no", f->fentry.probe,
             f->fentry.kconfig ? fmt::format(", CONFIG_DYNAMIC_FTRACE_WITH_DIRECT_CALLS={}", *f->fentry.kconfig ? "y" : "n")
                               : ", kconfig not readable");
  fmt::print("sleepable:      {} ({})\n", f->sleepable ? "yes" : "no", f->sleepable_probe);
  fmt::print("syscall prefix: {} ({})\n", f->syscall_prefix.empty() ? "(none)" : f->syscall_prefix,
             f->syscall_prefix_source);
  return kExitOk;
}

}  // namespace

Command add_feature_command(CLI::App& root, Output& out) {
  auto opt = std::make_shared<FeatureOptions>();
  CLI::App* feature = root.add_subcommand("feature", "What the running kernel offers eBPF");
  feature->require_subcommand(1);
  CLI::App* probe = feature->add_subcommand(
      "probe", "Probe program types, map types, helpers per program type, fentry, sleepable programs and the syscall "
               "wrapper prefix by loading tiny programs (needs root); --json writes a verifier profile file");
  probe->add_option("--set", opt->overrides,
                    "Override one probe: prog_type.NAME=yes|no, map_type.NAME=yes|no, helper.TYPE.HELPER=yes|no, "
                    "fentry=yes|no, sleepable=yes|no, syscall_prefix=STRING; repeatable")
      ->allow_extra_args(false);
  probe->add_flag("--no-helpers", opt->no_helpers, "Skip the helper probes (the slow part)");
  probe->add_option("--kconfig", opt->kconfig, "Kernel config read for fentry (default /proc/config.gz)");
  add_json_flag(*probe, out);
  add_json_flag(*feature, out);
  return {feature, [opt, &out] { return run_feature_probe(*opt, out); }};
}

}  // namespace bpfkit::cli
