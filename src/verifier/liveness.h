// compute_live_registers (6.18): for each instruction, the registers some path from it reads before writing. A
// saved state's registers outside that set cannot influence anything, so pruning ignores them.
#pragma once

namespace bpfkit::verifier {
class Env;
void compute_live_registers(Env& env);
}  // namespace bpfkit::verifier
