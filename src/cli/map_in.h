// bpfkit run OBJ --map-in FILE / --map NAME:KEY=VALUE: map contents given before the first run.
//
// The file is what `run --json` prints (only its "maps" object is read), so one run's maps can seed the next. Entries
// for .data/.rodata/.bss become the maps' initial values before load (ObjectSpec::set_initial_value, libbpf's
// skeleton pattern: .rodata is set before the kernel would freeze it); the others are BPF_MAP_UPDATE_ELEM after load,
// before the first test run. The format is in docs/cli.md.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "bpfkit/error.h"
#include "bpfkit/object.h"
#include "bpfkit/runtime.h"

namespace bpfkit::cli {

// One element to write after load.
struct MapPreload {
  size_t map = 0;             // index in ObjectSpec::maps()
  std::string where;          // "FILE: map 'x' entry 3" or "--map 'x:...'", for errors
  bool keyless = false;       // queue, stack, bloom filter: value is pushed
  std::vector<uint8_t> key;
  std::vector<uint8_t> value; // user_value_size() bytes (all CPUs for per-CPU maps)
  std::string target;         // prog array: a program name; map-in-map: a map name (else value holds a handle / id)
};

// Reads the --map-in files, then the --map entries, in order. Internal map entries are applied to spec at once
// (later ones see earlier ones); the rest are returned for apply_map_preloads. Errors are bad input (exit 2).
Expected<std::vector<MapPreload>> read_map_preloads(ObjectSpec& spec, const std::vector<std::string>& files,
                                                    const std::vector<std::string>& entries);

// Writes the entries into the loaded object's maps; an Error names the entry and the kernel's errno.
Expected<void> apply_map_preloads(UserspaceObject& obj, const std::vector<MapPreload>& preloads);

}  // namespace bpfkit::cli
