// assemble(disassemble(x)) == x, in both syntaxes, for every encoding check_insn accepts.
//
// Two sweeps: an enumeration of every instruction form with extreme field values (which also asserts that
// check_insn accepts each form, so a shrinking enumeration cannot go unnoticed), and a brute-force pass over all
// 256 opcodes crossed with field values, where "check_insn ok" must imply the round trip and "rejected" must
// print <unknown>.
#include <cstdint>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "bpfkit/asm.h"
#include "bpfkit/disasm.h"
#include "bpfkit/insn.h"

namespace bpfkit {
namespace {

using Prog = std::vector<Insn>;


std::string hex(const Prog& prog) {
  std::string out;
  for (const Insn& insn : prog) {
    char buf[64];
    snprintf(buf, sizeof buf, "{op=%#04x dst=%u src=%u off=%d imm=%d} ", insn.opcode, insn.dst, insn.src, insn.off,
             insn.imm);
    out += buf;
  }
  return out;
}

const int32_t kImms[] = {0, 1, -1, 7, 0x7fff, INT32_MIN, INT32_MAX, -4096};
const int16_t kOffs[] = {0, 1, -1, 3, INT16_MIN, INT16_MAX};
const uint8_t kRegs[] = {0, 1, 9, 10};

// Every form check_insn accepts, each with several field values.
std::vector<Prog> all_forms() {
  std::vector<Prog> out;
  auto add = [&](Insn insn) { out.push_back({insn}); };
  for (uint8_t cls : {op::ALU, op::ALU64}) {
    for (uint8_t code : {op::ADD, op::SUB, op::MUL, op::DIV, op::OR, op::AND, op::LSH, op::RSH, op::MOD, op::XOR,
                         op::MOV, op::ARSH}) {
      const bool divmod = code == op::DIV || code == op::MOD;
      for (int16_t off : {int16_t(0), int16_t(1)}) {
        if (off && !divmod) continue;
        for (uint8_t dst : kRegs) {
          for (int32_t imm : kImms) add(make_insn(uint8_t(cls | code | op::K), dst, 0, off, imm));
          for (uint8_t src : kRegs) add(make_insn(uint8_t(cls | code | op::X), dst, src, off));
        }
      }
    }
    for (int16_t width : {8, 16, 32}) {
      if (width == 32 && cls == op::ALU) continue;
      for (uint8_t dst : kRegs)
        for (uint8_t src : kRegs) add(make_insn(uint8_t(cls | op::MOV | op::X), dst, src, width));
    }
    for (uint8_t dst : kRegs) {
      add(make_insn(uint8_t(cls | op::NEG), dst));
      for (int32_t width : {16, 32, 64}) {
        if (cls == op::ALU) {
          add(make_insn(op::ALU | op::END | op::TO_LE, dst, 0, 0, width));
          add(make_insn(op::ALU | op::END | op::TO_BE, dst, 0, 0, width));
        } else {
          add(make_insn(op::ALU64 | op::END, dst, 0, 0, width));  // BSWAP
        }
      }
    }
  }
  for (uint8_t cls : {op::JMP, op::JMP32}) {
    for (uint8_t code : {op::JEQ, op::JGT, op::JGE, op::JSET, op::JNE, op::JSGT, op::JSGE, op::JLT, op::JLE,
                         op::JSLT, op::JSLE}) {
      for (int16_t off : kOffs) {
        for (uint8_t dst : kRegs) {
          for (int32_t imm : kImms) add(make_insn(uint8_t(cls | code | op::K), dst, 0, off, imm));
          for (uint8_t src : kRegs) add(make_insn(uint8_t(cls | code | op::X), dst, src, off));
        }
      }
    }
  }
  for (int16_t off : kOffs) {
    add(make_insn(op::JMP | op::JA, 0, 0, off));
    add(make_insn(op::JMP | op::JCOND, 0, op::MAY_GOTO, off));
  }
  for (int32_t imm : kImms) {
    add(make_insn(op::JMP32 | op::JA, 0, 0, 0, imm));  // gotol
    add(make_insn(op::JMP | op::CALL, 0, 0, 0, imm));
    add(make_insn(op::JMP | op::CALL, 0, op::PSEUDO_CALL, 0, imm));
    for (int16_t off : kOffs) add(make_insn(op::JMP | op::CALL, 0, op::PSEUDO_KFUNC_CALL, off, imm));
  }
  for (int32_t id : {2, 211, 212, 100000}) add(make_insn(op::JMP | op::CALL, 0, 0, 0, id));
  for (uint8_t dst : kRegs) add(make_insn(op::JMP | op::CALL | op::X, dst));  // callx
  add(make_insn(op::JMP | op::EXIT));

  for (uint8_t size : {op::B, op::H, op::W, op::DW}) {
    for (int16_t off : kOffs) {
      for (uint8_t a : kRegs) {
        for (uint8_t b : kRegs) {
          add(make_insn(uint8_t(op::LDX | op::MEM | size), a, b, off));
          if (size != op::DW) add(make_insn(uint8_t(op::LDX | op::MEMSX | size), a, b, off));
          add(make_insn(uint8_t(op::STX | op::MEM | size), a, b, off));
          add(make_insn(uint8_t(op::STX | op::ATOMIC | size), a, b, off, op::LOAD_ACQ));
          add(make_insn(uint8_t(op::STX | op::ATOMIC | size), a, b, off, op::STORE_REL));
          if (size == op::W || size == op::DW) {
            for (int32_t imm : {op::ADD, op::OR, op::AND, op::XOR})
              for (int32_t fetch : {0, op::FETCH})
                add(make_insn(uint8_t(op::STX | op::ATOMIC | size), a, b, off, imm | fetch));
            add(make_insn(uint8_t(op::STX | op::ATOMIC | size), a, b, off, op::XCHG));
            add(make_insn(uint8_t(op::STX | op::ATOMIC | size), a, b, off, op::CMPXCHG));
          }
        }
        for (int32_t imm : kImms) add(make_insn(uint8_t(op::ST | op::MEM | size), a, 0, off, imm));
      }
    }
    if (size == op::DW) continue;
    for (int32_t imm : kImms) {
      add(make_insn(uint8_t(op::LD | op::ABS | size), 0, 0, 0, imm));
      for (uint8_t src : kRegs) add(make_insn(uint8_t(op::LD | op::IND | size), 0, src, 0, imm));
    }
  }
  for (uint8_t src = 0; src <= op::PSEUDO_MAP_IDX_VALUE; ++src) {
    const bool has_upper = src == 0 || src == op::PSEUDO_MAP_VALUE || src == op::PSEUDO_MAP_IDX_VALUE;
    for (uint8_t dst : kRegs) {
      for (int32_t lo : kImms) {
        for (int32_t hi : kImms) {
          if (hi != 0 && !has_upper) continue;
          out.push_back({make_insn(kLdImm64, dst, src, 0, lo), make_insn(0, 0, 0, 0, hi)});
        }
      }
    }
  }
  return out;
}

void expect_round_trip(const Prog& prog, AsmSyntax syntax) {
  const std::string text = disassemble_insn(prog, 0, syntax);
  auto back = assemble(text);
  ASSERT_TRUE(back) << hex(prog) << "-> \"" << text << "\": " << back.error().message << " (column "
                    << back.error().column << ")";
  EXPECT_EQ(*back, prog) << hex(prog) << "-> \"" << text << "\" -> " << hex(*back);
}

TEST(IsaRoundTrip, EveryFormBothSyntaxes) {
  const std::vector<Prog> forms = all_forms();
  ASSERT_GT(forms.size(), 10000u);
  for (const Prog& prog : forms) {
    ASSERT_TRUE(check_insn(prog, 0)) << hex(prog) << ": " << check_insn(prog, 0).error().message;
    expect_round_trip(prog, AsmSyntax::Llvm);
    expect_round_trip(prog, AsmSyntax::Verifier);
    if (testing::Test::HasFailure()) return;  // one broken form would otherwise repeat thousands of times
  }
}

TEST(IsaRoundTrip, WholeListingBothSyntaxes) {
  Prog prog;
  for (const Prog& form : all_forms()) prog.insert(prog.end(), form.begin(), form.end());
  for (AsmSyntax syntax : {AsmSyntax::Llvm, AsmSyntax::Verifier}) {
    auto back = assemble(disassemble(prog, syntax));
    ASSERT_TRUE(back) << back.error().to_string();
    EXPECT_TRUE(*back == prog);
  }
}

// All 256 opcodes crossed with field values: an accepted encoding round-trips, a rejected one prints <unknown>.
TEST(IsaRoundTrip, BruteForceOpcodes) {
  const uint8_t regs[] = {0, 1, 10, 11, 15};
  const int16_t offs[] = {0, 1, 8, 16, 32, -1, INT16_MIN};
  const int32_t imms[] = {0, 1, 16, 32, 64, -1, INT32_MIN, 0x41, 0x51, 0xa1, 0xe1, 0xf1, 0x100, 0x110, 0x111};
  size_t accepted = 0, rejected = 0;
  for (int opcode = 0; opcode < 256; ++opcode) {
    for (uint8_t dst : regs) {
      for (uint8_t src : regs) {
        for (int16_t off : offs) {
          for (int32_t imm : imms) {
            for (int32_t upper : {0, 5}) {
              if (upper != 0 && opcode != kLdImm64) continue;
              Prog prog = {make_insn(uint8_t(opcode), dst, src, off, imm), make_insn(0, 0, 0, 0, upper)};
              if (!check_insn(prog, 0)) {
                ++rejected;
                ASSERT_EQ(disassemble_insn(prog, 0, AsmSyntax::Llvm), "<unknown>") << hex(prog);
                ASSERT_EQ(disassemble_insn(prog, 0, AsmSyntax::Verifier), "<unknown>") << hex(prog);
                continue;
              }
              ++accepted;
              prog.resize(insn_slots(prog[0]));
              expect_round_trip(prog, AsmSyntax::Llvm);
              expect_round_trip(prog, AsmSyntax::Verifier);
              if (testing::Test::HasFailure()) return;
            }
          }
        }
      }
    }
  }
  EXPECT_GT(accepted, 10000u);
  EXPECT_GT(rejected, 100000u);
}

TEST(IsaRoundTrip, LdImm64AtTheEndIsUnknownAndStaysInBounds) {
  // A span that ends right after the first slot: the disassembler must not look at the (absent) second slot.
  std::vector<Insn> storage = {make_insn(op::ALU64 | op::MOV | op::K, 1, 0, 0, 2), make_insn(kLdImm64, 1, 0, 0, 5),
                               make_insn(0, 0, 0, 0, 9)};
  std::span<const Insn> prog(storage.data(), 2);
  EXPECT_EQ(disassemble_insn(prog, 1, AsmSyntax::Llvm), "<unknown>");
  EXPECT_EQ(disassemble_insn(prog, 1, AsmSyntax::Verifier), "<unknown>");
  EXPECT_EQ(disassemble_insn(prog, 2, AsmSyntax::Llvm), "<unknown>");  // past the end
  EXPECT_EQ(disassemble(prog), "    0: r1 = 2\n    1: <unknown>\n");
  EXPECT_EQ(disassemble_insn(storage, 1, AsmSyntax::Llvm), "r1 = 38654705669 ll");
}

}  // namespace
}  // namespace bpfkit
