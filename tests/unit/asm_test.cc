// The assembler: both spellings mixed, labels, comments, pasted verifier logs, the LD_IMM64/MOV rule, and errors
// with the line and column of the offending token.
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "bpfkit/asm.h"
#include "bpfkit/disasm.h"
#include "bpfkit/insn.h"

namespace bpfkit {
namespace {


std::vector<Insn> ok(std::string_view text) {
  auto prog = assemble(text);
  EXPECT_TRUE(prog) << text << ": " << prog.error().to_string();
  return prog ? *prog : std::vector<Insn>{};
}

Insn one(std::string_view text) {
  auto prog = ok(text);
  EXPECT_EQ(prog.size(), 1u) << text;
  return prog.empty() ? Insn{} : prog[0];
}

TEST(Asm, BothSpellingsOfTheSameInstruction) {
  const std::pair<const char*, const char*> same[] = {
      {"r0 = *(u32 *)(r1 + 4)", "r0 = *(u32 *)(r1 +4)"},
      {"w0 = *(u32 *)(r1 - 4)", "r0 = *(u32 *)(r1 -4)"},  // llvm-objdump --mattr=+alu32 spells it with w0
      {"*(u64 *)(r10 - 8) = r1", "*(u64 *)(r10 -8) = r1"},
      {"goto +3", "goto pc+3"},
      {"if r1 > r2 goto -2", "if r1 > r2 goto pc-2"},
      {"if r1 == -5 goto +1", "if r1 == 0xfffffffb goto pc+1"},
      {"call 1", "call bpf_map_lookup_elem#1"},
      {"call 1", "call bpf_map_lookup_elem"},
      {"call 1", "call map_lookup_elem"},
      {"call -1", "call pc-1"},
      {"r0 = 4660 ll", "r0 = 0x1234 ll"},
      {"r0 = 4886718345 ll", "r0 = 0x123456789"},
      {"lock *(u64 *)(r10 - 8) += r1", "lock *(u64 *)(r10 -8) += r1"},
      {"r0 = atomic_fetch_add((u64 *)(r10 - 8), r0)", "r0 = atomic64_fetch_add((u64 *)(r10 -8), r0)"},
      {"r0 = cmpxchg_64(r10 - 8, r0, r2)", "r0 = atomic64_cmpxchg((u64 *)(r10 -8), r0, r2)"},
      {"w0 = cmpxchg32_32(r10 - 8, w0, w2)", "r0 = atomic_cmpxchg((u32 *)(r10 -8), r0, r2)"},
      {"r3 = xchg_64(r1 + 0, r3)", "r3 = atomic64_xchg((u64 *)(r1 +0), r3)"},
      {"w3 = xchg32_32(r1 + 0, w3)", "r3 = atomic_xchg((u32 *)(r1 +0), r3)"},
      {"w0 = load_acquire((u16 *)(r1 + 2))", "r0 = load_acquire((u16 *)(r1 +2))"},
      {"ld_pseudo r1, 1, 3", "r1 = map[fd:3]"},
      {"ld_pseudo\tr1, 2, 3, 16", "r1 = map[fd:3][0]+16"},
      {"r0 = *(u32 *)skb[r3]", "r0 = *(u32 *)skb[r3 + 0]"},
      {"call kernel-function#12", "call bpf_obj_new_impl#12"},  // the verifier names kfuncs from BTF
  };
  for (auto [a, b] : same) EXPECT_EQ(ok(a), ok(b)) << a << " vs " << b;
}

TEST(Asm, EncodingsOfTheBriefExamples) {
  EXPECT_EQ(one("r0 = *(u32 *)(r1 + 4)"), make_insn(0x61, 0, 1, 4));
  EXPECT_EQ(one("w0 += w1"), make_insn(0x0c, 0, 1));
  EXPECT_EQ(one("if r1 s> r2 goto +3"), make_insn(0x6d, 1, 2, 3));
  EXPECT_EQ(one("call 1"), make_insn(0x85, 0, 0, 0, 1));
  EXPECT_EQ(one("r0 = be16 r0"), make_insn(0xdc, 0, 0, 0, 16));
  EXPECT_EQ(one("r0 = le32 r0"), make_insn(0xd4, 0, 0, 0, 32));
  EXPECT_EQ(one("r0 = bswap64 r0"), make_insn(0xd7, 0, 0, 0, 64));
  EXPECT_EQ(one("r0 = -r0"), make_insn(0x87));
  EXPECT_EQ(one("r0 s>>= 3"), make_insn(0xc7, 0, 0, 0, 3));
  EXPECT_EQ(one("r0 = *(u8 *)skb[5]"), make_insn(0x30, 0, 0, 0, 5));
  EXPECT_EQ(one("r0 = (s8)r1"), make_insn(0xbf, 0, 1, 8));
  EXPECT_EQ(one("r0 = *(s8 *)(r1 + 0)"), make_insn(0x91, 0, 1, 0));
  EXPECT_EQ(one("r0 s/= r1"), make_insn(0x3f, 0, 1, 1));
  EXPECT_EQ(one("w0 s%= 3"), make_insn(0x94, 0, 0, 1, 3));
  EXPECT_EQ(one("gotol +3"), make_insn(0x06, 0, 0, 0, 3));
  EXPECT_EQ(one("may_goto +3"), make_insn(0xe5, 0, 0, 3));
  EXPECT_EQ(one("w0 = load_acquire((u8 *)(r1 + 0))"), make_insn(0xd3, 0, 1, 0, 0x100));
  EXPECT_EQ(one("store_release((u64 *)(r1 + 0), r2)"), make_insn(0xdb, 1, 2, 0, 0x110));
  EXPECT_EQ(one("callx r1"), make_insn(0x8d, 1));
  EXPECT_EQ(one("*(u16 *)(r10 - 2) = -7"), make_insn(0x6a, 10, 0, -2, -7));
  EXPECT_EQ(one("call kernel-function#99 off 3"), make_insn(0x85, 0, 2, 3, 99));
  EXPECT_EQ(one("call +0"), make_insn(0x85, 0, 1, 0, 0));
  EXPECT_EQ(one("call unknown#-5"), make_insn(0x85, 0, 0, 0, -5));
}

TEST(Asm, MovOrLdImm64) {
  EXPECT_EQ(ok("r0 = 0x1234"), std::vector<Insn>{make_insn(0xb7, 0, 0, 0, 0x1234)});
  EXPECT_EQ(ok("r9 = 0xffffffff"), std::vector<Insn>{make_insn(0xb7, 9, 0, 0, -1)});  // as LLVM's assembler reads it
  EXPECT_EQ(ok("r0 = -2147483648"), std::vector<Insn>{make_insn(0xb7, 0, 0, 0, INT32_MIN)});
  EXPECT_EQ(ok("r0 = 0x1234 ll"), (std::vector<Insn>{make_insn(0x18, 0, 0, 0, 0x1234), make_insn(0)}));
  EXPECT_EQ(ok("r0 = 0x100000000"), (std::vector<Insn>{make_insn(0x18, 0, 0, 0, 0), make_insn(0, 0, 0, 0, 1)}));
  EXPECT_EQ(ok("r0 = -2147483649"), (std::vector<Insn>{make_insn(0x18, 0, 0, 0, INT32_MAX), make_insn(0, 0, 0, 0, -1)}));
  EXPECT_EQ(ok("r0 = 0xffffffffffffffff"), (std::vector<Insn>{make_insn(0x18, 0, 0, 0, -1), make_insn(0, 0, 0, 0, -1)}));
  EXPECT_EQ(ok("r0 = -9223372036854775808 ll"),
            (std::vector<Insn>{make_insn(0x18, 0, 0, 0, 0), make_insn(0, 0, 0, 0, INT32_MIN)}));
  EXPECT_EQ(ok("w1 = 0xffffffff"), std::vector<Insn>{make_insn(0xb4, 1, 0, 0, -1)});
}

TEST(Asm, LabelsCommentsAndPrefixes) {
  const auto prog = ok(R"(
    ; a comment line
    # another
    // and another
    start:  r1 = 0 ll        ; LD_IMM64 takes two slots
    loop:
      r1 += 1                # count
      if r1 < 10 goto loop   // back edge
      gotol done
      may_goto loop
      call sub
      goto +0 <LBB0_1>
    done: exit
    sub:
      r0 = 0
      exit
  )");
  ASSERT_EQ(prog.size(), 11u);
  EXPECT_EQ(prog[3], make_insn(0xa5, 1, 0, -2, 10));        // slot 3 jumps back to slot 2
  EXPECT_EQ(prog[4], make_insn(0x06, 0, 0, 0, 3));          // gotol done
  EXPECT_EQ(prog[5], make_insn(0xe5, 0, 0, -4));            // may_goto loop
  EXPECT_EQ(prog[6], make_insn(0x85, 0, 1, 0, 2));          // pseudo call to sub
  EXPECT_EQ(prog[7], make_insn(0x05));
  EXPECT_TRUE(validate_program(prog));
}

TEST(Asm, PastedVerifierLog) {
  auto with_header = assemble(R"(func#0 @0
0: R1=ctx() R10=fp0
; int x = 0; @ prog.c:12
0: (b7) r1 = 0                        ; R1_w=0
1: (63) *(u32 *)(r10 -4) = r1         ; R1_w=0 R10=fp0 fp-8=0000????
2: (bf) r2 = r10                      ; R2_w=fp0 R10=fp0
3: (07) r2 += -4                      ; R2_w=fp-4
4: (18) r1 = map[fd:3]
6: (85) call bpf_map_lookup_elem#1    ; R0_w=map_value_or_null(id=1,off=0,ks=4,vs=8,imm=0)
7: (15) if r0 == 0x0 goto pc+1        ; R0_w=map_value(off=0,ks=4,vs=8,imm=0)
8: (95) exit
)");
  // "func#0 @0" is not an instruction: the log's header lines are the caller's to drop.
  ASSERT_FALSE(with_header);
  EXPECT_EQ(with_header.error().line, 1);
  const auto body = ok(R"(0: R1=ctx() R10=fp0
0: (b7) r1 = 0                        ; R1_w=0
1: (63) *(u32 *)(r10 -4) = r1         ; R1_w=0 R10=fp0 fp-8=0000????
4: (18) r1 = map[fd:3]
6: (85) call bpf_map_lookup_elem#1    ; R0_w=map_value_or_null(id=1,off=0,ks=4,vs=8,imm=0)
7: (15) if r0 == 0x0 goto pc+1        ; R0_w=map_value(off=0,ks=4,vs=8,imm=0)
8: (95) exit
)");
  ASSERT_EQ(body.size(), 7u);
  EXPECT_EQ(body[2], make_insn(0x18, 1, 1, 0, 3));
  EXPECT_EQ(body[4], make_insn(0x85, 0, 0, 0, 1));
}

TEST(Asm, ListingReadsBack) {
  const auto prog = ok("r1 = 5 ll\nr0 = r1\nexit\n");
  EXPECT_EQ(ok(disassemble(prog)), prog);
  EXPECT_EQ(ok(disassemble(prog, AsmSyntax::Verifier)), prog);
}

struct BadCase {
  const char* source;
  int line, column;
  const char* message_part;
};

TEST(Asm, ErrorsNameTheTokenAndPlace) {
  const BadCase cases[] = {
      {"r0 = 1\nfrob r1", 2, 1, "unknown instruction 'frob'"},
      {"r11 = 1", 1, 1, "invalid register 'r11'"},
      {"r1 = r12", 1, 6, "invalid register 'r12'"},
      {"r0 = *(u32 *)(r1 + 40000)", 1, 20, "offset 40000 is out of range"},
      {"  goto nowhere", 1, 8, "undefined label 'nowhere'"},
      {"a:\na: exit", 2, 1, "label 'a' is defined twice"},
      {"r1 = 1 $", 1, 8, "unexpected character '$'"},
      {"w1 += r2", 1, 7, "must be a 32-bit register"},
      {"call bpf_map_lookup_elem#2", 1, 26, "helper bpf_map_lookup_elem has id 1, not 2"},
      {"call frobnicate", 1, 6, "'frobnicate' is neither a label nor a helper name"},
      {"lock *(u8 *)(r1 + 0) += r2", 1, 1, "size must be W or DW"},
      {"x: y: lock *(u16 *)(r1 + 0) += r2", 1, 7, "size must be W or DW"},
      {"w1 = 5 ll", 1, 6, "needs a 64-bit register"},
      {"r1 += 0x100000000", 1, 7, "out of range"},
      {"r1 = be8 r1", 1, 6, "unknown operation 'be8'"},
      {"r1 = be16 r2", 1, 11, "same register"},
      {"r1 = -r2", 1, 7, "same register"},
      {"exit r1", 1, 6, "unexpected 'r1' after the instruction"},
      {"if r1 ~ r2 goto +1", 1, 7, "unexpected character '~'"},
      {"if r1 = r2 goto +1", 1, 7, "expected a comparison"},
      {"r0 = *(u32 *)(w1 + 0)", 1, 15, "64-bit base register"},
      {"r1 = *(u8 *)skb[0]", 1, 13, "always load into r0"},
      {"r1 = atomic_fetch_add((u64 *)(r2 + 0), r3)", 1, 40, "old value"},
      {"r1 = cmpxchg_64(r2 + 0, r0, r3)", 1, 6, "into r0"},
      {"r0 = *(u32 *)(r1 + 0", 1, 21, "expected ')', got end of line"},
      {"goto +40000", 1, 7, "jump offset 40000 is out of range"},
      {"r0 = 99999999999999999999 ll", 1, 6, "invalid number"},
      {"r0 = -0x8000000000000001 ll", 1, 7, "does not fit in 64 bits"},
      {"callx w1", 1, 7, "64-bit register"},
  };
  for (const BadCase& c : cases) {
    auto prog = assemble(c.source);
    ASSERT_FALSE(prog) << c.source;
    const Error& e = prog.error();
    EXPECT_EQ(e.line, c.line) << c.source << ": " << e.message;
    EXPECT_EQ(e.column, c.column) << c.source << ": " << e.message;
    EXPECT_NE(e.message.find(c.message_part), std::string::npos) << c.source << ": " << e.message;
    EXPECT_EQ(e.message.find('\n'), std::string::npos) << e.message;
  }
}

TEST(Asm, FarLabelNeedsGotol) {
  std::string source = "goto far\n";
  for (int i = 0; i < 40000; ++i) source += "r0 = 0\n";
  source += "far: exit\n";
  auto prog = assemble(source);
  ASSERT_FALSE(prog);
  EXPECT_EQ(prog.error().line, 1);
  EXPECT_EQ(prog.error().column, 6);
  source.replace(0, 8, "gotol far");
  auto fixed = assemble(source);
  ASSERT_TRUE(fixed) << fixed.error().to_string();
  EXPECT_EQ((*fixed)[0], make_insn(0x06, 0, 0, 0, 40000));
}

// Damaged input never crashes: it either fails with a position inside the line, or yields valid encodings.
TEST(Asm, MutatedInputFailsCleanly) {
  const std::vector<std::string> seeds = {
      "r0 = *(u32 *)(r1 +4)", "lock *(u64 *)(r10 - 8) += r1", "r0 = atomic64_cmpxchg((u64 *)(r10 -8), r0, r2)",
      "if r1 s> 0x7 goto pc+3", "call bpf_map_lookup_elem#1", "r1 = map[fd:3][0]+16", "ld_pseudo\tr1, 2, 3, 16",
      "r0 = *(u16 *)skb[r3 + 5]", "call kernel-function#9 off 2", "w2 = xchg32_32(r1 - 8, w2)", "r1 = 0x1234 ll",
      "store_release((u8 *)(r1 +0), r2)", "w1 = (s16)w2", "r0 = func[pc+3]", "a: goto a"};
  const std::string alphabet = "rw0189+-*()[]#:;=<>s,xl &|^%/.pcu";
  uint32_t state = 12345;
  auto rnd = [&](uint32_t n) {
    state = state * 1103515245u + 12345u;
    return (state >> 8) % n;
  };
  size_t failures = 0, successes = 0;
  for (int round = 0; round < 20000; ++round) {
    std::string text = seeds[rnd(uint32_t(seeds.size()))];
    for (uint32_t edits = 1 + rnd(3); edits > 0; --edits) {
      const size_t at = rnd(uint32_t(text.size() + 1));
      switch (rnd(3)) {
        case 0: if (at < text.size()) text.erase(at, 1); break;
        case 1: text.insert(at, 1, alphabet[rnd(uint32_t(alphabet.size()))]); break;
        default: if (at < text.size()) text[at] = alphabet[rnd(uint32_t(alphabet.size()))]; break;
      }
    }
    auto prog = assemble(text);
    if (!prog) {
      ++failures;
      EXPECT_EQ(prog.error().line, 1) << text;
      EXPECT_GE(prog.error().column, 1) << text;
      EXPECT_LE(prog.error().column, int(text.size()) + 1) << text;
      EXPECT_EQ(prog.error().message.find('\n'), std::string::npos) << text;
      continue;
    }
    ++successes;
    for (size_t i = 0; i < prog->size(); i += insn_slots((*prog)[i]))
      EXPECT_TRUE(check_insn(*prog, i)) << text;
    if (testing::Test::HasFailure()) return;
  }
  EXPECT_GT(failures, 1000u);
  EXPECT_GT(successes, 1000u);
}

}  // namespace
}  // namespace bpfkit
