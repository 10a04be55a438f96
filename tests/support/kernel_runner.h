// Runs a raw-mode program (R1 = mem, R2 = mem length, full 64-bit R0 is the result) in the running kernel, through
// libbpf's low-level API, as an oracle independent of bpfkit's own kernel backend.
//
// The program is loaded as BPF_PROG_TYPE_SCHED_CLS, which allows direct packet access and LD_ABS/LD_IND, and run
// with BPF_PROG_TEST_RUN on a packet that holds mem (padded to the 14 bytes an skb test-run needs). It is wrapped:
//  - a prologue sets R6 = ctx (LD_ABS needs it), bounds-checks data + len <= data_end, then sets R1 = data and
//    R2 = len, touching no other register, so the verifier still sees R0, R3-R5 and R7-R9 uninitialised; its
//    failure path jumps to the epilogue, which so stays reachable even for a case that never exits (the verifier
//    refuses unreachable instructions);
//  - every exit of the main program becomes a `ja` to an epilogue placed before the first subprogram (a 1:1
//    replacement, so relative jumps are unchanged; calls from the main program into subprograms are patched);
//  - the epilogue stores the full R0 and a marker into a one-element array map through a direct map-value load
//    (no stack, no ctx needed), then exits with R0 unchanged.
// A program that ends without reaching the epilogue (LD_ABS/LD_IND out of bounds returns 0 at once) leaves the
// marker unset, which is reported as reached_epilogue = false.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "bpfkit/error.h"
#include "bpfkit/insn.h"

namespace bpfkit::testing {

// Why programs cannot be loaded into this kernel (no libbpf, no permission, no bpf()), or nullopt if they can.
// Checked once, by loading a trivial program.
const std::optional<std::string>& kernel_unavailable();

// The packet a SCHED_CLS test-run needs at least (ETH_HLEN).
inline constexpr size_t kMinSkbData = 14;

struct KernelOutcome {
  bool loaded = false;
  int load_errno = 0;
  std::string verifier_log;  // filled when the load fails
  uint32_t retval = 0;
  bool reached_epilogue = false;
  uint64_t r0 = 0;  // the full R0, valid when reached_epilogue
  std::vector<uint8_t> mem_after;
};

// The wrapped program (exposed so its shape can be tested and printed).
std::vector<Insn> wrap_raw_program(std::span<const Insn> prog, uint32_t mem_len, int map_fd);

// True if prog holds a legacy packet load (LD_ABS or LD_IND).
bool has_packet_load(std::span<const Insn> prog);

// Loads and runs prog once. A verifier rejection is an outcome (loaded = false), not an error; errors are
// failures of the harness itself (map creation, test-run).
Expected<KernelOutcome> kernel_run_raw(std::span<const Insn> prog, std::span<const uint8_t> mem);

}  // namespace bpfkit::testing
