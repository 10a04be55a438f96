// bpfkit's verifier: the Linux verifier's checks (kernel/bpf/verifier.c, 6.18) by abstract interpretation, with
// the kernel's verdict and the kernel's words, plus what the kernel does not give: the source line and an
// explanation with the usual fix.
//
// The input is a linked program (link.h) with, for each map reference, the map's MapSpec, so the same instructions
// the userspace runtime and the kernel backend run are the ones checked. A profile says which kernel to follow:
// limits, helpers per program type, map types, privilege. The default profile is the running kernel's version (6.18
// when unknown), privileged (root), with helper_protos.h's table.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <span>
#include <string>
#include <vector>

#include "bpfkit/btf.h"
#include "bpfkit/error.h"
#include "bpfkit/insn.h"
#include "bpfkit/link.h"
#include "bpfkit/map.h"
#include "bpfkit/object.h"
#include "bpfkit/prog_type.h"

namespace bpfkit {

// What one kernel allows. From the version facts (for_kernel), or from `bpfkit feature probe --json` run on a real
// kernel (load_profile): two builds of the same 6.18.44 differ, so version numbers alone are not enough.
struct VerifierProfile {
  uint32_t kernel_version = 0;       // KERNEL_VERSION(a,b,c) encoding: a << 16 | b << 8 | c
  std::string kernel_release;        // uname -r of the kernel probed or running ("6.18.44-fc-v1272"), may be empty
  bool privileged = true;            // root (CAP_BPF, CAP_PERFMON, CAP_NET_ADMIN, CAP_SYS_ADMIN) or not
  uint32_t max_insns = 1000000;      // instructions a program may have (BPF_MAXINSNS 4096 unprivileged or < 5.2)
  uint32_t complexity_limit = 1000000;  // processed instructions (BPF_COMPLEXITY_LIMIT_INSNS)
  uint32_t jmp_seq_limit = 8192;     // pending jump states (BPF_COMPLEXITY_LIMIT_JMP_SEQ)
  bool bounded_loops = true;         // back-edges allowed when the state converges (5.3+, privileged)
  // Helpers each program type may call, when known from a probe; absent types fall back to helper_protos.h.
  std::map<ProgType, std::set<int32_t>> helpers;
  // Map types the kernel can create, when known from a probe; empty means all that bpfkit knows.
  std::set<MapType> map_types;
  // Program types the kernel can load, when known from a probe; empty means all.
  std::set<ProgType> prog_types;
  std::string source;                // "kernel 6.18 (version facts)", "probe of 6.18.44-fc-v1300", a file name

