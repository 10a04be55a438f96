// Which helper each program type may call: the kernel's <type>_func_proto (net/core/filter.c,
// kernel/trace/bpf_trace.c, kernel/bpf/helpers.c bpf_base_func_proto, kernel/bpf/syscall.c), as one table that the
// runtime builds its helper sets from and the load-time check (check_helper_calls, later the verifier) reads.
//
// The table covers every helper of the 6.18 uapi: the ones bpfkit implements (standard_helpers()) and, from
// src/helpers/helper_protos_ext.cc, the others, which the verifier checks and the runtime binds to a stub that fails
// the run naming the helper. It describes Linux 6.18 for a privileged loader (root: CAP_BPF, CAP_PERFMON,
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

// enum bpf_arg_type (include/linux/bpf.h, 6.18): a base type in the low byte with flags OR-ed in, as the kernel
// writes ARG_PTR_TO_MEM | MEM_RDONLY. ARG_PTR_TO_UNINIT_MEM is PTR_TO_MEM | kArgMemWrite | kArgMemUninit.
enum class ArgType : uint8_t {
  DontCare = 0, ConstMapPtr, PtrToMapKey, PtrToMapValue, PtrToMem, ConstSize, ConstSizeOrZero, PtrToCtx,
  Anything, PtrToSpinLock, PtrToSockCommon, PtrToSocket, PtrToBtfId, PtrToRingbufMem, ConstAllocSizeOrZero,
  PtrToBtfIdSockCommon, PtrToPercpuBtfId, PtrToFunc, PtrToStack, PtrToConstStr, PtrToTimer, PtrToDynptr,
  PtrToLong,  // the ARG_PTR_TO_{LONG,INT} of older kernels: since 6.11 PTR_TO_FIXED_SIZE_MEM | MEM_UNINIT | MEM_WRITE
  PtrToKptr,  // ARG_PTR_TO_KPTR (bpf_kptr_xchg's map value slot)
};
inline constexpr uint32_t kArgMaybeNull = 1u << 8;   // PTR_MAYBE_NULL
inline constexpr uint32_t kArgMemRdonly = 1u << 9;   // MEM_RDONLY
inline constexpr uint32_t kArgMemUninit = 1u << 10;  // MEM_UNINIT: the helper writes it, it need not be initialised
inline constexpr uint32_t kArgMemWrite = 1u << 11;   // MEM_WRITE
inline constexpr uint32_t kArgFixedSize = 1u << 12;  // MEM_FIXED_SIZE: the size is HelperProto::arg_size[i]
inline constexpr uint32_t kArgRelease = 1u << 13;    // OBJ_RELEASE: releases the reference the argument holds
inline constexpr uint32_t kArgRingbuf = 1u << 14;    // MEM_RINGBUF
inline constexpr uint32_t kArgAligned = 1u << 15;    // MEM_ALIGNED
inline constexpr uint32_t kArgDynptrLocal = 1u << 16;  // DYNPTR_TYPE_LOCAL (kArgRingbuf doubles as DYNPTR_TYPE_RINGBUF)
constexpr ArgType arg_base(uint32_t arg) { return static_cast<ArgType>(arg & 0xff); }

// enum bpf_return_type, the same way.
enum class RetType : uint8_t {
  Integer = 0, Void, PtrToMapValue, PtrToSocket, PtrToTcpSock, PtrToSockCommon, PtrToMem, PtrToMemOrBtfId,
  PtrToBtfId,
};
inline constexpr uint32_t kRetMaybeNull = 1u << 8;   // PTR_MAYBE_NULL
inline constexpr uint32_t kRetMemRingbuf = 1u << 9;  // MEM_RINGBUF: ringbuf_reserve's record, a new reference
inline constexpr uint32_t kRetMemRdonly = 1u << 10;
inline constexpr uint32_t kRetTrusted = 1u << 11;    // PTR_TRUSTED (bpf_get_current_task_btf)
inline constexpr uint32_t kRetAlloc = 1u << 12;      // MEM_ALLOC
constexpr RetType ret_base(uint32_t ret) { return static_cast<RetType>(ret & 0xff); }

