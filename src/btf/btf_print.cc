// C spelling of BTF types (for messages and dumps) and bpftool-style JSON formatting of values.
//
// The C printer walks a declarator chain outward-in: pointers prepend `*`, arrays and function prototypes append
// `[n]` and `(...)`, parenthesising a pointer first, and qualifiers collect until the next pointer or the base type.
// Qualifiers come out innermost first (`volatile const unsigned short` for CONST -> VOLATILE -> INT), as libbpf's
// btf_dump writes them, so the output can be compared with `bpftool btf dump format c`.
#include <fmt/format.h>

#include <cstring>

#include "btf/btf_internal.h"

namespace bpfkit::btf {

namespace {

std::string join_reversed(const std::vector<std::string>& words) {
  std::string out;
  for (auto it = words.rbegin(); it != words.rend(); ++it) {
    if (!out.empty()) out += ' ';
    out += *it;
  }
  return out;
}

struct CPrinter {
  const Btf& btf;

  std::string base_name(const Type& t) {
    switch (t.kind) {
      case Kind::Void: return "void";
      case Kind::Struct: return t.name.empty() ? "struct {...}" : "struct " + t.name;
      case Kind::Union: return t.name.empty() ? "union {...}" : "union " + t.name;
      case Kind::Enum: case Kind::Enum64: return t.name.empty() ? "enum {...}" : "enum " + t.name;
      case Kind::Fwd: return (t.kflag ? "union " : "struct ") + t.name;
      case Kind::Datasec: return fmt::format("SEC(\"{}\")", t.name);
      default: return t.name;  // INT, FLOAT, TYPEDEF
    }
  }

  std::string params(const Type& proto, int depth) {
    if (proto.params.empty()) return "(void)";
    if (depth >= detail::kMaxPrintDepth) return "(...)";
    std::string out = "(";
    for (size_t i = 0; i < proto.params.size(); i++) {
      if (i) out += ", ";
      const Param& p = proto.params[i];
      out += p.type == 0 ? "..." : decl(p.type, p.name, depth + 1);
    }
    return out + ")";
  }

  std::string decl(TypeId id, std::string d, int depth) {
    std::vector<std::string> quals, tags;
    auto flush_quals = [&] {
      std::string q = join_reversed(quals);
      for (const std::string& tag : tags) q += (q.empty() ? "" : " ") + tag;
      quals.clear();
      tags.clear();
      return q;
    };
    for (size_t steps = 0;; steps++) {
      const Type* t = btf.type(id);
      if (!t) return fmt::format("<bad type {}>", id);
      if (steps == detail::kMaxChainSteps) return "<type chain too long>";
      switch (t->kind) {
        case Kind::Const: quals.push_back("const"); break;
        case Kind::Volatile: quals.push_back("volatile"); break;
        case Kind::Restrict: quals.push_back("restrict"); break;
        case Kind::TypeTag: tags.push_back(fmt::format("__attribute__((btf_type_tag(\"{}\")))", t->name)); break;
        case Kind::Ptr: {
          std::string q = flush_quals();
          d = "*" + q + (q.empty() || d.empty() ? "" : " ") + d;
          break;
        }
        case Kind::Array:
          if (!d.empty() && d[0] == '*') d = "(" + d + ")";
          d += fmt::format("[{}]", t->nelems);
          id = t->elem_type;
          continue;
        case Kind::FuncProto:
          if (!d.empty() && d[0] == '*') d = "(" + d + ")";
          d += params(*t, depth);
          quals.clear();
          tags.clear();
          break;
        case Kind::Func: case Kind::Var:
          if (d.empty()) d = t->name;
          break;
        case Kind::DeclTag: break;  // names its target
        default: {
          // The base type: qualifiers before it, type tags after it (where btf_dump puts them).
          std::string out = join_reversed(quals);
          out += (out.empty() ? "" : " ") + base_name(*t);
          for (const std::string& tag : tags) out += " " + tag;
          if (d.empty()) return out;
          return out + (d[0] == '[' ? "" : " ") + d;
        }
      }
      id = t->type;
    }
  }
};

// --- values ------------------------------------------------------------------------------------------------------

void json_string(std::string& out, std::string_view s) {
  out += '"';
  for (char c : s) {
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (static_cast<unsigned char>(c) < 0x20) {
      out += fmt::format("\\u{:04x}", static_cast<unsigned char>(c));
    } else {
      out += c;
    }
  }
  out += '"';
}

// Bits [bit_off, bit_off + nbits) of little-endian bytes, nbits <= 128, as (low, high) 64-bit halves.
struct U128 {
  uint64_t lo = 0, hi = 0;
};
U128 extract_bits(std::span<const uint8_t> b, uint64_t bit_off, uint32_t nbits) {
  U128 v;
  for (uint32_t i = 0; i < nbits; i++) {
    uint64_t bit = bit_off + i;
    if ((b[bit / 8] >> (bit % 8)) & 1) (i < 64 ? v.lo : v.hi) |= uint64_t{1} << (i % 64);
  }
  return v;
}

void print_int(std::string& out, U128 v, uint32_t nbits, bool is_signed, bool is_bool) {
  if (is_bool) {
    out += (v.lo || v.hi) ? "true" : "false";
    return;
  }
  if (nbits > 64) {  // bpftool prints 128-bit integers in hex
    out += v.hi ? fmt::format("\"{:#x}{:016x}\"", v.hi, v.lo) : fmt::format("\"{:#x}\"", v.lo);
    return;
  }
  if (is_signed && nbits > 0 && nbits < 64 && (v.lo >> (nbits - 1)) & 1) v.lo |= ~uint64_t{0} << nbits;
  out += is_signed ? fmt::format("{}", static_cast<int64_t>(v.lo)) : fmt::format("{}", v.lo);
}

struct ValuePrinter {
  const Btf& btf;
  std::string out;

