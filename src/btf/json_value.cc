// JSON -> bytes through BTF. The shapes are the ones Btf::format_value prints, plus what the tracing inputs need:
// numbers as strings, "@name" addresses and pointers given as the object they point at.
#include "btf/json_value.h"

#include <cctype>
#include <cerrno>
#include <cstring>
#include <string>
#include <vector>

#include <fmt/format.h>

namespace bpfkit::btf {
namespace {

using nlohmann::json;

// Pointers given as objects nest as deep as the JSON does (task.real_parent.real_parent...); bound the recursion
// well before the stack.
constexpr int kMaxDepth = 64;

using Sign = IntSign;

// Stores the low nbits of v at bit offset bit (little-endian bit numbering, as BTF bitfields on x86-64 and BPF).
void insert_bits(std::span<uint8_t> out, uint64_t bit, uint32_t nbits, uint64_t v) {
  for (uint32_t i = 0; i < nbits; ++i, ++bit) {
    const uint8_t mask = uint8_t(1u << (bit % 8));
    const bool set = i < 64 && ((v >> i) & 1);
    out[bit / 8] = set ? out[bit / 8] | mask : out[bit / 8] & ~mask;
  }
}

const char* sign_word(Sign s) { return s == Sign::Signed ? "signed" : s == Sign::Unsigned ? "unsigned" : ""; }

// A value given as a number (not a bit pattern): checked against the range of an nbits integer of sign s.
Expected<uint64_t> ranged(bool negative, uint64_t magnitude_or_value, uint32_t nbits, Sign s, const std::string& shown) {
  if (!negative) {
    const uint64_t u = magnitude_or_value;
    uint64_t max = nbits >= 64 ? ~uint64_t(0) : (uint64_t(1) << nbits) - 1;
    if (s == Sign::Signed) max = nbits >= 64 ? (uint64_t(1) << 63) - 1 : (uint64_t(1) << (nbits - 1)) - 1;
    if (u > max) return make_error(fmt::format("{} does not fit in {}{}{} bits", shown, sign_word(s),
                                               s == Sign::Either ? "" : " ", nbits));
    return u;
  }
  const int64_t v = int64_t(magnitude_or_value);
  if (s == Sign::Unsigned) return make_error(fmt::format("{} is negative for an unsigned type", shown));
  if (nbits < 64 && v < -(int64_t(1) << (nbits - 1)))
    return make_error(fmt::format("{} does not fit in signed {} bits", shown, nbits));
  return uint64_t(v);
}

// A decimal ("-12") or hex ("0x1f") number in a string. Hex is a bit pattern of nbits; decimal is a value.
Expected<uint64_t> from_string(const std::string& s, uint32_t nbits, Sign sign) {
  bool neg = !s.empty() && s[0] == '-';
  const std::string_view digits = std::string_view(s).substr(neg ? 1 : 0);
  const bool hex = digits.size() > 2 && digits[0] == '0' && (digits[1] == 'x' || digits[1] == 'X');
  const std::string_view body = hex ? digits.substr(2) : digits;
  const std::string shown = fmt::format("'{}'", s.substr(0, 64));
  if (body.empty() || body.size() > (hex ? 16u : 20u)) return make_error(fmt::format("{} is not a number", shown));
  uint64_t r = 0;
  for (char c : body) {
    const int d = std::isdigit(uint8_t(c)) ? c - '0'
                  : hex && std::isxdigit(uint8_t(c)) ? std::tolower(uint8_t(c)) - 'a' + 10
                                                     : -1;
    if (d < 0) return make_error(fmt::format("{} is not a number", shown));
    if (!hex && r > (~uint64_t(0) - uint64_t(d)) / 10) return make_error(fmt::format("{} does not fit in 64 bits", shown));
    r = r * (hex ? 16 : 10) + uint64_t(d);
  }
  if (hex) {
    if (neg) return make_error(fmt::format("{}: a hex bit pattern has no sign", shown));
    if (nbits < 64 && r >> nbits != 0) return make_error(fmt::format("{} does not fit in {} bits", shown, nbits));
    return r;
  }
  neg = neg && r != 0;
  if (neg && r > (uint64_t(1) << 63)) return make_error(fmt::format("{} does not fit in 64 bits", shown));
  return ranged(neg, neg ? uint64_t(-int64_t(r - 1) - 1) : r, nbits, sign, shown);
}

Expected<uint64_t> integer(const json& v, uint32_t nbits, Sign sign, const JsonPointees* pointees) {
  if (nbits == 0 || nbits > 64) return make_error(fmt::format("a {}-bit integer cannot be written", nbits));
  if (v.is_boolean()) return uint64_t(v.get<bool>());
  if (v.is_null()) return uint64_t(0);
  if (v.is_number_float()) return make_error(fmt::format("{} is not an integer", v.dump()));
  if (v.is_number_unsigned()) return ranged(false, v.get<uint64_t>(), nbits, sign, v.dump());
  if (v.is_number_integer()) {
    const int64_t s = v.get<int64_t>();
    return ranged(s < 0, uint64_t(s), nbits, sign, v.dump());
  }
  if (v.is_string()) {
    const std::string& s = v.get_ref<const std::string&>();
    if (!s.empty() && s[0] == '@') {
      const std::string_view name = std::string_view(s).substr(1);
      if (pointees == nullptr) return make_error(fmt::format("'{}' names a kernel object, but there is no kernel memory", s));
      if (auto a = pointees->address_of(name)) return *a;
      return make_error(fmt::format("no kernel object named '{}'", name));
    }
    return from_string(s, nbits, sign);
  }
  return make_error(fmt::format("expected an integer, got {}", v.dump().substr(0, 64)));
}

struct Segment {
  std::string_view key;  // a member or variable name; empty for an array index
  size_t index = 0;
};

class Encoder {
 public:
  Encoder(const Btf& btf, std::string_view label, JsonPointees* pointees)
      : btf_(btf), label_(label), pointees_(pointees) {}

