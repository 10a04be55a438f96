// Which helper each program type may call: the kernel's <type>_func_proto (net/core/filter.c,
// kernel/trace/bpf_trace.c, kernel/bpf/helpers.c bpf_base_func_proto, kernel/bpf/syscall.c), as one table that the
// runtime builds its helper sets from and the load-time check (check_helper_calls, later the verifier) reads.
//
// The table covers the helpers bpfkit implements (standard_helpers()); a helper outside it is not tabled, and
// Program::load refuses it as unknown. It describes Linux 6.18 for a privileged loader (root: CAP_BPF, CAP_PERFMON,
// CAP_NET_ADMIN, CAP_SYS_ADMIN), which is what bpfkit models. That matters: since 6.16 bpf_base_func_proto hands
// the probe_read_{user,kernel}[_str], trace_printk and snprintf helpers to every program type when the loader has
// CAP_PERFMON, so an XDP program loaded by root may call bpf_probe_read_user, in the kernel and here. An unprivileged
// loader gets fewer; bpfkit does not model that. tests/kernel/helper_protos_kernel_test.cc checks every (type,
// helper) pair against the running kernel.
#pragma once

#include <cstdint>
#include <span>
#include <string_view>

#include "bpfkit/error.h"
#include "bpfkit/insn.h"
#include "bpfkit/prog_type.h"

namespace bpfkit {

struct HelperProto {
  int32_t id = 0;
  const char* name = nullptr;  // "bpf_probe_read_user"
  // bpf_func_proto.gpl_only: a program whose license is not GPL-compatible may not call it.
  bool gpl_only = false;
};

// Every tabled helper, by ascending id.
std::span<const HelperProto> helper_protos();
// The tabled helper with this id, or nullptr.
const HelperProto* find_helper_proto(int32_t id);

// Does <type>_func_proto give this helper (for a privileged loader on 6.18)? False for helpers not in the table.
// ProgType::Unspec stands for "no program type", i.e. raw mode (and programs libbpf gives no type): it gets
// bpf_base_func_proto's helpers, the ones every program type has and that need no program context. Ext and
// StructOps take their target's helpers in the kernel; bpfkit gives them the base set.
bool prog_type_has_helper(ProgType type, int32_t id);
// Whether the helper is GPL-only for this program type: HelperProto::gpl_only, except where a type has its own
// variant of the helper (perf_event's bpf_get_stackid is not GPL-only).
bool helper_gpl_only(ProgType type, int32_t id);

// The kernel's license_is_gpl_compatible(): "GPL", "GPL v2", "GPL and additional rights", "Dual BSD/GPL",
// "Dual MIT/GPL", "Dual MPL/GPL".
bool license_is_gpl_compatible(std::string_view license);

// The check the verifier makes at each helper call (check_helper_call): a tabled helper the type does not have is
// refused with "program of this type cannot use helper NAME#ID", a gpl_only helper in a program that is not GPL
// compatible with "cannot call GPL-restricted function from non-GPL compatible program". The first offending call
// in instruction order gives the error (insn index, errno EINVAL as the kernel's, rejected = true). Calls to helpers
// outside the table, to subprograms and to kfuncs are left to Program::load.
Expected<void> check_helper_calls(std::span<const Insn> prog, ProgType type, bool gpl_compatible);

}  // namespace bpfkit
