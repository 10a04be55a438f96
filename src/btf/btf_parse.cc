// .BTF decoding: the header, the string section and every type record with its trailing data.
//
// This file checks what one record can tell on its own (bounds, unused bits, vlen and kflag where the kind gives
// them no meaning, names where the kernel requires or forbids one). What needs the whole table (ids in range,
// kinds of referenced types, cycles, sizes) is in btf_validate.cc, which runs before parse() returns.
#include <fmt/format.h>

#include <limits>

#include "btf/btf_internal.h"

namespace bpfkit::btf {

using detail::load;

namespace {

constexpr size_t kHeaderSize = 24;  // struct btf_header up to str_len
constexpr size_t kTypeSize = 12;    // struct btf_type: name_off, info, size/type

Error btf_error(std::string msg) { return make_error("BTF: " + std::move(msg)); }

// The byte size of a kind's data after the 12-byte common part: fixed, plus vlen records.
struct Trailer {
  size_t fixed = 0;
  size_t per_vlen = 0;
};
Trailer trailer_of(Kind kind) {
  switch (kind) {
    case Kind::Int: case Kind::Var: case Kind::DeclTag: return {4, 0};
    case Kind::Array: return {12, 0};
    case Kind::Struct: case Kind::Union: case Kind::Datasec: case Kind::Enum64: return {0, 12};
    case Kind::Enum: case Kind::FuncProto: return {0, 8};
    default: return {0, 0};
  }
}

bool kflag_allowed(Kind kind) {
  // STRUCT/UNION: bitfield offsets; FWD: union; ENUM/ENUM64: signed; DECL_TAG/TYPE_TAG: attribute-style tag.
  switch (kind) {
    case Kind::Struct: case Kind::Union: case Kind::Fwd: case Kind::Enum: case Kind::Enum64:
    case Kind::DeclTag: case Kind::TypeTag:
      return true;
    default:
      return false;
  }
}

bool vlen_allowed(Kind kind) {
  switch (kind) {
    case Kind::Struct: case Kind::Union: case Kind::Enum: case Kind::Enum64: case Kind::FuncProto:
    case Kind::Datasec: case Kind::Func:  // FUNC: vlen is the linkage
      return true;
    default:
      return false;
  }
}

enum class NameRule { Optional, Required, Forbidden };
NameRule name_rule(Kind kind) {
  switch (kind) {
    case Kind::Ptr: case Kind::Array: case Kind::Volatile: case Kind::Const: case Kind::Restrict:
    case Kind::FuncProto:
      return NameRule::Forbidden;
    case Kind::Typedef: case Kind::Fwd: case Kind::Func: case Kind::Var: case Kind::Datasec: case Kind::Float:
    case Kind::DeclTag: case Kind::TypeTag:
      return NameRule::Required;
    default:
      return NameRule::Optional;
  }
}

bool valid_int_size(uint32_t size) { return size == 1 || size == 2 || size == 4 || size == 8 || size == 16; }

}  // namespace

// Reads one type section into a Btf; a friend of Btf so it can fill the private tables.
struct BtfParser {
  std::span<const uint8_t> types;  // the type section
  Btf& btf;

  Expected<std::string> name_at(uint32_t off, const Type& t, std::string_view what) {
    if (auto s = btf.string_at(off)) return std::string(*s);
    return btf_error(fmt::format("{}: {} name offset {} past the end of the string section ({} bytes)",
                                 detail::describe(t), what, off, btf.strings_.size()));
  }

  Expected<void> parse_types() {
    size_t off = 0;
    while (off < types.size()) {
      TypeId id = static_cast<TypeId>(btf.types_.size());
      if (id > kMaxTypes) return btf_error(fmt::format("more than {} types", kMaxTypes));
      if (types.size() - off < kTypeSize)
        return btf_error(fmt::format("type [{}] at offset {}: truncated header ({} of {} bytes)", id, off,
                                     types.size() - off, kTypeSize));
      auto r = parse_one(id, off);
      if (!r) return std::move(r).error();
    }
    return {};
  }

