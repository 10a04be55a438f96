// libFuzzer target: raw instruction bytes through everything that consumes untrusted programs.
//
//   bytes -> disassemble every slot (both syntaxes, valid or not) -> decode_program -> round trip through the
//   assembler -> Program::load -> run with a loop limit on a small buffer.
//
// Must never crash, leak or hit UB (built with ASan + UBSan). The one semantic oracle: a program that decodes
// (so every instruction passes check_insn) must survive assemble(disassemble) unchanged in both syntaxes, as
// asm.h promises; a violation traps so libFuzzer saves the input.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include "bpfkit/asm.h"
#include "bpfkit/disasm.h"
#include "bpfkit/insn.h"
#include "bpfkit/vm.h"

namespace {

// Each run stops after this many backward jumps plus calls, so `goto -1` ends and libFuzzer stays fast.
constexpr uint64_t kLoopLimit = 4096;
constexpr size_t kMemSize = 64;  // the raw-mode buffer: R1 points at it, R2 = its size, also the packet

// Helpers, so calls get past Program::load and the call path runs. They only do arithmetic on their
// arguments, except: 1 (map_lookup_elem) hands out a pointer to a fresh region added during the run, which
// exercises regions growing under a running program; 2 fails the run from inside a helper.
struct HelperState {
  uint8_t extra[4][16];
  size_t used = 0;
};

uint64_t helper_lookup(bpfkit::RunContext& ctx, uint64_t, uint64_t, uint64_t, uint64_t, uint64_t) {
  auto* st = static_cast<HelperState*>(ctx.user);
  if (st->used == std::size(st->extra)) return 0;  // NULL, like a lookup miss
  uint8_t* mem = st->extra[st->used++];
  ctx.add_region({mem, sizeof(st->extra[0]), true});
  return reinterpret_cast<uintptr_t>(mem);
}

uint64_t helper_fail(bpfkit::RunContext& ctx, uint64_t, uint64_t, uint64_t, uint64_t, uint64_t) {
  ctx.fail("fuzz helper fails on purpose");
  return 0;
}

uint64_t helper_mix(bpfkit::RunContext&, uint64_t r1, uint64_t r2, uint64_t r3, uint64_t r4, uint64_t r5) {
  return r1 * 31 + (r2 ^ r3) + (r4 >> 3) - r5;
}

const bpfkit::HelperTable& helpers() {
  static const bpfkit::HelperTable table = [] {
    bpfkit::HelperTable t;
    t.set(1, helper_lookup, "bpf_map_lookup_elem");
    t.set(2, helper_fail, "bpf_map_update_elem");
    for (int32_t id = 3; id <= 8; id++) t.set(id, helper_mix, "fuzz_mix");
    return t;
  }();
  return table;
}

std::string listing(const std::vector<bpfkit::Insn>& prog, bpfkit::AsmSyntax syntax) {
  std::string text;
  for (size_t i = 0; i < prog.size(); i += bpfkit::insn_slots(prog[i])) {
    text += bpfkit::disassemble_insn(prog, i, syntax);
    text += '\n';
  }
  return text;
}

[[noreturn]] void fail_round_trip(const std::vector<bpfkit::Insn>& prog, const char* syntax, const std::string& text,
                                  const std::string& why) {
  std::fprintf(stderr, "round trip (%s syntax) broken: %s\n--- program ---\n%s--- text ---\n%s", syntax,
               why.c_str(), bpfkit::disassemble(prog).c_str(), text.c_str());
  __builtin_trap();
}

void check_round_trip(const std::vector<bpfkit::Insn>& prog) {
  for (auto [syntax, name] : {std::pair{bpfkit::AsmSyntax::Llvm, "llvm"}, {bpfkit::AsmSyntax::Verifier, "verifier"}}) {
    for (const std::string& text : {listing(prog, syntax), bpfkit::disassemble(prog, syntax)}) {
      auto again = bpfkit::assemble(text);
      if (!again) fail_round_trip(prog, name, text, "assemble failed: " + again.error().to_string());
      if (*again != prog) fail_round_trip(prog, name, text, "assembled to different instructions");
    }
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  // The disassembler must cope with any slot, including invalid encodings and a truncated LD_IMM64 at the end.
  std::vector<bpfkit::Insn> raw(size / sizeof(bpfkit::Insn));
  if (!raw.empty()) std::memcpy(raw.data(), data, raw.size() * sizeof(bpfkit::Insn));
  for (size_t i = 0; i < raw.size(); i++) {
    (void)bpfkit::disassemble_insn(raw, i, bpfkit::AsmSyntax::Llvm);
    (void)bpfkit::disassemble_insn(raw, i, bpfkit::AsmSyntax::Verifier);
  }

  auto decoded = bpfkit::decode_program({data, size});
  if (!decoded) return 0;
  std::vector<bpfkit::Insn> prog = std::move(*decoded);
  check_round_trip(prog);

  auto program = bpfkit::Program::load(prog, &helpers());
  if (!program) return 0;

  // Raw mode, plus a loop limit so every run ends.
  uint8_t mem[kMemSize];
  for (size_t i = 0; i < kMemSize; i++) mem[i] = static_cast<uint8_t>(i * 7 + 1);
  HelperState state;
  bpfkit::RunContext ctx = bpfkit::raw_context(mem);
  ctx.user = &state;
  ctx.loop_limit = kLoopLimit;
  (void)program->run(ctx);
  return 0;
}
