// A nesting limit for JSON input, checked on the text before nlohmann-json sees it: its parser is iterative, but
// copying or converting a parsed value recurses once per level, so a file nested thousands deep would overflow the
// stack (bad input must get an error, never a crash).
#pragma once

#include <cstddef>
#include <string_view>

namespace bpfkit {

inline constexpr size_t kMaxJsonDepth = 128;

// The deepest nesting of objects and arrays in text (brackets inside strings do not count). Stops counting once
// past limit.
inline size_t json_nesting_depth(std::string_view text, size_t limit = kMaxJsonDepth) {
  size_t depth = 0, deepest = 0;
  bool in_string = false, escaped = false;
  for (char c : text) {
    if (in_string) {
      if (escaped) escaped = false;
      else if (c == '\\') escaped = true;
      else if (c == '"') in_string = false;
      continue;
    }
    if (c == '"') in_string = true;
    else if (c == '{' || c == '[') {
      if (++depth > deepest) deepest = depth;
      if (deepest > limit) break;
    } else if ((c == '}' || c == ']') && depth > 0) {
      --depth;
    }
  }
  return deepest;
}

}  // namespace bpfkit
