// bpfkit: the command-line front end. Parses arguments with CLI11 and hands off to one subcommand.
#include <cstring>
#include <exception>
#include <new>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "cli/commands.h"
#include "cli/output.h"

namespace {

constexpr const char* kVersion = "bpfkit 0.1.0";

// Scanned before parsing, so a usage error is reported as JSON when the user asked for JSON.
bool wants_json(int argc, char** argv) {
  for (int i = 1; i < argc; ++i) {
    if (strcmp(argv[i], "--") == 0) break;
    if (strcmp(argv[i], "-j") == 0 || strcmp(argv[i], "--json") == 0) return true;
  }
  return false;
}

int print_help(const CLI::App& app, const std::vector<bpfkit::cli::Command>& commands, const std::string& topic,
               const bpfkit::cli::Output& out) {
  if (topic.empty()) {
    fmt::print("{}", app.help());
    return bpfkit::cli::kExitOk;
  }
  for (const bpfkit::cli::Command& c : commands) {
    if (c.app->get_name() == topic) {
      fmt::print("{}", c.app->help());
      return bpfkit::cli::kExitOk;
    }
  }
  return bpfkit::cli::report(out, fmt::format("unknown command '{}'", topic), bpfkit::cli::kExitBadInput);
}

}  // namespace

namespace bpfkit::cli {

void add_json_flag(CLI::App& app, Output& out) {
  app.add_flag("-j,--json", out.json, "Print one JSON document on stdout instead of text");
}

}  // namespace bpfkit::cli

int main(int argc, char** argv) {
  using namespace bpfkit::cli;
  Output out;
  out.json = wants_json(argc, argv);

  CLI::App app{"bpfkit: load, inspect, disassemble and run eBPF programs", "bpfkit"};
  app.set_version_flag("--version", kVersion);
  add_json_flag(app, out);  // bpftool style: `bpfkit -j dis x.o` as well as `bpfkit dis -j x.o`
  app.footer("Run 'bpfkit help COMMAND' or 'bpfkit COMMAND --help' for a command's options.\n"
             "Exit codes: 0 ok, 1 the program faulted at run time, 2 bad input or usage.");

  std::vector<Command> commands = {add_asm_command(app, out), add_dis_command(app, out), add_run_command(app, out),
                                   add_prog_command(app, out), add_map_command(app, out),
                                   add_diff_command(app, out), add_feature_command(app, out),
                                   add_load_command(app, out)};

  // "help [COMMAND]" is handled before parsing: to CLI11, a command name after "help" would start that command.
  app.add_subcommand("help", "Show help for bpfkit or one of its commands");
  if (argc >= 2 && strcmp(argv[1], "help") == 0) return print_help(app, commands, argc >= 3 ? argv[2] : "", out);

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);  // --help: exit 0
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::Success& e) {
    return app.exit(e);  // --version
  } catch (const CLI::ParseError& e) {
    // CLI11 would exit with its own codes (106, 109, ...); bpfkit promises 2 for every usage error.
    report(out, e.what(), kExitBadInput);
    fmt::print(stderr, "Run 'bpfkit --help' for usage.\n");
    return kExitBadInput;
  }

  for (const Command& c : commands) {
    if (!*c.app) continue;
    // Library calls report errors as values; an exception escaping here (std::bad_alloc on a huge input, a
    // std::length_error) is still bad input to the user, so it ends as one line and exit 2, not SIGABRT.
    try {
      return c.run();
    } catch (const std::bad_alloc&) {
      return report(out, "out of memory (input too large for the memory available)", kExitBadInput);
    } catch (const std::exception& e) {
      return report(out, fmt::format("internal error: {}", e.what()), kExitBadInput);
    }
  }

  fmt::print(stderr, "{}", app.help());
  return kExitBadInput;  // no command given
}
