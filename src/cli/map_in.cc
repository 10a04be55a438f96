// --map-in and --map: the JSON of `run --json` ("maps": {"NAME": [{"key": ..., "value": ...}, ...]}) read back into
// the object's maps.
#include "cli/map_in.h"

#include <cerrno>
#include <cstring>
#include <string_view>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "btf/json_value.h"
#include "cli/io.h"
#include "support/json_depth.h"

namespace bpfkit::cli {
namespace {

using nlohmann::json;

bool is_percpu(MapType t) {
  return t == MapType::PercpuHash || t == MapType::PercpuArray || t == MapType::LruPercpuHash ||
         t == MapType::PercpuCgroupStorage;
}
bool is_internal(const MapDefinition& def) { return def.origin != MapOrigin::Btf && def.origin != MapOrigin::Legacy; }
bool is_keyless(MapType t) { return t == MapType::Queue || t == MapType::Stack || t == MapType::BloomFilter; }

// A C value typed by BTF written over out. Without a type (no BTF, or a map without key/value types), only a
// number fits, written little-endian into a 1, 2, 4 or 8-byte slot.
Expected<void> encode_typed(const btf::Btf* btf, btf::TypeId id, const json& v, std::span<uint8_t> out) {
  if (btf != nullptr && id != 0) return btf::encode_json_value(*btf, id, v, out);
  if (out.size() != 1 && out.size() != 2 && out.size() != 4 && out.size() != 8)
    return make_error(fmt::format("no BTF type for these {} bytes: give them as a hex string", out.size()));
  auto n = btf::json_integer(v, uint32_t(out.size() * 8), btf::IntSign::Either);
  if (!n) return std::move(n).error();
  for (size_t i = 0; i < out.size(); ++i) out[i] = uint8_t(*n >> (8 * i));
  return {};
}

// A key or value: a JSON string is hex bytes (as `run --json` prints them) and must be exactly size bytes; any
// other JSON is a C value typed by BTF, written over base (zeroes, or an internal map's current bytes).
Expected<std::vector<uint8_t>> bytes_of(const json& v, size_t size, const btf::Btf* btf, btf::TypeId id,
                                        std::vector<uint8_t> base = {}) {
  if (v.is_string()) {
    auto bytes = parse_hex(v.get<std::string>());
    if (!bytes) return make_error(fmt::format("bad hex: {}", bytes.error().message));
    if (bytes->size() != size) return make_error(fmt::format("{} bytes of hex, expected {}", bytes->size(), size));
    return bytes;
  }
  if (v.is_null()) return make_error("null is not a value");
  base.resize(size, 0);
  if (auto r = encode_typed(btf, id, v, base); !r) return std::move(r).error();
  return base;
}

// A --map KEY or VALUE as JSON: hex bytes when the text is exactly size bytes of hex, else JSON text.
Expected<json> text_value(std::string_view text, size_t size) {
  auto hex = parse_hex(text);
  if (hex && hex->size() == size) return json(std::string(text));
  if (json_nesting_depth(text) > kMaxJsonDepth)
    return make_error(fmt::format("JSON nested more than {} levels", kMaxJsonDepth));
  json j = json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (!j.is_discarded()) return j;
  if (hex) return make_error(fmt::format("{} bytes of hex, expected {}", hex->size(), size));
  return make_error(fmt::format("'{}' is neither {} bytes of hex nor a JSON value", text, size));
}

struct Reader {
  ObjectSpec& spec;
  std::vector<MapPreload> out;
  const uint32_t cpus = num_possible_cpus();

