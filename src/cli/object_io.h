// Shared pieces of the commands that take a BPF ELF object (prog, map, run OBJ, dis OBJ).
#pragma once

#include <cstdint>
#include <span>
#include <string>

#include "bpfkit/error.h"
#include "bpfkit/object.h"

namespace bpfkit::cli {

// Opens and parses an object; any problem is bad input (exit 2) with the path in the message.
Expected<ObjectSpec> open_object(const std::string& path);

// Lowercase hex without separators, as the JSON output spells bytes.
std::string hex_string(std::span<const uint8_t> bytes);

// The program named, or the first program when name is empty; an Error listing the programs otherwise.
Expected<const ProgramSpec*> select_program(const ObjectSpec& obj, const std::string& name);

}  // namespace bpfkit::cli
