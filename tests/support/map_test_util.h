// Fixtures shared by the map unit tests: building specs, creating maps, and skipping kernel comparisons where
// bpf() is not permitted.
#pragma once

#include <gtest/gtest.h>

#include <memory>

#include "bpfkit/map.h"
#include "support/map_oracle.h"

namespace bpfkit::testing {

inline MapSpec S(MapType t, uint32_t k, uint32_t v, uint32_t n, uint32_t flags = 0, uint64_t extra = 0) {
  MapSpec s;
  s.type = t;
  s.key_size = k;
  s.value_size = v;
  s.max_entries = n;
  s.map_flags = flags;
  s.map_extra = extra;
  return s;
}

// Creates a map the test expects to be valid; a failure is a test failure, with the error.
inline std::unique_ptr<Map> make(const MapSpec& s) {
  auto m = create_map(s);
  EXPECT_TRUE(m) << (m ? "" : m.error().to_string());
  return m ? std::move(*m) : nullptr;
}

}  // namespace bpfkit::testing

#define SKIP_WITHOUT_KERNEL()                                                           \
  do {                                                                                  \
    if (auto why = ::bpfkit::testing::kernel_maps_unavailable()) GTEST_SKIP() << *why; \
  } while (0)
