// Disassembler: instructions to text.
//
// Two spellings:
//  - Llvm: exactly what `llvm-objdump -d` prints for a BPF object (r0 = *(u32 *)(r1 + 4), goto +3, call 1).
//  - Verifier: what the kernel verifier log prints (r0 = *(u32 *)(r1 +4), goto pc+3, call bpf_map_lookup_elem#1).
#pragma once

#include <cstddef>
#include <span>
#include <string>

#include "bpfkit/insn.h"

namespace bpfkit {

enum class AsmSyntax { Llvm, Verifier };

// Text of the instruction at prog[idx], without address or bytes. For an LD_IMM64 it reads prog[idx + 1] too.
// Encodings that check_insn rejects print as "<unknown>" (as llvm-objdump does); this never fails.
std::string disassemble_insn(std::span<const Insn> prog, size_t idx, AsmSyntax syntax = AsmSyntax::Llvm);

// A listing: one line per instruction, "  idx: text" (the LD_IMM64 second slot is skipped).
std::string disassemble(std::span<const Insn> prog, AsmSyntax syntax = AsmSyntax::Llvm);

// The kernel's name for a helper id (e.g. 1 -> "bpf_map_lookup_elem"), or nullptr if the id is unknown.
const char* helper_name(int32_t id);

}  // namespace bpfkit
