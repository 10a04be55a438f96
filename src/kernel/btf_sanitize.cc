// BTF kinds the kernel accepts, and libbpf's rewrite (bpf_object__sanitize_btf) for the ones it does not. Works on
// the encoded bytes, as libbpf works on raw btf_type records: every rewrite keeps each record's size, so type ids
// and the .BTF.ext records that name them stay valid.
#include "kernel/btf_sanitize.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <mutex>
#include <optional>

#include <fmt/format.h>

#include "bpfkit/kernel_sys.h"
#include "bpfkit/object.h"

namespace bpfkit::kernel {
namespace {

enum : uint32_t {
  kInt = 1, kPtr = 2, kArray = 3, kStruct = 4, kUnion = 5, kEnum = 6, kFwd = 7, kTypedef = 8, kVolatile = 9,
  kConst = 10, kRestrict = 11, kFunc = 12, kFuncProto = 13, kVar = 14, kDatasec = 15, kFloat = 16, kDeclTag = 17,
  kTypeTag = 18, kEnum64 = 19,
};
constexpr uint32_t info(uint32_t kind, uint32_t vlen, bool kflag = false) {
  return (kflag ? 1u << 31 : 0) | kind << 24 | (vlen & 0xffff);
}
uint32_t kind_of(uint32_t i) { return (i >> 24) & 0x1f; }
uint32_t vlen_of(uint32_t i) { return i & 0xffff; }

constexpr uint32_t kHeaderLen = 24;

// Bytes that follow the 12-byte btf_type of a record.
int64_t extra_size(uint32_t kind, uint32_t vlen) {
  switch (kind) {
    case kInt: case kVar: case kDeclTag: return 4;
    case kArray: return 12;
    case kStruct: case kUnion: case kDatasec: case kEnum64: return int64_t(vlen) * 12;
    case kEnum: case kFuncProto: return int64_t(vlen) * 8;
    case kPtr: case kFwd: case kTypedef: case kVolatile: case kConst: case kRestrict: case kFunc: case kFloat:
    case kTypeTag: return 0;
    default: return -1;
  }
}

uint32_t get32(const std::vector<uint8_t>& b, size_t off) {
  uint32_t v;
  std::memcpy(&v, b.data() + off, 4);
  return v;
}
void put32(std::vector<uint8_t>& b, size_t off, uint32_t v) { std::memcpy(b.data() + off, &v, 4); }

// A tiny BTF blob: types as u32 words, then the string section.
std::vector<uint8_t> blob(std::initializer_list<uint32_t> types, std::string_view strings) {
  std::vector<uint8_t> b(kHeaderLen + types.size() * 4 + strings.size());
  const uint32_t type_len = uint32_t(types.size() * 4);
  put32(b, 0, 0x0001eb9f);  // magic 0xeb9f, version 1, flags 0
  put32(b, 4, kHeaderLen);
  put32(b, 8, 0);
  put32(b, 12, type_len);
  put32(b, 16, type_len);
  put32(b, 20, uint32_t(strings.size()));
  size_t off = kHeaderLen;
  for (uint32_t w : types) put32(b, (off += 4) - 4, w);
  std::memcpy(b.data() + off, strings.data(), strings.size());
  return b;
}

bool loads(const std::vector<uint8_t>& b) { return bool(btf_load(b)); }

BtfSupport probe_kernel() {
  // Strings: "\0int\0x\0.data\0tag\0float\0" -> int=1, x=5, .data=7, tag=13, float=17.
  const std::string_view s("\0int\0x\0.data\0tag\0float\0", 23);
  const uint32_t int_t[] = {1, info(kInt, 0), 4, (1u << 24) | 32};  // [1] int, signed 32 bits
  BtfSupport k;
  k.btf = loads(blob({int_t[0], int_t[1], int_t[2], int_t[3]}, s));
  if (!k.btf) return BtfSupport{false, false, false, false, false, false, false, false};
  k.func = loads(blob({int_t[0], int_t[1], int_t[2], int_t[3],  //
                       0, info(kFuncProto, 0), 1,               // [2] int (void)
                       5, info(kFunc, 0), 2},                   // [3] static x
                      s));
  k.func_global = loads(blob({int_t[0], int_t[1], int_t[2], int_t[3], 0, info(kFuncProto, 0), 1,  //
                              5, info(kFunc, 1), 2},  // [3] global x
                             s));
  k.datasec = loads(blob({int_t[0], int_t[1], int_t[2], int_t[3],  //
                          5, info(kVar, 0), 1, 1,                  // [2] global int x
                          7, info(kDatasec, 1), 4, 2, 0, 4},       // [3] .data { x at 0, 4 bytes }
                         s));
  k.float_kind = loads(blob({17, info(kFloat, 0), 4}, s));
  k.decl_tag = loads(blob({int_t[0], int_t[1], int_t[2], int_t[3],  //
                           5, info(kVar, 0), 1, 1,                  // [2] global int x
                           13, info(kDeclTag, 0), 2, uint32_t(-1)},  // [3] tag on x
                          s));
  k.type_tag = loads(blob({int_t[0], int_t[1], int_t[2], int_t[3],  //
                           13, info(kTypeTag, 0), 1,                // [2] tag int
                           0, info(kPtr, 0), 2},                    // [3] ptr to it
                          s));
  k.enum64 = loads(blob({5, info(kEnum64, 1, true), 8, 5, 0, 1}, s));  // enum x : s64 { x = 1 << 32 }
  return k;
}

struct RawBtf {
  std::vector<uint8_t>& b;
  uint32_t hdr_len = 0, type_off = 0, type_len = 0, str_off = 0, str_len = 0;
  std::vector<size_t> rec = {0};  // offset of each record by id (0: void)

