// The userspace execution engine: a pre-decoding, threaded interpreter.
//
// A Program is loaded once (validated, pre-decoded, helper calls bound to their functions) and then run many
// times. Each run gets a RunContext: the memory regions the program may touch besides its own stack, the packet
// for legacy LD_ABS/LD_IND, and R1..R5 at entry. Any access outside registered memory stops the program with a
// runtime error naming the instruction; the host never crashes.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <vector>

#include "bpfkit/error.h"
#include "bpfkit/insn.h"

namespace bpfkit {

inline constexpr size_t kStackSize = 512;     // MAX_BPF_STACK, per frame
inline constexpr int kMaxCallFrames = 8;      // MAX_CALL_FRAMES

struct MemoryRegion {
  uint8_t* base = nullptr;
  size_t size = 0;
  bool writable = false;
};

class RunContext;

// A helper function. Arguments are R1..R5; the return value goes to R0. A helper that must stop the program
// (a fatal error) calls ctx.fail(...) and returns anything.
using HelperFn = uint64_t (*)(RunContext& ctx, uint64_t r1, uint64_t r2, uint64_t r3, uint64_t r4, uint64_t r5);

struct HelperEntry {
  HelperFn fn = nullptr;
  const char* name = nullptr;  // kernel name, e.g. "bpf_map_lookup_elem"
};

// Helpers by kernel id. Calls are bound at load time, so a call costs one indirect call.
class HelperTable {
 public:
  void set(int32_t id, HelperFn fn, const char* name);
  const HelperEntry* find(int32_t id) const;

 private:
  std::vector<HelperEntry> entries_;  // indexed by id
};

// Per-run state: memory the program may access, the packet for LD_ABS/LD_IND, and a pointer helpers can use to
// reach their own state (maps, output sinks, ...).
class RunContext {
 public:
  RunContext() = default;

  // Memory the program may access besides its stack. Regions may be added during a run (e.g. by helpers).
  void add_region(MemoryRegion region);
  void clear_regions();
  std::span<const MemoryRegion> regions() const { return regions_; }

  // Packet data for legacy LD_ABS/LD_IND.
  void set_packet(const uint8_t* data, size_t size) { packet_ = data; packet_size_ = size; }
  const uint8_t* packet() const { return packet_; }
  size_t packet_size() const { return packet_size_; }

  // R1..R5 at entry (args[0] is R1).
  uint64_t args[5] = {0, 0, 0, 0, 0};

  // Opaque pointer for helpers' own state.
  void* user = nullptr;

  // If nonzero, the run stops with a runtime error once it has taken this many backward jumps plus calls.
  // Straight-line code always ends, so this bounds any run; it costs nothing on forward code. The kernel needs no
  // such bound (its verifier proves termination); raw mode and fuzzing do.
  uint64_t loop_limit = 0;

  // Stops the program after the current helper returns; run() then returns this error.
  void fail(std::string message);
  bool failed() const { return !failure_.empty(); }
  const std::string& failure() const { return failure_; }
  void reset_failure() { failure_.clear(); }

 private:
  std::vector<MemoryRegion> regions_;
  const uint8_t* packet_ = nullptr;
  size_t packet_size_ = 0;
  std::string failure_;
};

class Program {
 public:
  // Validates and pre-decodes prog. Every helper call must be in helpers (else a load error naming the helper by
  // name and id). helpers must outlive the Program.
  static Expected<Program> load(std::vector<Insn> prog, const HelperTable* helpers = nullptr);

  Program(Program&&) noexcept;
  Program& operator=(Program&&) noexcept;
  ~Program();

  // Runs once from instruction 0 and returns the full 64-bit R0.
  Expected<uint64_t> run(RunContext& ctx) const;

  std::span<const Insn> insns() const;

 private:
  struct Impl;
  explicit Program(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

// Raw test mode: R1 points at mem (writable), R2 = mem.size(), mem is also the LD_ABS/LD_IND packet.
// raw_context builds that context, for callers that also set loop_limit or helper state before Program::run.
RunContext raw_context(std::span<uint8_t> mem);
Expected<uint64_t> run_raw(const Program& prog, std::span<uint8_t> mem);

}  // namespace bpfkit
