// JSON values laid out by BTF: integers, enums, pointers, arrays, structs and unions, bitfields included.
#include "tracing/btf_json.h"

#include <cctype>
#include <cstring>

#include <fmt/format.h>
#include "support/json_depth.h"

namespace bpfkit::tracing {

using nlohmann::json;

namespace {

Error bad(const std::string& path, const std::string& what) {
  return make_error(fmt::format("{}: {}", path.empty() ? "value" : path, what)).with_errno(EINVAL);
}

void put_le(std::span<uint8_t> out, uint64_t v) {
  for (size_t i = 0; i < out.size() && i < 8; ++i) out[i] = uint8_t(v >> (8 * i));
}

// Does v (as a two's complement pattern of a value given in JSON) fit in bits? Signed JSON values must fit the
// signed range, unsigned ones the unsigned range (or, for signed types, be a bit pattern of that width).
bool fits(uint64_t v, bool negative, uint32_t bits) {
  if (bits >= 64) return true;
  if (negative) return int64_t(v) >= -(int64_t(1) << (bits - 1));
  return v < (uint64_t(1) << bits);
}

struct Located {
  btf::TypeId type = 0;
  uint32_t bit_offset = 0;
  uint32_t bitfield_size = 0;
};

// A member by name, through anonymous struct/union members (as C lets one name them).
bool find_member(const btf::Btf& btf, btf::TypeId composite, std::string_view name, uint32_t base, Located& out,
                 int depth = 0) {
  if (depth > 32) return false;
  const btf::Type* t = btf.type(btf.skip_mods_and_typedefs(composite));
  if (t == nullptr || !t->is_composite()) return false;
  for (const btf::Member& m : t->members) {
    if (m.name == name) {
      out = {m.type, base + m.bit_offset, m.bitfield_size};
      return true;
    }
    if (m.name.empty() && find_member(btf, m.type, name, base + m.bit_offset, out, depth + 1)) return true;
  }
  return false;
}

}  // namespace

Expected<json> parse_json(std::string_view text, const char* what) {
  if (json_nesting_depth(text) > kMaxJsonDepth)
    return make_error(fmt::format("{}: JSON nested more than {} levels", what, kMaxJsonDepth)).with_errno(EINVAL);
  json j = json::parse(text, nullptr, false);
  if (j.is_discarded()) return make_error(fmt::format("{}: not valid JSON", what)).with_errno(EINVAL);
  return j;
}

Expected<uint64_t> json_u64(const json& v, const std::string& path, KernelMemory* kmem) {
  if (v.is_number_unsigned()) return v.get<uint64_t>();
  if (v.is_number_integer()) return uint64_t(v.get<int64_t>());
  if (v.is_boolean()) return uint64_t(v.get<bool>());
  if (v.is_null()) return uint64_t(0);
  if (v.is_string()) {
    const std::string s = v.get<std::string>();
    if (!s.empty() && s[0] == '@') {
      if (kmem == nullptr) return bad(path, fmt::format("'{}' names a kernel object, but there is no kernel memory", s));
      if (auto a = kmem->address_of(std::string_view(s).substr(1))) return *a;
      return bad(path, fmt::format("no kernel object named '{}'", s.substr(1)));
    }
    const bool neg = !s.empty() && s[0] == '-';
    const std::string digits = neg ? s.substr(1) : s;
    const bool hex = digits.size() > 2 && digits[0] == '0' && (digits[1] == 'x' || digits[1] == 'X');
    const std::string body = hex ? digits.substr(2) : digits;
    if (body.empty() || body.size() > (hex ? 16u : 20u)) return bad(path, fmt::format("'{}' is not a number", s));
    uint64_t r = 0;
    for (char c : body) {
      const int d = std::isdigit(uint8_t(c)) ? c - '0'
                    : hex && std::isxdigit(uint8_t(c)) ? std::tolower(uint8_t(c)) - 'a' + 10
                                                       : -1;
      if (d < 0) return bad(path, fmt::format("'{}' is not a number", s));
      const uint64_t next = r * (hex ? 16 : 10) + uint64_t(d);
      if (!hex && (next - uint64_t(d)) / 10 != r) return bad(path, fmt::format("'{}' does not fit in 64 bits", s));
      r = next;
    }
    return neg ? uint64_t(-int64_t(r)) : r;
  }
  return bad(path, "expected a number");
}

Expected<void> encode_string(const std::string& s, std::span<uint8_t> out, const std::string& path) {
  if (s.size() > out.size())
    return bad(path, fmt::format("string of {} bytes does not fit in char[{}]", s.size(), out.size()));
  std::fill(out.begin(), out.end(), 0);
  std::memcpy(out.data(), s.data(), s.size());
  return {};
}

Expected<std::vector<uint8_t>> parse_hex(const std::string& s, const std::string& path) {
  std::vector<uint8_t> out;
  int hi = -1;
  for (char c : s) {
    if (std::isspace(uint8_t(c)) || c == ':') continue;
    if (!std::isxdigit(uint8_t(c))) return bad(path, "hex bytes expected");
    const int d = std::isdigit(uint8_t(c)) ? c - '0' : std::tolower(uint8_t(c)) - 'a' + 10;
    if (hi < 0) {
      hi = d;
    } else {
      out.push_back(uint8_t(hi << 4 | d));
      hi = -1;
    }
  }
  if (hi >= 0) return bad(path, "odd number of hex digits");
  return out;
}

Expected<btf::TypeId> find_named_type(const btf::Btf& btf, std::string_view spelled) {
  auto strip = [&](std::string_view prefix) {
    if (spelled.substr(0, prefix.size()) != prefix) return false;
    spelled.remove_prefix(prefix.size());
    return true;
  };
  std::optional<btf::TypeId> id;
  if (strip("struct ")) {
    id = btf.find_by_name_kind(spelled, btf::Kind::Struct);
  } else if (strip("union ")) {
    id = btf.find_by_name_kind(spelled, btf::Kind::Union);
  } else if (strip("enum ")) {
    id = btf.find_by_name_kind(spelled, btf::Kind::Enum);
    if (!id) id = btf.find_by_name_kind(spelled, btf::Kind::Enum64);
  } else {
    for (btf::TypeId t : btf.find_by_name(spelled)) {
      const btf::Kind k = btf.type(t)->kind;
      if (k == btf::Kind::Typedef || k == btf::Kind::Int || k == btf::Kind::Float || k == btf::Kind::Struct ||
          k == btf::Kind::Union || k == btf::Kind::Enum || k == btf::Kind::Enum64) {
        id = t;
        break;
      }
    }
  }
  if (!id) return make_error(fmt::format("BTF has no type '{}'", std::string(spelled))).with_errno(ENOENT);
  return *id;
}

Expected<void> encode_value(const btf::Btf& btf, btf::TypeId type, const json& v, std::span<uint8_t> out,
                            const std::string& path, KernelMemory* kmem) {
  // Pointers given as objects nest as deep as the JSON does (task.real_parent.real_parent...): bound the
  // recursion, and the path strings that grow with it, well before the stack.
  constexpr int kMaxDepth = 64;
  static thread_local int depth = 0;
  if (depth >= kMaxDepth) return bad(path.substr(0, 200), fmt::format("nested more than {} levels deep", kMaxDepth));
  ++depth;
  struct Leave {
    ~Leave() { --depth; }
  } leave;
  const btf::TypeId id = btf.skip_mods_and_typedefs(type);
  const btf::Type* t = btf.type(id);
  if (t == nullptr) return bad(path, "type id out of range");
  switch (t->kind) {
    case btf::Kind::Int:
    case btf::Kind::Enum:
    case btf::Kind::Enum64: {
      uint64_t value = 0;
      bool negative = false;
      if (t->is_enum() && v.is_string()) {
        const std::string name = v.get<std::string>();
        bool found = false;
        for (const btf::EnumValue& e : t->values)
          if (e.name == name) {
            value = e.value;
            found = true;
          }
        if (!found) {
          auto n = json_u64(v, path, kmem);
          if (!n) return bad(path, fmt::format("no enumerator '{}' in {}", name, btf.type_name(id)));
          value = *n;
        }
      } else {
        auto n = json_u64(v, path, kmem);
        if (!n) return std::move(n).error();
        value = *n;
        negative = v.is_number_integer() && !v.is_number_unsigned() && v.get<int64_t>() < 0;
      }
      const uint32_t bits = t->kind == btf::Kind::Int ? t->int_bits : t->size * 8;
      if (!fits(value, negative, bits))
        return bad(path, fmt::format("{} does not fit in {}", v.dump(), btf.type_name(id)));
      put_le(out, value);
      return {};
    }
    case btf::Kind::Ptr: {
      if (v.is_object()) {
        if (kmem == nullptr) return bad(path, "a pointer given as an object needs kernel memory");
        auto size = btf.resolve_size(t->type);
        if (!size) return bad(path, fmt::format("cannot point at {}: it has no size", btf.type_name(t->type)));
        auto addr = kmem->allocate(*size);
        if (!addr) return std::move(addr).error();
        auto r = encode_value(btf, t->type, v, kmem->bytes(*addr, *size), path, kmem);
        if (!r) return r;
        put_le(out, *addr);
        return {};
      }
      auto n = json_u64(v, path, kmem);
      if (!n) return std::move(n).error();
      put_le(out, *n);
      return {};
    }
    case btf::Kind::Float: {
      if (!v.is_number()) return bad(path, "expected a number");
      if (t->size == 4) {
        const float f = v.get<float>();
        std::memcpy(out.data(), &f, 4);
      } else if (t->size == 8) {
        const double d = v.get<double>();
        std::memcpy(out.data(), &d, 8);
      } else {
        return bad(path, fmt::format("{}-byte floats are not supported", t->size));
      }
      return {};
    }
    case btf::Kind::Array: {
      auto esize = btf.resolve_size(t->elem_type);
      if (!esize) return bad(path, "array element has no size");
      const btf::Type* elem = btf.type(btf.skip_mods_and_typedefs(t->elem_type));
      if (v.is_string() && elem != nullptr && elem->kind == btf::Kind::Int && elem->size == 1)
        return encode_string(v.get<std::string>(), out.first(size_t(*esize) * t->nelems), path);
      if (!v.is_array()) return bad(path, fmt::format("expected a list for {}", btf.type_name(id)));
      if (v.size() > t->nelems)
        return bad(path, fmt::format("{} elements do not fit in {}", v.size(), btf.type_name(id)));
      for (size_t i = 0; i < v.size(); ++i) {
        auto r = encode_value(btf, t->elem_type, v[i], out.subspan(i * *esize, *esize),
                              fmt::format("{}[{}]", path, i), kmem);
        if (!r) return r;
      }
      return {};
    }
    case btf::Kind::Struct:
    case btf::Kind::Union: {
      if (!v.is_object()) return bad(path, fmt::format("expected an object for {}", btf.type_name(id)));
      for (auto it = v.begin(); it != v.end(); ++it) {
        const std::string sub = path.empty() ? it.key() : path + "." + it.key();
        Located m;
        if (!find_member(btf, id, it.key(), 0, m)) return bad(sub, fmt::format("{} has no such member", btf.type_name(id)));
        if (m.bitfield_size != 0) {
          auto n = json_u64(it.value(), sub, kmem);
          if (!n) return std::move(n).error();
          const bool negative = it.value().is_number_integer() && !it.value().is_number_unsigned() &&
                                it.value().get<int64_t>() < 0;
          if (!fits(*n, negative, m.bitfield_size))
            return bad(sub, fmt::format("{} does not fit in a {}-bit field", it.value().dump(), m.bitfield_size));
          for (uint32_t b = 0; b < m.bitfield_size; ++b) {
            const uint32_t bit = m.bit_offset + b;
            if (bit / 8 >= out.size()) return bad(sub, "bitfield outside its struct");
            const uint8_t mask = uint8_t(1u << (bit % 8));
            out[bit / 8] = ((*n >> b) & 1) ? out[bit / 8] | mask : out[bit / 8] & ~mask;
          }
          continue;
        }
        auto size = btf.resolve_size(m.type);
        if (!size) return bad(sub, "member has no size");
        if (m.bit_offset % 8 != 0 || m.bit_offset / 8 + uint64_t(*size) > out.size())
          return bad(sub, "member lies outside its struct");
        auto r = encode_value(btf, m.type, it.value(), out.subspan(m.bit_offset / 8, *size), sub, kmem);
        if (!r) return r;
      }
      return {};
    }
    default:
      return bad(path, fmt::format("cannot write a value of {}", btf.type_name(id)));
  }
}

}  // namespace bpfkit::tracing