  Expected<void> value(TypeId id, const json& v, std::span<uint8_t> out) {
    if (path_.size() >= size_t(kMaxDepth)) return fail(fmt::format("nested more than {} levels deep", kMaxDepth));
    id = btf_.skip_mods_and_typedefs(id);
    const Type* t = btf_.type(id);
    if (t == nullptr) return fail(fmt::format("BTF type id {} out of range", id));
    auto size = btf_.resolve_size(id);
    if (!size) return fail(fmt::format("{} has no size", btf_.type_name(id)));
    if (*size > out.size())
      return fail(fmt::format("{} is larger than the {} bytes it fills", btf_.type_name(id), out.size()));
    out = out.first(*size);
    switch (t->kind) {
      case Kind::Int: {
        const uint32_t bits = t->int_bits > 64 ? 64 : t->int_bits;
        if (uint64_t(t->int_offset) + bits > uint64_t(*size) * 8) return fail("integer bits outside its bytes");
        const bool is_signed = t->int_encoding & kIntSigned;
        auto n = integer(v, bits, is_signed ? Sign::Signed : Sign::Unsigned, pointees_);
        if (!n) return fail(n.error().message);
        // A 128-bit int given a negative number: sign-extend into the upper half.
        if (is_signed && t->int_bits > 64 && int64_t(*n) < 0) std::memset(out.data(), 0xff, out.size());
        insert_bits(out, t->int_offset, bits, *n);
        return {};
      }
      case Kind::Enum:
      case Kind::Enum64: {
        auto n = enumerator(*t, v, t->size * 8);
        if (!n) return std::move(n).error();
        insert_bits(out, 0, t->size * 8 > 64 ? 64 : t->size * 8, *n);
        return {};
      }
      case Kind::Ptr: return pointer(*t, v, out);
      case Kind::Float: {
        if (!v.is_number()) return fail(fmt::format("expected a number, got {}", v.dump().substr(0, 64)));
        if (t->size == 4) {
          const float f = v.get<float>();
          std::memcpy(out.data(), &f, 4);
        } else if (t->size == 8) {
          const double d = v.get<double>();
          std::memcpy(out.data(), &d, 8);
        } else {
          return fail(fmt::format("a {}-byte float cannot be written as a JSON number; use hex", t->size));
        }
        return {};
      }
      case Kind::Array: return array(*t, v, out);
      case Kind::Struct:
      case Kind::Union: return composite(*t, v, out);
      case Kind::Datasec: return datasec(*t, v, out);
      default: return fail(fmt::format("{} cannot hold a value", btf_.type_name(id)));
    }
  }