  Expected<void> parse_one(TypeId id, size_t& off) {
    uint32_t name_off = load<uint32_t>(types, off);
    uint32_t info = load<uint32_t>(types, off + 4);
    uint32_t size_or_type = load<uint32_t>(types, off + 8);
    uint8_t raw_kind = (info >> 24) & 0x1f;
    Type t;
    t.id = id;
    if (raw_kind == 0 || raw_kind > kMaxKind)
      return btf_error(fmt::format("type [{}] at offset {}: unknown kind {}", id, off, raw_kind));
    t.kind = static_cast<Kind>(raw_kind);
    t.kflag = info >> 31;
    uint32_t vlen = info & 0xffff;
    if (info & 0x60ff0000u)
      return btf_error(fmt::format("type [{}] {}: unused info bits set (info {:#x})", id, kind_name(t.kind), info));
    if (auto n = name_at(name_off, t, "type"); n) t.name = std::move(*n);
    else return std::move(n).error();

    const std::string where = detail::describe(t);
    if (t.kflag && !kflag_allowed(t.kind)) return btf_error(where + ": kind_flag set");
    if (vlen && !vlen_allowed(t.kind)) return btf_error(fmt::format("{}: vlen {} must be 0", where, vlen));
    switch (name_rule(t.kind)) {
      case NameRule::Required:
        if (t.name.empty()) return btf_error(where + ": missing name");
        break;
      case NameRule::Forbidden:
        if (!t.name.empty()) return btf_error(where + ": must be anonymous");
        break;
      case NameRule::Optional: break;
    }

    Trailer tr = trailer_of(t.kind);
    size_t need = tr.fixed + tr.per_vlen * vlen;
    size_t data = off + kTypeSize;
    if (types.size() - data < need)
      return btf_error(fmt::format("{}: truncated ({} bytes of data needed, {} left in the type section)", where,
                                   need, types.size() - data));
    auto r = decode_body(t, size_or_type, vlen, data);
    if (!r) return std::move(r).error();
    btf.types_.push_back(std::move(t));
    off = data + need;
    return {};
  }

