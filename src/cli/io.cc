#include "cli/io.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>

#include <fmt/format.h>

#include "bpfkit/file.h"

namespace bpfkit::cli {
namespace {

struct FileCloser {
  void operator()(FILE* f) const { fclose(f); }
};

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

}  // namespace

Expected<std::vector<uint8_t>> read_file(const std::string& path) {
  // stdin may be a pipe, which is fine, but it is still read with a size limit; named paths must be regular files.
  if (path == "-") return read_input_fd(0, "<stdin>");
  return read_input_file(path);
}

Expected<void> write_file(const std::string& path, std::span<const uint8_t> bytes) {
  const bool use_stdout = path == "-";
  std::unique_ptr<FILE, FileCloser> owned(use_stdout ? nullptr : fopen(path.c_str(), "wb"));
  FILE* f = use_stdout ? stdout : owned.get();
  const std::string name = use_stdout ? "<stdout>" : path;
  if (f == nullptr) return make_error("cannot create file").in_object(name).with_errno(errno);
  if (fwrite(bytes.data(), 1, bytes.size(), f) != bytes.size() || fflush(f) != 0)
    return make_error("cannot write file").in_object(name).with_errno(errno);
  if (!use_stdout) {
    // fclose can report a deferred write error (NFS, full disk); do not lose it.
    FILE* raw = owned.release();
    if (fclose(raw) != 0) return make_error("cannot write file").in_object(name).with_errno(errno);
  }
  return {};
}

Expected<std::vector<uint8_t>> parse_hex(std::string_view text) {
  std::vector<uint8_t> out;
  size_t i = 0;
  while (i < text.size()) {
    if (is_space(text[i])) {
      ++i;
      continue;
    }
    const size_t group = i;
    while (i < text.size() && !is_space(text[i])) {
      if (hex_value(text[i]) < 0)
        return make_error(fmt::format("invalid hex digit '{}' at column {}", text[i], i + 1));
      ++i;
    }
    if ((i - group) % 2 != 0)
      return make_error(fmt::format("odd number of hex digits in '{}' at column {}", text.substr(group, i - group),
                                    group + 1));
    for (size_t k = group; k < i; k += 2) out.push_back(uint8_t(hex_value(text[k]) << 4 | hex_value(text[k + 1])));
  }
  return out;
}

}  // namespace bpfkit::cli
