// Small instruction builders shared by the engine's unit tests, which write programs as Insn literals rather than
// through the assembler, so an assembler bug cannot hide an interpreter bug.
#pragma once

#include <cstdint>
#include <vector>

#include "bpfkit/insn.h"

namespace bpfkit::test {

inline Insn I(uint8_t opcode, uint8_t dst = 0, uint8_t src = 0, int16_t off = 0, int32_t imm = 0) {
  return make_insn(opcode, dst, src, off, imm);
}
inline Insn mov(uint8_t d, int32_t imm) { return I(op::ALU64 | op::MOV | op::K, d, 0, 0, imm); }
inline Insn movr(uint8_t d, uint8_t s) { return I(op::ALU64 | op::MOV | op::X, d, s); }
inline Insn add(uint8_t d, int32_t imm) { return I(op::ALU64 | op::ADD | op::K, d, 0, 0, imm); }
inline Insn addr(uint8_t d, uint8_t s) { return I(op::ALU64 | op::ADD | op::X, d, s); }
inline Insn exit_insn() { return I(op::JMP | op::EXIT); }
inline Insn call(int32_t id) { return I(op::JMP | op::CALL, 0, 0, 0, id); }
inline Insn call_local(int32_t delta) { return I(op::JMP | op::CALL, 0, op::PSEUDO_CALL, 0, delta); }
inline std::vector<Insn> lddw(uint8_t d, uint64_t v, uint8_t src = 0) {
  return {I(kLdImm64, d, src, 0, int32_t(uint32_t(v))), I(0, 0, 0, 0, int32_t(uint32_t(v >> 32)))};
}

inline void append(std::vector<Insn>& v, const Insn& i) { v.push_back(i); }
inline void append(std::vector<Insn>& v, const std::vector<Insn>& w) { v.insert(v.end(), w.begin(), w.end()); }
// prog(insn, {insns...}, insn, ...): concatenates single instructions and instruction lists.
template <class... A>
std::vector<Insn> prog(const A&... parts) {
  std::vector<Insn> v;
  (append(v, parts), ...);
  return v;
}

}  // namespace bpfkit::test