struct HelperProto {
  int32_t id = 0;
  const char* name = nullptr;  // "bpf_probe_read_user"
  // bpf_func_proto.gpl_only: a program whose license is not GPL-compatible may not call it.
  bool gpl_only = false;
  // bpf_func_proto.ret_type / arg1_type..arg5_type / arg_size (for kArgFixedSize) / ret_btf_id's struct name for
  // RetType::PtrToBtfId ("task_struct"). These are what the verifier's check_helper_call reads.
  uint32_t ret = 0;
  uint32_t args[5] = {0, 0, 0, 0, 0};
  uint32_t arg_size[5] = {0, 0, 0, 0, 0};
  const char* ret_btf_struct = nullptr;
  bool might_sleep = false;    // bpf_func_proto.might_sleep: only sleepable programs may call it
  // arg1_btf_id..arg5_btf_id's struct name for ArgType::PtrToBtfId ("task_struct"; nullptr: any).
  const char* arg_btf_struct[5] = {nullptr, nullptr, nullptr, nullptr, nullptr};
  // bpf_func_proto.allowed: a program the type may call it from but that is still refused ("helper call is not
  // allowed in probe"), given the program type and its expected attach type. nullptr: always allowed.
  bool (*allowed)(ProgType type, uint32_t expected_attach_type) = nullptr;
};
// The arguments and return of one helper for one program type. Most helpers have one prototype; some differ
// by type (perf_event's bpf_get_stackid, the tracing types' bpf_perf_event_output), as the kernel's func_proto
// returns a different bpf_func_proto. nullptr when the type may not call it (or it is not tabled).
const HelperProto* helper_proto_for(ProgType type, int32_t id);

// Every tabled helper, by ascending id.
std::span<const HelperProto> helper_protos();
// The tabled helper with this id, or nullptr.
const HelperProto* find_helper_proto(int32_t id);

// Does <type>_func_proto give this helper (for a privileged loader on 6.18)? False for helpers not in the table.
// ProgType::Unspec stands for "no program type", i.e. raw mode (and programs libbpf gives no type): it gets
// bpf_base_func_proto's helpers, the ones every program type has and that need no program context. Ext takes its
// target's helpers in the kernel; bpfkit gives it the base set. StructOps is answered for some struct_ops type and
// member (struct_ops_has_helper with an empty target): what the kernel gives depends on both.
bool prog_type_has_helper(ProgType type, int32_t id);
// The same for a program with this expected attach type: some func_protos look at it (BPF_TRACE_ITER's seq_*
// helpers, bind from the cgroup connect hooks only, get/set_retval not from the hooks whose return is no errno, the
// socket options from cgroup setsockopt hooks). kAnyAttachType asks whether some program of the type has it, which
// is what the two-argument form answers.
inline constexpr uint32_t kAnyAttachType = 0xffffffffu;
bool prog_type_has_helper(ProgType type, int32_t id, uint32_t expected_attach_type);
// A struct_ops program's helpers are its struct_ops type's: check_struct_ops_btf_id makes that type's verifier_ops
// the verifier's, and their get_func_proto may look at the member the program fills (bpf_struct_ops_prog_moff):
// tcp_congestion_ops refuses bpf_setsockopt/bpf_getsockopt in `release`. An empty type or member stands for "any".
struct StructOpsTarget {
  std::string_view type;    // the kernel struct, "tcp_congestion_ops"
  std::string_view member;  // the function pointer member the program fills, "init"
};
// Does the struct_ops type's get_func_proto give this helper to a program filling this member?
bool struct_ops_has_helper(const StructOpsTarget& target, int32_t id);
// The bpf_func_proto it hands out (bpf_sk_setsockopt_proto takes a BTF socket in R1), or nullptr.
const HelperProto* struct_ops_helper_proto(const StructOpsTarget& target, int32_t id);

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
