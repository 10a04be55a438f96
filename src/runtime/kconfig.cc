#include "runtime/kconfig.h"

#include <sys/utsname.h>
#include <unistd.h>
#include <zlib.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <sstream>

#include <fmt/format.h>

#include "bpfkit/file.h"

namespace bpfkit::runtime {
namespace {

// libbpf's enum libbpf_tristate.
constexpr uint8_t kTriNo = 0, kTriYes = 1, kTriModule = 2;

Error kcfg_error(const KconfigExtern& ext, const std::string& what) {
  return make_error(fmt::format("extern (kcfg) '{}': {}", ext.name, what)).with_errno(EINVAL);
}

// libbpf answers LINUX_HAS_SYSCALL_WRAPPER by creating a kprobe on the arch's syscall entry (__x64_sys_bpf and
// the like, through the kprobe PMU or the legacy kprobe_events file): where kprobes cannot be created it answers 0,
// and a BPF_KSYSCALL program then takes its other path. Without creating a probe: the PMU or the file must be
// there, and the symbol in kallsyms.
bool host_has_syscall_wrapper() {
#if defined(__x86_64__)
  const char* sym = "__x64_sys_bpf";
#elif defined(__aarch64__)
  const char* sym = "__arm64_sys_bpf";
#elif defined(__s390x__)
  const char* sym = "__s390x_sys_bpf";
#elif defined(__riscv)
  const char* sym = "__riscv_sys_bpf";
#else
  const char* sym = nullptr;
#endif
  if (!sym) return false;
  const bool kprobes = access("/sys/bus/event_source/devices/kprobe/type", R_OK) == 0 ||
                       access("/sys/kernel/tracing/kprobe_events", W_OK) == 0 ||
                       access("/sys/kernel/debug/tracing/kprobe_events", W_OK) == 0;
  if (!kprobes) return false;
  std::ifstream in("/proc/kallsyms");
  std::string line;
  const std::string suffix = std::string(" ") + sym;
  while (std::getline(in, line))
    if (line.size() >= suffix.size() && line.compare(line.size() - suffix.size(), suffix.size(), suffix) == 0)
      return true;
  return false;
}

bool value_fits(const KconfigExtern& ext, uint64_t v) {
  if (ext.size >= 8) return true;
  const unsigned bits = ext.size * 8;
  if (!ext.is_signed) return v >> bits == 0;
  // A signed extern takes any value whose sign extension from its width gives it back.
  const int64_t s = int64_t(v);
  const int64_t lo = -(int64_t(1) << (bits - 1)), hi = (int64_t(1) << (bits - 1)) - 1;
  return s >= lo && s <= hi;
}

Expected<void> set_number(const KconfigExtern& ext, std::span<uint8_t> out, uint64_t v) {
  if (ext.kind != KconfigExtern::Kind::Int && ext.kind != KconfigExtern::Kind::Char)
    return kcfg_error(ext, fmt::format("value '{}' implies integer type", v));
  if (!value_fits(ext, v)) return kcfg_error(ext, fmt::format("value {} does not fit in {} bytes", v, ext.size));
  std::memcpy(out.data(), &v, ext.size);  // little-endian host, like the BPF target
  return {};
}

Expected<void> set_tristate(const KconfigExtern& ext, std::span<uint8_t> out, char v) {
  switch (ext.kind) {
    case KconfigExtern::Kind::Bool:
      if (v == 'm') return kcfg_error(ext, fmt::format("value '{}' implies tristate or char type", v));
      out[0] = v == 'y' ? 1 : 0;
      return {};
    case KconfigExtern::Kind::Tristate:
      out[0] = v == 'y' ? kTriYes : v == 'm' ? kTriModule : kTriNo;
      return {};
    case KconfigExtern::Kind::Char:
      out[0] = uint8_t(v);
      return {};
    default:
      return kcfg_error(ext, fmt::format("value '{}' implies bool, tristate, or char type", v));
  }
}

Expected<void> set_string(const KconfigExtern& ext, std::span<uint8_t> out, std::string_view quoted) {
  if (ext.kind != KconfigExtern::Kind::CharArray)
    return kcfg_error(ext, fmt::format("value {} implies char array type", quoted));
  if (quoted.size() < 2 || quoted.back() != '"') return kcfg_error(ext, fmt::format("invalid string {}", quoted));
  std::string_view s = quoted.substr(1, quoted.size() - 2);
  // As libbpf: a string longer than the array is cut, and the array always ends in a NUL.
  const size_t n = std::min(s.size(), size_t(ext.size) - 1);
  std::memcpy(out.data(), s.data(), n);
  std::memset(out.data() + n, 0, ext.size - n);
  return {};
}

Expected<void> set_value(const KconfigExtern& ext, std::span<uint8_t> out, const std::string& value) {
  if (value.empty()) return kcfg_error(ext, "empty value");
  if (value.size() == 1 && (value[0] == 'y' || value[0] == 'n' || value[0] == 'm'))
    return set_tristate(ext, out, value[0]);
  if (value[0] == '"') return set_string(ext, out, value);
  errno = 0;
  char* end = nullptr;
  const uint64_t v = std::strtoull(value.c_str(), &end, 0);
  if (errno != 0 || end == value.c_str() || *end != '\0')
    return kcfg_error(ext, fmt::format("failed to parse value '{}'", value));
  return set_number(ext, out, v);
}

std::optional<std::string> find_host_config() {
  struct utsname u {};
  if (uname(&u) == 0) {
    std::string boot = fmt::format("/boot/config-{}", u.release);
    if (std::FILE* f = std::fopen(boot.c_str(), "r")) {
      std::fclose(f);
      return boot;
    }
  }
  if (std::FILE* f = std::fopen("/proc/config.gz", "r")) {
    std::fclose(f);
    return std::string("/proc/config.gz");
  }
  return std::nullopt;
}

}  // namespace

uint32_t host_kernel_version() {
  struct utsname u {};
  if (uname(&u) != 0) return 0;
  unsigned a = 0, b = 0, c = 0;
  if (std::sscanf(u.release, "%u.%u.%u", &a, &b, &c) < 2) return 0;
  return (a << 16) + (b << 8) + std::min(c, 255u);
}

std::map<std::string, std::string> parse_kconfig(std::string_view text) {
  std::map<std::string, std::string> out;
  while (!text.empty()) {
    const size_t nl = text.find('\n');
    std::string_view line = text.substr(0, nl);
    text = nl == std::string_view::npos ? std::string_view() : text.substr(nl + 1);
    if (line.rfind("CONFIG_", 0) != 0) continue;
    const size_t eq = line.find('=');
    if (eq == std::string_view::npos) continue;
    out.emplace(std::string(line.substr(0, eq)), std::string(line.substr(eq + 1)));
  }
  return out;
}

Expected<std::map<std::string, std::string>> read_kconfig_file(const std::string& path) {
  std::string text;
  if (path.size() > 3 && path.compare(path.size() - 3, 3, ".gz") == 0) {
    // Regular files only (a FIFO would block gzopen), and a bound on the decompressed text (a gzip bomb).
    if (auto ok = check_input_file(path); !ok) return std::move(ok).error();
    gzFile gz = gzopen(path.c_str(), "rb");
    if (gz == nullptr) return make_error(fmt::format("{}: cannot open: {}", path, std::strerror(errno))).with_errno(errno);
    char buf[16384];
    int n;
    bool too_big = false;
    while (!too_big && (n = gzread(gz, buf, sizeof buf)) > 0) {
      text.append(buf, size_t(n));
      too_big = text.size() > kMaxInputFileSize;
    }
    const bool bad = !too_big && n < 0;
    gzclose(gz);
    if (too_big)
      return make_error(fmt::format("{}: more than {} bytes decompressed", path, kMaxInputFileSize)).with_errno(EFBIG);
    if (bad) return make_error(fmt::format("{}: not a valid gzip file", path)).with_errno(EINVAL);
  } else {
    auto bytes = read_input_file(path);
    if (!bytes) return std::move(bytes).error();
    text.assign(bytes->begin(), bytes->end());
  }
  return parse_kconfig(text);
}

Expected<void> fill_kconfig(const ObjectSpec& obj, const LoadOptions& options, std::span<uint8_t> value) {
  std::optional<std::map<std::string, std::string>> file_values;
  auto lookup_config = [&](const std::string& name) -> Expected<std::optional<std::string>> {
    if (auto it = options.kconfig.find(name); it != options.kconfig.end()) return std::optional(it->second);
    if (!file_values) {
      std::optional<std::string> path = options.kconfig_file ? options.kconfig_file : find_host_config();
      if (!path) {
        file_values.emplace();
      } else {
        auto read = read_kconfig_file(*path);
        if (!read) return std::move(read).error();
        file_values = std::move(*read);
      }
    }
    if (auto it = file_values->find(name); it != file_values->end()) return std::optional(it->second);
    return std::optional<std::string>();
  };

  for (const KconfigExtern& ext : obj.kconfig_externs()) {
    if (ext.size == 0 || ext.offset > value.size() || value.size() - ext.offset < ext.size)
      return kcfg_error(ext, "outside the .kconfig map");
    std::span<uint8_t> out = value.subspan(ext.offset, ext.size);
    std::optional<std::string> v;
    if (ext.name == "LINUX_KERNEL_VERSION") {
      const uint32_t kver = options.kernel_version.value_or(host_kernel_version());
      auto set = set_number(ext, out, kver);
      if (!set) return set;
      continue;
    }
    // libbpf answers these from feature probes: bpf_get_attach_cookie exists on every kernel bpfkit models; the
    // syscall wrapper is there only where a kprobe could reach it (host_has_syscall_wrapper).
    if (ext.name == "LINUX_HAS_BPF_COOKIE" || ext.name == "LINUX_HAS_SYSCALL_WRAPPER") {
      static const bool wrapper = host_has_syscall_wrapper();
      auto set = set_tristate(ext, out, ext.name == "LINUX_HAS_SYSCALL_WRAPPER" && !wrapper ? 'n' : 'y');
      if (!set) return set;
      continue;
    }
    if (ext.name.rfind("CONFIG_", 0) != 0) return kcfg_error(ext, "unrecognized virtual extern");
    auto found = lookup_config(ext.name);
    if (!found) return std::move(found).error();
    if (!*found) {
      if (!ext.is_weak) return kcfg_error(ext, "value not found").with_errno(ESRCH);
      std::fill(out.begin(), out.end(), 0);
      continue;
    }
    auto set = set_value(ext, out, **found);
    if (!set) return set;
  }
  return {};
}

}  // namespace bpfkit::runtime

namespace bpfkit {

Expected<std::vector<uint8_t>> kconfig_map_value(const ObjectSpec& obj, const LoadOptions& options) {
  for (const MapDefinition& def : obj.maps()) {
    if (def.origin != MapOrigin::Kconfig) continue;
    std::vector<uint8_t> value = def.initial_value;
    value.resize(def.spec.value_size, 0);
    if (auto filled = runtime::fill_kconfig(obj, options, value); !filled) return std::move(filled).error();
    return value;
  }
  return std::vector<uint8_t>{};
}

}  // namespace bpfkit
