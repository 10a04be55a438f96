// The scalar domain (tnum.h, scalar_bounds.h) against the running kernel's verifier: each case is a short program
// of ALU ops, moves and conditional jumps on scalars, run through our ScalarBounds and loaded into the kernel with
// log_level 2. After the sequence, each register of interest is copied into R1 by one instruction, and the state
// the kernel prints for R1 on that line ("R1=scalar(smin=...,var_off=(...))", or "R1=5") must equal
// ScalarBounds::to_string of ours, character for character. A case whose path we find impossible must also never
// reach those lines in the kernel. Skipped without bpf().
#include <gtest/gtest.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <optional>
#include <random>
#include <string>
#include <vector>

#include "bpfkit/insn.h"
#include "verifier/scalar_bounds.h"

#ifdef BPFKIT_HAVE_LIBBPF
#include <bpf/bpf.h>
#include <unistd.h>
#endif

namespace bpfkit::verifier {
namespace {

constexpr uint8_t kRand = 7;  // BPF_FUNC_get_prandom_u32: an unknown 64-bit scalar in R0

// A tiny program builder that keeps our abstract registers in step with the instructions it emits.
class Case {
 public:
  // r = an unknown 64-bit scalar (the return of bpf_get_prandom_u32).
  Case& rnd(uint8_t r) {
    emit(make_insn(op::JMP | op::CALL, 0, 0, 0, kRand));
    emit(make_insn(op::ALU64 | op::MOV | op::X, r, 0));
    regs_[r] = ScalarBounds::unknown();
    clobber_caller_saved();
    return *this;
  }
  // wr = w0 of an unknown: [0, U32_MAX].
  Case& rnd32(uint8_t r) {
    emit(make_insn(op::JMP | op::CALL, 0, 0, 0, kRand));
    emit(make_insn(op::ALU | op::MOV | op::X, r, 0));
    ScalarBounds b = ScalarBounds::unknown();
    b.zext_32_to_64();
    b.sync();
    regs_[r] = b;
    clobber_caller_saved();
    return *this;
  }
  Case& set(uint8_t r, uint64_t v) {
    emit(make_insn(op::LD | op::DW | op::IMM, r, 0, 0, int32_t(uint32_t(v))));
    emit(make_insn(0, 0, 0, 0, int32_t(uint32_t(v >> 32))));
    regs_[r] = ScalarBounds::constant(v);
    return *this;
  }
  Case& mov32(uint8_t d, uint8_t s) {
    emit(make_insn(op::ALU | op::MOV | op::X, d, s));
    ScalarBounds b = regs_[s];
    b.zext_32_to_64();
    b.sync();
    regs_[d] = b;
    return *this;
  }
  Case& movsx(uint8_t d, uint8_t s, int bits) {
    emit(make_insn(op::ALU64 | op::MOV | op::X, d, s, int16_t(bits)));
    ScalarBounds b = regs_[s];
    b.coerce_to_size_sx(bits / 8);
    regs_[d] = b;
    return *this;
  }
  Case& movsx32(uint8_t d, uint8_t s, int bits) {
    emit(make_insn(op::ALU | op::MOV | op::X, d, s, int16_t(bits)));
    ScalarBounds b = regs_[s];
    b.coerce_subreg_to_size_sx(bits / 8);
    b.zext_32_to_64();
    b.sync();
    regs_[d] = b;
    return *this;
  }
  Case& alu(uint8_t opc, uint8_t d, int32_t imm, bool alu32 = false) {
    emit(make_insn(uint8_t((alu32 ? op::ALU : op::ALU64) | opc | op::K), d, 0, 0, imm));
    ScalarBounds src = ScalarBounds::constant(uint64_t(int64_t(imm)));
    maybe_fork(opc, d, src);
    scalar_alu(regs_[d], src, opc, alu32);
    return *this;
  }
  Case& alux(uint8_t opc, uint8_t d, uint8_t s, bool alu32 = false) {
    emit(make_insn(uint8_t((alu32 ? op::ALU : op::ALU64) | opc | op::X), d, s));
    maybe_fork(opc, d, regs_[s]);
    scalar_alu(regs_[d], regs_[s], opc, alu32);
    return *this;
  }
  Case& neg(uint8_t d, bool alu32 = false) {
    emit(make_insn(uint8_t((alu32 ? op::ALU : op::ALU64) | op::NEG), d, 0));
    scalar_neg(regs_[d], alu32);
    return *this;
  }
  Case& bswap(uint8_t d, int bits) {
    emit(make_insn(op::ALU64 | op::END | op::TO_LE, d, 0, 0, bits));
    scalar_end(regs_[d], bits, false, true);
    return *this;
  }
  Case& endian(uint8_t d, int bits, bool to_be) {
    emit(make_insn(uint8_t(op::ALU | op::END | (to_be ? op::TO_BE : op::TO_LE)), d, 0, 0, bits));
    scalar_end(regs_[d], bits, to_be, false);
    return *this;
  }
  // Continue on the side of "if d OP imm" given by `taken`; the other side leaves through the common exit.
  Case& jmp(uint8_t opc, uint8_t d, int32_t imm, bool taken, bool jmp32 = false) {
    ScalarBounds src = ScalarBounds::constant(uint64_t(int64_t(imm)));
    return branch(make_insn(uint8_t((jmp32 ? op::JMP32 : op::JMP) | opc | op::K), d, 0, 0, imm), d, nullptr,
                  src, opc, taken, jmp32);
  }
  Case& jmpx(uint8_t opc, uint8_t d, uint8_t s, bool taken, bool jmp32 = false) {
    return branch(make_insn(uint8_t((jmp32 ? op::JMP32 : op::JMP) | opc | op::X), d, s), d, &regs_[s], regs_[s],
                  opc, taken, jmp32);
  }
  Case& probe(uint8_t r) {
    probes_.push_back(r);
    return *this;
  }

