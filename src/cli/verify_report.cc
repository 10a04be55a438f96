#include "cli/verify_report.h"

#include <cerrno>
#include <cstdio>

#include <fmt/format.h>

#include "bpfkit/compat.h"

namespace bpfkit::cli {

void add_verify_flags(CLI::App& app, VerifyFlags& flags) {
  app.add_option("--log-level", flags.log_level, "Verifier log: 0 none, 1 states at branches, 2 every instruction")
      ->check(CLI::Range(0, 2));
  CLI::Option* unpriv =
      app.add_flag("--unprivileged", flags.unprivileged, "Verify as a loader without CAP_BPF/CAP_PERFMON (not root)");
  CLI::Option* kernel =
      app.add_option("--kernel", flags.kernel, "Follow this kernel version's limits and helpers (X.Y[.Z])");
  CLI::Option* profile = app.add_option("--profile", flags.profile,
                                        "Follow a probed kernel: a file from `bpfkit feature probe --json`");
  profile->excludes(kernel)->excludes(unpriv);
}

Expected<VerifyOptions> verify_options(const VerifyFlags& flags) {
  VerifyOptions options;
  options.log_level = flags.log_level;
  if (!flags.profile.empty()) {
    auto p = load_profile(flags.profile);
    if (!p) return std::move(p).error();
    options.profile = std::move(*p);
  } else if (!flags.kernel.empty()) {
    auto v = parse_kernel_version(flags.kernel);
    if (!v) return make_error(fmt::format("--kernel: '{}' is not a kernel version (X.Y or X.Y.Z)", flags.kernel))
                   .with_errno(EINVAL);
    options.profile = VerifierProfile::for_kernel(*v, !flags.unprivileged);
  } else {
    options.profile = VerifierProfile::running_kernel(!flags.unprivileged);
  }
  return options;
}

namespace {

// The explanation vcore's verify() gives, or the one for the kernel's message when it gave none.
std::string explanation_of(const VerifyResult& r) {
  return r.explanation.empty() ? explain_verifier_message(r.error) : r.explanation;
}

}  // namespace

nlohmann::ordered_json verdict_json(const std::string& name, const VerifyResult& r, int log_level) {
  nlohmann::ordered_json j = {{"name", name}, {"accepted", r.accepted}};
  if (r.accepted) {
    j["error"] = nullptr;
    j["insn"] = nullptr;
    j["source"] = nullptr;
    j["explanation"] = nullptr;
  } else {
    j["error"] = r.error;
    j["insn"] = r.insn >= 0 ? nlohmann::ordered_json(r.insn) : nlohmann::ordered_json(nullptr);
    j["source"] = r.source.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(r.source);
    const std::string e = explanation_of(r);
    j["explanation"] = e.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(e);
  }
  j["processed_insns"] = r.processed_insns;
  if (log_level > 0) j["log"] = r.log;
  return j;
}

void print_verdict(const std::string& name, const VerifyResult& r, size_t width) {
  fmt::print("{:<{}}  {:<8}  processed {} insns\n", name, width, r.accepted ? "accepted" : "rejected",
             r.processed_insns);
  if (r.accepted) return;
  if (r.insn >= 0)
    fmt::print("  insn {}: {}\n", r.insn, r.error);
  else
    fmt::print("  {}\n", r.error);
  if (!r.source.empty()) fmt::print("  {}\n", r.source);
  if (const std::string e = explanation_of(r); !e.empty()) fmt::print("  hint: {}\n", e);
}

int report_rejection(const Output& out, const std::string& object, const std::string& name, const VerifyResult& r) {
  Error e = r.to_error();
  if (e.object.empty()) e.object = object;
  if (e.program.empty()) e.program = name;  // empty for a raw program: the file names it
  e.verifier_rejection = true;
  const std::string line = e.to_string();
  fflush(stdout);
  fmt::print(stderr, "bpfkit: error: {}\n", line);
  if (!r.source.empty()) fmt::print(stderr, "  {}\n", r.source);
  const std::string hint = explanation_of(r);
  if (!hint.empty()) fmt::print(stderr, "  hint: {}\n", hint);
  if (out.json) print_json({{"error", line}, {"verifier", verdict_json(name, r, 0)}});
  return kExitRejected;
}

}  // namespace bpfkit::cli