  Expected<void> parse() {
    if (b.size() < kHeaderLen) return make_error("BTF is shorter than its header").with_errno(EINVAL);
    hdr_len = get32(b, 4), type_off = get32(b, 8), type_len = get32(b, 12), str_off = get32(b, 16),
    str_len = get32(b, 20);
    const size_t types = size_t(hdr_len) + type_off, strs = size_t(hdr_len) + str_off;
    if (types + type_len > b.size() || strs + str_len > b.size())
      return make_error("BTF sections run past its end").with_errno(EINVAL);
    rec.assign(1, 0);
    for (size_t off = types; off < types + type_len;) {
      if (off + 12 > types + type_len) return make_error("BTF type record cut off").with_errno(EINVAL);
      const uint32_t i = get32(b, off + 4);
      const int64_t extra = extra_size(kind_of(i), vlen_of(i));
      if (extra < 0) return make_error(fmt::format("BTF kind {} unknown", kind_of(i))).with_errno(EINVAL);
      rec.push_back(off);
      off += 12 + size_t(extra);
    }
    return {};
  }
  std::string_view name(size_t id) const {
    const uint32_t off = get32(b, rec[id]);
    if (off >= str_len) return {};
    const char* s = reinterpret_cast<const char*>(b.data() + hdr_len + str_off + off);
    return std::string_view(s, strnlen(s, str_len - off));
  }
  uint32_t kind(size_t id) const { return kind_of(get32(b, rec[id] + 4)); }
  uint32_t vlen(size_t id) const { return vlen_of(get32(b, rec[id] + 4)); }
  // Appends a type record (as words) after the last type; returns its id. Strings move up.
  uint32_t append_type(std::initializer_list<uint32_t> words) {
    const size_t at = size_t(hdr_len) + type_off + type_len;
    std::vector<uint8_t> bytes(words.size() * 4);
    size_t o = 0;
    for (uint32_t w : words) std::memcpy(bytes.data() + (o += 4) - 4, &w, 4);
    b.insert(b.begin() + at, bytes.begin(), bytes.end());
    type_len += uint32_t(bytes.size());
    if (str_off >= type_off) str_off += uint32_t(bytes.size());
    put32(b, 12, type_len);
    put32(b, 16, str_off);
    rec.push_back(at);
    return uint32_t(rec.size() - 1);
  }
  uint32_t append_string(std::string_view s) {
    const size_t at = size_t(hdr_len) + str_off + str_len;
    b.insert(b.begin() + at, s.begin(), s.end());
    b.insert(b.begin() + at + s.size(), uint8_t(0));
    const uint32_t off = str_len;
    str_len += uint32_t(s.size() + 1);
    put32(b, 20, str_len);
    return off;
  }
};

}  // namespace

Expected<void> fixup_extern_datasecs(std::vector<uint8_t>& b, const ObjectSpec& obj) {
  RawBtf r{b};
  if (auto ok = r.parse(); !ok) return ok;
  std::optional<size_t> ksyms, kconfig;
  uint32_t int_id = 0;
  for (size_t id = 1; id < r.rec.size(); ++id) {
    if (r.kind(id) == kDatasec && r.name(id) == ".ksyms") ksyms = id;
    if (r.kind(id) == kDatasec && r.name(id) == ".kconfig") kconfig = id;
    if (int_id == 0 && r.kind(id) == kInt && (get32(b, r.rec[id] + 12) & 0xff) == 32) int_id = uint32_t(id);
  }
  if (kconfig) {
    const size_t t = r.rec[*kconfig];
    uint32_t end = 0;
    for (uint32_t j = 0; j < r.vlen(*kconfig); ++j) {
      const size_t vs = t + 12 + j * 12;
      const uint32_t var = get32(b, vs);
      if (var >= r.rec.size() || r.kind(var) != kVar) continue;
      put32(b, r.rec[var] + 12, 1);  // BTF_VAR_GLOBAL_ALLOCATED
      for (const KconfigExtern& e : obj.kconfig_externs())
        if (e.btf_id == var) {
          put32(b, vs + 4, e.offset);
          end = std::max(end, e.offset + get32(b, vs + 8));
        }
    }
    put32(b, t + 8, end);
    // The kernel wants entries in offset order (libbpf's btf_fixup_datasec sorts them too).
    const uint32_t n = r.vlen(*kconfig);
    std::vector<std::array<uint32_t, 3>> entries(n);
    for (uint32_t j = 0; j < n; ++j)
      for (int w = 0; w < 3; ++w) entries[j][w] = get32(b, t + 12 + j * 12 + w * 4);
    std::stable_sort(entries.begin(), entries.end(), [](const auto& x, const auto& y) { return x[1] < y[1]; });
    for (uint32_t j = 0; j < n; ++j)
      for (int w = 0; w < 3; ++w) put32(b, t + 12 + j * 12 + w * 4, entries[j][w]);
  }
  if (ksyms) {
    bool has_func = false;
    for (uint32_t j = 0; j < r.vlen(*ksyms); ++j) {
      const uint32_t v = get32(b, r.rec[*ksyms] + 12 + j * 12);
      if (v < r.rec.size() && r.kind(v) == kFunc) has_func = true;
    }
    uint32_t dummy = 0, dummy_name = 0;
    if (has_func) {
      dummy_name = r.append_string("dummy_ksym");
      dummy = r.append_type({dummy_name, info(kVar, 0), int_id, 1});
    }
    const size_t t = r.rec[*ksyms];  // after the append (types before it did not move)
    const uint32_t n = r.vlen(*ksyms);
    for (uint32_t j = 0; j < n; ++j) {
      const size_t vs = t + 12 + j * 12;
      const uint32_t v = get32(b, vs);
      if (v >= r.rec.size()) continue;
      if (r.kind(v) == kFunc) {
        const uint32_t proto = get32(b, r.rec[v] + 8);
        if (proto < r.rec.size() && r.kind(proto) == kFuncProto)
          for (uint32_t p = 0; p < r.vlen(proto); ++p) {
            const size_t param = r.rec[proto] + 12 + p * 8;
            if (get32(b, param + 4) != 0 && get32(b, param) == 0) put32(b, param, dummy_name);
          }
        put32(b, vs, dummy);
        put32(b, r.rec[v] + 4, info(kFunc, 1));  // BTF_FUNC_GLOBAL
      } else if (r.kind(v) == kVar) {
        put32(b, r.rec[v] + 12, 1);
        put32(b, r.rec[v] + 8, int_id);
      }
      put32(b, vs + 4, j * 4);
      put32(b, vs + 8, 4);
    }
    put32(b, t + 8, n * 4);
  }
  return {};
}

BtfSupport probe_btf_support(const KernelBtfFeatures& o) {
  static std::once_flag once;
  static BtfSupport probed;
  // Overridden entirely (every field set): no probe at all.
  const bool all_set = o.btf && o.func && o.func_global && o.datasec && o.float_kind && o.decl_tag && o.type_tag &&
                       o.enum64;
  BtfSupport s;
  if (!all_set && !(o.btf && !*o.btf)) {
    std::call_once(once, [] { probed = probe_kernel(); });
    s = probed;
  }
  s.btf = o.btf.value_or(s.btf);
  s.func = o.func.value_or(s.func);
  s.func_global = o.func_global.value_or(s.func_global);
  s.datasec = o.datasec.value_or(s.datasec);
  s.float_kind = o.float_kind.value_or(s.float_kind);
  s.decl_tag = o.decl_tag.value_or(s.decl_tag);
  s.type_tag = o.type_tag.value_or(s.type_tag);
  s.enum64 = o.enum64.value_or(s.enum64);
  if (!s.btf) s = BtfSupport{false, false, false, false, false, false, false, false};
  return s;
}

Expected<void> sanitize_btf(std::vector<uint8_t>& b, const BtfSupport& k, std::vector<std::string>* changes) {
  if (b.size() < kHeaderLen) return make_error("BTF is shorter than its header").with_errno(EINVAL);
  const uint32_t hdr_len = get32(b, 4), type_off = get32(b, 8), type_len = get32(b, 12), str_off = get32(b, 16),
                 str_len = get32(b, 20);
  const size_t types = size_t(hdr_len) + type_off, strs = size_t(hdr_len) + str_off;
  if (types + type_len > b.size() || strs + str_len > b.size())
    return make_error("BTF sections run past its end").with_errno(EINVAL);
  auto string_at = [&](uint32_t off) -> char* {
    return off < str_len ? reinterpret_cast<char*>(b.data() + strs + off) : nullptr;
  };

  // Offsets of every record, so DATASEC members can look at their VARs.
  std::vector<size_t> rec = {0};  // id 0 is void
  for (size_t off = types; off < types + type_len;) {
    if (off + 12 > types + type_len) return make_error("BTF type record cut off").with_errno(EINVAL);
    const uint32_t i = get32(b, off + 4);
    const int64_t extra = extra_size(kind_of(i), vlen_of(i));
    if (extra < 0) return make_error(fmt::format("BTF kind {} unknown", kind_of(i))).with_errno(EINVAL);
    rec.push_back(off);
    off += 12 + size_t(extra);
  }

  std::vector<std::string> done;
  auto note = [&](const std::string& what) {
    if (std::find(done.begin(), done.end(), what) == done.end()) done.push_back(what);
  };
  uint32_t enum64_placeholder = 0;
  for (size_t id = 1; id < rec.size(); ++id) {
    const size_t t = rec[id];
    const uint32_t i = get32(b, t + 4), kind = kind_of(i), vlen = vlen_of(i);
    if (!k.datasec && kind == kVar) {
      put32(b, t + 4, info(kInt, 0));
      put32(b, t + 8, 1);
      put32(b, t + 12, 8);  // BTF_INT_ENC(0, 0, 8)
      note("VAR -> INT");
    } else if (!k.datasec && kind == kDatasec) {
      // Dots are not valid in a STRUCT's name.
      if (char* name = string_at(get32(b, t)))
        for (; *name; ++name)
          if (*name == '.') *name = '_';
      put32(b, t + 4, info(kStruct, vlen));
      for (uint32_t j = 0; j < vlen; ++j) {
        const size_t m = t + 12 + j * 12;
        const uint32_t var = get32(b, m), offset = get32(b, m + 4);
        put32(b, m + 8, offset * 8);
        put32(b, m + 4, var);
        put32(b, m, var < rec.size() ? get32(b, rec[var]) : 0);  // the VAR's name as the member's
      }
      note("DATASEC -> STRUCT");
    } else if (!k.func && kind == kFuncProto) {
      put32(b, t + 4, info(kEnum, vlen));
      put32(b, t + 8, 4);
      note("FUNC_PROTO -> ENUM");
    } else if (!k.func && kind == kFunc) {
      put32(b, t + 4, info(kTypedef, 0));
      note("FUNC -> TYPEDEF");
    } else if (!k.func_global && kind == kFunc && vlen != 0) {
      put32(b, t + 4, info(kFunc, 0));
      note("global FUNC -> static");
    } else if (!k.float_kind && kind == kFloat) {
      put32(b, t, 0);
      put32(b, t + 4, info(kStruct, 0));
      note("FLOAT -> STRUCT");
    } else if (!k.decl_tag && kind == kDeclTag) {
      put32(b, t, 0);
      put32(b, t + 4, info(kInt, 0));
      put32(b, t + 8, 1);
      put32(b, t + 12, 8);
      note("DECL_TAG -> INT");
    } else if (!k.type_tag && kind == kTypeTag) {
      put32(b, t, 0);
      put32(b, t + 4, info(kConst, 0));
      note("TYPE_TAG -> CONST");
    } else if (!k.enum64 && kind == kEnum) {
      put32(b, t + 4, info(kEnum, vlen));  // older kernels refuse the signedness kflag
    } else if (!k.enum64 && kind == kEnum64) {
      // A union of placeholder ints, one member per enumerator: same record size, same byte size.
      if (enum64_placeholder == 0) enum64_placeholder = uint32_t(rec.size());
      put32(b, t + 4, info(kUnion, vlen));
      for (uint32_t j = 0; j < vlen; ++j) {
        const size_t m = t + 12 + j * 12;
        put32(b, m + 4, enum64_placeholder);
        put32(b, m + 8, 0);
      }
      note("ENUM64 -> UNION");
    }
  }
  if (enum64_placeholder != 0) {
    // Append an unnamed 8-byte INT after the last type; the string section moves up by its 16 bytes.
    const size_t at = types + type_len;
    uint32_t words[4] = {0, info(kInt, 0), 8, 64};
    b.insert(b.begin() + at, reinterpret_cast<uint8_t*>(words), reinterpret_cast<uint8_t*>(words) + 16);
    put32(b, 12, type_len + 16);
    if (str_off >= type_off + type_len) put32(b, 16, str_off + 16);
  }
  if (changes) changes->insert(changes->end(), done.begin(), done.end());
  return {};
}

}  // namespace bpfkit::kernel
