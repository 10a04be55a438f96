// VerifierProfile from version facts (compat.h) and the running kernel.
#include <sys/utsname.h>

#include <fmt/format.h>

#include "bpfkit/compat.h"
#include "bpfkit/helper_protos.h"
#include "bpfkit/verifier.h"

namespace bpfkit {
namespace {

constexpr uint32_t kDefaultKernel = kernel_version_code(6, 18);

// BPF_COMPLEXITY_LIMIT_INSNS by release. 1M since 5.2 (c04c0d2b968a); 3.18 started at 32k processed instructions
// (9c3997601d51's message). The steps in between are from memory of the kernel's history and marked so: 4.7 (?)
// raised it to 96k (98304) and 4.14 (?) to 128k (131072).
uint32_t complexity_limit_for(uint32_t version) {
  if (version >= kernel_version_code(5, 2)) return 1000000;
  if (version >= kernel_version_code(4, 14)) return 131072;
  if (version >= kernel_version_code(4, 7)) return 98304;
  return 32768;
}

bool unprivileged_may_call(int32_t id) { return helper_privilege(id) == HelperPrivilege::None; }

}  // namespace

VerifierProfile VerifierProfile::for_kernel(uint32_t kernel_version, bool privileged) {
  VerifierProfile p;
  p.kernel_version = kernel_version;
  p.privileged = privileged;
  // bpf_prog_load: insn_cnt > (bpf_capable() ? BPF_COMPLEXITY_LIMIT_INSNS : BPF_MAXINSNS) is E2BIG; before 5.2 every
  // loader had BPF_MAXINSNS.
  p.max_insns = privileged && kernel_version >= kernel_version_code(5, 2) ? 1000000 : 4096;
  p.complexity_limit = complexity_limit_for(kernel_version);
  // BPF_COMPLEXITY_LIMIT_JMP_SEQ went from 1024 to 8192 in 5.3, with bounded loops (2589726d12a1).
  p.jmp_seq_limit = kernel_version >= kernel_version_code(5, 3) ? 8192 : 1024;
  // Back-edges are allowed from 5.3, and only when env->bpf_capable (allow_ptr_leaks before 5.8).
  p.bounded_loops = privileged && kernel_version >= kernel_version_code(5, 3);
  for (uint32_t i = 1; i <= uint32_t(MapType::Arena); ++i) {
    const uint32_t since = map_type_first_kernel(MapType(i));
    if (since != 0 && since <= kernel_version) p.map_types.insert(MapType(i));
  }
  for (uint32_t i = 1; i <= uint32_t(ProgType::Netfilter); ++i) {
    const uint32_t since = prog_type_first_kernel(ProgType(i));
    if (since != 0 && since <= kernel_version && (privileged || prog_type_unprivileged(ProgType(i))))
      p.prog_types.insert(ProgType(i));
  }
  p.source = fmt::format("kernel {} (version facts{})", kernel_version_string(kernel_version),
                         privileged ? "" : ", unprivileged");
  return p;
}

VerifierProfile VerifierProfile::running_kernel(bool privileged) {
  struct utsname u {};
  std::optional<uint32_t> version;
  if (uname(&u) == 0) version = parse_kernel_version(u.release);
  VerifierProfile p = for_kernel(version.value_or(kDefaultKernel), privileged);
  if (version) p.kernel_release = u.release;
  return p;
}

bool VerifierProfile::has_helper(ProgType type, int32_t id) const {
  if (auto it = helpers.find(type); it != helpers.end()) return it->second.count(id) != 0;
  if (!prog_type_has_helper(type, id)) return false;
  // A tabled helper with no version fact is allowed: the table is 6.18's and the fact is missing, not the helper.
  const uint32_t since = helper_first_kernel(id);
  if (since != 0 && kernel_version != 0 && since > kernel_version) return false;  // 0: no version, the newest
  return privileged || unprivileged_may_call(id);
}

}  // namespace bpfkit
