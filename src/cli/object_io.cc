#include "cli/object_io.h"

#include "cli/output.h"

#include <cerrno>

#include <fmt/format.h>

namespace bpfkit::cli {

Expected<ObjectSpec> open_object(const std::string& path) {
  auto obj = ObjectSpec::open(path);
  if (!obj) {
    Error e = std::move(obj).error();
    if (e.object.empty()) e.object = path;
    return e;
  }
  for (const std::string& w : obj->warnings()) warn(fmt::format("{}: {}", path, w));
  return obj;
}

std::string hex_string(std::span<const uint8_t> bytes) {
  static constexpr char kDigits[] = "0123456789abcdef";
  std::string s(bytes.size() * 2, '0');
  for (size_t i = 0; i < bytes.size(); ++i) {
    s[2 * i] = kDigits[bytes[i] >> 4];
    s[2 * i + 1] = kDigits[bytes[i] & 15];
  }
  return s;
}

Expected<const ProgramSpec*> select_program(const ObjectSpec& obj, const std::string& name) {
  if (obj.programs().empty()) return make_error("the object has no programs").in_object(obj.path());
  if (name.empty()) return &obj.programs().front();
  if (const ProgramSpec* p = obj.program(name)) return p;
  std::string names;
  for (const ProgramSpec& p : obj.programs()) names += (names.empty() ? "" : ", ") + p.name;
  return make_error(fmt::format("no program '{}' (programs: {})", name, names)).in_object(obj.path()).with_errno(ENOENT);
}

}  // namespace bpfkit::cli
