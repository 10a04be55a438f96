// The generator behind verifier_gen.h, shared by its source files (verifier_gen.cc: the program skeleton and the
// classic idioms; verifier_gen_newer.cc: idioms for newer verifier features).
#pragma once

#include <cstdint>
#include <span>
#include <utility>
#include <vector>

#include "support/verifier_gen.h"

namespace bpfkit::vgen::detail {

// Reads the input a byte at a time; past the end every read is zero, so any input makes a program.
// Draw every value a call takes into its own statement (a named local) when the call takes two of them: C++ leaves
// the order of function arguments and of operands unspecified, g++ and clang differ, and the same input would give
// one program in the fuzz build (clang) and another in verifier_kernel_diff --input (g++).
class Bytes {
 public:
  explicit Bytes(std::span<const uint8_t> d) : d_(d) {}
  uint8_t u8() { return pos_ < d_.size() ? d_[pos_++] : 0; }
  uint32_t below(uint32_t n) { return n <= 1 ? 0 : (n <= 256 ? u8() % n : (uint32_t(u8()) << 8 | u8()) % n); }
  bool chance(uint32_t percent) { return below(100) < percent; }
  bool exhausted() const { return pos_ >= d_.size(); }

 private:
  std::span<const uint8_t> d_;
  size_t pos_ = 0;
};

using Code = std::vector<Insn>;

inline Insn I(uint8_t opcode, uint8_t dst = 0, uint8_t src = 0, int16_t off = 0, int32_t imm = 0) {
  return make_insn(opcode, dst, src, off, imm);
}
inline Insn mov_imm(uint8_t d, int32_t imm) { return I(op::ALU64 | op::MOV | op::K, d, 0, 0, imm); }
inline Insn mov_reg(uint8_t d, uint8_t s) { return I(op::ALU64 | op::MOV | op::X, d, s); }
inline Insn add_imm(uint8_t d, int32_t imm) { return I(op::ALU64 | op::ADD | op::K, d, 0, 0, imm); }
inline Insn ldx(uint8_t size, uint8_t d, uint8_t s, int16_t off) { return I(op::LDX | op::MEM | size, d, s, off); }
inline Insn stx(uint8_t size, uint8_t d, uint8_t s, int16_t off) { return I(op::STX | op::MEM | size, d, s, off); }
inline Insn st(uint8_t size, uint8_t d, int16_t off, int32_t imm) { return I(op::ST | op::MEM | size, d, 0, off, imm); }
inline Insn call(int32_t id) { return I(op::JMP | op::CALL, 0, 0, 0, id); }
inline Insn jmp_imm(uint8_t code, uint8_t d, int32_t imm, int16_t off, bool j32 = false) {
  return I((j32 ? op::JMP32 : op::JMP) | code | op::K, d, 0, off, imm);
}
inline Insn jmp_reg(uint8_t code, uint8_t d, uint8_t s, int16_t off, bool j32 = false) {
  return I((j32 ? op::JMP32 : op::JMP) | code | op::X, d, s, off);
}
inline void ld_map(Code& c, uint8_t d, uint32_t map_index) {
  c.push_back(I(kLdImm64, d, op::PSEUDO_MAP_FD, 0, int32_t(map_index)));
  c.push_back(I(0));
}
// bpf_map_lookup_elem(map, &key) with a 4-byte key stored at fp-4; R0 is the value or NULL.
inline void lookup_u32_key(Code& c, uint32_t map_index, int32_t key) {
  c.push_back(st(op::W, 10, -4, key));
  c.push_back(mov_reg(2, 10));
  c.push_back(add_imm(2, -4));
  ld_map(c, 1, map_index);
  c.push_back(call(1));
}
inline void append(Code& to, const Code& more) { to.insert(to.end(), more.begin(), more.end()); }

constexpr uint8_t kSizes[4] = {op::B, op::H, op::W, op::DW};
constexpr uint8_t kCtx = 6;                 // the prologue's copy of R1
constexpr uint32_t kKeyedMaps = 2;          // maps 0 (array) and 1 (hash) take keys; map 2 is a ring buffer
constexpr uint32_t kRingbufMap = 2;
constexpr uint8_t kScalars[3] = {7, 8, 9};  // callee-saved registers that hold scalars

constexpr uint8_t kAluOps[] = {op::ADD, op::SUB, op::MUL, op::DIV, op::OR,  op::AND, op::LSH,
                               op::RSH, op::NEG, op::MOD, op::XOR, op::MOV, op::ARSH};
constexpr uint8_t kCondOps[] = {op::JEQ, op::JGT, op::JGE, op::JSET, op::JNE, op::JSGT,
                                op::JSGE, op::JLT, op::JLE, op::JSLT, op::JSLE};

inline bool is_skb_type(ProgType t) { return t == ProgType::SocketFilter || t == ProgType::SchedCls; }

class Generator {
 public:
  Generator(Bytes& in, GeneratedProgram& p) : in_(in), p_(p) {}

  void run();

