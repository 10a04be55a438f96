// Btf::encode: a Btf back to .BTF bytes, the inverse of parse (for BPF_BTF_LOAD and for round-trip tests).
#include <cstring>
#include <string_view>
#include <unordered_map>

#include "btf/btf_internal.h"

namespace bpfkit::btf {

namespace {

class StringTable {
 public:
  // Starts from the parsed section, indexing every string that begins after a NUL, so existing names keep their
  // offsets and the output matches the input byte for byte.
  explicit StringTable(std::string_view base) : data_(base) {
    if (data_.empty()) data_.push_back('\0');
    for (size_t off = 0; off < data_.size();) {
      std::string_view s(data_.data() + off);
      offsets_.emplace(std::string(s), static_cast<uint32_t>(off));
      off += s.size() + 1;
    }
  }
  uint32_t add(const std::string& s) {
    if (s.empty()) return 0;
    auto it = offsets_.find(s);
    if (it != offsets_.end()) return it->second;
    auto off = static_cast<uint32_t>(data_.size());
    data_.append(s);
    data_.push_back('\0');
    offsets_.emplace(s, off);
    return off;
  }
  const std::string& data() const { return data_; }

 private:
  std::string data_;
  std::unordered_map<std::string, uint32_t> offsets_;
};

void put32(std::vector<uint8_t>& out, uint32_t v) {
  uint8_t b[4];
  std::memcpy(b, &v, 4);
  out.insert(out.end(), b, b + 4);
}

uint32_t info_of(const Type& t) {
  return (uint32_t{t.kflag} << 31) | (uint32_t{static_cast<uint8_t>(t.kind)} << 24) | (t.vlen() & 0xffff);
}

uint32_t size_or_type(const Type& t) {
  switch (t.kind) {
    case Kind::Int: case Kind::Struct: case Kind::Union: case Kind::Enum: case Kind::Enum64: case Kind::Float:
    case Kind::Datasec:
      return t.size;
    case Kind::Array: case Kind::Fwd: return 0;
    default: return t.type;
  }
}

void encode_type(const Type& t, StringTable& strs, std::vector<uint8_t>& out) {
  put32(out, strs.add(t.name));
  put32(out, info_of(t));
  put32(out, size_or_type(t));
  switch (t.kind) {
    case Kind::Int:
      put32(out, (uint32_t{t.int_encoding} << 24) | (uint32_t{t.int_offset} << 16) | t.int_bits);
      break;
    case Kind::Var: put32(out, static_cast<uint32_t>(t.linkage)); break;
    case Kind::DeclTag: put32(out, static_cast<uint32_t>(t.component_idx)); break;
    case Kind::Array:
      put32(out, t.elem_type);
      put32(out, t.index_type);
      put32(out, t.nelems);
      break;
    case Kind::Struct: case Kind::Union:
      for (const Member& m : t.members) {
        put32(out, strs.add(m.name));
        put32(out, m.type);
        put32(out, t.kflag ? (m.bitfield_size << 24) | (m.bit_offset & 0xffffff) : m.bit_offset);
      }
      break;
    case Kind::Enum:
      for (const EnumValue& v : t.values) {
        put32(out, strs.add(v.name));
        put32(out, static_cast<uint32_t>(v.value));
      }
      break;
    case Kind::Enum64:
      for (const EnumValue& v : t.values) {
        put32(out, strs.add(v.name));
        put32(out, static_cast<uint32_t>(v.value));
        put32(out, static_cast<uint32_t>(v.value >> 32));
      }
      break;
    case Kind::FuncProto:
      for (const Param& p : t.params) {
        put32(out, strs.add(p.name));
        put32(out, p.type);
      }
      break;
    case Kind::Datasec:
      for (const VarSecinfo& v : t.vars) {
        put32(out, v.type);
        put32(out, v.offset);
        put32(out, v.size);
      }
      break;
    default: break;
  }
}

}  // namespace

std::vector<uint8_t> Btf::encode() const {
  StringTable strs(strings_);
  std::vector<uint8_t> type_bytes;
  for (size_t id = 1; id < types_.size(); id++) encode_type(types_[id], strs, type_bytes);
  const std::string& s = strs.data();

  std::vector<uint8_t> out;
  out.reserve(24 + type_bytes.size() + s.size());
  uint32_t first = uint32_t{kMagic} | (1u << 16);  // magic, version 1, flags 0
  put32(out, first);
  put32(out, 24);                                               // hdr_len
  put32(out, 0);                                                // type_off
  put32(out, static_cast<uint32_t>(type_bytes.size()));        // type_len
  put32(out, static_cast<uint32_t>(type_bytes.size()));        // str_off
  put32(out, static_cast<uint32_t>(s.size()));                 // str_len
  out.insert(out.end(), type_bytes.begin(), type_bytes.end());
  out.insert(out.end(), s.begin(), s.end());
  return out;
}

}  // namespace bpfkit::btf
