// Shared printing for the bpfkit subcommands: exit codes, error lines, JSON.
//
// Every command prints either human text (compact, aligned, bpftool-like) or, with -j/--json, one JSON document on
// stdout. Errors always go to stderr as one line "bpfkit: error: <where>: <what>"; in JSON mode stdout also gets
// {"error": "<where>: <what>"} so a script reading stdout sees why there is no result.
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "bpfkit/error.h"

namespace bpfkit::cli {

// Exit codes, documented in docs/cli.md.
inline constexpr int kExitOk = 0;
inline constexpr int kExitRuntime = 1;   // the program ran and faulted (bad memory access, loop limit, ...)
inline constexpr int kExitRejected = 1;  // the kernel's verifier would refuse the program (Error::verifier_rejection)
inline constexpr int kExitBadInput = 2;  // usage error, unreadable file, malformed assembly/bytes/ELF, load error

// Output options shared by all subcommands.
struct Output {
  bool json = false;
};

// Prints the error (stderr, and stdout in JSON mode) and returns exit_code, so callers can `return report(...)`.
int report(const Output& out, const Error& error, int exit_code);
int report(const Output& out, const std::string& message, int exit_code);

// A warning on stderr ("bpfkit: warning: ..."); never on stdout, so JSON stays one document.
void warn(const std::string& message);

// One JSON document on stdout, pretty-printed when stdout is a terminal, else on one line.
void print_json(const nlohmann::ordered_json& doc);

}  // namespace bpfkit::cli
