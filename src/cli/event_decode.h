// Ring buffer and perf buffer records as JSON for `bpfkit load`: decoded with the object's BTF when the record's
// type is known (--event-type MAP=STRUCT, or the only struct of the object whose size matches the record), else hex.
#pragma once

#include <cstdint>
#include <map>
#include <span>
#include <string>

#include <nlohmann/json.hpp>

#include "bpfkit/btf.h"

namespace bpfkit::cli {

class EventDecoder {
 public:
  EventDecoder(const btf::Btf* btf, std::map<std::string, std::string> explicit_types)
      : btf_(btf), explicit_(std::move(explicit_types)) {}
  // perf: the record has the kernel's padding to 8 bytes after the 4-byte size, so a type up to 7 bytes shorter
  // than the record still matches.
  nlohmann::ordered_json decode(const std::string& map, std::span<const uint8_t> bytes, bool perf);
  // An --event-type naming a struct the object does not have.
  std::string check() const;

 private:
  btf::TypeId pick(const std::string& map, size_t size, bool perf);
  const btf::Btf* btf_;
  std::map<std::string, std::string> explicit_;
  std::map<std::pair<std::string, size_t>, btf::TypeId> cache_;  // (map, size) -> type, 0 for hex
};

std::string to_hex(std::span<const uint8_t> bytes);

}  // namespace bpfkit::cli
