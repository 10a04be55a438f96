// JSON -> bytes through BTF, for --map-in and --map. The shapes are the ones Btf::format_value prints.
#include "cli/btf_json.h"

#include <cstring>
#include <string_view>

#include <fmt/format.h>

namespace bpfkit::cli {
namespace {

using btf::Kind;
using nlohmann::json;

// Deeper nesting than any real map value; stops a hostile BTF or JSON from recursing without end.
constexpr int kMaxDepth = 32;

// Stores the low nbits of v at bit offset bit (little-endian bit numbering, as BTF bitfields on x86-64 and BPF).
void insert_bits(std::span<uint8_t> out, uint64_t bit, uint32_t nbits, uint64_t v) {
  for (uint32_t i = 0; i < nbits; ++i, ++bit) {
    const uint8_t mask = uint8_t(1u << (bit % 8));
    const bool set = i < 64 && ((v >> i) & 1);
    out[bit / 8] = set ? out[bit / 8] | mask : out[bit / 8] & ~mask;
  }
}

// A JSON integer as the nbits-wide two's complement pattern (sign-extended past 64 bits). Refuses values that do
// not fit: a u8 gets 0..255, an s8 -128..127.
Expected<uint64_t> integer(const json& v, uint32_t nbits, bool is_signed) {
  if (nbits == 0) return make_error("a zero-bit integer holds no value");
  if (v.is_boolean()) return uint64_t(v.get<bool>());
  if (v.is_number_float()) return make_error(fmt::format("{} is not an integer", v.dump()));
  if (!v.is_number_integer()) return make_error(fmt::format("expected an integer, got {}", v.dump()));
  const uint32_t bits = nbits > 64 ? 64 : nbits;
  if (v.is_number_unsigned()) {
    const uint64_t u = v.get<uint64_t>();
    const uint64_t max = bits == 64 ? (is_signed && nbits == 64 ? (uint64_t(1) << 63) - 1 : ~uint64_t(0))
                                    : (uint64_t(1) << (is_signed ? bits - 1 : bits)) - 1;
    if (u > max) return make_error(fmt::format("{} does not fit in {} {} bits", u, is_signed ? "signed" : "unsigned", nbits));
    return u;
  }
  const int64_t s = v.get<int64_t>();
  if (s < 0 && !is_signed) return make_error(fmt::format("{} is negative for an unsigned type", s));
  if (bits < 64 && s < -(int64_t(1) << (bits - 1)))
    return make_error(fmt::format("{} does not fit in signed {} bits", s, nbits));
  return uint64_t(s);
}

struct Encoder {
  const btf::Btf& btf;

  Expected<void> value(btf::TypeId id, const json& v, std::span<uint8_t> out, int depth) {
    if (depth > kMaxDepth) return make_error("value nesting too deep");
    id = btf.skip_mods_and_typedefs(id);
    const btf::Type& t = *btf.type(id);
    auto size = btf.resolve_size(id);
    if (!size) return make_error(fmt::format("type {} has no size", btf.type_name(id)));
    if (*size > out.size()) return make_error(fmt::format("type {} is larger than the {} bytes it fills", btf.type_name(id), out.size()));
    out = out.first(*size);
    switch (t.kind) {
      case Kind::Int: {
        auto n = integer(v, t.int_bits, t.int_encoding & btf::kIntSigned);
        if (!n) return std::move(n).error();
        // Sign-extend into the storage (a 128-bit int given a negative number).
        const bool negative = (t.int_encoding & btf::kIntSigned) && v.is_number_integer() && !v.is_number_unsigned() &&
                              v.get<int64_t>() < 0;
        if (negative && t.int_bits > 64) std::memset(out.data(), 0xff, out.size());
        insert_bits(out, t.int_offset, t.int_bits > 64 ? 64 : t.int_bits, *n);
        return {};
      }
      case Kind::Ptr: {
        auto n = integer(v, 64, false);
        if (!n) return std::move(n).error();
        std::memcpy(out.data(), &*n, 8);
        return {};
      }
      case Kind::Enum: case Kind::Enum64: {
        uint64_t raw = 0;
        if (v.is_string()) {
          const std::string name = v.get<std::string>();
          bool found = false;
          for (const btf::EnumValue& ev : t.values)
            if (ev.name == name) raw = ev.value, found = true;
          if (!found) return make_error(fmt::format("'{}' is not an enumerator of {}", name, btf.type_name(id)));
        } else {
          auto n = integer(v, t.size * 8, t.kflag);
          if (!n) return std::move(n).error();
          raw = *n;
        }
        insert_bits(out, 0, t.size * 8, raw);
        return {};
      }
      case Kind::Float: {
        if (!v.is_number()) return make_error(fmt::format("expected a number, got {}", v.dump()));
        if (t.size == 4) {
          const float f = v.get<float>();
          std::memcpy(out.data(), &f, 4);
        } else if (t.size == 8) {
          const double d = v.get<double>();
          std::memcpy(out.data(), &d, 8);
        } else {
          return make_error(fmt::format("a {}-byte float cannot be written as a JSON number; use hex", t.size));
        }
        return {};
      }
      case Kind::Array: return array(t, v, out, depth);
      case Kind::Struct: case Kind::Union: return composite(t, v, out, depth);
      case Kind::Datasec: return datasec(t, v, out, depth);
      default: return make_error(fmt::format("{} cannot hold a value", btf.type_name(id)));
    }
  }

