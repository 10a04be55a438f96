// C values written as JSON and laid out by BTF: the one encoder behind `run --map-in`/`--map` (the inverse of
// Btf::format_value, bpftool's formatted dump) and the tracing inputs (`--task`, `--kmem`, `--ctx-json`).
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string_view>

#include <nlohmann/json.hpp>

#include "bpfkit/btf.h"
#include "bpfkit/error.h"

namespace bpfkit::btf {

// Memory that pointer values may refer to (the tracing KernelMemory): "@name" is a named object's address, and a
// pointer given as a JSON object becomes a new zeroed object of the pointee type, filled from it.
class JsonPointees {
 public:
  virtual std::optional<uint64_t> address_of(std::string_view name) const = 0;
  virtual Expected<uint64_t> allocate(size_t size) = 0;
  virtual std::span<uint8_t> bytes(uint64_t addr, size_t size) = 0;

 protected:
  ~JsonPointees() = default;
};

enum class IntSign { Unsigned, Signed, Either };  // Either: a value of either range (a u64 argument, a pointer)

// An integer of nbits (1..64) from JSON: a number (refused when outside the signed or unsigned range of nbits),
// true/false, null (0), a string holding a decimal number (a value, range-checked as a number) or "0x" hex (a bit
// pattern: it must fit in nbits), or "@name" (pointees' address for name). The result is the two's complement
// pattern, sign-extended to 64 bits for negative values. Errors say what is wrong, not where.
Expected<uint64_t> json_integer(const nlohmann::json& v, uint32_t nbits, IntSign sign,
                                const JsonPointees* pointees = nullptr);

// Writes v, a value of BTF type id, into out (at least the type's size; only the type's bytes are written):
// integers, enums (also by enumerator name) and pointers as json_integer takes them, floats, a string for a char
// array, lists for arrays, objects by member name for structs and unions (anonymous members looked through,
// bitfields included; members not named keep what out held), and for a DATASEC an object by variable name or
// bpftool's [{"var": value}, ...]. pointees may be null: then "@name" and pointers given as objects are Errors.
// An error (EINVAL) names where: "LABEL: member 'real_parent.tgid': ..." (LABEL left out when empty).
Expected<void> encode_json_value(const Btf& btf, TypeId id, const nlohmann::json& v, std::span<uint8_t> out,
                                 std::string_view label = {}, JsonPointees* pointees = nullptr);

}  // namespace bpfkit::btf
