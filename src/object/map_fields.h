// The special fields of a map value type, as the kernel's btf_parse_fields finds them (map_fields.cc).
#pragma once

#include <cstdint>
#include <vector>

#include "bpfkit/btf.h"
#include "bpfkit/map.h"

namespace bpfkit {

// The fields of a struct or DATASEC value type (or of a bpf_obj_new struct), by ascending offset.
std::vector<MapField> parse_map_fields(const btf::Btf& btf, uint32_t value_type_id);

}  // namespace bpfkit
