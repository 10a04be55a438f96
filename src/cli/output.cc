#include "cli/output.h"

#include <unistd.h>

#include <cstdio>

#include <fmt/format.h>

namespace bpfkit::cli {

int report(const Output& out, const Error& error, int exit_code) {
  return report(out, error.to_string(), exit_code);
}

int report(const Output& out, const std::string& message, int exit_code) {
  fflush(stdout);  // keep stdout's partial output ahead of the error when both go to one terminal
  fmt::print(stderr, "bpfkit: error: {}\n", message);
  if (out.json) print_json({{"error", message}});
  return exit_code;
}

void warn(const std::string& message) { fmt::print(stderr, "bpfkit: warning: {}\n", message); }

void print_json(const nlohmann::ordered_json& doc) {
  // A terminal gets indentation for people; a pipe gets one line for jq and friends.
  const int indent = isatty(STDOUT_FILENO) ? 2 : -1;
  // Replace invalid UTF-8 (e.g. odd bytes in an ELF symbol name) instead of throwing mid-output.
  std::string text = doc.dump(indent, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
  fmt::print("{}\n", text);
}

}  // namespace bpfkit::cli
