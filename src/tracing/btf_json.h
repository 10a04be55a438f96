// The BTF-typed JSON encoder shared by the task image, --kmem objects and --ctx-json contexts.
#pragma once

#include <cstdint>
#include <span>
#include <string>

#include <nlohmann/json.hpp>

#include "bpfkit/tracing.h"

namespace bpfkit::tracing {

// Parses JSON text; a syntax error is an Error naming `what` (e.g. "--task").
Expected<nlohmann::json> parse_json(std::string_view text, const char* what);

// An integer from a JSON number, a decimal or "0x" string, a bool, or "@name" (an object's address in kmem).
Expected<uint64_t> json_u64(const nlohmann::json& v, const std::string& path, KernelMemory* kmem);

// Writes v, a value of BTF type `type`, into out (exactly the type's size).
Expected<void> encode_value(const btf::Btf& btf, btf::TypeId type, const nlohmann::json& v, std::span<uint8_t> out,
                            const std::string& path, KernelMemory* kmem);

// A named type: "struct task_struct", "union x", "enum y", or a plain name (typedef, int, ...).
Expected<btf::TypeId> find_named_type(const btf::Btf& btf, std::string_view spelled);

// Writes the bytes of a string into out (an array of size out.size()), NUL-padded; longer than out is an Error.
Expected<void> encode_string(const std::string& s, std::span<uint8_t> out, const std::string& path);

// Hex bytes ("de ad be ef" or "deadbeef").
Expected<std::vector<uint8_t>> parse_hex(const std::string& s, const std::string& path);

}  // namespace bpfkit::tracing
