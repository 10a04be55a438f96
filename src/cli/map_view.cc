// MapView: the maps of either backend, for `run` and `diff`.
#include "cli/map_view.h"

#include <algorithm>
#include <cstring>

#include <fmt/format.h>

#include "cli/object_io.h"
#include "cli/run_object.h"

namespace bpfkit::cli {

namespace {

bool record_map(MapType t) {
  return t == MapType::Queue || t == MapType::Stack || t == MapType::Ringbuf || t == MapType::PerfEventArray;
}

bool percpu_type(MapType t) {
  return t == MapType::PercpuArray || t == MapType::PercpuHash || t == MapType::LruPercpuHash ||
         t == MapType::PercpuCgroupStorage;
}


}  // namespace

std::string MapView::slot_target(const MapEntry& e) const {
  if (e.value.size() != 4 || handle_names.empty()) return "";
  uint32_t handle = 0;
  std::memcpy(&handle, e.value.data(), 4);
  auto it = handle_names.find(handle);
  return it == handle_names.end() ? "" : it->second;
}

std::vector<MapView> map_views(UserspaceObject& obj, const MapDumpOptions& dump) {
  std::vector<MapView> views;
  for (size_t i = 0; i < obj.map_count(); ++i) {
    Map& m = obj.map_at(i);
    if (record_map(m.type())) continue;
    MapView v;
    v.def = &obj.spec().maps()[i];
    v.name = v.def->name;
    v.type = m.type();
    v.value_size = m.value_size();
    v.percpu = m.is_percpu();
    MapDump d = dump_map(m, dump);
    v.entries = std::move(d.entries);
    v.zero_elements_skipped = d.zero_elements_skipped;
    if (m.type() == MapType::ProgArray) {
      for (size_t p = 0; p < obj.programs().size(); ++p) v.handle_names[uint32_t(p)] = obj.programs()[p].spec->name;
    } else if (dynamic_cast<MapOfMaps*>(&m) != nullptr) {
      for (size_t k = 0; k < obj.map_count(); ++k) v.handle_names[obj.map_at(k).id()] = obj.spec().maps()[k].name;
    }
    views.push_back(std::move(v));
  }
  return views;
}

Expected<std::vector<MapView>> map_views(const KernelObject& obj, const MapDumpOptions& dump) {
  std::vector<MapView> views;
  for (const KernelObject::LoadedMap& m : obj.maps()) {
    if (record_map(m.attr.type)) continue;
    MapView v;
    v.def = m.def;
    v.name = m.def->name;
    v.type = m.attr.type;
    v.value_size = m.attr.value_size;
    v.percpu = percpu_type(m.attr.type);
    auto entries = dump_kernel_map(m.fd.get());
    if (!entries) return std::move(entries).error().in_object(obj.spec().path());
    const bool array = m.attr.type == MapType::Array || m.attr.type == MapType::PercpuArray;
    for (KernelMapEntry& e : *entries) {
      if (dump.skip_zero_elements && array &&
          std::all_of(e.value.begin(), e.value.end(), [](uint8_t b) { return b == 0; })) {
        ++v.zero_elements_skipped;
        continue;
      }
      v.entries.push_back({std::move(e.key), std::move(e.value)});
    }
    if (m.attr.type == MapType::ProgArray) {
      for (const auto& p : obj.programs()) v.handle_names[p.id] = p.spec->name;
    } else if (m.attr.type == MapType::ArrayOfMaps || m.attr.type == MapType::HashOfMaps) {
      for (const auto& k : obj.maps()) v.handle_names[k.id] = k.def->name;
    }
    views.push_back(std::move(v));
  }
  return views;
}

nlohmann::ordered_json maps_json(const std::vector<MapView>& views, nlohmann::ordered_json& zero_skipped) {
  nlohmann::ordered_json maps = nlohmann::ordered_json::object();
  for (const MapView& v : views) {
    nlohmann::ordered_json entries = nlohmann::ordered_json::array();
    const size_t stride = v.percpu ? (size_t(v.value_size) + 7) / 8 * 8 : 0;
    for (const MapEntry& e : v.entries) {
      nlohmann::ordered_json j = {{"key", hex_string(e.key)}};
      if (stride != 0) {
        nlohmann::ordered_json values = nlohmann::ordered_json::array();
        for (size_t off = 0; off + stride <= e.value.size(); off += stride)
          values.push_back(hex_string(std::span(e.value).subspan(off, v.value_size)));
        j["values"] = std::move(values);
      } else {
        j["value"] = hex_string(e.value);
      }
      // Handles mean nothing to the next run: name what they point at, so --map-in can restore the slot.
      if (const std::string target = v.slot_target(e); !target.empty())
        j[v.type == MapType::ProgArray ? "prog" : "inner_map"] = target;
      entries.push_back(std::move(j));
    }
    maps[v.name] = std::move(entries);
    if (v.zero_elements_skipped != 0) zero_skipped[v.name] = v.zero_elements_skipped;
  }
  return maps;
}

void print_maps(const std::vector<MapView>& views, const btf::Btf* btf) {
  auto format = [&](btf::TypeId id, std::span<const uint8_t> bytes) {
    if (btf != nullptr && id != 0)
      if (auto s = btf->format_value(id, bytes)) return *s;
    return spaced_hex(bytes);
  };
  for (const MapView& v : views) {
    const MapDefinition& def = *v.def;
    fmt::print("map {} ({}, {} entr{}{}):\n", v.name, map_type_name(v.type), v.entries.size(),
               v.entries.size() == 1 ? "y" : "ies",
               v.zero_elements_skipped != 0
                   ? fmt::format("; {} zero element{} not shown, --all-elements shows them", v.zero_elements_skipped,
                                 v.zero_elements_skipped == 1 ? "" : "s")
                   : "");
    const size_t stride = v.percpu ? (size_t(v.value_size) + 7) / 8 * 8 : 0;
    for (const MapEntry& e : v.entries) {
      const bool internal = def.origin != MapOrigin::Btf && def.origin != MapOrigin::Legacy;
      if (internal) {
        fmt::print("  {}\n", format(def.btf_value_type_id, e.value));
        continue;
      }
      std::string value;
      if (stride != 0) {
        for (size_t off = 0, cpu = 0; off + stride <= e.value.size(); off += stride, ++cpu)
          value += fmt::format("{}cpu{}: {}", cpu ? "  " : "", cpu,
                               format(def.btf_value_type_id, std::span(e.value).subspan(off, v.value_size)));
      } else {
        value = format(def.btf_value_type_id, e.value);
      }
      fmt::print("  key: {}  value: {}\n", format(def.btf_key_type_id, e.key), value);
    }
  }
}

}  // namespace bpfkit::cli
