// The tracing JSON inputs: --kmem objects, --umem ranges, and the helpers the task and context builders share.
#include "tracing/json_input.h"

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

}  // namespace

Expected<json> parse_json(std::string_view text, const char* what) {
  if (json_nesting_depth(text) > kMaxJsonDepth)
    return make_error(fmt::format("{}: JSON nested more than {} levels", what, kMaxJsonDepth)).with_errno(EINVAL);
  json j = json::parse(text, nullptr, false);
  if (j.is_discarded()) return make_error(fmt::format("{}: not valid JSON", what)).with_errno(EINVAL);
  return j;
}

Expected<uint64_t> json_u64(const json& v, const std::string& path, KernelMemory* kmem) {
  std::optional<KmemPointees> pointees;
  if (kmem != nullptr) pointees.emplace(*kmem);
  auto n = btf::json_integer(v, 64, btf::IntSign::Either, pointees ? &*pointees : nullptr);
  if (!n) return bad(path, n.error().message);
  return *n;
}

Expected<void> encode_value(const btf::Btf& btf, btf::TypeId type, const json& v, std::span<uint8_t> out,
                            std::string_view label, KernelMemory* kmem) {
  std::optional<KmemPointees> pointees;
  if (kmem != nullptr) pointees.emplace(*kmem);
  return btf::encode_json_value(btf, type, v, out, label, pointees ? &*pointees : nullptr);
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

}  // namespace bpfkit::tracing

namespace bpfkit {

Expected<std::vector<uint8_t>> encode_btf_value(const btf::Btf& btf, btf::TypeId type, std::string_view text,
                                                KernelMemory* kmem) {
  auto j = tracing::parse_json(text, "value");
  if (!j) return std::move(j).error();
  auto size = btf.resolve_size(type);
  if (!size) return std::move(size).error();
  std::vector<uint8_t> out(*size, 0);
  auto r = tracing::encode_value(btf, type, *j, out, {}, kmem);
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