  // The facts of one kernel version (compat/): limits that moved and helpers by first kernel.
  static VerifierProfile for_kernel(uint32_t kernel_version, bool privileged = true);
  // The running kernel's version (uname), or 6.18 when it cannot be read.
  static VerifierProfile running_kernel(bool privileged = true);
  // Whether this profile lets `type` call helper `id`: the probe's answer if it has one for the type, else
  // helper_protos.h's table restricted to helpers that existed in kernel_version.
  bool has_helper(ProgType type, int32_t id) const;
};

// Reads a profile written by `bpfkit feature probe --json` (docs/cli.md documents the format).
Expected<VerifierProfile> load_profile(const std::string& path);
// The JSON text load_profile reads.
std::string profile_to_json(const VerifierProfile& profile);

struct VerifyOptions {
  VerifierProfile profile = VerifierProfile::running_kernel();
  int log_level = 0;                 // 0: none; 1: the kernel's level 1 (states at branches); 2: every insn
  // The kernel's BTF (raw, as /sys/kernel/btf/vmlinux), read only when a program needs it: kfunc prototypes, loads
  // through BTF pointers (btf_struct_access), tracing contexts. "" : none (kfuncs and BTF pointers are then typed
  // from the program's own BTF, and BTF pointer loads are not bounded).
  std::string kernel_btf = "/sys/kernel/btf/vmlinux";
};

// A kfunc call (CALL with src=2) of a linked program: the .ksyms extern it calls.
struct KfuncCall {
  size_t insn = 0;
  std::string name;
  bool weak = false;                 // __weak: missing from the kernel, the call keeps imm 0 (libbpf)
  btf::TypeId proto = 0;             // the extern's FUNC_PROTO in the program's BTF
};

// Everything the verifier needs to know about one program, as the kernel is told it at BPF_PROG_LOAD.
struct VerifierInput {
  std::vector<Insn> insns;           // linked: LD_IMM64 map references carry the index into `maps` in imm
  ProgType type = ProgType::Unspec;
  uint32_t expected_attach_type = 0;
  bool gpl_compatible = false;
  bool sleepable = false;
  std::vector<MapSpec> maps;         // indexed as the map references' imm (ObjectSpec::maps() order)
  const btf::Btf* btf = nullptr;     // the object's BTF (global functions, spin locks in map values), may be null
  std::vector<LinkedFuncInfo> func_info;
  std::vector<LinkedLineInfo> line_info;
  std::string name;                  // the program name, for messages
  // Per map (parallel to `maps`, may be shorter): the frozen contents of a read-only map (.rodata, whose
  // BPF_F_RDONLY_PROG map libbpf freezes after filling it). The kernel reads constant-offset loads from such a map
  // as known constants (bpf_map_direct_read), so branches on `const volatile` settings are decided at load time.
  std::vector<std::vector<uint8_t>> frozen_values;
  std::vector<KfuncCall> kfunc_calls;  // in instruction order
  // tp_btf, fentry, fexit, fmod_ret, lsm: the function or tracepoint the program attaches to (its context is that
  // function's arguments, by its BTF prototype).
  std::string attach_target;
  // struct_ops: the kernel struct whose member (attach_target) the program implements, from the object's
  // .struct_ops map (libbpf's attach_btf_id and expected_attach_type); empty when no struct_ops map names the
  // program, which the kernel refuses without a log (ENOTSUPP).
  std::string struct_ops_type;

  // From a linked program of an object: maps, BTF, func/line info, license, type. `kconfig_value` is the .kconfig
  // map's value as the loader fills it (kconfig_map_value in runtime.h): libbpf freezes that map like .rodata, so
  // the kernel reads LINUX_KERNEL_VERSION and CONFIG_* as constants and skips the branches they rule out. Empty:
  // the .kconfig map stays unknown to the verifier (its loads are plain scalars).
  static VerifierInput from_linked(const ObjectSpec& obj, const LinkedProgram& linked,
                                   std::span<const uint8_t> kconfig_value = {});
};

struct VerifyResult {
  bool accepted = false;
  // The kernel's last log line for a rejection ("R0 invalid mem access 'map_value_or_null'"), empty when accepted.
  std::string error;
  int64_t insn = -1;                 // instruction the error is about, -1 if none
  std::string source;                // "file.bpf.c:42: code", from line_info, empty when unknown
  std::string explanation;           // plain language with the usual fix, empty when none applies
  uint64_t processed_insns = 0;      // the kernel's "processed N insns"
  uint32_t max_states_per_insn = 0;
  uint32_t total_states = 0;
  uint32_t peak_states = 0;
  std::vector<uint32_t> stack_depths;  // per subprogram, as "stack depth 8+0"
  std::string log;                   // the verifier log at options.log_level, in the kernel's format
  // A copy as an Error (verifier_rejection set, insn, line), for callers that propagate errors.
  Error to_error() const;
};

// Verifies one program. Never fails for bad input: malformed instructions are rejections with the kernel's message,
// as BPF_PROG_LOAD would give them.
VerifyResult verify(const VerifierInput& input, const VerifyOptions& options = {});

// The plain-language explanation and usual fix for a verifier message (the kernel's wording, with its numbers), or
// an empty string when bpfkit has none.
std::string explain_verifier_message(const std::string& message);

}  // namespace bpfkit
