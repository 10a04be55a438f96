// Map keys and values written as JSON and typed by BTF: the inverse of the JSON that Btf::format_value prints
// (bpftool's formatted map dump), so `--map-in` and `--map` take what a person would write for a C value.
#pragma once

#include <cstdint>
#include <span>
#include <string>

#include <nlohmann/json.hpp>

#include "bpfkit/btf.h"
#include "bpfkit/error.h"

namespace bpfkit::cli {

// Writes value, typed by BTF type id, into out (exactly the type's size). Numbers for integers, pointers, floats
// and enums (enums also by enumerator name), true/false for bool, arrays for arrays (a string for a char array),
// objects by member name for structs and unions (members not named keep what out held), and for a DATASEC an
// object by variable name or bpftool's [{"var": value}, ...]. btf may be null: then only a number fits, written
// little-endian into a 1, 2, 4 or 8-byte out. Errors say what is wrong and where ("member 'port': 70000 does not
// fit in 16 bits").
Expected<void> encode_btf_json(const btf::Btf* btf, btf::TypeId id, const nlohmann::json& value,
                               std::span<uint8_t> out);

}  // namespace bpfkit::cli
