// A loaded object's maps as `run` reports them, whichever backend holds them: entries dumped, prog array and
// map-in-map values named by what they point at. `run` prints and `diff` compares these.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "bpfkit/kernel.h"
#include "bpfkit/runtime.h"

namespace bpfkit::cli {

struct MapView {
  std::string name;
  const MapDefinition* def = nullptr;
  MapType type = MapType::Unspec;
  uint32_t value_size = 0;
  bool percpu = false;
  std::vector<MapEntry> entries;
  uint64_t zero_elements_skipped = 0;
  // Prog arrays and maps of maps: what each u32 value stands for (a program or map name); the value itself is a
  // backend handle (program index or map id in userspace, program or map id in the kernel).
  std::map<uint32_t, std::string> handle_names;
  // The name a slot value points at, or "" when it is not a handle map or the handle is unknown.
  std::string slot_target(const MapEntry& e) const;
};

// Maps that hold records rather than entries (queue, stack, ring buffer, perf event array) are left out.
std::vector<MapView> map_views(UserspaceObject& obj, const MapDumpOptions& dump);
Expected<std::vector<MapView>> map_views(const KernelObject& obj, const MapDumpOptions& dump);

// `run --json`'s "maps" object; zero_skipped gets, per array, how many all-zero elements were left out.
nlohmann::ordered_json maps_json(const std::vector<MapView>& views, nlohmann::ordered_json& zero_skipped);
// bpftool-style dump: BTF-formatted when the map has key/value types, hex otherwise.
void print_maps(const std::vector<MapView>& views, const btf::Btf* btf);

}  // namespace bpfkit::cli