  // One entry of map def (index i). where names it for errors.
  Expected<void> entry(size_t i, const json& e, const std::string& where) {
    const MapDefinition& def = spec.maps()[i];
    const MapType type = def.spec.type;
    const btf::Btf* btf = spec.btf();
    auto fail = [&](const std::string& what) { return make_error(fmt::format("{}: {}", where, what)).with_errno(EINVAL); };
    if (!e.is_object()) return fail(fmt::format("expected an object {{\"key\": ..., \"value\": ...}}, got {}", e.dump()));
    for (auto it = e.begin(); it != e.end(); ++it)
      if (it.key() != "key" && it.key() != "value" && it.key() != "values" && it.key() != "prog" &&
          it.key() != "inner_map")
        return fail(fmt::format("unknown field '{}'", it.key()));

    MapPreload p;
    p.map = i;
    p.where = where;
    p.keyless = is_keyless(type);
    if (p.keyless) {
      if (e.contains("key")) return fail(fmt::format("a {} has no keys: give only \"value\"", map_type_name(type)));
    } else {
      if (!e.contains("key")) return fail("no \"key\"");
      auto key = bytes_of(e["key"], def.spec.key_size, btf, def.btf_key_type_id);
      if (!key) return fail("key: " + key.error().message);
      p.key = std::move(*key);
      // An internal map has one element, key 0; its bytes are the initial value, set before load.
      if (is_internal(def) && (p.key.size() != 4 || p.key[0] | p.key[1] | p.key[2] | p.key[3]))
        return fail("a global data map has one element, key 0");
    }

    // Program and map handles: by name, as `run --json` prints beside the handle.
    const char* target_field = type == MapType::ProgArray ? "prog"
                               : (type == MapType::ArrayOfMaps || type == MapType::HashOfMaps) ? "inner_map"
                                                                                                 : nullptr;
    for (const char* f : {"prog", "inner_map"})
      if (e.contains(f) && (target_field == nullptr || std::strcmp(f, target_field) != 0))
        return fail(fmt::format("\"{}\" is only for {}", f, std::strcmp(f, "prog") == 0 ? "prog arrays" : "maps of maps"));
    if (target_field != nullptr && e.contains(target_field)) {
      if (!e[target_field].is_string()) return fail(fmt::format("\"{}\" must be a name", target_field));
      p.target = e[target_field].get<std::string>();
    }

    const bool has_value = e.contains("value"), has_values = e.contains("values");
    if (has_value && has_values) return fail("both \"value\" and \"values\"");
    if (has_values) {
      if (!is_percpu(type)) return fail(fmt::format("\"values\" (one per CPU) is only for per-CPU maps, not {}", map_type_name(type)));
      const json& vs = e["values"];
      if (!vs.is_array()) return fail("\"values\" must be an array, one value per CPU");
      if (vs.size() != cpus)
        return fail(fmt::format("{} per-CPU values, this machine has {} possible CPUs", vs.size(), cpus));
      const size_t stride = (size_t(def.spec.value_size) + 7) / 8 * 8;
      p.value.assign(stride * cpus, 0);
      for (size_t c = 0; c < cpus; ++c) {
        auto v = bytes_of(vs[c], def.spec.value_size, btf, def.btf_value_type_id);
        if (!v) return fail(fmt::format("values[{}]: {}", c, v.error().message));
        std::memcpy(p.value.data() + c * stride, v->data(), v->size());
      }
    } else if (has_value) {
      std::vector<uint8_t> base;
      if (is_internal(def)) {
        base = def.initial_value;  // variables not named keep their values
        base.resize(def.spec.value_size, 0);
      }
      auto v = bytes_of(e["value"], def.spec.value_size, btf, def.btf_value_type_id, std::move(base));
      if (!v) return fail("value: " + v.error().message);
      if (is_percpu(type)) {  // one value for every CPU
        const size_t stride = (size_t(def.spec.value_size) + 7) / 8 * 8;
        p.value.assign(stride * cpus, 0);
        for (size_t c = 0; c < cpus; ++c) std::memcpy(p.value.data() + c * stride, v->data(), v->size());
      } else {
        p.value = std::move(*v);
      }
    } else if (p.target.empty()) {
      return fail(target_field ? fmt::format("no \"value\" or \"{}\"", target_field) : "no \"value\"");
    }

    if (is_internal(def)) {
      if (auto r = spec.set_initial_value(def.name, p.value); !r) return fail(r.error().message);
      return {};
    }
    out.push_back(std::move(p));
    return {};
  }

