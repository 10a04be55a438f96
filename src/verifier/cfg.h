// The checks the kernel makes on a program's shape before it interprets anything: resolve_pseudo_ldimm64,
// add_subprog_and_kfunc, check_subprogs and check_cfg (kernel/bpf/verifier.c, 6.18). They give the kernel's
// messages: "jump out of range from insn %d to %d", "last insn is not an exit or jmp", "back-edge from insn %d to
// %d", "unreachable insn %d", "invalid bpf_ld_imm64 insn", "too many subprograms", ...
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "bpfkit/error.h"
#include "bpfkit/btf.h"
#include "bpfkit/insn.h"
#include "bpfkit/link.h"

namespace bpfkit::verifier {

struct Subprog {
  uint32_t start = 0;        // first instruction
  uint32_t end = 0;          // one past the last
  bool is_global = false;    // BTF func_info linkage global: verified on its own (5.6+)
  bool has_tail_call = false;
  bool has_ld_abs = false;
  bool is_callback = false;  // referenced by LD_IMM64 src=4 (BPF_PSEUDO_FUNC)
};

struct CfgInfo {
  std::vector<Subprog> subprogs;  // subprogs[0] is the main program; sorted by start
  // Per instruction: a jump target or a jump, where the kernel may prune (mark_prune_point / mark_jmp_point),
  // and the first instruction of a back-edge loop head (for the bounded-loop and infinite-loop checks).
  std::vector<uint8_t> prune_point;
  std::vector<uint8_t> jmp_point;
  std::vector<uint8_t> force_checkpoint;
  // Which subprogram each instruction belongs to.
  std::vector<uint32_t> subprog_of;
};

struct CfgOptions {
  bool allow_back_edges = true;   // bounded loops: privileged on 5.3+; otherwise a back-edge is refused
  bool allow_ptr_leaks = true;    // privileged
  std::span<const LinkedFuncInfo> func_info;  // global functions: linkage from BTF
  const btf::Btf* btf = nullptr;
};

// The error carries the kernel's message, the insn index and verifier_rejection set.
Expected<CfgInfo> check_cfg(std::span<const Insn> insns, const CfgOptions& options);

}  // namespace bpfkit::verifier
