// Module BTF discovery and the vmlinux-then-modules lookup order (bpfkit/module_btf.h).
#include "bpfkit/module_btf.h"

#include <dirent.h>

#include <algorithm>
#include <cstring>
#include <map>
#include <mutex>
#include <utility>

#include <fmt/format.h>

#include "bpfkit/file.h"

namespace bpfkit::btf {

namespace {

uint32_t get32(std::span<const uint8_t> b, size_t off) {
  uint32_t v;
  std::memcpy(&v, b.data() + off, 4);
  return v;
}
void put32(std::vector<uint8_t>& b, uint32_t v) {
  for (int i = 0; i < 4; ++i) b.push_back(uint8_t(v >> (8 * i)));
}

struct Sections {
  std::span<const uint8_t> types, strings;
};

// The two sections of a BTF blob, bounds-checked (the full header rules are Btf::parse's, applied to the merge).
Expected<Sections> sections_of(std::span<const uint8_t> b, const char* what) {
  constexpr size_t kHeader = 24;
  if (b.size() < kHeader) return make_error(fmt::format("BTF: {} truncated header ({} of {} bytes)", what, b.size(), kHeader));
  if (b[0] != 0x9f || b[1] != 0xeb) return make_error(fmt::format("BTF: {} bad magic", what));
  const uint32_t hdr_len = get32(b, 4);
  if (hdr_len < kHeader || hdr_len > b.size())
    return make_error(fmt::format("BTF: {} header length {} out of range", what, hdr_len));
  for (size_t i = kHeader; i < hdr_len; ++i)
    if (b[i] != 0) return make_error(fmt::format("BTF: {} unsupported header field at byte {}", what, i));
  const uint64_t type_off = get32(b, 8), type_len = get32(b, 12), str_off = get32(b, 16), str_len = get32(b, 20);
  const uint64_t data = b.size() - hdr_len;
  if (type_off + type_len > data || str_off + str_len > data)
    return make_error(fmt::format("BTF: {} section past the end of the data ({} bytes)", what, data));
  if (b[2] != 1 || b[3] != 0) return make_error(fmt::format("BTF: {} unsupported version {} or flags {}", what, b[2], b[3]));
  return Sections{b.subspan(hdr_len + type_off, type_len), b.subspan(hdr_len + str_off, str_len)};
}

}  // namespace

Expected<Btf> parse_split_btf(std::span<const uint8_t> split, const Btf& base) {
  auto s = sections_of(split, "split");
  if (!s) return std::move(s).error();
  if (!s->strings.empty() && s->strings.back() != 0)
    return make_error("BTF: split BTF string section must end with a NUL byte");
  const std::vector<uint8_t> base_bytes = base.encode();
  auto b = sections_of(base_bytes, "base");
  if (!b) return std::move(b).error();
  if (b->strings.size() != base.strings().size())
    return make_error("BTF: base string section changed when encoded");  // encode() keeps it: cannot happen
  // header | base types | split types | base strings | split strings
  std::vector<uint8_t> merged = {0x9f, 0xeb, 1, 0};
  const uint32_t types_len = uint32_t(b->types.size() + s->types.size());
  put32(merged, 24);
  put32(merged, 0);
  put32(merged, types_len);
  put32(merged, types_len);
  put32(merged, uint32_t(b->strings.size() + s->strings.size()));
  merged.insert(merged.end(), b->types.begin(), b->types.end());
  merged.insert(merged.end(), s->types.begin(), s->types.end());
  merged.insert(merged.end(), b->strings.begin(), b->strings.end());
  merged.insert(merged.end(), s->strings.begin(), s->strings.end());
  return Btf::parse(merged);
}

std::optional<TypeId> find_own_by_name_kind(const Btf& btf, TypeId first, std::string_view name, Kind kind) {
  const auto types = btf.types();
  for (TypeId id = std::max<TypeId>(first, 1); id < types.size(); ++id)
    if (types[id].kind == kind && types[id].name == name) return id;
  return std::nullopt;
}

Expected<std::vector<ModuleBtf>> load_module_btfs(const std::shared_ptr<const Btf>& vmlinux, const std::string& dir) {
  static std::mutex mu;
  static std::map<std::pair<std::string, const Btf*>, std::vector<ModuleBtf>> cache;
  std::lock_guard<std::mutex> lock(mu);
  const auto key = std::make_pair(dir, vmlinux.get());
  if (auto it = cache.find(key); it != cache.end()) return it->second;

  std::vector<std::string> names;
  if (DIR* d = opendir(dir.c_str())) {
    while (const dirent* e = readdir(d)) {
      const std::string name = e->d_name;
      if (name == "." || name == ".." || name == "vmlinux") continue;
      names.push_back(name);
    }
    closedir(d);
  }
  std::sort(names.begin(), names.end());
  std::vector<ModuleBtf> out;
  for (const std::string& name : names) {
    const std::string path = dir + "/" + name;
    auto bytes = read_input_file(path);
    if (!bytes) return make_error(fmt::format("module BTF {}: {}", path, bytes.error().message))
                    .with_errno(bytes.error().error_number);
    auto split = parse_split_btf(*bytes, *vmlinux);
    if (!split) return make_error(fmt::format("module BTF {}: {}", path, split.error().message));
    out.push_back(ModuleBtf{name, std::make_shared<const Btf>(std::move(*split)), vmlinux->type_count()});
  }
  cache[key] = out;
  return out;
}

std::optional<KernelTypeMatch> find_kernel_type(const Btf& vmlinux, std::span<const ModuleBtf> modules,
                                                std::string_view name, Kind kind) {
  if (auto id = vmlinux.find_by_name_kind(name, kind)) return KernelTypeMatch{*id, nullptr, &vmlinux};
  for (const ModuleBtf& m : modules)
    if (auto id = find_own_by_name_kind(*m.btf, m.first_id, name, kind)) return KernelTypeMatch{*id, &m, m.btf.get()};
  return std::nullopt;
}

std::string module_btf_dir_of(const std::string& vmlinux_path) {
  const size_t slash = vmlinux_path.rfind('/');
  const std::string base = slash == std::string::npos ? vmlinux_path : vmlinux_path.substr(slash + 1);
  if (base != "vmlinux") return {};
  return slash == std::string::npos ? std::string(".") : slash == 0 ? std::string("/") : vmlinux_path.substr(0, slash);
}

}  // namespace bpfkit::btf
