// Input and output files for the bpfkit subcommands. "-" means stdin or stdout.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "bpfkit/error.h"

namespace bpfkit::cli {

// The whole file, or stdin for "-": regular files only, at most kMaxInputFileSize bytes (bpfkit/file.h). Errors
// name the path and carry errno.
Expected<std::vector<uint8_t>> read_file(const std::string& path);

// Writes bytes to path (created or truncated), or to stdout for "-".
Expected<void> write_file(const std::string& path, std::span<const uint8_t> bytes);

// Hex bytes as typed on a command line: "45 00 00 1c", "4500001c" and "4500 001c" are the same 4 bytes.
// Whitespace (spaces, tabs, newlines) separates groups; each group is an even number of hex digits, so a stray
// digit is an error rather than silently re-pairing the rest. Errors name the 1-based column in text.
Expected<std::vector<uint8_t>> parse_hex(std::string_view text);

}  // namespace bpfkit::cli