  // The map a name in the file or on the command line means; maps the file cannot fill are errors.
  Expected<size_t> map(const std::string& name, const std::string& where) {
    auto i = spec.map_index(name);
    if (!i) return make_error(fmt::format("{}: the object has no map '{}'", where, name)).with_errno(ENOENT);
    const MapDefinition& def = spec.maps()[*i];
    switch (def.spec.type) {
      case MapType::Ringbuf: case MapType::UserRingbuf: case MapType::PerfEventArray:
        return make_error(fmt::format("{}: map '{}' is a {}: it carries events, not elements, and cannot be preloaded",
                                      where, name, map_type_name(def.spec.type)))
            .with_errno(EINVAL);
      default: break;
    }
    if (def.origin == MapOrigin::Kconfig)
      return make_error(fmt::format("{}: map '{}' holds .kconfig externs, which come from --kconfig", where, name))
          .with_errno(EINVAL);
    return *i;
  }

  Expected<void> file(const std::string& path) {
    auto bytes = read_file(path);
    if (!bytes) return std::move(bytes).error();
    if (json_nesting_depth(std::string_view(reinterpret_cast<const char*>(bytes->data()), bytes->size())) >
        kMaxJsonDepth)
      return make_error(fmt::format("JSON nested more than {} levels", kMaxJsonDepth)).in_object(path).with_errno(EINVAL);
    json doc;
    try {
      doc = json::parse(bytes->begin(), bytes->end());
    } catch (const json::exception& e) {
      std::string_view what = e.what();  // "[json.exception.parse_error.101] parse error at line 1, column 2: ..."
      if (size_t at = what.find("parse error at "); at != std::string_view::npos) what.remove_prefix(at + 15);
      return make_error(fmt::format("not JSON: {}", what)).in_object(path).with_errno(EINVAL);
    }
    if (!doc.is_object() || !doc.contains("maps") || !doc["maps"].is_object())
      return make_error("no \"maps\" object (the file is what `bpfkit run OBJ --json` prints)").in_object(path).with_errno(EINVAL);
    for (auto it = doc["maps"].begin(); it != doc["maps"].end(); ++it) {
      auto i = map(it.key(), path);
      if (!i) return std::move(i).error();
      if (!it.value().is_array())
        return make_error(fmt::format("{}: map '{}': expected a list of entries", path, it.key())).with_errno(EINVAL);
      for (size_t n = 0; n < it.value().size(); ++n)
        if (auto r = entry(*i, it.value()[n], fmt::format("{}: map '{}' entry {}", path, it.key(), n)); !r) return r;
    }
    return {};
  }

