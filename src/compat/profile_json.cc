// The profile file: what `bpfkit feature probe --json` writes and `--profile FILE` reads (docs/cli.md, "Profile
// files"). profile_to_json writes every program type's helper set explicitly, so a file read back gives the same
// answers as the profile it came from, and a reader needs no version facts to use it.
#include <cerrno>
#include <string>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "bpfkit/compat.h"
#include "bpfkit/file.h"
#include "bpfkit/helper_protos.h"
#include "bpfkit/verifier.h"
#include "tracing/json_input.h"

namespace bpfkit {
namespace {

using nlohmann::json;

constexpr int kFormatVersion = 1;

Error bad(const std::string& path, const std::string& what) {
  return make_error(fmt::format("profile {}: {}", path, what)).with_errno(EINVAL);
}

// The program types the file lists helpers for: the profile's loadable types, or every type bpfkit knows.
std::set<ProgType> listed_types(const VerifierProfile& p) {
  if (!p.prog_types.empty()) return p.prog_types;
  std::set<ProgType> all;
  for (uint32_t i = 1; i <= uint32_t(ProgType::Netfilter); ++i) all.insert(ProgType(i));
  return all;
}

json helper_entry(int32_t id) {
  json h = {{"id", id}};
  if (const HelperProto* proto = find_helper_proto(id)) h["name"] = proto->name;
  return h;
}

Expected<uint32_t> read_u32(const json& obj, const char* key, uint32_t fallback, const std::string& path) {
  auto it = obj.find(key);
  if (it == obj.end()) return fallback;
  if (!it->is_number_unsigned() || it->get<uint64_t>() > UINT32_MAX)
    return bad(path, fmt::format("'{}' must be an unsigned 32-bit number", key));
  return it->get<uint32_t>();
}

Expected<int32_t> read_helper(const json& h, const std::string& path, const std::string& type_name) {
  const json* id = &h;
  if (h.is_object()) {
    auto it = h.find("id");
    if (it == h.end()) {
      // A name alone is enough when bpfkit tables the helper.
      auto name = h.find("name");
      if (name != h.end() && name->is_string())
        for (const HelperProto& p : helper_protos())
          if (name->get<std::string>() == p.name) return p.id;
      return bad(path, fmt::format("helpers.{}: an entry has no 'id' (and no name bpfkit knows)", type_name));
    }
    id = &*it;
  }
  if (!id->is_number_integer() || id->get<int64_t>() < 0 || id->get<int64_t>() > INT32_MAX)
    return bad(path, fmt::format("helpers.{}: a helper id must be a non-negative number", type_name));
  return int32_t(id->get<int64_t>());
}

Expected<VerifierProfile> from_json(const json& doc, const std::string& path) {
  if (!doc.is_object()) return bad(path, "the top level must be an object");
  if (auto f = doc.find("format"); f != doc.end() && (!f->is_number_integer() || f->get<int64_t>() > kFormatVersion))
    return bad(path, fmt::format("format {} is newer than this bpfkit reads ({})", f->dump(), kFormatVersion));

  // The kernel: "version" text or "version_code"; release is informative.
  uint32_t version = 0;
  std::string release;
  auto kernel = doc.find("kernel");
  if (kernel == doc.end() || !kernel->is_object()) return bad(path, "missing 'kernel' object");
  if (auto r = kernel->find("release"); r != kernel->end()) {
    if (!r->is_string()) return bad(path, "'kernel.release' must be a string");
    release = r->get<std::string>();
  }
  if (auto c = kernel->find("version_code"); c != kernel->end()) {
    if (!c->is_number_unsigned() || c->get<uint64_t>() > UINT32_MAX)
      return bad(path, "'kernel.version_code' must be an unsigned number");
    version = c->get<uint32_t>();
  } else if (auto t = kernel->find("version"); t != kernel->end() && t->is_string()) {
    auto parsed = parse_kernel_version(t->get<std::string>());
    if (!parsed) return bad(path, fmt::format("'kernel.version' {} is not a kernel version", t->dump()));
    version = *parsed;
  } else if (auto parsed = parse_kernel_version(release)) {
    version = *parsed;
  } else {
    return bad(path, "'kernel' needs 'version' (\"6.18.44\") or 'version_code'");
  }

  bool privileged = true;
  if (auto p = doc.find("privileged"); p != doc.end()) {
    if (!p->is_boolean()) return bad(path, "'privileged' must be true or false");
    privileged = p->get<bool>();
  }

  // Start from the version facts; every field the file has replaces the fact.
  VerifierProfile prof = VerifierProfile::for_kernel(version, privileged);
  prof.kernel_release = release;
  prof.source = path;
  if (auto s = doc.find("source"); s != doc.end() && s->is_string()) prof.source = s->get<std::string>() + " (" + path + ")";

  if (auto limits = doc.find("limits"); limits != doc.end()) {
    if (!limits->is_object()) return bad(path, "'limits' must be an object");
    auto max_insns = read_u32(*limits, "max_insns", prof.max_insns, path);
    if (!max_insns) return std::move(max_insns).error();
    auto complexity = read_u32(*limits, "complexity_limit", prof.complexity_limit, path);
    if (!complexity) return std::move(complexity).error();
    auto jmp_seq = read_u32(*limits, "jmp_seq_limit", prof.jmp_seq_limit, path);
    if (!jmp_seq) return std::move(jmp_seq).error();
    prof.max_insns = *max_insns;
    prof.complexity_limit = *complexity;
    prof.jmp_seq_limit = *jmp_seq;
    if (auto loops = limits->find("bounded_loops"); loops != limits->end()) {
      if (!loops->is_boolean()) return bad(path, "'limits.bounded_loops' must be true or false");
      prof.bounded_loops = loops->get<bool>();
    }
  }

  // Type lists: names bpfkit does not know (a newer kernel's) are skipped, not refused.
  if (auto types = doc.find("prog_types"); types != doc.end()) {
    if (!types->is_array()) return bad(path, "'prog_types' must be an array of names");
    prof.prog_types.clear();
    for (const json& t : *types) {
      if (!t.is_string()) return bad(path, "'prog_types' must be an array of names");
      if (auto pt = prog_type_from_name(t.get<std::string>())) prof.prog_types.insert(*pt);
    }
  }
  if (auto types = doc.find("map_types"); types != doc.end()) {
    if (!types->is_array()) return bad(path, "'map_types' must be an array of names");
    prof.map_types.clear();
    for (const json& t : *types) {
      if (!t.is_string()) return bad(path, "'map_types' must be an array of names");
      if (auto mt = map_type_from_name(t.get<std::string>())) prof.map_types.insert(*mt);
    }
  }
  if (auto helpers = doc.find("helpers"); helpers != doc.end()) {
    if (!helpers->is_object()) return bad(path, "'helpers' must be an object keyed by program type");
    for (const auto& [name, list] : helpers->items()) {
      if (!list.is_array()) return bad(path, fmt::format("helpers.{} must be an array", name));
      auto type = prog_type_from_name(name);
      std::set<int32_t> ids;
      for (const json& h : list) {
        auto id = read_helper(h, path, name);
        if (!id) return std::move(id).error();
        ids.insert(*id);
      }
      if (type) prof.helpers[*type] = std::move(ids);
    }
  }
  return prof;
}

}  // namespace

std::string profile_to_json(const VerifierProfile& p) {
  json doc;
  doc["format"] = kFormatVersion;
  doc["kernel"] = {{"release", p.kernel_release},
                   {"version", kernel_version_string(p.kernel_version)},
                   {"version_code", p.kernel_version}};
  doc["privileged"] = p.privileged;
  doc["source"] = p.source;
  doc["limits"] = {{"max_insns", p.max_insns},
                   {"complexity_limit", p.complexity_limit},
                   {"jmp_seq_limit", p.jmp_seq_limit},
                   {"bounded_loops", p.bounded_loops}};
  const std::set<ProgType> types = listed_types(p);
  json prog_types = json::array();
  for (ProgType t : types)
    if (const char* n = prog_type_name(t)) prog_types.push_back(n);
  doc["prog_types"] = std::move(prog_types);
  json map_types = json::array();
  if (p.map_types.empty()) {
    for (uint32_t i = 1; i <= uint32_t(MapType::Arena); ++i) map_types.push_back(map_type_name(MapType(i)));
  } else {
    for (MapType t : p.map_types) map_types.push_back(map_type_name(t));
  }
  doc["map_types"] = std::move(map_types);
  json helpers = json::object();
  for (ProgType t : types) {
    const char* n = prog_type_name(t);
    if (n == nullptr) continue;
    json list = json::array();
    if (auto it = p.helpers.find(t); it != p.helpers.end()) {
      for (int32_t id : it->second) list.push_back(helper_entry(id));
    } else {
      for (const HelperProto& h : helper_protos())
        if (p.has_helper(t, h.id)) list.push_back(helper_entry(h.id));
    }
    helpers[n] = std::move(list);
  }
  doc["helpers"] = std::move(helpers);
  return doc.dump(2) + "\n";
}

Expected<VerifierProfile> load_profile(const std::string& path) {
  auto bytes = read_input_file(path, 64u << 20);
  if (!bytes) return std::move(bytes).error();
  const std::string_view text(reinterpret_cast<const char*>(bytes->data()), bytes->size());
  auto doc = tracing::parse_json(text, ("profile " + path).c_str());
  if (!doc) return std::move(doc).error();
  return from_json(*doc, path);
}

}  // namespace bpfkit
