// The eBPF instruction model (RFC 9669 plus the Linux extensions).
//
// Insn is the 8-byte wire form, laid out exactly as the kernel's struct bpf_insn, so a program is simply a
// std::vector<Insn> and can be handed to bpf(BPF_PROG_LOAD) as it is. A 64-bit immediate load (LD_IMM64) takes two
// slots; the second slot has opcode 0 and carries the upper 32 bits in imm.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

#include "bpfkit/error.h"

namespace bpfkit {

struct Insn {
  uint8_t opcode = 0;
  uint8_t dst : 4 = 0;
  uint8_t src : 4 = 0;
  int16_t off = 0;
  int32_t imm = 0;

  friend bool operator==(const Insn& a, const Insn& b) {
    return a.opcode == b.opcode && a.dst == b.dst && a.src == b.src && a.off == b.off && a.imm == b.imm;
  }
};
static_assert(sizeof(Insn) == 8, "Insn must match struct bpf_insn");

constexpr Insn make_insn(uint8_t opcode, uint8_t dst = 0, uint8_t src = 0, int16_t off = 0, int32_t imm = 0) {
  Insn insn;
  insn.opcode = opcode;
  insn.dst = dst & 0xf;
  insn.src = src & 0xf;
  insn.off = off;
  insn.imm = imm;
  return insn;
}

// Opcode fields, with the kernel's names (include/uapi/linux/bpf_common.h and bpf.h).
namespace op {
// Instruction classes: opcode & 0x07.
inline constexpr uint8_t LD = 0x00, LDX = 0x01, ST = 0x02, STX = 0x03, ALU = 0x04, JMP = 0x05, JMP32 = 0x06,
                         ALU64 = 0x07;
// Load/store size: opcode & 0x18.
inline constexpr uint8_t W = 0x00, H = 0x08, B = 0x10, DW = 0x18;
// Load/store mode: opcode & 0xe0.
inline constexpr uint8_t IMM = 0x00, ABS = 0x20, IND = 0x40, MEM = 0x60, MEMSX = 0x80, ATOMIC = 0xc0;
// Operand source: opcode & 0x08.
inline constexpr uint8_t K = 0x00, X = 0x08;
// ALU operations: opcode & 0xf0.
inline constexpr uint8_t ADD = 0x00, SUB = 0x10, MUL = 0x20, DIV = 0x30, OR = 0x40, AND = 0x50, LSH = 0x60,
                         RSH = 0x70, NEG = 0x80, MOD = 0x90, XOR = 0xa0, MOV = 0xb0, ARSH = 0xc0, END = 0xd0;
// Byte-swap direction (the source bit of ALU|END); ALU64|END|TO_LE is the unconditional BSWAP.
inline constexpr uint8_t TO_LE = 0x00, TO_BE = 0x08;
// Jump operations: opcode & 0xf0.
inline constexpr uint8_t JA = 0x00, JEQ = 0x10, JGT = 0x20, JGE = 0x30, JSET = 0x40, JNE = 0x50, JSGT = 0x60,
                         JSGE = 0x70, CALL = 0x80, EXIT = 0x90, JLT = 0xa0, JLE = 0xb0, JSLT = 0xc0, JSLE = 0xd0,
                         JCOND = 0xe0;
// Atomic operations (imm of STX|ATOMIC).
inline constexpr int32_t FETCH = 0x01, XCHG = 0xe0 | FETCH, CMPXCHG = 0xf0 | FETCH, LOAD_ACQ = 0x100,
                         STORE_REL = 0x110;
// src_reg of LD_IMM64.
inline constexpr uint8_t PSEUDO_MAP_FD = 1, PSEUDO_MAP_VALUE = 2, PSEUDO_BTF_ID = 3, PSEUDO_FUNC = 4,
                         PSEUDO_MAP_IDX = 5, PSEUDO_MAP_IDX_VALUE = 6;
// src_reg of CALL.
inline constexpr uint8_t PSEUDO_CALL = 1, PSEUDO_KFUNC_CALL = 2;
// src_reg of JMP|JCOND.
inline constexpr uint8_t MAY_GOTO = 0;

constexpr uint8_t cls(uint8_t opcode) { return opcode & 0x07; }
constexpr uint8_t size(uint8_t opcode) { return opcode & 0x18; }
constexpr uint8_t mode(uint8_t opcode) { return opcode & 0xe0; }
constexpr uint8_t source(uint8_t opcode) { return opcode & 0x08; }
constexpr uint8_t code(uint8_t opcode) { return opcode & 0xf0; }  // ALU or JMP operation
constexpr unsigned size_bytes(uint8_t opcode) {
  switch (size(opcode)) {
    case W: return 4;
    case H: return 2;
    case B: return 1;
    default: return 8;
  }
}
}  // namespace op

inline constexpr int kMaxRegister = 10;  // R10 is the read-only frame pointer
inline constexpr uint8_t kLdImm64 = op::LD | op::DW | op::IMM;  // 0x18

constexpr bool is_ld_imm64(const Insn& insn) { return insn.opcode == kLdImm64; }

// The full 64-bit immediate of an LD_IMM64 pair.
constexpr uint64_t ld_imm64_value(const Insn& first, const Insn& second) {
  return uint64_t(uint32_t(first.imm)) | (uint64_t(uint32_t(second.imm)) << 32);
}

// Checks that insn (at index idx of prog) is an encoding some valid program can contain: a known opcode, reserved
// fields zero, registers in range, a complete LD_IMM64 pair. Errors carry the instruction index and the reason.
// The second slot of an LD_IMM64 is checked as part of its first slot.
Expected<void> check_insn(std::span<const Insn> prog, size_t idx);

// check_insn over the whole program, plus: not empty, and jump and call targets inside the program and not
// into the middle of an LD_IMM64.
Expected<void> validate_program(std::span<const Insn> prog);

// Splits raw little-endian bytes into instructions and validates them. The size must be a multiple of 8.
Expected<std::vector<Insn>> decode_program(std::span<const uint8_t> bytes);

// The raw little-endian bytes of a program.
std::vector<uint8_t> encode_program(std::span<const Insn> prog);

// Number of slots the instruction at idx occupies (2 for LD_IMM64, else 1).
inline size_t insn_slots(const Insn& insn) { return is_ld_imm64(insn) ? 2 : 1; }

}  // namespace bpfkit
