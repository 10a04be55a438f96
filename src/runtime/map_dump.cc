// dump_map: a map's contents as userspace sees them, for dumps and comparisons.
#include <algorithm>
#include <cerrno>

#include "bpfkit/runtime.h"

namespace bpfkit {

MapDump dump_map(Map& map, const MapDumpOptions& options) {
  MapDump out;
  switch (map.type()) {
    case MapType::Queue:
    case MapType::Stack:
    case MapType::Ringbuf:
    case MapType::PerfEventArray:
    case MapType::BloomFilter:
      return out;  // no keys: their contents are events or membership, not entries
    default:
      break;
  }
  const bool skip_zero =
      options.skip_zero_elements && (map.type() == MapType::Array || map.type() == MapType::PercpuArray);
  std::vector<uint8_t> key(map.key_size()), next(map.key_size());
  bool first = true;
  // Bounded like bpftool's dump: a hash map updated concurrently could otherwise make the walk restart forever.
  const uint64_t limit = uint64_t(map.max_entries()) + 1;
  for (uint64_t n = 0; n < limit; ++n) {
    if (map.next_entry_key(first ? nullptr : key.data(), next.data()) != 0) break;
    first = false;
    key = next;
    MapEntry e{key, std::vector<uint8_t>(map.user_value_size())};
    const int err = map.lookup_elem(key.data(), e.value.data());
    if (err == -ENOENT) continue;  // deleted between get_next_key and lookup
    if (err != 0) {
      // Slots userspace cannot read (an empty prog_array / map-in-map slot) are not entries.
      continue;
    }
    if (skip_zero && std::all_of(e.value.begin(), e.value.end(), [](uint8_t b) { return b == 0; })) {
      ++out.zero_elements_skipped;
      continue;
    }
    out.entries.push_back(std::move(e));
  }
  return out;
}

std::vector<MapEntry> dump_map(Map& map) { return dump_map(map, MapDumpOptions{}).entries; }

}  // namespace bpfkit
