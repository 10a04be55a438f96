#include "bpfkit/error.h"

#include <cstring>

#include <fmt/format.h>

namespace bpfkit {

std::string Error::to_string() const {
  std::string out;
  if (!object.empty()) out += object + ":";
  if (line > 0) {
    out += fmt::format("{}:", line);
    if (column > 0) out += fmt::format("{}:", column);
  }
  if (!out.empty()) out += " ";
  if (!program.empty()) out += fmt::format("{}: ", program);
  if (insn >= 0) out += fmt::format("insn {}: ", insn);
  out += message;
  if (error_number != 0) {
    // Kernel-internal errnos (ENOTSUPP 524, ...) have no libc description.
    const char* desc = strerrordesc_np(error_number);
    out += desc != nullptr ? fmt::format(" ({})", desc) : fmt::format(" (errno {})", error_number);
  }
  return out;
}

}  // namespace bpfkit