  static Error short_error(const Type& t, uint64_t need, size_t have) {
    return make_error(fmt::format("BTF: {}: value needs {} bytes, {} given", detail::describe(t), need, have));
  }

  // A char array that holds a NUL-terminated printable string is shown as a string, as bpftool does.
  bool try_string(const Type& elem, std::span<const uint8_t> b) {
    if (elem.kind != Kind::Int || elem.size != 1 || b.empty()) return false;
    const void* nul = std::memchr(b.data(), 0, b.size());
    if (!nul) return false;
    size_t len = static_cast<const uint8_t*>(nul) - b.data();
    for (size_t i = 0; i < len; i++)
      if (b[i] < 0x20 || b[i] > 0x7e) return false;
    json_string(out, std::string_view(reinterpret_cast<const char*>(b.data()), len));
    return true;
  }

  Expected<void> value(TypeId id, std::span<const uint8_t> b, int depth) {
    if (depth > detail::kMaxPrintDepth) return make_error("BTF: value nesting too deep to format");
    id = btf.skip_mods_and_typedefs(id);
    const Type& t = *btf.type(id);
    auto size = btf.resolve_size(id);
    if (!size) return std::move(size).error();
    if (*size > b.size()) return short_error(t, *size, b.size());
    switch (t.kind) {
      case Kind::Int:
        print_int(out, extract_bits(b, t.int_offset, t.int_bits), t.int_bits, t.int_encoding & kIntSigned,
                  t.int_encoding & kIntBool);
        return {};
      case Kind::Ptr: print_int(out, extract_bits(b, 0, 64), 64, false, false); return {};
      case Kind::Enum: case Kind::Enum64: {
        U128 raw = extract_bits(b, 0, t.size * 8);
        uint64_t v = raw.lo;
        if (t.kflag && t.size < 8 && (v >> (t.size * 8 - 1)) & 1) v |= ~uint64_t{0} << (t.size * 8);
        for (const EnumValue& ev : t.values)
          if (ev.value == v || (t.size < 8 && ((ev.value ^ v) & ((uint64_t{1} << (t.size * 8)) - 1)) == 0)) {
            json_string(out, ev.name);
            return {};
          }
        print_int(out, raw, t.size * 8, t.kflag, false);
        return {};
      }
      case Kind::Float: return print_float(t, b);
      case Kind::Array: {
        const Type& elem = *btf.type(btf.skip_mods_and_typedefs(t.elem_type));
        if (try_string(elem, b.first(*size))) return {};
        uint32_t esize = *btf.resolve_size(t.elem_type);
        out += '[';
        for (uint32_t i = 0; i < t.nelems; i++) {
          if (i) out += ',';
          if (auto r = value(t.elem_type, b.subspan(uint64_t{i} * esize), depth + 1); !r) return r;
        }
        out += ']';
        return {};
      }
      case Kind::Struct: case Kind::Union: return composite(t, b, depth);
      case Kind::Datasec: return datasec(t, b, depth);
      default: return make_error(fmt::format("BTF: {} cannot be formatted as a value", detail::describe(t)));
    }
  }

