// .kconfig externs: where their values come from and how they are written, as libbpf's bpf_object__read_kconfig_*
// and set_kcfg_value_* do.
#pragma once

#include <cstdint>
#include <map>
#include <span>
#include <string>

#include "bpfkit/error.h"
#include "bpfkit/object.h"
#include "bpfkit/runtime.h"

namespace bpfkit::runtime {

// KERNEL_VERSION(a, b, c) of the running kernel, from uname's release ("6.18.44-..." -> 6.18.44, c capped at 255 as
// the kernel's own macro does).
uint32_t host_kernel_version();

// Parses .config text: CONFIG_NAME=value lines; comments and "# CONFIG_X is not set" lines are skipped (libbpf
// skips them too, so an unset option is simply absent).
std::map<std::string, std::string> parse_kconfig(std::string_view text);

// Reads a .config file; a path ending in ".gz" is decompressed (libbpf reads /proc/config.gz the same way).
Expected<std::map<std::string, std::string>> read_kconfig_file(const std::string& path);

// Fills the .kconfig map value for every extern of obj: LINUX_KERNEL_VERSION and CONFIG_* from options (explicit
// values first, then options.kconfig_file, then the host's /boot/config-$(uname -r) or /proc/config.gz, read only
// when some CONFIG_ extern needs it). A missing non-weak extern is an Error, as in libbpf.
Expected<void> fill_kconfig(const ObjectSpec& obj, const LoadOptions& options, std::span<uint8_t> value);

}  // namespace bpfkit::runtime
