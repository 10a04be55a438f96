// JSON inputs of the tracing simulation (--task, --kmem, --umem, --ctx-json): parsing, numbers, and KernelMemory as
// the memory BTF-typed pointers refer to (the encoder itself is btf/json_value.h, shared with `run --map-in`).
#pragma once

#include <cstdint>
#include <span>
#include <string>

#include <nlohmann/json.hpp>

#include "bpfkit/tracing.h"
#include "btf/json_value.h"

namespace bpfkit::tracing {

// Parses JSON text; a syntax error is an Error naming `what` (e.g. "--task").
Expected<nlohmann::json> parse_json(std::string_view text, const char* what);

// KernelMemory as the target of pointers in BTF-typed JSON ("@name", or an object that becomes a new one).
class KmemPointees final : public btf::JsonPointees {
 public:
  explicit KmemPointees(KernelMemory& kmem) : kmem_(kmem) {}
  std::optional<uint64_t> address_of(std::string_view name) const override { return kmem_.address_of(name); }
  Expected<uint64_t> allocate(size_t size) override { return kmem_.allocate(size); }
  std::span<uint8_t> bytes(uint64_t addr, size_t size) override { return kmem_.bytes(addr, size); }

 private:
  KernelMemory& kmem_;
};

// A 64-bit integer of either sign (btf::json_integer); errors start with path.
Expected<uint64_t> json_u64(const nlohmann::json& v, const std::string& path, KernelMemory* kmem);

// btf::encode_json_value with kmem (may be null) as the pointees; errors start with label.
Expected<void> encode_value(const btf::Btf& btf, btf::TypeId type, const nlohmann::json& v, std::span<uint8_t> out,
                            std::string_view label, KernelMemory* kmem);

// A named type: "struct task_struct", "union x", "enum y", or a plain name (typedef, int, ...).
Expected<btf::TypeId> find_named_type(const btf::Btf& btf, std::string_view spelled);

// Writes the bytes of a string into out (an array of size out.size()), NUL-padded; longer than out is an Error.
Expected<void> encode_string(const std::string& s, std::span<uint8_t> out, const std::string& path);

// Hex bytes ("de ad be ef" or "deadbeef").
Expected<std::vector<uint8_t>> parse_hex(const std::string& s, const std::string& path);

}  // namespace bpfkit::tracing
