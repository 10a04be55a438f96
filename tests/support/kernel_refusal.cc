// Which kernel refusals are a property of the kernel build (see kernel_refusal.h).
#include "support/kernel_refusal.h"

#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <regex>
#include <sstream>

#include <gtest/gtest.h>

#include <fmt/format.h>

#include "bpfkit/disasm.h"

#ifdef BPFKIT_HAVE_LIBBPF
#include <bpf/libbpf.h>
#endif

namespace bpfkit::testing {
namespace {

// enum bpf_attach_type values of the trampoline-based attach types (include/uapi/linux/bpf.h), spelled out so the
// rule does not depend on the uapi headers the build found.
constexpr uint32_t kTraceFentry = 24, kTraceFexit = 25, kModifyReturn = 26, kLsmMac = 27, kLsmCgroup = 43;

constexpr uint32_t kProgTypeExt = 28;  // BPF_PROG_TYPE_EXT

bool trampoline_attach(uint32_t t) {
  return t == kTraceFentry || t == kTraceFexit || t == kModifyReturn || t == kLsmMac || t == kLsmCgroup;
}

// The first log line that is wholly `line`, if any.
std::optional<std::string> log_line_matching(const std::string& log, const std::regex& line) {
  std::istringstream in(log);
  std::string l;
  while (std::getline(in, l)) {
    // libbpf prefixes nothing to verifier lines but may leave a trailing '\r' or spaces.
    while (!l.empty() && (l.back() == '\r' || l.back() == ' ')) l.pop_back();
    if (std::regex_match(l, line)) return l;
  }
  return std::nullopt;
}

// The verifier's line saying this kernel has no such helper for the program, if the log holds one. The wording is
// check_helper_call()'s: an id past __BPF_FUNC_MAX_ID, a helper the type's get_func_proto does not give (6.x
// wording, then the older one).
std::optional<std::string> missing_helper_line(const std::string& log) {
  static const std::regex line(
      R"(^(program of this type cannot use helper [A-Za-z0-9_]+#[0-9]+|unknown func [A-Za-z0-9_]+#[0-9]+|invalid func unknown#[0-9]+)$)");
  return log_line_matching(log, line);
}

// The verifier's line refusing a kfunc outright ("bpf_dynptr_slice_rdwr() is not allowed"), if the log holds one.
std::optional<std::string> refused_kfunc_line(const std::string& log) {
  static const std::regex line(R"(^bpf_[A-Za-z0-9_]+\(\) is not allowed$)");
  return log_line_matching(log, line);
}

std::string errno_name(int err) {
  switch (err) {
    case EINVAL: return "EINVAL";
    case EPERM: return "EPERM";
    case ENOENT: return "ENOENT";
    case EOPNOTSUPP: return "EOPNOTSUPP";
    case ENODEV: return "ENODEV";
    case E2BIG: return "E2BIG";
    default: return fmt::format("errno {}", err);
  }
}

bool path_exists(const char* p) { return access(p, F_OK) == 0; }

}  // namespace

FeatureProbes FeatureProbes::running_kernel() {
  FeatureProbes p;
#ifdef BPFKIT_HAVE_LIBBPF
  p.prog_type = [](uint32_t t) { return libbpf_probe_bpf_prog_type(bpf_prog_type(t), nullptr); };
  p.map_type = [](uint32_t t) { return libbpf_probe_bpf_map_type(bpf_map_type(t), nullptr); };
#else
  p.prog_type = [](uint32_t) { return -1; };
  p.map_type = [](uint32_t) { return -1; };
#endif
  p.has_probe_events = [](const std::string& kind) {
    // libbpf uses the PMU when /sys/bus/event_source/devices/<kind>/type exists, else the legacy tracefs file.
    const bool uprobe = kind.rfind("uprobe", 0) == 0 || kind.rfind("uretprobe", 0) == 0;
    const char* pmu = uprobe ? "/sys/bus/event_source/devices/uprobe/type" : "/sys/bus/event_source/devices/kprobe/type";
    const char* file = uprobe ? "uprobe_events" : "kprobe_events";
    return path_exists(pmu) || path_exists(fmt::format("/sys/kernel/tracing/{}", file).c_str()) ||
           path_exists(fmt::format("/sys/kernel/debug/tracing/{}", file).c_str());
  };
  return p;
}

std::optional<std::string> classify_refusal(const KernelFailure& f, const FeatureProbes& probes) {
  using Stage = KernelFailure::Stage;
  if (f.stage == Stage::Load && f.err == EINVAL) {
    if (auto l = missing_helper_line(f.log)) return *l;
  }
  if (f.stage == Stage::Load && f.err == EPERM) {
    if (auto l = refused_kfunc_line(f.log)) return *l;
  }
  // An unknown type is EINVAL from bpf() itself; libbpf may report E2BIG / EOPNOTSUPP for one it cannot size.
  const bool type_errno = f.err == EINVAL || f.err == EOPNOTSUPP || f.err == E2BIG;
  if ((f.stage == Stage::Load || f.stage == Stage::MapCreate) && type_errno) {
    if (f.stage == Stage::Load && probes.prog_type) {
      for (uint32_t t : f.prog_types) {
        if (probes.prog_type(t) == 0)
          return fmt::format("{}: this kernel does not support program type {}", errno_name(f.err), t);
      }
    }
    if (probes.map_type) {
      for (uint32_t t : f.map_types) {
        if (probes.map_type(t) == 0)
          return fmt::format("{}: this kernel does not support map type {}", errno_name(f.err), t);
      }
    }
  }
  if (f.err == EPERM && f.attach_type && trampoline_attach(*f.attach_type) &&
      (f.stage == Stage::Load || f.stage == Stage::Attach)) {
    return fmt::format("EPERM: this kernel refuses trampoline attach type {} (lockdown or no BPF trampoline)",
                       *f.attach_type);
  }
  // freplace patches its target through a trampoline too (BPF_PROG_TYPE_EXT has no attach type of its own).
  if (f.err == EPERM && std::find(f.prog_types.begin(), f.prog_types.end(), kProgTypeExt) != f.prog_types.end() &&
      (f.stage == Stage::Load || f.stage == Stage::Attach)) {
    return "EPERM: this kernel refuses freplace (BPF_PROG_TYPE_EXT) programs (lockdown or no BPF trampoline)";
  }
  if (f.stage == Stage::Attach && !f.probe_kind.empty() &&
      (f.err == ENOENT || f.err == EOPNOTSUPP || f.err == ENODEV) && probes.has_probe_events &&
      !probes.has_probe_events(f.probe_kind)) {
    return fmt::format("{}: this kernel has no {} PMU and no tracefs {} events", errno_name(f.err), f.probe_kind,
                       f.probe_kind);
  }
  return std::nullopt;
}

int32_t refused_helper_id(const std::string& line) {
  if (!missing_helper_line(line)) return -1;
  return int32_t(std::strtol(line.c_str() + line.rfind('#') + 1, nullptr, 10));
}

std::vector<int32_t> simulated_missing_helpers() {
  std::vector<int32_t> ids;
  const char* env = std::getenv("BPFKIT_TEST_KERNEL_LACKS_HELPERS");
  if (env == nullptr) return ids;
  std::istringstream in(env);
  std::string item;
  while (std::getline(in, item, ',')) {
    char* end = nullptr;
    errno = 0;
    const long v = std::strtol(item.c_str(), &end, 0);
    if (errno == 0 && end != item.c_str() && *end == '\0' && v >= 0 && v <= INT32_MAX) ids.push_back(int32_t(v));
  }
  return ids;
}

std::optional<KernelFailure> simulated_refusal(std::span<const Insn> insns) {
  const std::vector<int32_t> missing = simulated_missing_helpers();
  if (missing.empty()) return std::nullopt;
  for (size_t i = 0; i < insns.size(); ++i) {
    const Insn& in = insns[i];
    if (in.opcode == (op::JMP | op::CALL) && in.src == 0) {
      for (int32_t id : missing) {
        if (in.imm != id) continue;
        const char* name = helper_name(id);
        KernelFailure f;
        f.err = EINVAL;
        // What the verifier prints: the instruction, then the reason (check_helper_call's wording).
        f.log = fmt::format("{}: (85) call {}#{}\nprogram of this type cannot use helper {}#{}\n"
                            "processed {} insns (simulated by BPFKIT_TEST_KERNEL_LACKS_HELPERS)\n",
                            i, name ? name : "unknown", id, name ? name : "unknown", id, i + 1);
        return f;
      }
    }
    if (is_ld_imm64(in)) ++i;
  }
  return std::nullopt;
}

void record_kernel_skip(const std::string& kernel_message) {
  GTEST_SKIP() << "the kernel lacks a feature: " << kernel_message << " (bpfkit's half was checked)";
}

bool skip_for_kernel_refusal(const KernelFailure& f, const std::function<void()>& check_bpfkit) {
  const std::optional<std::string> why = classify_refusal(f);
  if (!why) return false;
  if (check_bpfkit) check_bpfkit();
  record_kernel_skip(*why);
  return true;
}

#ifdef BPFKIT_HAVE_LIBBPF
namespace {
thread_local std::string* g_libbpf_log = nullptr;

int append_libbpf_message(enum libbpf_print_level level, const char* format, va_list args) {
  if (level == LIBBPF_DEBUG || g_libbpf_log == nullptr) return 0;
  // The verifier log comes as one message, its last line the reason: size the buffer to it.
  va_list copy;
  va_copy(copy, args);
  const int n = vsnprintf(nullptr, 0, format, copy);
  va_end(copy);
  if (n <= 0) return n;
  std::string buf(size_t(n) + 1, '\0');
  vsnprintf(buf.data(), buf.size(), format, args);
  buf.resize(size_t(n));
  g_libbpf_log->append(buf);
  return n;
}
}  // namespace

LibbpfLogCapture::LibbpfLogCapture(std::string* out) {
  g_libbpf_log = out;
  previous_ = reinterpret_cast<void*>(libbpf_set_print(append_libbpf_message));
}

LibbpfLogCapture::~LibbpfLogCapture() {
  libbpf_set_print(reinterpret_cast<libbpf_print_fn_t>(previous_));
  g_libbpf_log = nullptr;
}
#else
LibbpfLogCapture::LibbpfLogCapture(std::string*) {}
LibbpfLogCapture::~LibbpfLogCapture() = default;
#endif

}  // namespace bpfkit::testing