  Expected<void> print_float(const Type& t, std::span<const uint8_t> b) {
    if (t.size == 4) {
      float f;
      std::memcpy(&f, b.data(), 4);
      out += fmt::format("{:f}", f);
    } else if (t.size == 8) {
      double d;
      std::memcpy(&d, b.data(), 8);
      out += fmt::format("{:f}", d);
    } else {
      // No portable host type for 2, 12 or 16-byte floats: show the bits.
      out += '"';
      for (size_t i = t.size; i-- > 0;) out += fmt::format("{:02x}", b[i]);
      out += '"';
    }
    return {};
  }

  Expected<void> composite(const Type& t, std::span<const uint8_t> b, int depth) {
    out += '{';
    for (size_t i = 0; i < t.members.size(); i++) {
      const Member& m = t.members[i];
      if (i) out += ',';
      json_string(out, m.name);
      out += ':';
      const Type& mt = *btf.type(btf.skip_mods_and_typedefs(m.type));
      if (m.bitfield_size) {
        bool is_signed = (mt.kind == Kind::Int && (mt.int_encoding & kIntSigned)) || mt.is_signed_enum();
        print_int(out, extract_bits(b, m.bit_offset, m.bitfield_size), m.bitfield_size, is_signed, false);
      } else if (m.bit_offset % 8) {  // old-style bitfield: an INT at a bit offset
        print_int(out, extract_bits(b, m.bit_offset + mt.int_offset, mt.int_bits), mt.int_bits,
                  mt.int_encoding & kIntSigned, mt.int_encoding & kIntBool);
      } else if (auto r = value(m.type, b.subspan(m.bit_offset / 8), depth + 1); !r) {
        return r;
      }
    }
    out += '}';
    return {};
  }

  // bpftool shows a .data/.bss map as [{"var": value}, ...].
  Expected<void> datasec(const Type& t, std::span<const uint8_t> b, int depth) {
    out += '[';
    for (size_t i = 0; i < t.vars.size(); i++) {
      const VarSecinfo& vs = t.vars[i];
      const Type& var = *btf.type(vs.type);
      if (i) out += ',';
      out += '{';
      json_string(out, var.name);
      out += ':';
      if (vs.offset > b.size()) return short_error(var, uint64_t{vs.offset} + vs.size, b.size());
      if (auto r = value(var.kind == Kind::Var ? var.type : var.id, b.subspan(vs.offset), depth + 1); !r) return r;
      out += '}';
    }
    out += ']';
    return {};
  }
};

}  // namespace

std::string Btf::type_name(TypeId id) const { return CPrinter{*this}.decl(id, "", 0); }

std::string Btf::declaration(TypeId id, std::string_view name) const {
  return CPrinter{*this}.decl(id, std::string(name), 0);
}

Expected<std::string> Btf::format_value(TypeId id, std::span<const uint8_t> bytes) const {
  if (id >= types_.size()) return make_error(fmt::format("BTF: type id {} out of range", id));
  ValuePrinter p{*this, {}};
  if (auto r = p.value(id, bytes, 0); !r) return std::move(r).error();
  return std::move(p.out);
}

}  // namespace bpfkit::btf
