// Helper, fentry, sleepable and syscall prefix probes, and the overrides (kernel_features.h).
#include <cstring>
#include <fstream>

#include <fmt/format.h>

#include "bpfkit/compat.h"
#include "bpfkit/core.h"
#include "bpfkit/disasm.h"
#include "bpfkit/kernel_attach.h"
#include "bpfkit/kernel_sys.h"
#include "kernel/features_internal.h"
#include "runtime/kconfig.h"

namespace bpfkit::kfeat {

namespace {

// Helper ids probed: 1 .. kMaxHelperId (6.18 has 211; the spare room shows newer ones as "unknown").
constexpr int32_t kMaxHelperId = 255;
constexpr uint32_t kTraceFentry = 24;
constexpr uint32_t kProgSleepable = 1u << 4;  // BPF_F_SLEEPABLE

std::optional<bool> yes_no(std::string_view v) {
  if (v == "yes" || v == "y" || v == "1" || v == "true") return true;
  if (v == "no" || v == "n" || v == "0" || v == "false") return false;
  return std::nullopt;
}

std::optional<int32_t> helper_by_name_or_id(std::string_view s) {
  int32_t id = 0;
  bool digits = !s.empty();
  for (char c : s) digits = digits && c >= '0' && c <= '9';
  if (digits) {
    for (char c : s) id = id * 10 + (c - '0');
    return id;
  }
  for (int32_t i = 1; i <= kMaxHelperId; ++i) {
    const char* n = helper_name(i);
    if (n == nullptr) continue;
    std::string_view name(n);
    if (name == s || (name.starts_with("bpf_") && name.substr(4) == s)) return i;
  }
  return std::nullopt;
}

}  // namespace

Expected<Overrides> parse_overrides(const std::vector<std::string>& list) {
  Overrides o;
  for (const std::string& item : list) {
    auto bad = [&](const std::string& why) {
      return make_error(fmt::format("override '{}': {}", item, why)).with_errno(EINVAL);
    };
    const size_t eq = item.find('=');
    if (eq == std::string::npos) return bad("expected KEY=VALUE");
    const std::string key = item.substr(0, eq), value = item.substr(eq + 1);
    if (key == "syscall_prefix") {
      o.syscall_prefix = value;
      continue;
    }
    auto b = yes_no(value);
    if (!b) return bad("the value must be yes or no");
    if (key == "fentry") {
      o.fentry = *b;
    } else if (key == "sleepable") {
      o.sleepable = *b;
    } else if (key.starts_with("prog_type.")) {
      auto t = prog_type_from_name(key.substr(10));
      if (!t) return bad(fmt::format("unknown program type '{}'", key.substr(10)));
      o.prog_types[*t] = *b;
    } else if (key.starts_with("map_type.")) {
      auto t = map_type_from_name(key.substr(9));
      if (!t) return bad(fmt::format("unknown map type '{}'", key.substr(9)));
      o.map_types[*t] = *b;
    } else if (key.starts_with("helper.")) {
      const std::string rest = key.substr(7);
      const size_t dot = rest.find('.');
      if (dot == std::string::npos) return bad("expected helper.TYPE.HELPER");
      auto t = prog_type_from_name(rest.substr(0, dot));
      if (!t) return bad(fmt::format("unknown program type '{}'", rest.substr(0, dot)));
      auto h = helper_by_name_or_id(rest.substr(dot + 1));
      if (!h) return bad(fmt::format("unknown helper '{}'", rest.substr(dot + 1)));
      o.helpers[{*t, *h}] = *b;
    } else {
      return bad("unknown key (prog_type.NAME, map_type.NAME, helper.TYPE.HELPER, fentry, sleepable, syscall_prefix)");
    }
  }
  return o;
}

void probe_helpers(KernelFeatures& f, const Overrides& o) {
  for (const auto& [type, ok] : f.prog_types) {
    if (!ok || needs_attach_target(type)) continue;
    std::set<int32_t>& avail = f.helpers[type];
    std::set<int32_t>& refused = f.helpers_refused[type];
    for (int32_t id = 1; id <= kMaxHelperId; ++id) {
      if (auto ov = o.helpers.find({type, id}); ov != o.helpers.end()) {
        if (ov->second) avail.insert(id);
        continue;
      }
      // call HELPER; exit. Whatever fails after the call (arguments, R0) means the type may call it.
      const Insn prog[] = {make_insn(0x85, 0, 0, 0, id), make_insn(0x95)};
      const ProbeLoad r = probe_load(type, prog);
      if (r.err == 0) {
        avail.insert(id);
      } else if (r.log.find("program of this type cannot use helper") != std::string::npos) {
        refused.insert(id);
      } else if (r.log.find("unknown func") == std::string::npos &&
                 r.log.find("invalid func unknown#") == std::string::npos) {
        avail.insert(id);
      }
    }
    // Overrides may also name helpers the probe range left out.
    for (const auto& [key, yes] : o.helpers)
      if (key.first == type && yes) avail.insert(key.second);
  }
}

void probe_fentry(KernelFeatures& f, const FeatureProbeOptions& options, const Overrides& o) {
  if (auto config = runtime::read_kconfig_file(options.kconfig)) {
    auto it = config->find("CONFIG_DYNAMIC_FTRACE_WITH_DIRECT_CALLS");
    f.fentry.kconfig = it != config->end() && it->second == "y";
  }
  if (o.fentry) {
    f.fentry.available = *o.fentry;
    f.fentry.probe = "override";
    return;
  }
  // A real fentry load: kconfig can say yes while the kernel still refuses (lockdown gives EPERM).
  auto vmlinux = read_target_btf(options.vmlinux_btf);
  if (!vmlinux) {
    f.fentry.probe = "no vmlinux BTF";
    f.fentry.available = f.fentry.kconfig.value_or(false);
    return;
  }
  std::optional<btf::TypeId> target;
  for (const char* fn : {"bpf_fentry_test1", "do_nanosleep", "ksys_read"})
    if ((target = (*vmlinux)->find_by_name_kind(fn, btf::Kind::Func))) break;
  if (!target) {
    f.fentry.probe = "no known target function in vmlinux BTF";
    f.fentry.available = f.fentry.kconfig.value_or(false);
    return;
  }
  const Insn prog[] = {make_insn(0xb7, 0, 0, 0, 0), make_insn(0x95)};
  const ProbeLoad r = probe_load(ProgType::Tracing, prog, 0, kTraceFentry, *target);
  f.fentry.probe = r.err == 0 ? "ok" : errno_name(r.err);
  f.fentry.available = r.err == 0;
}

void probe_sleepable(KernelFeatures& f, const Overrides& o) {
  if (o.sleepable) {
    f.sleepable = *o.sleepable;
    f.sleepable_probe = "override";
    return;
  }
  const Insn prog[] = {make_insn(0xb7, 0, 0, 0, 0), make_insn(0x95)};
  // SEC("syscall") programs are sleepable (5.14+); a uprobe.s program is a sleepable kprobe-type load (6.x).
  const ProbeLoad sys = probe_load(ProgType::Syscall, prog, kProgSleepable);
  if (sys.err == 0) {
    f.sleepable = true;
    f.sleepable_probe = "syscall program with BPF_F_SLEEPABLE loads";
    return;
  }
  const ProbeLoad kp = probe_load(ProgType::Kprobe, prog, kProgSleepable);
  f.sleepable = kp.err == 0;
  f.sleepable_probe = kp.err == 0 ? "kprobe-type (uprobe.s) program with BPF_F_SLEEPABLE loads"
                                  : fmt::format("refused: syscall {}, kprobe {}", errno_name(sys.err), errno_name(kp.err));
}

void probe_syscall_prefix(KernelFeatures& f, const FeatureProbeOptions& options, const Overrides& o) {
  if (o.syscall_prefix) {
    f.syscall_prefix = *o.syscall_prefix;
    f.syscall_prefix_source = "override";
    return;
  }
  const kernel::SyscallPrefix p = kernel::detect_syscall_prefix(options.kallsyms, options.filter_functions);
  f.syscall_prefix = p.prefix;
  f.syscall_prefix_source = p.source;
}

}  // namespace bpfkit::kfeat