 private:
  // "LABEL: member 'a.b[2].c': what", parts left out when empty.
  Error fail(const std::string& what) const {
    std::string where;
    for (const Segment& s : path_) {
      if (s.key.empty()) {
        where += fmt::format("[{}]", s.index);
      } else {
        if (!where.empty()) where += '.';
        where += s.key.substr(0, 200);
      }
    }
    std::string msg(label_);
    if (!where.empty()) msg += fmt::format("{}{} '{}'", msg.empty() ? "" : ": ", where[0] == '[' ? "element" : "member", where);
    if (!msg.empty()) msg += ": ";
    return make_error(msg + what).with_errno(EINVAL);
  }

  // Enters a member or element for the duration of a call, so errors below name it.
  template <typename F>
  Expected<void> at(Segment s, F&& f) {
    path_.push_back(s);
    auto r = f();
    path_.pop_back();
    return r;
  }

  Expected<uint64_t> enumerator(const Type& t, const json& v, uint32_t nbits) {
    if (v.is_string()) {
      for (const EnumValue& ev : t.values)
        if (ev.name == v.get_ref<const std::string&>()) return uint64_t(ev.value);
      if (integer(v, nbits > 64 ? 64 : nbits, Sign::Either, pointees_)) {
        // A number in a string ("0x3") for an enum is still a number.
      } else {
        return fail(fmt::format("'{}' is not an enumerator of {}", v.get_ref<const std::string&>().substr(0, 64),
                                btf_.type_name(t.id)));
      }
    }
    auto n = integer(v, nbits > 64 ? 64 : nbits, t.kflag ? Sign::Signed : Sign::Either, pointees_);
    if (!n) return fail(n.error().message);
    return *n;
  }

  Expected<void> pointer(const Type& t, const json& v, std::span<uint8_t> out) {
    uint64_t addr = 0;
    if (v.is_object()) {
      if (pointees_ == nullptr) return fail("a pointer given as an object needs kernel memory");
      auto size = btf_.resolve_size(t.type);
      if (!size) return fail(fmt::format("cannot point at {}: it has no size", btf_.type_name(t.type)));
      auto a = pointees_->allocate(*size);
      if (!a) return std::move(a).error();
      if (auto r = value(t.type, v, pointees_->bytes(*a, *size)); !r) return r;
      addr = *a;
    } else {
      auto n = integer(v, 64, Sign::Either, pointees_);
      if (!n) return fail(n.error().message);
      addr = *n;
    }
    std::memcpy(out.data(), &addr, out.size() < 8 ? out.size() : 8);
    return {};
  }

  Expected<void> array(const Type& t, const json& v, std::span<uint8_t> out) {
    auto esize = btf_.resolve_size(t.elem_type);
    if (!esize) return fail("array element has no size");
    const Type* elem = btf_.type(btf_.skip_mods_and_typedefs(t.elem_type));
    if (v.is_string() && elem != nullptr && elem->kind == Kind::Int && *esize == 1) {  // char name[16] = "eth0"
      const std::string& s = v.get_ref<const std::string&>();
      if (s.size() > t.nelems) return fail(fmt::format("string of {} bytes for char[{}]", s.size(), t.nelems));
      std::memset(out.data(), 0, out.size());
      std::memcpy(out.data(), s.data(), s.size());
      return {};
    }
    if (!v.is_array())
      return fail(fmt::format("expected a list for {}, got {}", btf_.type_name(t.id), v.dump().substr(0, 64)));
    if (v.size() > t.nelems) return fail(fmt::format("{} elements for an array of {}", v.size(), t.nelems));
    for (size_t i = 0; i < v.size(); ++i)
      if (auto r = at({{}, i}, [&] { return value(t.elem_type, v[i], out.subspan(i * *esize, *esize)); }); !r) return r;
    return {};
  }

  // Member name in t, looking inside anonymous struct/union members too; bit becomes the hit's bit offset.
  const Member* find_member(const Type& t, std::string_view name, uint64_t& bit, int depth) const {
    if (depth > kMaxDepth) return nullptr;
    for (const Member& m : t.members) {
      if (m.name == name) {
        bit += m.bit_offset;
        return &m;
      }
      if (!m.name.empty()) continue;
      const Type* mt = btf_.type(btf_.skip_mods_and_typedefs(m.type));
      if (mt == nullptr || !mt->is_composite()) continue;
      uint64_t inner = bit + m.bit_offset;
      if (const Member* hit = find_member(*mt, name, inner, depth + 1)) {
        bit = inner;
        return hit;
      }
    }
    return nullptr;
  }

