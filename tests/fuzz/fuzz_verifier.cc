// libFuzzer target: the verifier's soundness. The input drives a structured generator (tests/support/verifier_gen.h)
// of mostly well-formed programs (XDP, sched_cls, socket_filter; privileged, and some unprivileged socket filters):
// ALU, stack spills, ctx loads, map lookups, packet accesses with and without bounds checks, branches, bounded loops,
// helper calls, ring buffer records, static subprograms writing into the caller's stack. Each program is verified; each ACCEPTED one is test-run in the interpreter, whose memory checks stop
// any access outside the packet, the context, the stack or the one map value a lookup handed out. A runtime fault
// of an accepted program is a verifier soundness bug: the program is printed and the target aborts, so libFuzzer
// saves the input. Crashes and sanitizer reports inside verify() are findings too.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

#include "bpfkit/disasm.h"
#include "support/verifier_gen.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const bpfkit::vgen::GeneratedProgram prog = bpfkit::vgen::generate({data, size});
  const bpfkit::vgen::SoundnessOutcome out = bpfkit::vgen::check_soundness(prog);
  if (out.finding) {
    std::fprintf(stderr, "SOUNDNESS FINDING: the verifier accepted this %s program (%s), and the run failed:\n  %s\n%s",
                 bpfkit::vgen::type_name(prog), prog.privileged ? "privileged" : "unprivileged",
                 out.runtime_error.c_str(), bpfkit::disassemble(prog.insns).c_str());
    std::abort();
  }
  return 0;
}