  // The program: body, `r1 = rX; *(u64 *)(r10 - 8) = r1` per probe, then the common exit `r0 = 0; exit`.
  std::vector<Insn> program(std::vector<int>* probe_idx) const {
    std::vector<Insn> p = insns_;
    for (uint8_t r : probes_) {
      probe_idx->push_back(int(p.size()));
      p.push_back(make_insn(op::ALU64 | op::MOV | op::X, 1, r));
      // A store reads R1, so R1 is live and the kernel prints it on the line above (it prints live registers).
      p.push_back(make_insn(op::STX | op::MEM | op::DW, 10, 1, -8));
    }
    const int exit_at = int(p.size());
    p.push_back(make_insn(op::ALU64 | op::MOV | op::K, 0, 0, 0, 0));
    p.push_back(make_insn(op::JMP | op::EXIT, 0, 0));
    for (int at : to_exit_) p[size_t(at)].off = int16_t(exit_at - at - 1);
    return p;
  }
  // Our expectation per probe: the R1 text, or nullopt when our domain found the path impossible.
  std::optional<std::string> expected(uint8_t r) const {
    if (dead_) return std::nullopt;
    return regs_[r].to_string();
  }
  const std::vector<uint8_t>& probes() const { return probes_; }

 private:
  void emit(const Insn& i) { insns_.push_back(i); }
  // The kernel explores the -1 side of a fork first (the 0 side waits on its stack), and the probes report the
  // first line the kernel prints for them, so the model follows the -1 side.
  void maybe_fork(uint8_t opc, uint8_t d, const ScalarBounds& src) {
    ScalarBounds zero_side;
    if ((opc == op::AND || opc == op::OR) && src.var_off.is_const())
      scalar_fork_minus_one_or_zero(regs_[d], &zero_side);
  }
  void clobber_caller_saved() {
    for (int i = 1; i <= 5; i++) regs_[i] = ScalarBounds::unknown();
  }
  Case& branch(const Insn& j, uint8_t d, ScalarBounds* sreg, ScalarBounds src, uint8_t opc, bool taken, bool jmp32) {
    if (taken) {
      // if cond goto +1; goto exit; <continue>
      Insn cond = j;
      cond.off = 1;
      emit(cond);
      to_exit_.push_back(int(insns_.size()));
      emit(make_insn(op::JMP | op::JA, 0, 0));
    } else {
      to_exit_.push_back(int(insns_.size()));
      emit(j);
    }
    if (dead_) return *this;
    int verdict = scalar_branch_taken(regs_[d], src, opc, jmp32);
    if (verdict >= 0) {
      if (bool(verdict) != taken) dead_ = true;
      return *this;  // decided: the kernel does not refine
    }
    // A contradictory refinement is not a dead side for the kernel: it reports it and goes on (see the header).
    scalar_refine_branch(regs_[d], src, opc, jmp32, taken);
    if (sreg) *sreg = src;
    return *this;
  }