  Expected<void> composite(const Type& t, const json& v, std::span<uint8_t> out) {
    if (!v.is_object())
      return fail(fmt::format("expected an object for {}, got {}", btf_.type_name(t.id), v.dump().substr(0, 64)));
    for (auto it = v.begin(); it != v.end(); ++it) {
      uint64_t bit = 0;
      const Member* m = find_member(t, it.key(), bit, 0);
      auto r = at({it.key()}, [&]() -> Expected<void> {
        if (m == nullptr) return fail(fmt::format("{} has no member '{}'", btf_.type_name(t.id), it.key().substr(0, 200)));
        return member(*m, bit, it.value(), out);
      });
      if (!r) return r;
    }
    return {};
  }

  Expected<void> member(const Member& m, uint64_t bit, const json& v, std::span<uint8_t> out) {
    const Type* mt = btf_.type(btf_.skip_mods_and_typedefs(m.type));
    if (mt == nullptr) return fail("member type out of range");
    if (m.bitfield_size != 0 || bit % 8 != 0) {
      if (!(mt->kind == Kind::Int || mt->is_enum())) return fail("a bitfield that is not an integer");
      const uint32_t nbits = m.bitfield_size != 0 ? m.bitfield_size : mt->int_bits;
      const uint64_t at_bit = bit + (m.bitfield_size != 0 || mt->kind != Kind::Int ? 0 : mt->int_offset);
      if (nbits == 0 || nbits > 64 || (at_bit + nbits + 7) / 8 > out.size()) return fail("bitfield runs past the value");
      Expected<uint64_t> raw = uint64_t(0);
      if (mt->is_enum()) {
        raw = enumerator(*mt, v, nbits);
        if (!raw) return std::move(raw).error();
      } else {
        raw = integer(v, nbits, (mt->int_encoding & kIntSigned) ? Sign::Signed : Sign::Unsigned, pointees_);
        if (!raw) return fail(raw.error().message);
      }
      insert_bits(out, at_bit, nbits, *raw);
      return {};
    }
    if (bit / 8 > out.size()) return fail("member runs past the value");
    return value(m.type, v, out.subspan(bit / 8));
  }

  Expected<void> datasec_var(const Type& t, const std::string& name, const json& v, std::span<uint8_t> out) {
    for (const VarSecinfo& vs : t.vars) {
      const Type* var = btf_.type(vs.type);
      if (var == nullptr || var->name != name) continue;
      return at({name}, [&]() -> Expected<void> {
        if (uint64_t(vs.offset) + vs.size > out.size()) return fail("variable runs past the section");
        return value(var->kind == Kind::Var ? var->type : var->id, v, out.subspan(vs.offset, vs.size));
      });
    }
    return fail(fmt::format("section {} has no variable '{}'", t.name, name.substr(0, 200)));
  }

  // {"var": value, ...}, or bpftool's [{"var": value}, ...]. Variables not named keep their current bytes.
  Expected<void> datasec(const Type& t, const json& v, std::span<uint8_t> out) {
    std::vector<const json*> objects;
    if (v.is_object()) {
      objects.push_back(&v);
    } else if (v.is_array()) {
      for (const json& o : v) {
        if (!o.is_object()) return fail(fmt::format("expected {{\"variable\": value}}, got {}", o.dump().substr(0, 64)));
        objects.push_back(&o);
      }
    } else {
      return fail(fmt::format("expected an object of variables for {}, got {}", t.name, v.dump().substr(0, 64)));
    }
    for (const json* o : objects)
      for (auto it = o->begin(); it != o->end(); ++it)
        if (auto r = datasec_var(t, it.key(), it.value(), out); !r) return r;
    return {};
  }

  const Btf& btf_;
  std::string_view label_;
  JsonPointees* pointees_;
  std::vector<Segment> path_;
};

}  // namespace

Expected<uint64_t> json_integer(const json& v, uint32_t nbits, IntSign sign, const JsonPointees* pointees) {
  return integer(v, nbits, sign, pointees);
}

Expected<void> encode_json_value(const Btf& btf, TypeId id, const json& v, std::span<uint8_t> out,
                                 std::string_view label, JsonPointees* pointees) {
  return Encoder(btf, label, pointees).value(id, v, out);
}

}  // namespace bpfkit::btf