  Expected<void> decode_body(Type& t, uint32_t size_or_type, uint32_t vlen, size_t data) {
    const std::string where = detail::describe(t);
    switch (t.kind) {
      case Kind::Int: {
        t.size = size_or_type;
        uint32_t v = load<uint32_t>(types, data);
        if (v & 0xf000ff00u) return btf_error(fmt::format("{}: unused int data bits set ({:#x})", where, v));
        t.int_encoding = (v >> 24) & 0x0f;
        t.int_offset = (v >> 16) & 0xff;
        t.int_bits = v & 0xff;
        if (!valid_int_size(t.size)) return btf_error(fmt::format("{}: invalid size {}", where, t.size));
        if (t.int_bits == 0 || t.int_bits > 128)
          return btf_error(fmt::format("{}: invalid nr_bits {}", where, t.int_bits));
        if (uint32_t{t.int_offset} + t.int_bits > t.size * 8)
          return btf_error(fmt::format("{}: bits_offset {} + nr_bits {} exceed size {}", where, t.int_offset,
                                       t.int_bits, t.size));
        // At most one of SIGNED, CHAR, BOOL (the kernel's rule).
        if (t.int_encoding != 0 && t.int_encoding != kIntSigned && t.int_encoding != kIntChar &&
            t.int_encoding != kIntBool)
          return btf_error(fmt::format("{}: invalid encoding {:#x}", where, t.int_encoding));
        return {};
      }
      case Kind::Float:
        t.size = size_or_type;
        if (t.size != 2 && t.size != 4 && t.size != 8 && t.size != 12 && t.size != 16)
          return btf_error(fmt::format("{}: invalid size {}", where, t.size));
        return {};
      case Kind::Ptr: case Kind::Typedef: case Kind::Volatile: case Kind::Const: case Kind::Restrict:
      case Kind::TypeTag: case Kind::Fwd:
        if (t.kind == Kind::Fwd) {
          if (size_or_type != 0) return btf_error(fmt::format("{}: size/type {} must be 0", where, size_or_type));
          return {};
        }
        t.type = size_or_type;
        return {};
      case Kind::Func:
        t.type = size_or_type;
        if (vlen > 2) return btf_error(fmt::format("{}: invalid linkage {}", where, vlen));
        t.linkage = static_cast<Linkage>(vlen);
        return {};
      case Kind::Var: {
        t.type = size_or_type;
        uint32_t linkage = load<uint32_t>(types, data);
        if (linkage > 2) return btf_error(fmt::format("{}: invalid linkage {}", where, linkage));
        t.linkage = static_cast<Linkage>(linkage);
        return {};
      }
      case Kind::DeclTag:
        t.type = size_or_type;
        t.component_idx = load<int32_t>(types, data);
        if (t.component_idx < -1)
          return btf_error(fmt::format("{}: invalid component_idx {}", where, t.component_idx));
        return {};
      case Kind::Array:
        if (size_or_type != 0) return btf_error(fmt::format("{}: size/type {} must be 0", where, size_or_type));
        t.elem_type = load<uint32_t>(types, data);
        t.index_type = load<uint32_t>(types, data + 4);
        t.nelems = load<uint32_t>(types, data + 8);
        return {};
      case Kind::Struct: case Kind::Union:
        t.size = size_or_type;
        t.members.reserve(vlen);
        for (uint32_t i = 0; i < vlen; i++) {
          size_t m = data + 12 * i;
          Member mem;
          auto n = name_at(load<uint32_t>(types, m), t, fmt::format("member {}", i));
          if (!n) return std::move(n).error();
          mem.name = std::move(*n);
          mem.type = load<uint32_t>(types, m + 4);
          uint32_t offset = load<uint32_t>(types, m + 8);
          mem.bit_offset = t.kflag ? offset & 0xffffff : offset;
          mem.bitfield_size = t.kflag ? offset >> 24 : 0;
          t.members.push_back(std::move(mem));
        }
        return {};
      case Kind::Enum: case Kind::Enum64: {
        t.size = size_or_type;
        if (t.size != 1 && t.size != 2 && t.size != 4 && t.size != 8)
          return btf_error(fmt::format("{}: invalid size {}", where, t.size));
        size_t rec = t.kind == Kind::Enum ? 8 : 12;
        t.values.reserve(vlen);
        for (uint32_t i = 0; i < vlen; i++) {
          size_t v = data + rec * i;
          EnumValue ev;
          auto n = name_at(load<uint32_t>(types, v), t, fmt::format("value {}", i));
          if (!n) return std::move(n).error();
          if (n->empty()) return btf_error(fmt::format("{}: value {} has no name", where, i));
          ev.name = std::move(*n);
          if (t.kind == Kind::Enum) {
            uint32_t raw = load<uint32_t>(types, v + 4);
            ev.value = t.kflag ? static_cast<uint64_t>(static_cast<int64_t>(static_cast<int32_t>(raw))) : raw;
          } else {
            ev.value = load<uint32_t>(types, v + 4) | (uint64_t{load<uint32_t>(types, v + 8)} << 32);
          }
          t.values.push_back(std::move(ev));
        }
        return {};
      }
      case Kind::FuncProto:
        t.type = size_or_type;
        t.params.reserve(vlen);
        for (uint32_t i = 0; i < vlen; i++) {
          size_t p = data + 8 * i;
          Param param;
          auto n = name_at(load<uint32_t>(types, p), t, fmt::format("param {}", i));
          if (!n) return std::move(n).error();
          param.name = std::move(*n);
          param.type = load<uint32_t>(types, p + 4);
          // void only as the trailing `...`, which has no name.
          if (param.type == 0 && (i + 1 != vlen || !param.name.empty()))
            return btf_error(fmt::format("{}: param {} has type void", where, i));
          t.params.push_back(std::move(param));
        }
        return {};
      case Kind::Datasec:
        t.size = size_or_type;
        t.vars.reserve(vlen);
        for (uint32_t i = 0; i < vlen; i++) {
          size_t s = data + 12 * i;
          VarSecinfo vs{load<uint32_t>(types, s), load<uint32_t>(types, s + 4), load<uint32_t>(types, s + 8)};
          if (uint64_t{vs.offset} + vs.size > std::numeric_limits<uint32_t>::max())
            return btf_error(fmt::format("{}: var {} offset {} + size {} overflows", where, i, vs.offset, vs.size));
          if (t.size != 0 && vs.offset + vs.size > t.size)
            return btf_error(fmt::format("{}: var {} at offset {} size {} exceeds the section size {}", where, i,
                                         vs.offset, vs.size, t.size));
          t.vars.push_back(vs);
        }
        return {};
      case Kind::Void: break;
    }
    return btf_error(where + ": unhandled kind");
  }
};

Expected<void> validate_btf(Btf& btf);  // btf_validate.cc

Expected<Btf> Btf::parse(std::span<const uint8_t> bytes) {
  if (bytes.size() < kHeaderSize)
    return btf_error(fmt::format("truncated header ({} of {} bytes)", bytes.size(), kHeaderSize));
  uint16_t magic = load<uint16_t>(bytes, 0);
  if (magic == 0x9feB) return btf_error("big-endian BTF is not supported");
  if (magic != kMagic) return btf_error(fmt::format("bad magic {:#06x} (want {:#06x})", magic, kMagic));
  uint8_t version = bytes[2], flags = bytes[3];
  if (version != 1) return btf_error(fmt::format("unsupported version {}", version));
  if (flags != 0) return btf_error(fmt::format("unsupported flags {:#x}", flags));
  uint32_t hdr_len = load<uint32_t>(bytes, 4);
  if (hdr_len < kHeaderSize || hdr_len > bytes.size())
    return btf_error(fmt::format("header length {} out of range ({} to {})", hdr_len, kHeaderSize, bytes.size()));
  // A longer header is a newer format: accept it only if the fields we do not know are zero (the kernel's rule).
  for (size_t i = kHeaderSize; i < hdr_len; i++)
    if (bytes[i] != 0) return btf_error(fmt::format("unsupported header field at byte {}", i));
  uint32_t type_off = load<uint32_t>(bytes, 8), type_len = load<uint32_t>(bytes, 12);
  uint32_t str_off = load<uint32_t>(bytes, 16), str_len = load<uint32_t>(bytes, 20);
  uint64_t data_len = bytes.size() - hdr_len;
  if (uint64_t{type_off} + type_len > data_len)
    return btf_error(fmt::format("type section (offset {}, length {}) past the end of the data ({} bytes)", type_off,
                                 type_len, data_len));
  if (uint64_t{str_off} + str_len > data_len)
    return btf_error(fmt::format("string section (offset {}, length {}) past the end of the data ({} bytes)",
                                 str_off, str_len, data_len));
  if (type_off % 4) return btf_error(fmt::format("type section offset {} not 4-byte aligned", type_off));
  if (type_len && str_len && type_off < uint64_t{str_off} + str_len && str_off < uint64_t{type_off} + type_len)
    return btf_error("type and string sections overlap");
  auto strs = bytes.subspan(hdr_len + str_off, str_len);
  if (strs.empty() || strs.front() != 0 || strs.back() != 0)
    return btf_error("string section must start and end with a NUL byte");

  Btf btf;
  btf.strings_.assign(reinterpret_cast<const char*>(strs.data()), strs.size());
  btf.types_.push_back(Type{});  // [0] void
  BtfParser parser{bytes.subspan(hdr_len + type_off, type_len), btf};
  if (auto r = parser.parse_types(); !r) return std::move(r).error();
  if (auto r = validate_btf(btf); !r) return std::move(r).error();
  return btf;
}

std::optional<std::string_view> Btf::string_at(uint32_t offset) const {
  if (offset >= strings_.size()) return std::nullopt;
  // The section ends in NUL (checked at parse), so strlen stays inside it.
  return std::string_view(strings_.data() + offset);
}

}  // namespace bpfkit::btf
