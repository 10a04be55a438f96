// The bpfkit subcommands. Each add_*_command registers its options on the root app and returns the function that
// runs it once parsing succeeded; main() calls the one whose subcommand was given.
#pragma once

#include <functional>

#include <CLI/CLI.hpp>

#include "cli/output.h"

namespace bpfkit::cli {

struct Command {
  CLI::App* app = nullptr;
  std::function<int()> run;  // returns the exit code
};

// Adds -j/--json to a (sub)command, bound to the shared output options.
void add_json_flag(CLI::App& app, Output& out);

Command add_asm_command(CLI::App& root, Output& out);
Command add_dis_command(CLI::App& root, Output& out);
Command add_run_command(CLI::App& root, Output& out);
Command add_prog_command(CLI::App& root, Output& out);
Command add_map_command(CLI::App& root, Output& out);
Command add_diff_command(CLI::App& root, Output& out);
Command add_feature_command(CLI::App& root, Output& out);
Command add_load_command(CLI::App& root, Output& out);

}  // namespace bpfkit::cli