  Expected<void> array(const btf::Type& t, const json& v, std::span<uint8_t> out, int depth) {
    const btf::Type& elem = *btf.type(btf.skip_mods_and_typedefs(t.elem_type));
    const uint32_t esize = *btf.resolve_size(t.elem_type);
    if (v.is_string() && elem.kind == Kind::Int && esize == 1) {  // char name[16] = "eth0"
      const std::string s = v.get<std::string>();
      if (s.size() > t.nelems) return make_error(fmt::format("string of {} bytes for char[{}]", s.size(), t.nelems));
      std::memset(out.data(), 0, out.size());
      std::memcpy(out.data(), s.data(), s.size());
      return {};
    }
    if (!v.is_array()) return make_error(fmt::format("expected an array for {}, got {}", btf.type_name(t.id), v.dump()));
    if (v.size() > t.nelems) return make_error(fmt::format("{} elements for an array of {}", v.size(), t.nelems));
    for (size_t i = 0; i < v.size(); ++i)
      if (auto r = value(t.elem_type, v[i], out.subspan(i * esize, esize), depth + 1); !r)
        return make_error(fmt::format("[{}]: {}", i, r.error().message));
    return {};
  }

  // Finds member name in t, looking inside anonymous struct/union members too; sets the bit offset of the hit.
  const btf::Member* find_member(const btf::Type& t, std::string_view name, uint64_t& bit, int depth) {
    if (depth > kMaxDepth) return nullptr;
    for (const btf::Member& m : t.members) {
      if (m.name == name) {
        bit += m.bit_offset;
        return &m;
      }
      if (!m.name.empty()) continue;
      const btf::Type& mt = *btf.type(btf.skip_mods_and_typedefs(m.type));
      if (!mt.is_composite()) continue;
      uint64_t inner = bit + m.bit_offset;
      if (const btf::Member* hit = find_member(mt, name, inner, depth + 1)) {
        bit = inner;
        return hit;
      }
    }
    return nullptr;
  }

  Expected<void> composite(const btf::Type& t, const json& v, std::span<uint8_t> out, int depth) {
    if (!v.is_object()) return make_error(fmt::format("expected an object for {}, got {}", btf.type_name(t.id), v.dump()));
    for (auto it = v.begin(); it != v.end(); ++it) {
      uint64_t bit = 0;
      const btf::Member* m = find_member(t, it.key(), bit, 0);
      if (m == nullptr) return make_error(fmt::format("{} has no member '{}'", btf.type_name(t.id), it.key()));
      auto r = member(*m, bit, it.value(), out, depth);
      if (!r) return make_error(fmt::format("member '{}': {}", it.key(), r.error().message));
    }
    return {};
  }