  // NAME:KEY=VALUE, or NAME=VALUE for maps without keys (queue, stack, bloom filter).
  Expected<void> short_form(const std::string& text) {
    const std::string where = fmt::format("--map '{}'", text);
    const size_t sep = text.find_first_of(":=");
    if (sep == std::string::npos || sep == 0)
      return make_error(fmt::format("{}: expected NAME:KEY=VALUE (NAME=VALUE for a queue, stack or bloom filter)", where))
          .with_errno(EINVAL);
    auto i = map(text.substr(0, sep), where);
    if (!i) return std::move(i).error();
    const MapDefinition& def = spec.maps()[*i];
    json e = json::object();
    std::string value_text;
    if (text[sep] == ':') {
      const size_t eq = text.find('=', sep + 1);
      if (eq == std::string::npos) return make_error(fmt::format("{}: no '=' between KEY and VALUE", where)).with_errno(EINVAL);
      auto key = text_value(std::string_view(text).substr(sep + 1, eq - sep - 1), def.spec.key_size);
      if (!key) return make_error(fmt::format("{}: key: {}", where, key.error().message)).with_errno(EINVAL);
      e["key"] = std::move(*key);
      value_text = text.substr(eq + 1);
    } else {
      value_text = text.substr(sep + 1);
    }
    // A prog array or map-in-map slot may name its program or map.
    const bool prog_array = def.spec.type == MapType::ProgArray;
    const bool mim = def.spec.type == MapType::ArrayOfMaps || def.spec.type == MapType::HashOfMaps;
    if ((prog_array && spec.program(value_text) != nullptr) || (mim && spec.map_index(value_text))) {
      e[prog_array ? "prog" : "inner_map"] = value_text;
    } else {
      auto value = text_value(value_text, def.spec.value_size);
      if (!value) return make_error(fmt::format("{}: value: {}", where, value.error().message)).with_errno(EINVAL);
      e["value"] = std::move(*value);
    }
    return entry(*i, e, where);
  }
};

}  // namespace

Expected<std::vector<MapPreload>> read_map_preloads(ObjectSpec& spec, const std::vector<std::string>& files,
                                                    const std::vector<std::string>& entries) {
  Reader r{spec, {}};
  for (const std::string& f : files)
    if (auto ok = r.file(f); !ok) return std::move(ok).error();
  for (const std::string& e : entries)
    if (auto ok = r.short_form(e); !ok) return std::move(ok).error();
  return std::move(r.out);
}

Expected<void> apply_map_preloads(UserspaceObject& obj, const std::vector<MapPreload>& preloads) {
  auto fail = [](const MapPreload& p, const std::string& what, int err) {
    return make_error(fmt::format("{}: {}", p.where, what)).with_errno(err);
  };
  for (const MapPreload& p : preloads) {
    Map& m = obj.map_at(p.map);
    std::vector<uint8_t> value = p.value;
    if (m.type() == MapType::ProgArray && !p.target.empty()) {
      const auto progs = obj.programs();
      size_t n = 0;
      while (n < progs.size() && progs[n].spec->name != p.target) ++n;
      if (n == progs.size()) return fail(p, fmt::format("no loaded program '{}'", p.target), ENOENT);
      const uint32_t handle = uint32_t(n);
      value.assign(reinterpret_cast<const uint8_t*>(&handle), reinterpret_cast<const uint8_t*>(&handle) + 4);
    } else if (m.type() == MapType::ProgArray) {
      uint32_t handle = 0;
      std::memcpy(&handle, value.data(), 4);
      if (handle >= obj.programs().size())
        return fail(p, fmt::format("value {} is not a loaded program (there are {}); name it with \"prog\"", handle,
                                   obj.programs().size()), EBADF);
    }
    if (m.type() == MapType::ProgArray) {
      uint32_t handle = 0;
      std::memcpy(&handle, value.data(), 4);
      // The kernel's bpf_prog_map_compatible: a prog array holds programs of one type (its owner's).
      if (!obj.prog_map_compatible(p.map, handle))
        return fail(p, fmt::format("{} (program '{}' is {}, but the prog array belongs to another program type)",
                                   std::strerror(EINVAL), obj.programs()[handle].spec->name,
                                   prog_type_name(obj.programs()[handle].spec->type)), EINVAL);
    }
    if (auto* outer = dynamic_cast<MapOfMaps*>(&m)) {
      std::shared_ptr<Map> inner;
      if (!p.target.empty()) {
        auto i = obj.spec().map_index(p.target);
        if (!i) return fail(p, fmt::format("the object has no map '{}'", p.target), ENOENT);
        inner = obj.shared_map(*i);
      } else {
        uint32_t id = 0;
        std::memcpy(&id, value.data(), 4);
        for (size_t i = 0; i < obj.map_count() && !inner; ++i)
          if (obj.map_at(i).id() == id) inner = obj.shared_map(i);
        if (!inner) return fail(p, fmt::format("value {} is not the id of one of the object's maps; name the map with "
                                               "\"inner_map\"", id), EBADF);
      }
      if (int err = outer->update_map(p.key.data(), std::move(inner), BPF_ANY); err != 0)
        return fail(p, std::strerror(-err), -err);
      continue;
    }
    if (int err = m.update_elem(p.keyless ? nullptr : p.key.data(), value.data(), BPF_ANY); err != 0)
      return fail(p, fmt::format("update: {}", err == -ENOTSUPP_KERNEL ? "ENOTSUPP" : std::strerror(-err)), -err);
  }
  return {};
}

}  // namespace bpfkit::cli
