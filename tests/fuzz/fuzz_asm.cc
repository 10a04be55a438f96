// libFuzzer target: assembly text through the assembler, and the disassembler round trip.
//
//   text -> assemble -> (if it succeeds) every instruction passes check_insn, and for both syntaxes
//   assemble(disassemble(prog)) == prog, for the bare instruction texts and for the numbered listing.
//
// Must never crash, leak or hit UB on any text. Oracle violations print the program and trap so libFuzzer saves
// the input. Why check_insn too: the disassembler prints "<unknown>" for encodings check_insn rejects, so an
// assembler that emits one produces a program that can neither be listed nor round-tripped.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

#include "bpfkit/asm.h"
#include "bpfkit/disasm.h"
#include "bpfkit/insn.h"

namespace {

std::string listing(const std::vector<bpfkit::Insn>& prog, bpfkit::AsmSyntax syntax) {
  std::string text;
  for (size_t i = 0; i < prog.size(); i += bpfkit::insn_slots(prog[i])) {
    text += bpfkit::disassemble_insn(prog, i, syntax);
    text += '\n';
  }
  return text;
}

std::string hex(const std::vector<bpfkit::Insn>& prog) {
  std::string out;
  for (const bpfkit::Insn& insn : prog) {
    char buf[64];
    std::snprintf(buf, sizeof(buf), "  op=%02x dst=%u src=%u off=%d imm=%d\n", insn.opcode, unsigned(insn.dst),
                  unsigned(insn.src), insn.off, insn.imm);
    out += buf;
  }
  return out;
}

[[noreturn]] void fail(std::string_view input, const std::vector<bpfkit::Insn>& prog, const std::string& why,
                       const std::string& text = {}) {
  std::fprintf(stderr, "%s\n--- input ---\n%.*s\n--- assembled ---\n%s--- disassembled ---\n%s", why.c_str(),
               int(input.size()), input.data(), hex(prog).c_str(), text.c_str());
  __builtin_trap();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view input(reinterpret_cast<const char*>(data), size);
  auto prog = bpfkit::assemble(input);
  if (!prog) {
    (void)prog.error().to_string();
    return 0;
  }

  for (size_t i = 0; i < prog->size(); i += bpfkit::insn_slots((*prog)[i])) {
    if (auto ok = bpfkit::check_insn(*prog, i); !ok) {
      fail(input, *prog, "assembler emitted an encoding check_insn rejects: " + ok.error().to_string());
    }
  }

  // Both the bare instruction texts and disassemble()'s numbered listing ("  12: r0 = 1") must assemble back.
  for (auto [syntax, name] : {std::pair{bpfkit::AsmSyntax::Llvm, "llvm"}, {bpfkit::AsmSyntax::Verifier, "verifier"}}) {
    for (const std::string& text : {listing(*prog, syntax), bpfkit::disassemble(*prog, syntax)}) {
      auto again = bpfkit::assemble(text);
      if (!again) {
        fail(input, *prog, std::string(name) + " round trip: assemble failed: " + again.error().to_string(), text);
      }
      if (*again != *prog) {
        fail(input, *prog, std::string(name) + " round trip: assembled to different instructions:\n" + hex(*again),
             text);
      }
    }
  }
  return 0;
}
