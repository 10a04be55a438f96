#include "cli/event_decode.h"

#include <fmt/format.h>

namespace bpfkit::cli {

std::string to_hex(std::span<const uint8_t> bytes) {
  static const char kDigits[] = "0123456789abcdef";
  std::string out;
  out.reserve(bytes.size() * 2);
  for (uint8_t b : bytes) {
    out.push_back(kDigits[b >> 4]);
    out.push_back(kDigits[b & 15]);
  }
  return out;
}

std::string EventDecoder::check() const {
  for (const auto& [map, type] : explicit_) {
    if (btf_ == nullptr) return fmt::format("--event-type {}={}: the object has no BTF", map, type);
    if (!btf_->find_by_name_kind(type, btf::Kind::Struct) && !btf_->find_by_name_kind(type, btf::Kind::Union))
      return fmt::format("--event-type {}={}: the object's BTF has no struct or union '{}'", map, type, type);
  }
  return "";
}

btf::TypeId EventDecoder::pick(const std::string& map, size_t size, bool perf) {
  auto key = std::make_pair(map, size);
  if (auto it = cache_.find(key); it != cache_.end()) return it->second;
  btf::TypeId chosen = 0;
  if (btf_ != nullptr) {
    if (auto it = explicit_.find(map); it != explicit_.end()) {
      auto id = btf_->find_by_name_kind(it->second, btf::Kind::Struct);
      if (!id) id = btf_->find_by_name_kind(it->second, btf::Kind::Union);
      if (id) chosen = *id;
    } else {
      // The record type is not recorded anywhere (a ring buffer map has no value type): take the one named struct
      // of that size, and only if there is exactly one.
      int matches = 0;
      for (const btf::Type& t : btf_->types()) {
        if (t.kind != btf::Kind::Struct || t.name.empty() || t.size == 0) continue;
        const bool fits = perf ? (t.size <= size && size - t.size < 8) : t.size == size;
        if (!fits) continue;
        ++matches;
        chosen = t.id;
      }
      if (matches != 1) chosen = 0;
    }
  }
  cache_[key] = chosen;
  return chosen;
}

nlohmann::ordered_json EventDecoder::decode(const std::string& map, std::span<const uint8_t> bytes, bool perf) {
  nlohmann::ordered_json out;
  const btf::TypeId id = pick(map, bytes.size(), perf);
  if (id != 0) {
    if (auto text = btf_->format_value(id, bytes)) {
      auto parsed = nlohmann::ordered_json::parse(*text, nullptr, false);
      if (!parsed.is_discarded()) {
        out["type"] = btf_->type_name(id);
        out["value"] = std::move(parsed);
        return out;
      }
    }
  }
  out["hex"] = to_hex(bytes);
  return out;
}

}  // namespace bpfkit::cli
