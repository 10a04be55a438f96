// Callbacks: helpers calling back into BPF code (RunContext::call_bpf_function), and bpf_loop built on that.
//
// A callback runs in a nested dispatch loop on the run's own stack and frame array (see exec_state.h), in the
// frame below the helper's caller, as the verifier models it (push_callback_call: a callback is one more frame,
// limited by MAX_CALL_FRAMES like a bpf-to-bpf call). Its faults stop the whole run: the error is kept in the
// ExecState and returned by the dispatch loop that called the helper, with the callback's instruction index.
#include <cerrno>
#include <cstring>

#include <fmt/format.h>

#include "engine/exec_state.h"

namespace bpfkit {
namespace {

// A failure before the callback starts is reported at the helper call, like a failed bpf-to-bpf call.
Error at_helper(const engine::ExecState& ex, std::string message) {
  return make_error(std::move(message)).at_insn(ex.helper_pc - ex.code->slots.data());
}

// A fault inside nested callbacks passes back through every level; the message names the innermost helper call
// once and says how deep the fault was, instead of one "(in a callback ...)" per level.
void note_callback_level(engine::ExecState& ex, std::string& message, int64_t helper_insn) {
  if (ex.error_callback_levels == 0 || ex.error_note_at > message.size()) {
    ex.error_callback_levels = 1;
    ex.error_note_at = message.size();
    message += fmt::format(" (in a callback called by the helper at insn {})", helper_insn);
    return;
  }
  ++ex.error_callback_levels;
  const size_t at = message.find(" (in a callback called by the helper at insn ", ex.error_note_at);
  if (at != ex.error_note_at) return;  // someone rewrote the message; leave it alone
  const size_t close = message.find(')', at);
  std::string note = message.substr(at, close - at);  // " (in a callback called by the helper at insn N"
  if (const size_t comma = note.find(','); comma != std::string::npos) note.resize(comma);
  message.resize(at);
  message += fmt::format("{}, {} callbacks deep)", note, ex.error_callback_levels);
}

}  // namespace

Expected<uint64_t> RunContext::call_bpf_function(uint64_t func_ref, uint64_t r1, uint64_t r2, uint64_t r3,
                                                 uint64_t r4, uint64_t r5) {
  engine::ExecState* ex = engine::ExecState::of(*this);
  if (ex == nullptr || ex->code == nullptr)
    return make_error("call_bpf_function: only a helper running inside a program can call back into it");
  if (failed()) return make_error(failure());  // the run is already stopping; do not run more code
  Expected<uint64_t> result = uint64_t(0);
  const engine::Slot* entry = engine::function_slot(*ex->code, func_ref);
  const int depth = ex->depth + 1;
  if (entry == nullptr) {
    result = at_helper(*ex, fmt::format("callback {:#x} is not the byte offset of an instruction", func_ref));
  } else if (depth >= kMaxCallFrames) {
    result = at_helper(*ex, fmt::format("the call stack of {} frames is too deep (at most {})", depth + 1,
                                        kMaxCallFrames));
  } else if (ex->budget-- == 0) {  // a callback invocation counts as a call
    result = at_helper(*ex, fmt::format("loop limit exceeded: more than {} backward jumps and calls", loop_limit));
  } else {
    // The nested loop overwrites these at its own helper calls; the caller's helper may call back again.
    const engine::Code* code = ex->code;
    const engine::Slot* helper_pc = ex->helper_pc;
    const int caller_depth = ex->depth;
    std::memset(ex->stack + sizeof(ex->stack) - size_t(depth + 1) * kStackSize, 0, kStackSize);  // a fresh frame
    const uint64_t args[5] = {r1, r2, r3, r4, r5};
    result = engine::dispatch(code, entry, this, ex, depth, args, nullptr);
    ex->code = code;
    ex->helper_pc = helper_pc;
    ex->depth = caller_depth;
    if (!result) note_callback_level(*ex, result.error().message, helper_pc - code->slots.data());
  }
  if (!result) {
    // Stop the run even if the helper ignores the error; the calling dispatch loop returns nested_error.
    ex->nested_error = result.error();
    fail(result.error().message);
  }
  return result;
}

// kernel/bpf/bpf_iter.c, BPF_CALL_4(bpf_loop, u32 nr_loops, void *callback_fn, void *callback_ctx, u64 flags).
uint64_t helper_bpf_loop(RunContext& ctx, uint64_t nr_loops, uint64_t callback, uint64_t callback_ctx,
                         uint64_t flags, uint64_t) {
  if (flags != 0) return uint64_t(-int64_t(EINVAL));
  const uint32_t n = uint32_t(nr_loops);
  if (n > kMaxBpfLoops) return uint64_t(-int64_t(E2BIG));
  uint32_t i = 0;
  for (; i < n; ++i) {
    const Expected<uint64_t> ret = ctx.call_bpf_function(callback, i, callback_ctx, 0, 0, 0);
    if (!ret) return 0;  // the run stops with the callback's error
    if (*ret != 0) return uint64_t(i) + 1;  // 0: continue, 1: stop (the verifier allows only [0, 1])
  }
  return i;
}

}  // namespace bpfkit
