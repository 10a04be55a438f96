// Facts about kernel versions: which helper, map type and program type appeared in which release, and what a
// loader without capabilities may use. VerifierProfile::for_kernel (verifier.h) builds a profile from them.
//
// Sources: ebpf-docs data/feature-versions.yaml and bcc docs/kernel-versions.md, cross-checked with the kernel's
// commits where they disagree (src/compat/helper_versions.cc lists the disagreements). Versions use the
// KERNEL_VERSION(a,b,c) encoding, a << 16 | b << 8 | c, with c capped at 255 as the kernel caps it.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "bpfkit/map.h"
#include "bpfkit/prog_type.h"

namespace bpfkit {

constexpr uint32_t kernel_version_code(uint32_t major, uint32_t minor, uint32_t patch = 0) {
  return major << 16 | minor << 8 | (patch > 255 ? 255 : patch);
}

// "6.18", "6.18.44", "v5.10", "6.18.44-fc-v1272" (uname -r): the version code, or nullopt when the text does not
// start with MAJOR.MINOR.
std::optional<uint32_t> parse_kernel_version(std::string_view text);
// "6.18.44", or "6.18" when the patch level is 0.
std::string kernel_version_string(uint32_t version_code);

// The release each fact first appeared in, or 0 when bpfkit has no fact for it (a helper outside helper_protos.h).
uint32_t helper_first_kernel(int32_t helper_id);
uint32_t map_type_first_kernel(MapType type);
uint32_t prog_type_first_kernel(ProgType type);

// What a loader needs to be given a helper by bpf_base_func_proto on 6.18: nothing, CAP_BPF or CAP_PERFMON.
// Helpers a program type adds on its own (skb_load_bytes for socket filters) need nothing beyond loading the type.
enum class HelperPrivilege : uint8_t { None, Bpf, Perfmon };
HelperPrivilege helper_privilege(int32_t helper_id);

// The program types a loader without CAP_BPF may load (bpf_prog_load's unprivileged check): socket filters and
// cgroup skb programs.
bool prog_type_unprivileged(ProgType type);

// bpftool's names back to values: "xdp" -> ProgType::Xdp, "ringbuf" -> MapType::Ringbuf.
std::optional<ProgType> prog_type_from_name(std::string_view name);
std::optional<MapType> map_type_from_name(std::string_view name);

}  // namespace bpfkit
