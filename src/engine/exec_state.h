// State one run shares between its nested dispatch loops.
//
// A helper that calls back into BPF code (RunContext::call_bpf_function) starts a nested dispatch on the same
// stack and frame array, so frame depth, the loop budget and the tail-call count stay per run, as in the kernel
// (callback frames count against MAX_CALL_FRAMES; tail_call_cnt is per run). The dispatch loop keeps its hot state
// (registers, pc, stack bounds, budget) in locals and writes the few fields a callback needs here only around
// helper calls.
#pragma once

#include <cstdint>
#include <optional>

#include "bpfkit/error.h"
#include "bpfkit/vm.h"
#include "engine/predecoded.h"

namespace bpfkit::engine {

struct Frame {
  const Slot* ret;
  // The caller's program: a tail call inside a subprogram replaces the running program, and its exit must return
  // to the caller's code (for callx/callback lookups and instruction indices), not stay in the target's.
  const Code* code;
  uint64_t r6, r7, r8, r9;  // callee-saved: restored on return
  uint64_t may_goto;        // the caller's may_goto budget
};

struct ExecState {
  // Frame k occupies [top - (k+1) * kStackSize, top - k * kStackSize): callees (and callbacks) sit below their
  // callers, so the stacks of all active frames form the single range [top - (depth+1) * kStackSize, top).
  alignas(16) uint8_t stack[kMaxCallFrames * kStackSize];
  Frame frames[kMaxCallFrames];
  uint64_t budget = 0;       // backward jumps and calls still allowed (RunContext::loop_limit)
  uint32_t tail_calls = 0;   // tail_call_cnt
  // Where the innermost dispatch stands while it runs a helper: what a callback needs to find its function and
  // its frame, and to report a frame-limit error at the helper call.
  int depth = 0;
  const Code* code = nullptr;
  const Slot* helper_pc = nullptr;
  // The error of a failed callback, returned as the run's error by the dispatch loop that called the helper.
  std::optional<Error> nested_error;
  // How many callback levels the failing error has passed through, and where its "(in a callback ...)" note
  // starts in the message: each level rewrites the one note instead of adding another.
  int error_callback_levels = 0;
  size_t error_note_at = 0;
  // The bpf_spin_lock this run holds (the verifier allows one at a time), and the instruction index of the call
  // that took it. Released at the end of the run whatever happens, so a failed run cannot leave a map value locked
  // for the next one.
  uint32_t* held_lock = nullptr;
  int64_t lock_insn = -1;

  uint64_t stack_top() const { return uint64_t(reinterpret_cast<uintptr_t>(stack + sizeof(stack))); }
  static ExecState* of(RunContext& ctx) { return ctx.exec_; }
  static void attach(RunContext& ctx, ExecState* ex) { ctx.exec_ = ex; }
};

// One dispatch loop: runs code from entry in frame base_depth (whose stack the caller has zeroed) with R1..R5 =
// args, until that frame exits. labels != nullptr: only returns the label table (see execute()).
Expected<uint64_t> dispatch(const Code* code, const Slot* entry, RunContext* ctx, ExecState* ex, int base_depth,
                            const uint64_t* args, const void* const** labels);

// The slot a function reference (byte offset of an instruction start) names, or nullptr.
const Slot* function_slot(const Code& code, uint64_t offset);

}  // namespace bpfkit::engine
