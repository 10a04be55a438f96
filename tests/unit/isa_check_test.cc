// Encoding checks (check_insn / validate_program / decode_program) through the public API.
#include <gtest/gtest.h>

#include <vector>

#include "bpfkit/insn.h"

namespace bpfkit {
namespace {


const Insn kExit = make_insn(op::JMP | op::EXIT);

std::string check_error(std::vector<Insn> prog, size_t idx = 0) {
  auto r = check_insn(prog, idx);
  return r ? std::string() : r.error().message;
}

TEST(IsaCheck, AcceptsBasicForms) {
  std::vector<Insn> prog = {make_insn(op::ALU64 | op::MOV | op::K, 0, 0, 0, 1), make_insn(op::ALU | op::ADD | op::X, 1, 2),
                            make_insn(op::LDX | op::MEM | op::W, 0, 1, 4), make_insn(op::STX | op::ATOMIC | op::DW, 10, 1, -8, op::ADD),
                            make_insn(op::JMP32 | op::JSGT | op::X, 1, 2, 0), kExit};
  EXPECT_TRUE(validate_program(prog));
}

TEST(IsaCheck, UnknownOpcodes) {
  EXPECT_NE(check_error({make_insn(0xff)}).find("unknown opcode 0xff"), std::string::npos);
  EXPECT_NE(check_error({make_insn(op::ALU64 | 0xe0)}).find("unknown opcode 0xe7"), std::string::npos);
  EXPECT_NE(check_error({make_insn(op::ALU64 | op::NEG | op::X)}).find("unknown opcode"), std::string::npos);
  EXPECT_NE(check_error({make_insn(op::ALU64 | op::END | op::X, 0, 0, 0, 16)}).find("unknown opcode"), std::string::npos);
  EXPECT_NE(check_error({make_insn(op::JMP32 | op::CALL, 0, 0, 0, 1)}).find("unknown opcode"), std::string::npos);
  EXPECT_NE(check_error({make_insn(op::JMP32 | op::EXIT)}).find("unknown opcode"), std::string::npos);
  EXPECT_NE(check_error({make_insn(op::STX | op::MEMSX | op::W)}).find("unknown opcode"), std::string::npos);
  EXPECT_NE(check_error({make_insn(op::LD | op::MEM | op::W)}).find("unknown opcode"), std::string::npos);
}

TEST(IsaCheck, ReservedFields) {
  EXPECT_EQ(check_error({make_insn(op::ALU64 | op::ADD | op::K, 0, 3)}),
            "ALU64 ADD K: reserved field src_reg is 3, must be 0");
  EXPECT_EQ(check_error({make_insn(op::ALU64 | op::ADD | op::X, 0, 1, 0, 7)}),
            "ALU64 ADD X: reserved field imm is 7, must be 0");
  EXPECT_EQ(check_error({make_insn(op::ALU | op::SUB | op::K, 0, 0, 2, 1)}), "ALU SUB K: reserved field off is 2, must be 0");
  EXPECT_FALSE(check_error({make_insn(op::LDX | op::MEM | op::W, 0, 1, 0, 1)}).empty());
  EXPECT_FALSE(check_error({make_insn(op::ST | op::MEM | op::W, 10, 1, -4, 1)}).empty());
  EXPECT_FALSE(check_error({make_insn(op::STX | op::MEM | op::W, 10, 1, -4, 1)}).empty());
  EXPECT_FALSE(check_error({make_insn(op::JMP | op::EXIT, 0, 0, 0, 1)}).empty());
  EXPECT_FALSE(check_error({make_insn(op::JMP | op::JA, 0, 0, 1, 1)}).empty());
  EXPECT_FALSE(check_error({make_insn(op::JMP32 | op::JA, 0, 0, 1, 1)}).empty());
  EXPECT_FALSE(check_error({make_insn(op::JMP | op::CALL, 1, 0, 0, 1)}).empty());
  EXPECT_FALSE(check_error({make_insn(op::JMP | op::JEQ | op::K, 1, 2, 0, 1)}).empty());
}

TEST(IsaCheck, Registers) {
  EXPECT_EQ(check_error({make_insn(op::ALU64 | op::MOV | op::K, 11)}),
            "invalid register number dst_reg=11 (registers are r0..r10)");
  EXPECT_FALSE(check_error({make_insn(op::ALU64 | op::MOV | op::X, 0, 15)}).empty());
  EXPECT_FALSE(check_error({make_insn(op::LDX | op::MEM | op::DW, 12, 1)}).empty());
  EXPECT_TRUE(check_error({make_insn(op::LDX | op::MEM | op::DW, 0, 10, -8)}).empty());
}

TEST(IsaCheck, VersionFourForms) {
  for (int16_t w : {8, 16}) EXPECT_TRUE(check_error({make_insn(op::ALU | op::MOV | op::X, 0, 1, w)}).empty()) << w;
  for (int16_t w : {8, 16, 32}) EXPECT_TRUE(check_error({make_insn(op::ALU64 | op::MOV | op::X, 0, 1, w)}).empty()) << w;
  EXPECT_FALSE(check_error({make_insn(op::ALU | op::MOV | op::X, 0, 1, 32)}).empty());
  EXPECT_FALSE(check_error({make_insn(op::ALU64 | op::MOV | op::K, 0, 0, 8, 1)}).empty());
  EXPECT_TRUE(check_error({make_insn(op::ALU64 | op::DIV | op::X, 0, 1, 1)}).empty());
  EXPECT_TRUE(check_error({make_insn(op::ALU | op::MOD | op::K, 0, 0, 1, 3)}).empty());
  EXPECT_FALSE(check_error({make_insn(op::ALU | op::MOD | op::K, 0, 0, 2, 3)}).empty());
  for (int32_t w : {16, 32, 64}) EXPECT_TRUE(check_error({make_insn(op::ALU64 | op::END, 0, 0, 0, w)}).empty());
  EXPECT_FALSE(check_error({make_insn(op::ALU | op::END | op::TO_BE, 0, 0, 0, 8)}).empty());
  EXPECT_TRUE(check_error({make_insn(op::LDX | op::MEMSX | op::W, 0, 1)}).empty());
  EXPECT_FALSE(check_error({make_insn(op::LDX | op::MEMSX | op::DW, 0, 1)}).empty());
}

TEST(IsaCheck, Atomics) {
  for (int32_t a : {0x00, 0x01, 0x40, 0x41, 0x50, 0x51, 0xa0, 0xa1, 0xe1, 0xf1}) {
    EXPECT_TRUE(check_error({make_insn(op::STX | op::ATOMIC | op::W, 10, 1, -4, a)}).empty()) << a;
    EXPECT_TRUE(check_error({make_insn(op::STX | op::ATOMIC | op::DW, 10, 1, -8, a)}).empty()) << a;
    EXPECT_FALSE(check_error({make_insn(op::STX | op::ATOMIC | op::B, 10, 1, -8, a)}).empty()) << a;
  }
  for (uint8_t size : {op::B, op::H, op::W, op::DW}) {
    EXPECT_TRUE(check_error({make_insn(op::STX | op::ATOMIC | size, 0, 1, 0, op::LOAD_ACQ)}).empty());
    EXPECT_TRUE(check_error({make_insn(op::STX | op::ATOMIC | size, 1, 2, 0, op::STORE_REL)}).empty());
  }
  EXPECT_EQ(check_error({make_insn(op::STX | op::ATOMIC | op::DW, 10, 1, -8, 0x10)}),
            "STX ATOMIC: unknown atomic operation imm=0x10");
}

TEST(IsaCheck, LdImm64) {
  EXPECT_TRUE(validate_program(std::vector<Insn>{make_insn(kLdImm64, 1, 0, 0, 5), make_insn(0, 0, 0, 0, 7), kExit}));
  EXPECT_EQ(check_error({make_insn(kLdImm64, 1, 0, 0, 5)}), "incomplete LD_IMM64: the second slot is missing");
  auto r = validate_program(std::vector<Insn>{make_insn(kLdImm64, 1), make_insn(0, 1), kExit});
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().insn, 1);
  EXPECT_FALSE(check_error({make_insn(kLdImm64, 1, 7), make_insn(0), kExit}).empty());
  EXPECT_FALSE(check_error({make_insn(kLdImm64, 1, op::PSEUDO_MAP_FD, 0, 3), make_insn(0, 0, 0, 0, 1), kExit}).empty());
  EXPECT_TRUE(check_error({make_insn(kLdImm64, 1, op::PSEUDO_MAP_VALUE, 0, 3), make_insn(0, 0, 0, 0, 16), kExit}).empty());
}

TEST(IsaCheck, LegacyPacketLoads) {
  EXPECT_TRUE(check_error({make_insn(op::LD | op::ABS | op::B, 0, 0, 0, 5)}).empty());
  EXPECT_TRUE(check_error({make_insn(op::LD | op::IND | op::W, 0, 3, 0, 5)}).empty());
  EXPECT_FALSE(check_error({make_insn(op::LD | op::ABS | op::DW, 0, 0, 0, 5)}).empty());
  EXPECT_FALSE(check_error({make_insn(op::LD | op::ABS | op::W, 1, 0, 0, 5)}).empty());
  EXPECT_FALSE(check_error({make_insn(op::LD | op::ABS | op::W, 0, 2, 0, 5)}).empty());
}

TEST(IsaCheck, Calls) {
  EXPECT_TRUE(check_error({make_insn(op::JMP | op::CALL, 0, 0, 0, 1)}).empty());
  EXPECT_TRUE(check_error({make_insn(op::JMP | op::CALL, 0, op::PSEUDO_KFUNC_CALL, 2, 12345)}).empty());
  EXPECT_FALSE(check_error({make_insn(op::JMP | op::CALL, 0, 3, 0, 1)}).empty());
  EXPECT_TRUE(check_error({make_insn(op::JMP | op::CALL | op::X, 2)}).empty());
  EXPECT_FALSE(check_error({make_insn(op::JMP | op::CALL | op::X, 2, 0, 0, 1)}).empty());
  EXPECT_TRUE(check_error({make_insn(op::JMP | op::JCOND, 0, 0, 3)}).empty());
  EXPECT_FALSE(check_error({make_insn(op::JMP | op::JCOND, 0, 1, 3)}).empty());
}

TEST(IsaCheck, JumpTargets) {
  auto r = validate_program(std::vector<Insn>{make_insn(op::JMP | op::JA, 0, 0, 5), kExit});
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().message, "jump out of range from insn 0 to 6");
  EXPECT_EQ(r.error().insn, 0);
  EXPECT_FALSE(validate_program(std::vector<Insn>{make_insn(op::JMP | op::JA, 0, 0, -2), kExit}));
  EXPECT_FALSE(validate_program(std::vector<Insn>{make_insn(op::JMP | op::JA, 0, 0, 1), make_insn(kLdImm64), make_insn(0), kExit}));
  EXPECT_TRUE(validate_program(std::vector<Insn>{make_insn(op::JMP32 | op::JA, 0, 0, 0, 0), kExit}));
  EXPECT_FALSE(validate_program(std::vector<Insn>{make_insn(op::JMP | op::CALL, 0, op::PSEUDO_CALL, 0, 3), kExit}));
  EXPECT_TRUE(validate_program(std::vector<Insn>{make_insn(op::JMP | op::CALL, 0, op::PSEUDO_CALL, 0, 0), kExit}));
  EXPECT_FALSE(validate_program(std::vector<Insn>{}));
}

TEST(IsaCheck, DecodeProgram) {
  const std::vector<uint8_t> bytes = {0xb7, 0x00, 0x00, 0x00, 0x2a, 0x00, 0x00, 0x00,
                                      0x95, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00};
  auto prog = decode_program(bytes);
  ASSERT_TRUE(prog) << prog.error().to_string();
  ASSERT_EQ(prog->size(), 2u);
  EXPECT_EQ((*prog)[0], make_insn(op::ALU64 | op::MOV | op::K, 0, 0, 0, 42));
  EXPECT_EQ(encode_program(*prog), bytes);
  std::vector<uint8_t> regs = bytes;
  regs[1] = 0x21;  // dst r1, src r2 in the nibbles
  auto p2 = decode_program(regs);
  ASSERT_FALSE(p2);  // MOV K with src_reg 2
  EXPECT_EQ(p2.error().insn, 0);
  auto truncated = decode_program(std::span(bytes).first(13));
  ASSERT_FALSE(truncated);
  EXPECT_EQ(truncated.error().message, "program size 13 is not a multiple of 8 bytes");
}

}  // namespace
}  // namespace bpfkit
