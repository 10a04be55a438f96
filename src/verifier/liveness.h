// compute_live_registers (6.18): for each instruction, the registers some path from it reads before writing. A
// saved state's registers outside that set cannot influence anything, so pruning ignores them.
//
// The same pass computes, in place of the kernel's precision backtracking (mark_chain_precision), which registers'
// exact ranges can matter from each instruction on: those that may flow, through ALU and moves, into a
// conditional jump, a helper or function argument, the exit value, an ADD/SUB with another register (pointer
// arithmetic) or a store. A scalar outside that set is "imprecise" in a saved state and matches any scalar, as
// in the kernel. This over-approximates the kernel's marks, so it is sound and prunes somewhat less.
#pragma once

namespace bpfkit::verifier {
class Env;
void compute_live_registers(Env& env);
}  // namespace bpfkit::verifier