  Expected<void> member(const btf::Member& m, uint64_t bit, const json& v, std::span<uint8_t> out, int depth) {
    const btf::Type& mt = *btf.type(btf.skip_mods_and_typedefs(m.type));
    if (m.bitfield_size != 0 || bit % 8 != 0) {
      const uint32_t nbits = m.bitfield_size != 0 ? m.bitfield_size : mt.int_bits;
      const bool is_signed = (mt.kind == Kind::Int && (mt.int_encoding & btf::kIntSigned)) || mt.is_signed_enum();
      json n = v;
      if (v.is_string() && mt.is_enum()) {
        bool found = false;
        for (const btf::EnumValue& ev : mt.values)
          if (ev.name == v.get<std::string>()) n = ev.value, found = true;
        if (!found) return make_error(fmt::format("'{}' is not an enumerator", v.get<std::string>()));
      }
      auto raw = integer(n, nbits, is_signed);
      if (!raw) return std::move(raw).error();
      const uint64_t at = bit + (m.bitfield_size != 0 ? 0 : mt.int_offset);
      if ((at + nbits + 7) / 8 > out.size()) return make_error("bitfield runs past the value");
      insert_bits(out, at, nbits, *raw);
      return {};
    }
    if (bit / 8 > out.size()) return make_error("member runs past the value");
    return value(m.type, v, out.subspan(bit / 8), depth + 1);
  }

  Expected<void> datasec_var(const btf::Type& t, const std::string& name, const json& v, std::span<uint8_t> out,
                             int depth) {
    for (const btf::VarSecinfo& vs : t.vars) {
      const btf::Type& var = *btf.type(vs.type);
      if (var.name != name) continue;
      if (uint64_t(vs.offset) + vs.size > out.size()) return make_error(fmt::format("variable '{}' runs past the value", name));
      auto r = value(var.kind == Kind::Var ? var.type : var.id, v, out.subspan(vs.offset, vs.size), depth + 1);
      if (!r) return make_error(fmt::format("variable '{}': {}", name, r.error().message));
      return {};
    }
    return make_error(fmt::format("section {} has no variable '{}'", t.name, name));
  }

  // {"var": value, ...}, or bpftool's [{"var": value}, ...]. Variables not named keep their current bytes.
  Expected<void> datasec(const btf::Type& t, const json& v, std::span<uint8_t> out, int depth) {
    std::vector<const json*> objects;
    if (v.is_object()) {
      objects.push_back(&v);
    } else if (v.is_array()) {
      for (const json& o : v) {
        if (!o.is_object()) return make_error(fmt::format("expected {{\"variable\": value}}, got {}", o.dump()));
        objects.push_back(&o);
      }
    } else {
      return make_error(fmt::format("expected an object of variables for {}, got {}", t.name, v.dump()));
    }
    for (const json* o : objects)
      for (auto it = o->begin(); it != o->end(); ++it)
        if (auto r = datasec_var(t, it.key(), it.value(), out, depth); !r) return r;
    return {};
  }
};

}  // namespace

Expected<void> encode_btf_json(const btf::Btf* btf, btf::TypeId id, const json& value, std::span<uint8_t> out) {
  if (btf == nullptr || id == 0) {
    // No type to go by: a number, little-endian, into an integer-sized slot.
    if (out.size() != 1 && out.size() != 2 && out.size() != 4 && out.size() != 8)
      return make_error(fmt::format("no BTF type for these {} bytes: give them as a hex string", out.size()));
    const bool is_signed = value.is_number_integer() && !value.is_number_unsigned();
    auto n = integer(value, uint32_t(out.size() * 8), is_signed);
    if (!n) return std::move(n).error();
    for (size_t i = 0; i < out.size(); ++i) out[i] = uint8_t(*n >> (8 * i));
    return {};
  }
  if (btf->type(id) == nullptr) return make_error(fmt::format("BTF type id {} out of range", id));
  return Encoder{*btf}.value(id, value, out, 0);
}

}  // namespace bpfkit::cli
