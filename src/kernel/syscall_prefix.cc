// The syscall wrapper prefix, found once for the attach code (ksyscall) and the feature probe.
//
// Kernels with ARCH_HAS_SYSCALL_WRAPPER name a syscall's entry point __<arch>_sys_NAME
// (arch/*/include/asm/syscall_wrapper.h); older ones name it sys_NAME. As libbpf's probe_kern_syscall_wrapper does
// with sys_bpf, the wrapped or plain entry of bpf itself says which this kernel does: it is looked for in
// /proc/kallsyms, then in tracefs's available_filter_functions (readable when kallsyms hides names).
#include <fstream>
#include <optional>
#include <string>
#include <string_view>

#include "bpfkit/kernel_attach.h"

namespace bpfkit::kernel {
namespace {

// libbpf's arch_specific_syscall_pfx() list, as full prefixes.
constexpr const char* kWrapperPrefixes[] = {"__x64_sys_",   "__ia32_sys_",  "__arm64_sys_",   "__s390x_sys_",
                                            "__s390_sys_",  "__riscv_sys_", "__powerpc_sys_", "__loongarch_sys_"};

// The prefix this build's architecture would use; what attach falls back on when no symbol list is readable.
constexpr const char* kArchPrefix =
#if defined(__x86_64__)
    "__x64_sys_";
#elif defined(__aarch64__)
    "__arm64_sys_";
#elif defined(__s390x__)
    "__s390x_sys_";
#elif defined(__riscv)
    "__riscv_sys_";
#elif defined(__powerpc64__)
    "__powerpc_sys_";
#elif defined(__loongarch__)
    "__loongarch_sys_";
#else
    "sys_";
#endif

// Scans one symbol list for the entry of bpf(2). kallsyms lines are "ADDR T NAME [module]";
// available_filter_functions lines are "NAME [module]".
std::optional<SyscallPrefix> scan(const std::string& path, bool kallsyms) {
  std::ifstream in(path);
  if (!in) return std::nullopt;
  std::string line;
  bool plain = false;
  while (std::getline(in, line)) {
    std::string_view name = line;
    if (kallsyms) {
      const size_t sp = name.find(' ', name.find(' ') + 1);
      if (sp == std::string_view::npos) continue;
      name = name.substr(sp + 1);
    }
    name = name.substr(0, name.find_first_of(" \t"));
    if (!name.ends_with("sys_bpf")) continue;
    for (const char* p : kWrapperPrefixes)
      if (name.size() == std::char_traits<char>::length(p) + 3 && name.starts_with(p))
        return SyscallPrefix{p, true, path};
    if (name == "sys_bpf") plain = true;
  }
  if (plain) return SyscallPrefix{"", true, path};
  return std::nullopt;
}

}  // namespace

SyscallPrefix detect_syscall_prefix(const std::string& kallsyms, const std::string& filter_functions) {
  if (auto p = scan(kallsyms, true)) return *p;
  if (auto p = scan(filter_functions, false)) return *p;
  return SyscallPrefix{"", false, "none found (syscalls are not wrapped, or kallsyms and tracefs are not readable)"};
}

std::string SyscallPrefix::function(std::string_view syscall) const {
  if (!prefix.empty()) return prefix + std::string(syscall);
  // Found unwrapped: sys_NAME. Not found at all: the architecture's wrapper, the likelier guess on a modern kernel.
  return (found ? std::string("sys_") : std::string(kArchPrefix)) + std::string(syscall);
}

std::string syscall_prefix() {
  static const SyscallPrefix detected = detect_syscall_prefix();
  return detected.function("");
}

}  // namespace bpfkit::kernel
