// Shared between the btf/ sources: little-endian reading of untrusted bytes and the wording of errors.
#pragma once

#include <cstdint>
#include <cstring>
#include <span>
#include <string>

#include "bpfkit/btf.h"

namespace bpfkit::btf::detail {

// BTF is read on the host it was built for; only little-endian is supported (as on x86-64 and arm64), so a
// byte-swapped magic is reported rather than decoded.
template <class T>
T load(std::span<const uint8_t> bytes, size_t off) {
  T v;
  std::memcpy(&v, bytes.data() + off, sizeof v);
  return v;
}

// "type [12] STRUCT 'foo'" or "type [3] PTR": how every error about one type starts.
std::string describe(const Type& t);

// Guards the printers against deep (but acyclic) chains: beyond this many nested levels they stop and say so.
inline constexpr int kMaxPrintDepth = 32;
inline constexpr size_t kMaxChainSteps = 256;

}  // namespace bpfkit::btf::detail