namespace bpfkit {

Expected<std::vector<uint8_t>> encode_btf_value(const btf::Btf& btf, btf::TypeId type, std::string_view text,
                                                KernelMemory* kmem) {
  auto j = tracing::parse_json(text, "value");
  if (!j) return std::move(j).error();
  auto size = btf.resolve_size(type);
  if (!size) return std::move(size).error();
  std::vector<uint8_t> out(*size, 0);
  auto r = tracing::encode_value(btf, type, *j, out, "", kmem);
  if (!r) return std::move(r).error();
  return out;
}

Expected<void> load_kernel_memory(const btf::Btf& btf, std::string_view text, KernelMemory& kmem) {
  auto doc = tracing::parse_json(text, "--kmem");
  if (!doc) return std::move(doc).error();
  if (!doc->is_array()) return make_error("--kmem: expected a list of objects").with_errno(EINVAL);
  // Two passes: every object first gets its address, so objects may point at each other in any order.
  struct Pending {
    uint64_t addr;
    btf::TypeId type;
    uint32_t size;
    const nlohmann::json* value;
    std::string path;
  };
  std::vector<Pending> pending;
  for (size_t i = 0; i < doc->size(); ++i) {
    const nlohmann::json& o = (*doc)[i];
    std::string path = fmt::format("--kmem[{}]", i);
    if (!o.is_object() || !o.contains("name") || !o["name"].is_string())
      return make_error(path + ": an object needs a \"name\"").with_errno(EINVAL);
    const std::string name = o["name"].get<std::string>();
    path = fmt::format("--kmem '{}'", name);
    if (o.contains("string")) {  // a kernel string (a file name, a comm): its bytes and a NUL
      if (!o["string"].is_string()) return make_error(path + ": \"string\" must be a string").with_errno(EINVAL);
      const std::string s = o["string"].get<std::string>();
      auto addr = kmem.allocate(s.size() + 1, name);
      if (!addr) return std::move(addr).error();
      std::copy(s.begin(), s.end(), kmem.bytes(*addr, s.size() + 1).begin());
      continue;
    }
    if (!o.contains("type") || !o["type"].is_string())
      return make_error(path + ": an object needs a \"type\" (or a \"string\")").with_errno(EINVAL);
    auto type = tracing::find_named_type(btf, o["type"].get<std::string>());
    if (!type) return make_error(path + ": " + type.error().message).with_errno(EINVAL);
    auto size = btf.resolve_size(*type);
    if (!size) return make_error(path + ": the type has no size").with_errno(EINVAL);
    auto addr = kmem.allocate(*size, name);
    if (!addr) return std::move(addr).error();
    if (o.contains("hex")) {
      if (!o["hex"].is_string()) return make_error(path + ": \"hex\" must be a string").with_errno(EINVAL);
      auto bytes = tracing::parse_hex(o["hex"].get<std::string>(), path);
      if (!bytes) return std::move(bytes).error();
      if (bytes->size() > *size)
        return make_error(fmt::format("{}: {} bytes do not fit in {} bytes", path, bytes->size(), *size))
            .with_errno(EINVAL);
      std::copy(bytes->begin(), bytes->end(), kmem.bytes(*addr, *size).begin());
    }
    if (o.contains("value")) pending.push_back({*addr, *type, *size, &o["value"], path});
  }
  for (const Pending& p : pending) {
    auto r = tracing::encode_value(btf, p.type, *p.value, kmem.bytes(p.addr, p.size), p.path, &kmem);
    if (!r) return r;
  }
  return {};
}

Expected<UserMemory> parse_user_memory(std::string_view text) {
  auto doc = tracing::parse_json(text, "--umem");
  if (!doc) return std::move(doc).error();
  if (!doc->is_array()) return make_error("--umem: expected a list of ranges").with_errno(EINVAL);
  UserMemory mem;
  for (size_t i = 0; i < doc->size(); ++i) {
    const nlohmann::json& o = (*doc)[i];
    const std::string path = fmt::format("--umem[{}]", i);
    if (!o.is_object() || !o.contains("addr")) return make_error(path + ": a range needs \"addr\"").with_errno(EINVAL);
    auto addr = tracing::json_u64(o["addr"], path + ".addr", nullptr);
    if (!addr) return std::move(addr).error();
    std::vector<uint8_t> bytes;
    if (o.contains("string") && o["string"].is_string()) {
      const std::string s = o["string"].get<std::string>();
      bytes.assign(s.begin(), s.end());
      bytes.push_back(0);
    } else if (o.contains("hex") && o["hex"].is_string()) {
      auto b = tracing::parse_hex(o["hex"].get<std::string>(), path);
      if (!b) return std::move(b).error();
      bytes = std::move(*b);
    } else {
      return make_error(path + ": a range needs \"string\" or \"hex\"").with_errno(EINVAL);
    }
    auto r = mem.add(*addr, std::move(bytes));
    if (!r) return std::move(r).error();
  }
  return mem;
}

}  // namespace bpfkit
