// Placeholders for map types bpfkit cannot model in userspace. The object loads with them (and lists them); what
// fails is a program that refers to one, at load, naming the map and its type (see UserspaceObject).
#include "maps/internal.h"

namespace bpfkit {

namespace {

class UnsupportedMap final : public Map {
 public:
  explicit UnsupportedMap(const MapSpec& spec) : Map(spec) {}
  int lookup_elem(const void*, void*, uint64_t) override { return -EOPNOTSUPP; }
  int update_elem(const void*, const void*, uint64_t) override { return -EOPNOTSUPP; }
  int delete_elem(const void*) override { return -EOPNOTSUPP; }
  int get_next_key(const void*, void*) override { return -EOPNOTSUPP; }
  int lookup_and_delete_elem(const void*, void*, uint64_t) override { return -EOPNOTSUPP; }
  void* prog_lookup_elem(const void*) override { return nullptr; }
  long prog_update_elem(const void*, const void*, uint64_t) override { return -EOPNOTSUPP; }
  long prog_delete_elem(const void*) override { return -EOPNOTSUPP; }
  void value_regions(std::vector<MemoryRegion>&) const override {}
};

}  // namespace

std::unique_ptr<Map> create_unsupported_map(const MapSpec& spec) { return std::make_unique<UnsupportedMap>(spec); }

bool map_is_unsupported(const Map& map) { return dynamic_cast<const UnsupportedMap*>(&map) != nullptr; }

bool map_type_supported(MapType type) {
  switch (type) {
    case MapType::Unspec: case MapType::StructOps: case MapType::CgroupStorage:
    case MapType::PercpuCgroupStorage: case MapType::ReuseportSockarray: case MapType::UserRingbuf:
    case MapType::Arena:
      return false;
    default:
      return static_cast<uint32_t>(type) <= static_cast<uint32_t>(MapType::Arena);
  }
}

}  // namespace bpfkit