 private:
  uint8_t scalar(uint16_t reserved = 0);
  int32_t small_imm();
  // A stack offset: mostly an aligned slot in the top 64 bytes, sometimes odd or out of the frame.
  int16_t stack_off(uint8_t size);
  const MapSpec& map(uint32_t i) const { return p_.maps[i]; }

  void init_scalar(Code& c, uint8_t r);

  void snippet(Code& c, int depth, uint16_t reserved);

  void alu(Code& c, uint16_t reserved);

  void stack_store(Code& c, uint16_t reserved);

  void stack_load(Code& c, uint16_t reserved);

  // A pointer spilled to the stack and filled back, then used; sometimes the slot is clobbered in between.
  void spill_fill(Code& c);

  // A context offset the type may read (u32 fields), now and then any offset.
  int16_t ctx_off();

  void ctx_load(Code& c, uint16_t reserved);

  // Accesses through r0 = a map value: mostly inside value_size, sometimes one byte past, sometimes at a
  // variable offset with or without a bound.
  Code value_accesses(uint32_t vs, uint16_t reserved);

  void map_lookup(Code& c, uint16_t reserved);

  // Direct packet access: data/data_end from the context, a bounds check of N bytes (or a wrong one), accesses.
  void packet_access(Code& c, uint16_t reserved);

  void helper_call(Code& c, uint16_t reserved);

  // A store or load at r10 + (bounded scalar) + constant.
  void stack_var_access(Code& c, uint16_t reserved);

  void cond_block(Code& c, int depth, uint16_t reserved);

  // for (i = start; i < bound; i += step) body, with i in a callee-saved register the body leaves alone.
  void loop(Code& c, int depth, uint16_t reserved);

  // bpf_ringbuf_reserve, a null check, stores into the record (sometimes one byte past it), then submit or
  // discard; now and then the release is missing on one path, or the null check is.
  void ringbuf(Code& c, uint16_t reserved);

  // A static subprogram, placed after the main program's exit: it gets a pointer into the caller's stack in R1
  // and a scalar in R2, writes through the pointer (sometimes past the caller's frame), uses its own stack and
  // returns a scalar.
  void subprog_call(Code& c, uint16_t reserved);

  void ld_abs(Code& c, uint16_t reserved);

  void epilogue(Code& c);

  // Newer idioms (verifier_gen_newer.cc): what the kernel's later verifier features handle.
  // 32-bit ALU and sign-extending moves, bounded by JMP32 (or 64-bit) branches, then used as a stack offset.
  void alu32_bounds(Code& c, uint16_t reserved);
  // Sign-extending loads (cpu v4 LDX MEMSX) from the stack, the context, a map value or the packet.
  void sext_load(Code& c, uint16_t reserved);
  // A bounded scalar or a constant spilled with one size and filled with another, then used as an offset.
  void partial_spill(Code& c, uint16_t reserved);
  // Atomic operations (add/or/and/xor with and without fetch, xchg, cmpxchg, load-acquire/store-release) on
  // the stack, a map value and now and then a pointer slot or the context.
  void atomic_op(Code& c, uint16_t reserved);
  // An open-ended loop that only may_goto (BPF_JCOND, kernel 6.9+) ends; its body may hold another one.
  void may_goto_loop(Code& c, int depth, uint16_t reserved);
  // bpf_loop with a callback that indexes the caller's stack buffer through its context argument.
  void loop_callback(Code& c, uint16_t reserved);
  // A static subprogram that gets the context and runs the ordinary idioms (calls nest up to four frames).
  void subprog_rich(Code& c, uint16_t reserved);
  // Packet bounds checks in every comparison form, data_meta included, and checks that are off by one.
  void packet_compare(Code& c, uint16_t reserved);
  // Ring buffer records kept in a stack slot, handed to a subprogram, or released twice.
  void ringbuf_ref(Code& c, uint16_t reserved);
  // Loops whose counter lives on the stack or that carry an accumulator: they need widening to converge.
  void loop_widen(Code& c, int depth, uint16_t reserved);
  // cpu v4 arithmetic: sdiv/smod, bswap, gotol.
  void alu_v4(Code& c, uint16_t reserved);

  // A new, empty subprogram; its code is filled in later through subprogs_[index].
  size_t new_subprog();
  // A call to, or a function pointer (LD_IMM64 PSEUDO_FUNC) of, subprogram `callee`: run() patches the offset.
  void call_subprog(Code& c, size_t callee);
  void func_ptr(Code& c, uint8_t reg, size_t callee);
  // The subprogram body the ordinary idioms make: r6 = r1 (the context), scalars, snippets, r0 = a scalar.
  Code rich_body(uint16_t reserved);

  Bytes& in_;
  GeneratedProgram& p_;
  std::vector<Code> subprogs_;
  int frame_ = 0;         // call depth of the code being generated (0: the main program)
  bool ctx_ok_ = true;    // r6 holds the context (not in bpf_loop callbacks)
};

}  // namespace bpfkit::vgen::detail
