// Spot checks of both spellings; objdump_compat_test compares the Llvm spelling with llvm-objdump itself, and
// isa_roundtrip_test covers every encoding through the assembler.
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "bpfkit/disasm.h"
#include "bpfkit/insn.h"

namespace bpfkit {
namespace {


std::string llvm(std::vector<Insn> prog) { return disassemble_insn(prog, 0, AsmSyntax::Llvm); }
std::string verifier(std::vector<Insn> prog) { return disassemble_insn(prog, 0, AsmSyntax::Verifier); }

TEST(Disasm, LlvmSpelling) {
  EXPECT_EQ(llvm({make_insn(0x61, 0, 1, 4)}), "r0 = *(u32 *)(r1 + 4)");
  EXPECT_EQ(llvm({make_insn(0x79, 3, 10, -8)}), "r3 = *(u64 *)(r10 - 8)");
  EXPECT_EQ(llvm({make_insn(0x0c, 0, 1)}), "w0 += w1");
  EXPECT_EQ(llvm({make_insn(0x07, 2, 0, 0, -4)}), "r2 += -4");
  EXPECT_EQ(llvm({make_insn(0x6d, 1, 2, 3)}), "if r1 s> r2 goto +3");
  EXPECT_EQ(llvm({make_insn(0x16, 1, 0, -2, 7)}), "if w1 == 7 goto -2");
  EXPECT_EQ(llvm({make_insn(0x18, 0, 0, 0, 0x1234), make_insn(0)}), "r0 = 4660 ll");
  EXPECT_EQ(llvm({make_insn(0x18, 1, 0, 0, -1), make_insn(0, 0, 0, 0, -1)}), "r1 = -1 ll");
  EXPECT_EQ(llvm({make_insn(0xdb, 10, 1, -8, 0x00)}), "lock *(u64 *)(r10 - 8) += r1");
  EXPECT_EQ(llvm({make_insn(0xdb, 10, 0, -8, 0x01)}), "r0 = atomic_fetch_add((u64 *)(r10 - 8), r0)");
  EXPECT_EQ(llvm({make_insn(0xdb, 10, 2, -8, 0xf1)}), "r0 = cmpxchg_64(r10 - 8, r0, r2)");
  EXPECT_EQ(llvm({make_insn(0xdb, 10, 2, -8, 0xe1)}), "r2 = xchg_64(r10 - 8, r2)");
  EXPECT_EQ(llvm({make_insn(0xc3, 10, 1, -8, 0x00)}), "lock *(u32 *)(r10 - 8) += r1");  // LLVM 14 without alu32
  EXPECT_EQ(llvm({make_insn(0xc3, 10, 1, -8, 0x01)}), "w1 = atomic_fetch_add((u32 *)(r10 - 8), w1)");
  EXPECT_EQ(llvm({make_insn(0xc3, 10, 1, -8, 0x50)}), "lock *(u32 *)(r10 - 8) &= w1");
  EXPECT_EQ(llvm({make_insn(0xc3, 10, 2, -8, 0xf1)}), "w0 = cmpxchg32_32(r10 - 8, w0, w2)");
  EXPECT_EQ(llvm({make_insn(0x85, 0, 0, 0, 1)}), "call 1");
  EXPECT_EQ(llvm({make_insn(0xdc, 0, 0, 0, 16)}), "r0 = be16 r0");
  EXPECT_EQ(llvm({make_insn(0xd4, 3, 0, 0, 64)}), "r3 = le64 r3");
  EXPECT_EQ(llvm({make_insn(0x87, 0)}), "r0 = -r0");
  EXPECT_EQ(llvm({make_insn(0x84, 4)}), "w4 = -w4");
  EXPECT_EQ(llvm({make_insn(0xc7, 0, 0, 0, 3)}), "r0 s>>= 3");
  EXPECT_EQ(llvm({make_insn(0x30, 0, 0, 0, 5)}), "r0 = *(u8 *)skb[5]");
  EXPECT_EQ(llvm({make_insn(0x48, 0, 3, 0, 0)}), "r0 = *(u16 *)skb[r3]");
  EXPECT_EQ(llvm({make_insn(0x95)}), "exit");
  EXPECT_EQ(llvm({make_insn(0x05, 0, 0, 0)}), "goto +0");
}

TEST(Disasm, LlvmSpellingBeyondLlvm14) {
  EXPECT_EQ(llvm({make_insn(0xbf, 0, 1, 8)}), "r0 = (s8)r1");
  EXPECT_EQ(llvm({make_insn(0xbc, 0, 1, 16)}), "w0 = (s16)w1");
  EXPECT_EQ(llvm({make_insn(0x91, 0, 1, 0)}), "r0 = *(s8 *)(r1 + 0)");
  EXPECT_EQ(llvm({make_insn(0x81, 0, 1, -2)}), "r0 = *(s32 *)(r1 - 2)");
  EXPECT_EQ(llvm({make_insn(0xd7, 0, 0, 0, 16)}), "r0 = bswap16 r0");
  EXPECT_EQ(llvm({make_insn(0x3f, 0, 1, 1)}), "r0 s/= r1");
  EXPECT_EQ(llvm({make_insn(0x9f, 0, 1, 1)}), "r0 s%= r1");
  EXPECT_EQ(llvm({make_insn(0x94, 0, 0, 0, 10)}), "w0 %= 10");
  EXPECT_EQ(llvm({make_insn(0x06, 0, 0, 0, 3)}), "gotol +3");
  EXPECT_EQ(llvm({make_insn(0xe5, 0, 0, 3)}), "may_goto +3");
  EXPECT_EQ(llvm({make_insn(0xd3, 0, 1, 0, 0x100)}), "w0 = load_acquire((u8 *)(r1 + 0))");
  EXPECT_EQ(llvm({make_insn(0xdb, 0, 1, 0, 0x100)}), "r0 = load_acquire((u64 *)(r1 + 0))");
  EXPECT_EQ(llvm({make_insn(0xdb, 1, 2, 0, 0x110)}), "store_release((u64 *)(r1 + 0), r2)");
  EXPECT_EQ(llvm({make_insn(0xcb, 1, 2, 8, 0x110)}), "store_release((u16 *)(r1 + 8), w2)");
  EXPECT_EQ(llvm({make_insn(0x8d, 1)}), "callx r1");
  EXPECT_EQ(llvm({make_insn(0x4d, 1, 2, 3)}), "if r1 & r2 goto +3");
  EXPECT_EQ(llvm({make_insn(0x62, 10, 0, -4, 7)}), "*(u32 *)(r10 - 4) = 7");
  // Where LLVM 14 would lose a field.
  EXPECT_EQ(llvm({make_insn(0x85, 0, 1, 0, -1)}), "call -1");
  EXPECT_EQ(llvm({make_insn(0x85, 0, 1, 0, 2)}), "call +2");
  EXPECT_EQ(llvm({make_insn(0x85, 0, 0, 0, -1)}), "call 4294967295");
  EXPECT_EQ(llvm({make_insn(0x85, 0, 2, 0, 77)}), "call kernel-function#77");
  EXPECT_EQ(llvm({make_insn(0x85, 0, 2, 2, 77)}), "call kernel-function#77 off 2");
  EXPECT_EQ(llvm({make_insn(0x40, 0, 3, 0, 5)}), "r0 = *(u32 *)skb[r3 + 5]");
  EXPECT_EQ(llvm({make_insn(0x18, 1, 1, 0, 3), make_insn(0)}), "ld_pseudo\tr1, 1, 3");
  EXPECT_EQ(llvm({make_insn(0x18, 1, 2, 0, 3), make_insn(0, 0, 0, 0, 16)}), "ld_pseudo\tr1, 2, 3, 16");
}

TEST(Disasm, VerifierSpelling) {
  EXPECT_EQ(verifier({make_insn(0x61, 0, 1, 4)}), "r0 = *(u32 *)(r1 +4)");
  EXPECT_EQ(verifier({make_insn(0x61, 0, 1, 0)}), "r0 = *(u32 *)(r1 +0)");
  EXPECT_EQ(verifier({make_insn(0x63, 10, 1, -4)}), "*(u32 *)(r10 -4) = r1");
  EXPECT_EQ(verifier({make_insn(0x7a, 10, 0, -8, -1)}), "*(u64 *)(r10 -8) = -1");
  EXPECT_EQ(verifier({make_insn(0x05, 0, 0, 3)}), "goto pc+3");
  EXPECT_EQ(verifier({make_insn(0x2d, 1, 2, -2)}), "if r1 > r2 goto pc-2");
  EXPECT_EQ(verifier({make_insn(0x15, 1, 0, 1, -5)}), "if r1 == 0xfffffffb goto pc+1");
  EXPECT_EQ(verifier({make_insn(0xa6, 1, 0, 0, 7)}), "if w1 < 0x7 goto pc+0");
  EXPECT_EQ(verifier({make_insn(0x85, 0, 0, 0, 1)}), "call bpf_map_lookup_elem#1");
  EXPECT_EQ(verifier({make_insn(0x85, 0, 0, 0, 211)}), "call bpf_cgrp_storage_delete#211");
  EXPECT_EQ(verifier({make_insn(0x85, 0, 0, 0, 999)}), "call unknown#999");
  EXPECT_EQ(verifier({make_insn(0x85, 0, 1, 0, 5)}), "call pc+5");
  EXPECT_EQ(verifier({make_insn(0x85, 0, 1, 0, -7)}), "call pc-7");
  EXPECT_EQ(verifier({make_insn(0x85, 0, 2, 0, 1234)}), "call kernel-function#1234");
  EXPECT_EQ(verifier({make_insn(0x18, 1, 0, 0, 0x23456789), make_insn(0, 0, 0, 0, 1)}), "r1 = 0x123456789");
  EXPECT_EQ(verifier({make_insn(0x18, 1, 0, 0, -1), make_insn(0, 0, 0, 0, -1)}), "r1 = 0xffffffffffffffff");
  EXPECT_EQ(verifier({make_insn(0x18, 1, 0, 0, 0x1234), make_insn(0)}), "r1 = 0x1234 ll");  // plain "r1 = 0x1234" is a MOV
  EXPECT_EQ(verifier({make_insn(0x18, 1, 1, 0, 3), make_insn(0)}), "r1 = map[fd:3]");
  EXPECT_EQ(verifier({make_insn(0x18, 1, 2, 0, 3), make_insn(0, 0, 0, 0, 16)}), "r1 = map[fd:3][0]+16");
  EXPECT_EQ(verifier({make_insn(0x18, 2, 5, 0, 0), make_insn(0)}), "r2 = map[idx:0]");
  EXPECT_EQ(verifier({make_insn(0x18, 2, 6, 0, 1), make_insn(0, 0, 0, 0, 8)}), "r2 = map[idx:1][0]+8");
  EXPECT_EQ(verifier({make_insn(0x18, 3, 3, 0, 42), make_insn(0)}), "r3 = btf_id[42]");
  EXPECT_EQ(verifier({make_insn(0x18, 3, 4, 0, 6), make_insn(0)}), "r3 = func[pc+6]");
  EXPECT_EQ(verifier({make_insn(0xdb, 10, 1, -8, 0x00)}), "lock *(u64 *)(r10 -8) += r1");
  EXPECT_EQ(verifier({make_insn(0xc3, 10, 1, -8, 0xa0)}), "lock *(u32 *)(r10 -8) ^= r1");
  EXPECT_EQ(verifier({make_insn(0xdb, 10, 0, -8, 0x01)}), "r0 = atomic64_fetch_add((u64 *)(r10 -8), r0)");
  EXPECT_EQ(verifier({make_insn(0xc3, 10, 3, 0, 0x41)}), "r3 = atomic_fetch_or((u32 *)(r10 +0), r3)");
  EXPECT_EQ(verifier({make_insn(0xdb, 10, 2, -8, 0xf1)}), "r0 = atomic64_cmpxchg((u64 *)(r10 -8), r0, r2)");
  EXPECT_EQ(verifier({make_insn(0xc3, 2, 1, 0, 0xe1)}), "r1 = atomic_xchg((u32 *)(r2 +0), r1)");
  EXPECT_EQ(verifier({make_insn(0xd3, 0, 1, 0, 0x100)}), "r0 = load_acquire((u8 *)(r1 +0))");
  EXPECT_EQ(verifier({make_insn(0xdb, 1, 2, -8, 0x110)}), "store_release((u64 *)(r1 -8), r2)");
  EXPECT_EQ(verifier({make_insn(0x40, 0, 3, 0, 5)}), "r0 = *(u32 *)skb[r3 + 5]");
  EXPECT_EQ(verifier({make_insn(0x20, 0, 0, 0, -5)}), "r0 = *(u32 *)skb[-5]");
  EXPECT_EQ(verifier({make_insn(0xdc, 1, 0, 0, 32)}), "r1 = be32 r1");
  EXPECT_EQ(verifier({make_insn(0xd7, 1, 0, 0, 64)}), "r1 = bswap64 r1");
  EXPECT_EQ(verifier({make_insn(0xbf, 1, 2, 32)}), "r1 = (s32)r2");
  EXPECT_EQ(verifier({make_insn(0x3c, 1, 2, 1)}), "w1 s/= w2");
  EXPECT_EQ(verifier({make_insn(0xb4, 1, 0, 0, -5)}), "w1 = -5");
  EXPECT_EQ(verifier({make_insn(0x06, 0, 0, 0, -3)}), "gotol pc-3");
  EXPECT_EQ(verifier({make_insn(0xe5, 0, 0, 3)}), "may_goto pc+3");
  EXPECT_EQ(verifier({make_insn(0x95)}), "exit");
}

TEST(Disasm, InvalidEncodingsAreUnknown) {
  EXPECT_EQ(llvm({make_insn(0x00)}), "<unknown>");                    // LD W IMM does not exist
  EXPECT_EQ(llvm({make_insn(0x07, 11)}), "<unknown>");                // r11
  EXPECT_EQ(llvm({make_insn(0x0f, 1, 2, 0, 5)}), "<unknown>");        // reserved imm
  EXPECT_EQ(llvm({make_insn(0xdc, 1, 0, 0, 8)}), "<unknown>");        // byte-swap width 8
  EXPECT_EQ(llvm({make_insn(0xd3, 1, 2, 0, 0x00)}), "<unknown>");     // 8-bit atomic add
  EXPECT_EQ(verifier({make_insn(0x95, 1)}), "<unknown>");             // exit with dst
  EXPECT_EQ(llvm({make_insn(0x18, 1, 1, 0, 3), make_insn(0, 0, 0, 0, 4)}), "<unknown>");  // map fd with an upper half
  EXPECT_EQ(llvm({make_insn(0x18, 1, 0, 0, 3), make_insn(0x95)}), "<unknown>");           // second slot not empty
  const std::vector<Insn> empty;
  EXPECT_EQ(disassemble_insn(empty, 0), "<unknown>");
}

TEST(Disasm, ListingSkipsTheSecondSlot) {
  const std::vector<Insn> prog = {make_insn(0x18, 1, 0, 0, 7), make_insn(0), make_insn(0xb7, 0, 0, 0, 0), make_insn(0x95)};
  EXPECT_EQ(disassemble(prog), "    0: r1 = 7 ll\n    2: r0 = 0\n    3: exit\n");
  EXPECT_EQ(disassemble(prog, AsmSyntax::Verifier), "    0: r1 = 0x7 ll\n    2: r0 = 0\n    3: exit\n");
}

TEST(Disasm, HelperNames) {
  EXPECT_STREQ(helper_name(1), "bpf_map_lookup_elem");
  EXPECT_STREQ(helper_name(12), "bpf_tail_call");
  EXPECT_STREQ(helper_name(25), "bpf_perf_event_output");
  EXPECT_STREQ(helper_name(130), "bpf_ringbuf_output");
  EXPECT_STREQ(helper_name(181), "bpf_loop");
  EXPECT_STREQ(helper_name(209), "bpf_user_ringbuf_drain");
  EXPECT_STREQ(helper_name(211), "bpf_cgrp_storage_delete");
  EXPECT_STREQ(helper_name(0), "bpf_unspec");
  EXPECT_EQ(helper_name(212), nullptr);
  EXPECT_EQ(helper_name(-1), nullptr);
  for (int32_t id = 0; id <= 211; ++id) EXPECT_NE(helper_name(id), nullptr) << id;
}

}  // namespace
}  // namespace bpfkit