  std::vector<Insn> insns_;
  std::vector<int> to_exit_;
  std::vector<uint8_t> probes_;
  ScalarBounds regs_[11];
  bool dead_ = false;
};

struct Named {
  const char* name;
  std::function<Case()> build;
};

using namespace op;  // NOLINT: opcode names in the case table

std::vector<Named> cases() {
  return {
      {"unknown", [] { return Case().rnd(6).probe(6); }},
      {"u32_unknown", [] { return Case().rnd32(6).probe(6); }},
      {"and_mask", [] { return Case().rnd(6).alu(AND, 6, 0xff).probe(6); }},
      {"and_negative_mask", [] { return Case().rnd(6).alu(AND, 6, -16).probe(6); }},
      {"and32_mask", [] { return Case().rnd(6).alu(AND, 6, 0xf0f0, true).probe(6); }},
      {"or_const", [] { return Case().rnd(6).alu(AND, 6, 0xff).alu(OR, 6, 0x100).probe(6); }},
      {"xor_const", [] { return Case().rnd(6).alu(AND, 6, 0xff).alu(XOR, 6, 0x3c).probe(6); }},
      {"xor_negative", [] { return Case().rnd(6).alu(AND, 6, 0xff).alu(XOR, 6, -1).probe(6); }},
      {"add_const", [] { return Case().rnd(6).alu(AND, 6, 0xff).alu(ADD, 6, 1000).probe(6); }},
      {"add_negative", [] { return Case().rnd(6).alu(AND, 6, 0xff).alu(ADD, 6, -100).probe(6); }},
      {"add32_wrap", [] { return Case().rnd32(6).alu(ADD, 6, 1, true).probe(6); }},
      {"sub_range", [] { return Case().rnd(6).alu(AND, 6, 0xff).rnd(7).alu(AND, 7, 0xf).alux(SUB, 6, 7).probe(6); }},
      {"sub32_underflow", [] { return Case().rnd(6).alu(AND, 6, 0xff).alu(SUB, 6, 10, true).probe(6); }},
      {"mul_ranges", [] { return Case().rnd(6).alu(AND, 6, 0xff).rnd(7).alu(AND, 7, 0x7).alux(MUL, 6, 7).probe(6); }},
      {"mul_const", [] { return Case().rnd(6).alu(AND, 6, 0xf).alu(MUL, 6, 12).probe(6); }},
      {"mul_negative", [] { return Case().rnd(6).alu(AND, 6, 0xf).alu(MUL, 6, -3).probe(6); }},
      {"lsh", [] { return Case().rnd(6).alu(AND, 6, 0xff).alu(LSH, 6, 4).probe(6); }},
      {"lsh_32", [] { return Case().rnd(6).alu(AND, 6, 0xff).alu(LSH, 6, 32).probe(6); }},
      {"lsh_32_negative_s32", [] {
         return Case().rnd(6).jmp(JSLT, 6, 0, true, true).jmp(JSGT, 6, -6, true, true).alu(LSH, 6, 32).probe(6);
       }},
      {"lsh_32_mixed_s32", [] {
         return Case().rnd(6).jmp(JSLT, 6, 9, true, true).jmp(JSGT, 6, -6, true, true).alu(LSH, 6, 32).probe(6);
       }},
      {"lsh32", [] { return Case().rnd(6).alu(AND, 6, 0xffff).alu(LSH, 6, 20, true).probe(6); }},
      {"rsh", [] { return Case().rnd(6).alu(RSH, 6, 60).probe(6); }},
      {"rsh32", [] { return Case().rnd(6).alu(RSH, 6, 28, true).probe(6); }},
      {"arsh", [] { return Case().rnd(6).alu(ARSH, 6, 60).probe(6); }},
      {"arsh32", [] { return Case().rnd(6).alu(ARSH, 6, 28, true).probe(6); }},
      {"lsh_arsh_sext", [] { return Case().rnd32(6).alu(AND, 6, 0x7fff).alu(LSH, 6, 32).alu(ARSH, 6, 32).probe(6); }},
      {"shift_by_reg", [] { return Case().rnd(6).rnd(7).alu(AND, 7, 7).alux(LSH, 6, 7).probe(6); }},
      {"neg", [] { return Case().rnd(6).alu(AND, 6, 0xff).neg(6).probe(6); }},
      {"neg32", [] { return Case().rnd(6).alu(AND, 6, 0xff).neg(6, true).probe(6); }},
      {"bswap_const", [] { return Case().set(6, 0x1234).bswap(6, 16).probe(6); }},
      {"bswap64_const", [] { return Case().set(6, 0x0102030405060708).bswap(6, 64).probe(6); }},
      {"bswap_masked", [] { return Case().rnd(6).alu(AND, 6, 0xff).bswap(6, 16).probe(6); }},
      {"be16_const", [] { return Case().set(6, 0xabcd1234).endian(6, 16, true).probe(6); }},
      {"le32_const", [] { return Case().set(6, 0xabcd12345678).endian(6, 32, false).probe(6); }},
      {"be32_masked", [] { return Case().rnd(6).alu(AND, 6, 0xff).endian(6, 32, true).probe(6); }},
      {"be64_masked", [] { return Case().rnd(6).alu(AND, 6, 0xff).endian(6, 64, true).probe(6); }},
      {"be16_range", [] { return Case().rnd(6).jmp(JLT, 6, 0x300, true).endian(6, 16, true).probe(6); }},
      {"le16_truncates", [] { return Case().rnd(6).endian(6, 16, false).probe(6); }},
      {"udiv_const", [] { return Case().rnd(6).alu(AND, 6, 0xfff).alu(DIV, 6, 16).probe(6); }},
      {"umod_const", [] { return Case().rnd(6).alu(AND, 6, 0xfff).alu(MOD, 6, 10).probe(6); }},
      {"le64_masked", [] { return Case().rnd(6).alu(AND, 6, 0xff).endian(6, 64, false).probe(6); }},
      {"sx_s64_fits_s32", [] {
         return Case().rnd(6).jmp(JSGT, 6, -7, true).jmp(JSLT, 6, 1, true).movsx(6, 6, 32).probe(6);
       }},
      {"sx8_cross_zero_tnum", [] { return Case().rnd(6).alu(AND, 6, 0x7).alu(SUB, 6, 3).movsx(6, 6, 8).probe(6); }},
      {"sx8_cross_zero_tnum2", [] {
         return Case().rnd(6).alu(AND, 6, 0x18).alu(SUB, 6, 8).movsx(6, 6, 8).probe(6);
       }},
      {"sx8_cross_zero_wide", [] { return Case().rnd(6).alu(AND, 6, 0xff).alu(SUB, 6, 128).movsx(6, 6, 8).probe(6); }},
      {"sx32_cross_zero_32", [] {
         return Case().rnd(6).jmp(JSGT, 6, -7, true).jmp(JSLT, 6, 1, true).movsx(6, 6, 32).alu(ADD, 6, 0).probe(6);
       }},
      {"fork_and", [] { return Case().rnd(6).alu(ARSH, 6, 63).alu(AND, 6, 0xfff).probe(6); }},
      {"fork_or", [] { return Case().rnd(6).alu(ARSH, 6, 63).alu(OR, 6, 0x10).probe(6); }},
      {"fork_and32", [] { return Case().rnd32(6).alu(ARSH, 6, 31, true).alu(AND, 6, 0xff).probe(6); }},
      {"fork_and_reg", [] {
         return Case().rnd(6).alu(ARSH, 6, 63).rnd(7).alu(AND, 7, 0xf0).alux(AND, 6, 7).probe(6);
       }},
      {"sx8_small_pos", [] { return Case().rnd(6).jmp(JGT, 6, 4, false).movsx(6, 6, 8).probe(6); }},
      {"sx8_cross_sign", [] {
         return Case().rnd(6).jmp(JGT, 6, 0x7d, true).jmp(JLT, 6, 0x82, true).movsx(6, 6, 8).probe(6);
       }},
      {"sx8_high_same", [] {
         return Case().rnd(6).jmp(JGT, 6, 0xff, true).jmp(JLT, 6, 0x106, true).movsx(6, 6, 8).probe(6);
       }},
      {"sx8_negative", [] {
         return Case().rnd(6).jmp(JSGT, 6, -201, true).jmp(JSLT, 6, -189, true).movsx(6, 6, 8).probe(6);
       }},
      {"sx8_unknown", [] { return Case().rnd(6).movsx(6, 6, 8).probe(6); }},
      {"sx8_top_differs", [] {
         return Case().rnd(6).jmp(JGT, 6, 0xef, true).jmp(JLT, 6, 0x110, true).movsx(6, 6, 8).probe(6);
       }},
      {"sx8_tnum_neg", [] { return Case().rnd(6).alu(AND, 6, 0x70).alu(OR, 6, 0x80).movsx(6, 6, 8).probe(6); }},
      {"sx16_s64_fits_s8", [] {
         return Case().rnd(6).jmp(JSGT, 6, -7, true).jmp(JSLT, 6, 1, true).movsx(6, 6, 16).probe(6);
       }},
      {"sx32w_8_fits", [] {
         return Case().rnd(6).jmp(JSGT, 6, -7, true, true).jmp(JSLT, 6, 1, true, true).movsx32(6, 6, 8).probe(6);
       }},
      {"sx32w_8_small_pos", [] { return Case().rnd(6).jmp(JGT, 6, 4, false, true).movsx32(6, 6, 8).probe(6); }},
      {"movsx8", [] { return Case().rnd(6).alu(AND, 6, 0xff).movsx(7, 6, 8).probe(7); }},
      {"movsx16_small", [] { return Case().rnd(6).alu(AND, 6, 0x7f).movsx(7, 6, 16).probe(7); }},
      {"movsx32", [] { return Case().rnd32(6).movsx(7, 6, 32).probe(7); }},
      {"movsx32_8", [] { return Case().rnd(6).alu(AND, 6, 0x3f).movsx32(7, 6, 8).probe(7); }},
      {"movsx32_16_unknown", [] { return Case().rnd(6).movsx32(7, 6, 16).probe(7); }},
      {"jgt_taken", [] { return Case().rnd(6).jmp(JGT, 6, 10, true).probe(6); }},
      {"jgt_fall", [] { return Case().rnd(6).jmp(JGT, 6, 10, false).probe(6); }},
      {"jsgt_fall", [] { return Case().rnd(6).jmp(JSGT, 6, 10, false).probe(6); }},
      {"jsgt_taken", [] { return Case().rnd(6).jmp(JSGT, 6, -5, true).probe(6); }},
      {"jslt_then_jsgt", [] { return Case().rnd(6).jmp(JSLT, 6, 100, true).jmp(JSGT, 6, -100, true).probe(6); }},
      {"jle32", [] { return Case().rnd(6).jmp(JLE, 6, 1000, true, true).probe(6); }},
      {"jsge32_neg", [] { return Case().rnd(6).jmp(JSGE, 6, -1, false, true).probe(6); }},
      {"jeq_taken", [] { return Case().rnd(6).jmp(JEQ, 6, 42, true).probe(6); }},
      {"jne_edge", [] { return Case().rnd(6).alu(AND, 6, 0xff).jmp(JNE, 6, 0, true).probe(6); }},
      {"jne32_edge", [] { return Case().rnd(6).jmp(JNE, 6, 0, true, true).probe(6); }},
      {"jset_bit", [] { return Case().rnd(6).alu(AND, 6, 0xff).jmp(JSET, 6, 0x10, true).probe(6); }},
      {"jset_fall", [] { return Case().rnd(6).alu(AND, 6, 0xff).jmp(JSET, 6, 0xf, false).probe(6); }},
      {"jset32_fall", [] { return Case().rnd(6).jmp(JSET, 6, 0x80000000, false, true).probe(6); }},
      {"jset_dead", [] { return Case().rnd(6).alu(AND, 6, 0xf0).jmp(JSET, 6, 0xf, true).probe(6); }},
      {"jeq_tnum_no_overlap",
       [] { return Case().rnd(6).alu(AND, 6, 0xf0).alu(OR, 6, 1).jmp(JEQ, 6, 0x22, true).probe(6); }},
      {"jgt_reg_both", [] {
         return Case().rnd(6).alu(AND, 6, 0xfff).rnd(7).alu(AND, 7, 0xff).jmpx(JGT, 6, 7, true).probe(6).probe(7);
       }},
      {"jslt_reg_both", [] {
         return Case().rnd(6).jmp(JSLT, 6, 50, true).rnd(7).jmp(JSGT, 7, 0, true).jmpx(JSLT, 7, 6, false)
             .probe(6).probe(7);
       }},
      {"jeq_reg_intersect", [] {
         return Case().rnd(6).alu(AND, 6, 0xf0f).rnd(7).alu(AND, 7, 0xff).jmpx(JEQ, 6, 7, true).probe(6).probe(7);
       }},
      {"s64_crossing_sign", [] {
         return Case().rnd(6).jmp(JSGT, 6, -10, true).jmp(JSLT, 6, 10, true).jmp(JGT, 6, 5, false).probe(6);
       }},
      {"s64_crossing_neg_side", [] {
         return Case().rnd(6).jmp(JSGT, 6, -10, true).jmp(JSLT, 6, 10, true).jmp(JGT, 6, 20, true).probe(6);
       }},
      {"u32_range_into_64", [] {
         return Case().rnd(6).jmp(JLE, 6, 0x1ffffffff, true).jmp(JGT, 6, 0xffffffff, true).jmp(JGT, 6, 10, false,
                                                                                              true).probe(6);
       }},
      {"jmp32_s32_positive_pins_64", [] {
         return Case().rnd(6).movsx(6, 6, 32).jmp(JSGE, 6, 0, true, true).probe(6);
       }},
      {"jmp32_lt_then_64", [] {
         return Case().rnd(6).jmp(JLT, 6, 0x100, true, true).jmp(JLT, 6, 0x300000000, true).probe(6);
       }},
      {"hex_bounds", [] { return Case().rnd(6).jmp(JGT, 6, 0x12345678, true).jmp(JLT, 6, 0x7fffffff, true).probe(6); }},
      {"negative_range", [] { return Case().rnd(6).jmp(JSLT, 6, -3, true).jmp(JSGT, 6, -100000, true).probe(6); }},
      {"add_overflow_u64", [] { return Case().rnd(6).jmp(JGT, 6, 5, true).alu(ADD, 6, 10).probe(6); }},
      {"sub_from_unknown", [] { return Case().rnd(6).jmp(JLT, 6, 100, true).alu(SUB, 6, 50).probe(6); }},
      {"and_after_branch", [] { return Case().rnd(6).jmp(JSGT, 6, -1000, true).jmp(JSLT, 6, 1000, true)
                                    .alu(AND, 6, 0x3ff).probe(6); }},
      {"or_negative", [] { return Case().rnd(6).alu(AND, 6, 0xff).alu(OR, 6, -256).probe(6); }},
      {"tnum_range_contradiction", [] {
         // (0x0; 0xf0) has no member in [0x11, 0x1f]; tnum_step's single-value rule turns the side into 16.
         return Case().rnd(6).alu(AND, 6, 0xf0).jmp(JGT, 6, 0x10, true).jmp(JLT, 6, 0x20, true).probe(6);
       }},
      {"invariants_violation_goes_on", [] {
         // r6 >= 1000, w6 == 3, r6 <= 0xffffffff: impossible; the kernel reports it, keeps the tnum (3), goes on.
         return Case().rnd(6).jmp(JGE, 6, 1000, true).jmp(JEQ, 6, 3, true, true).rnd32(7).jmpx(JLT, 7, 6, false)
             .probe(6).probe(7);
       }},
      {"rsh_by_zero_range", [] { return Case().rnd(6).jmp(JGT, 6, 0xffff, false).alu(RSH, 6, 8).probe(6); }},
  };
}

// A random case: registers 6 and 7 start unknown (64- or 32-bit) and go through random ALU ops, byte swaps,
// sign extensions and branches, then both are probed. Moves only ever copy a register onto itself, because the
// kernel links copies by id (a branch on one refines the other), which is the register layer's business.
Case random_case(std::mt19937_64& rng) {
  static const uint8_t alu_ops[] = {ADD, SUB, MUL, AND, OR, XOR, LSH, RSH, ARSH, DIV, MOD};
  static const uint8_t jmp_ops[] = {JEQ, JNE, JSET, JGT, JGE, JLT, JLE, JSGT, JSGE, JSLT, JSLE};
  static const int32_t imms[] = {0, 1, 2, 3, 7, 8, 15, 16, 31, 32, 0xff, 0x100, 0xfff, 0xffff, 0x7fffffff, -1, -2,
                                 -8, -255, -65536, INT32_MIN, 1000, 0x12345678};
  auto imm = [&] { return rng() % 4 ? imms[rng() % (sizeof imms / sizeof imms[0])] : int32_t(rng()); };
  Case c;
  for (uint8_t r : {6, 7}) {
    if (rng() % 2)
      c.rnd(r);
    else
      c.rnd32(r);
  }
  const int steps = int(3 + rng() % 8);
  for (int i = 0; i < steps; i++) {
    uint8_t d = uint8_t(6 + rng() % 2), s = uint8_t(13 - d);
    bool w32 = rng() % 3 == 0;
    switch (rng() % 10) {
      case 0:
      case 1:
      case 2: {
        uint8_t o = alu_ops[rng() % sizeof alu_ops];
        if (rng() % 4 == 0 && o != DIV && o != MOD) {
          c.alux(o, d, s, w32);
        } else {
          int32_t k = imm();
          if (o == LSH || o == RSH || o == ARSH) k = int32_t(rng() % (w32 ? 32 : 64));
          if ((o == DIV || o == MOD) && k == 0) k = 3;
          c.alu(o, d, k, w32);
        }
        break;
      }
      case 3:
      case 4:
      case 5:
      case 6: {
        uint8_t o = jmp_ops[rng() % sizeof jmp_ops];
        if (rng() % 4 == 0)
          c.jmpx(o, d, s, rng() % 2, w32);
        else
          c.jmp(o, d, imm(), rng() % 2, w32);
        break;
      }
      case 7:
        if (rng() % 2)
          c.movsx(d, d, 8 << (rng() % 3));
        else
          c.movsx32(d, d, 8 << (rng() % 2));
        break;
      case 8:
        if (rng() % 2)
          c.bswap(d, 16 << (rng() % 3));
        else
          c.endian(d, 16 << (rng() % 3), rng() % 2);
        break;
      default:
        if (rng() % 2)
          c.neg(d, w32);
        else
          c.mov32(d, d);
        break;
    }
  }
  return c.probe(6).probe(7);
}

#ifdef BPFKIT_HAVE_LIBBPF

// The value the kernel printed for R1 on the line of instruction idx, or nullopt when that line is absent.
std::optional<std::string> kernel_r1(const std::string& log, int idx) {
  const std::string head = std::to_string(idx) + ": (";
  size_t pos = 0;
  while ((pos = log.find(head, pos)) != std::string::npos) {
    if (pos != 0 && log[pos - 1] != '\n') {
      pos++;
      continue;
    }
    size_t eol = log.find('\n', pos);
    std::string line = log.substr(pos, eol == std::string::npos ? std::string::npos : eol - pos);
    size_t r1 = line.find(" R1");
    if (r1 == std::string::npos) {
      // A message between the instruction and its state (a "verifier bug: REG INVARIANTS VIOLATION" report) makes
      // the kernel print the state as the next instruction's full state line, "N+1: R1=... R6=...".
      const std::string next = std::to_string(idx + 1) + ": R";
      size_t at = log.find("\n" + next, pos);
      size_t following = log.find("\n" + std::to_string(idx + 1) + ": (", pos);
      if (at == std::string::npos || (following != std::string::npos && following < at))
        return std::string("<no R1 on line: ") + line + ">";
      eol = log.find('\n', at + 1);
      line = log.substr(at + 1, eol == std::string::npos ? std::string::npos : eol - at - 1);
      r1 = line.find(" R1");
      if (r1 == std::string::npos) r1 = line.find(": R1") + 1;
    }
    size_t eq = line.find('=', r1);
    size_t i = eq + 1;
    int depth = 0;
    std::string v;
    for (; i < line.size(); i++) {
      char c = line[i];
      if (c == '(') depth++;
      if (c == ')') depth--;
      if (c == ' ' && depth == 0) break;
      v += c;
    }
    // Precision marks and scalar ids are not part of the numeric domain.
    if (!v.empty() && v[0] == 'P') v.erase(0, 1);
    if (v.rfind("scalar(", 0) == 0) {
      v = v.substr(7, v.size() - 8);
      if (v.rfind("id=", 0) == 0) {
        size_t comma = v.find(',');
        v = comma == std::string::npos ? "" : v.substr(comma + 1);
      }
    }
    return v;
  }
  return std::nullopt;
}

struct Loaded {
  int err = 0;
  std::string log;
};

Loaded load(const std::vector<Insn>& p) {
  static std::vector<char> log(1 << 22);
  log[0] = '\0';
  LIBBPF_OPTS(bpf_prog_load_opts, opts, .log_level = 2, .log_size = uint32_t(log.size()), .log_buf = log.data());
  int fd = bpf_prog_load(BPF_PROG_TYPE_SOCKET_FILTER, "scalar", "GPL", reinterpret_cast<const bpf_insn*>(p.data()),
                         p.size(), &opts);
  Loaded l{fd >= 0 ? 0 : errno, log.data()};
  if (fd >= 0) close(fd);
  return l;
}

bool bpf_allowed() {
  const Insn p[] = {make_insn(op::ALU64 | op::MOV | op::K, 0, 0, 0, 0), make_insn(op::JMP | op::EXIT, 0, 0)};
  int fd = bpf_prog_load(BPF_PROG_TYPE_SOCKET_FILTER, "probe", "GPL", reinterpret_cast<const bpf_insn*>(p), 2,
                         nullptr);
  if (fd < 0) return false;
  close(fd);
  return true;
}

class KernelScalar : public ::testing::TestWithParam<Named> {};

TEST_P(KernelScalar, SameStateAsKernel) {
  if (!bpf_allowed()) GTEST_SKIP() << "bpf(BPF_PROG_LOAD) is not allowed here: " << std::strerror(errno);
  Case c = GetParam().build();
  std::vector<int> idx;
  std::vector<Insn> p = c.program(&idx);
  Loaded l = load(p);
  ASSERT_EQ(l.err, 0) << "the kernel refused the program:\n" << l.log;
  if (std::getenv("BPFKIT_DUMP_VERIFIER_LOG")) std::printf("%s\n", l.log.c_str());
  for (size_t i = 0; i < idx.size(); i++) {
    uint8_t r = c.probes()[i];
    std::optional<std::string> ours = c.expected(r);
    std::optional<std::string> theirs = kernel_r1(l.log, idx[i]);
    EXPECT_EQ(ours.value_or("<unreachable>"), theirs.value_or("<unreachable>"))
        << "R" << int(r) << " at insn " << idx[i] << "\n"
        << l.log;
  }
}

// Random programs against the kernel, with a fixed seed so a failure reproduces; BPFKIT_SCALAR_SEED and
// BPFKIT_SCALAR_PROGRAMS change the seed and the count.
TEST(KernelScalarRandom, SameStatesAsKernel) {
  if (!bpf_allowed()) GTEST_SKIP() << "bpf(BPF_PROG_LOAD) is not allowed here: " << std::strerror(errno);
  const char* seed_env = std::getenv("BPFKIT_SCALAR_SEED");
  const char* count_env = std::getenv("BPFKIT_SCALAR_PROGRAMS");
  const uint64_t seed = seed_env ? std::strtoull(seed_env, nullptr, 0) : 0x5ca1a7;
  const int count = count_env ? std::atoi(count_env) : 400;
  std::mt19937_64 rng(seed);
  int compared = 0, mismatches = 0;
  for (int n = 0; n < count && mismatches < 5; n++) {
    Case c = random_case(rng);
    std::vector<int> idx;
    std::vector<Insn> p = c.program(&idx);
    Loaded l = load(p);
    ASSERT_EQ(l.err, 0) << "program " << n << ": the kernel refused it:\n" << l.log;
    for (size_t i = 0; i < idx.size(); i++) {
      uint8_t r = c.probes()[i];
      std::string ours = c.expected(r).value_or("<unreachable>");
      std::string theirs = kernel_r1(l.log, idx[i]).value_or("<unreachable>");
      compared++;
      if (ours != theirs) {
        mismatches++;
        ADD_FAILURE() << "program " << n << " (seed " << seed << ") R" << int(r) << ": ours\n  " << ours
                      << "\nkernel\n  " << theirs << "\n"
                      << l.log;
      }
    }
  }
  RecordProperty("compared", compared);
  std::printf("compared %d register states with the kernel, %d differ\n", compared, mismatches);
}

INSTANTIATE_TEST_SUITE_P(Cases, KernelScalar, ::testing::ValuesIn(cases()),
                         [](const ::testing::TestParamInfo<Named>& i) { return std::string(i.param.name); });

#else
TEST(KernelScalar, SameStateAsKernel) { GTEST_SKIP() << "built without libbpf"; }
#endif

}  // namespace
}  // namespace bpfkit::verifier
