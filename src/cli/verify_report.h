// The verifier in the CLI: the profile from --kernel / --profile / --unprivileged, and how a verdict is printed, for
// `bpfkit verify` and for the check `bpfkit run` makes before running a program.
#pragma once

#include <string>

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include "bpfkit/error.h"
#include "bpfkit/link.h"
#include "bpfkit/verifier.h"
#include "cli/output.h"

namespace bpfkit::cli {

struct VerifyFlags {
  int log_level = 0;
  bool unprivileged = false;
  std::string kernel;   // --kernel X.Y: that version's facts instead of the running kernel's
  std::string profile;  // --profile FILE: a probed kernel (docs/cli.md "Profile files")
};

// Registers --log-level, --unprivileged, --kernel and --profile on a command.
void add_verify_flags(CLI::App& app, VerifyFlags& flags);

// The options the flags ask for; a bad --kernel or --profile is bad input (exit 2).
Expected<VerifyOptions> verify_options(const VerifyFlags& flags);

// One program's verdict as `bpfkit verify --json` prints it.
nlohmann::ordered_json verdict_json(const std::string& name, const VerifyResult& result, int log_level);

// The verdict for people: a line per program, and for a rejection the kernel's message, instruction, source line
// and hint. width aligns program names.
void print_verdict(const std::string& name, const VerifyResult& result, size_t width);

// A rejection before `bpfkit run`: the error line on stderr (and JSON on stdout), the source line and hint after it.
// Returns kExitRejected.
int report_rejection(const Output& out, const std::string& object, const std::string& name,
                     const VerifyResult& result);

}  // namespace bpfkit::cli
