// bpf_spin_lock / bpf_spin_unlock and bpf_csum_diff.
#include <atomic>
#include <thread>

#include <fmt/format.h>

#include "engine/exec_state.h"
#include "helpers/csum.h"
#include "helpers/internal.h"

namespace bpfkit::helpers {
namespace {

// struct bpf_spin_lock is a u32 in map value memory; 0 is unlocked. A real lock, so programs run from several
// threads exclude each other as they would on several CPUs.
//
// The verifier proves a program never waits on itself: it takes one lock at a time, calls no other helper while
// holding it, releases it before the main program exits, and passes only map values (check_reg_type: "R1
// type=fp expected=map_value, ..."). bpfkit checks the same at run time, with the verifier's words, instead of
// spinning for ever; the engine checks the calls and the exit (interp.cc), these helpers the lock itself.
uint32_t* lock_word(RunContext& ctx, uint64_t p) {
  const std::span<uint8_t> stack = ctx.active_stack();
  if (!stack.empty() && p - uint64_t(reinterpret_cast<uintptr_t>(stack.data())) < stack.size()) {
    ctx.fail("R1 type=fp expected=map_value, alloc_ptr_");
    return nullptr;
  }
  // Only the struct bpf_spin_lock of a map value that has one (process_spin_lock). Any other word could hold a
  // nonzero value the program never locked (packet bytes, a counter), and waiting on it would never end.
  if (spin_lock_word(ctx, p)) return ptr<uint32_t>(p);
  if (const HandOut* h = ctx.hand_out_at(p, 1); h != nullptr && h->kind == HandOut::MapValue) {
    if (h->lock_off < 0)
      ctx.fail("map has no valid bpf_spin_lock");
    else
      ctx.fail(fmt::format("off {} doesn't point to 'struct bpf_spin_lock' that is at {}", p - h->base, h->lock_off));
    return nullptr;
  }
  ctx.fail(fmt::format("R1 ({:#x}) is not a bpf_spin_lock in a map value", p));
  return nullptr;
}

uint64_t spin_lock(RunContext& ctx, uint64_t p, uint64_t, uint64_t, uint64_t, uint64_t) {
  uint32_t* w = lock_word(ctx, p);
  if (w == nullptr) return 0;
  engine::ExecState* ex = engine::ExecState::of(ctx);
  if (ex != nullptr && ex->held_lock != nullptr) {  // the engine refuses this call first; kept for direct callers
    ctx.fail("Locking two bpf_spin_locks are not allowed");
    return 0;
  }
  std::atomic_ref<uint32_t> a(*w);
  for (unsigned spins = 0;; ++spins) {
    uint32_t expected = 0;
    if (a.compare_exchange_weak(expected, 1, std::memory_order_acquire, std::memory_order_relaxed)) break;
    if (spins > 64) std::this_thread::yield();
  }
  if (ex != nullptr) {
    ex->held_lock = w;
    ex->lock_insn = ex->code != nullptr && ex->helper_pc != nullptr ? ex->helper_pc - ex->code->slots.data() : -1;
  }
  return 0;
}

uint64_t spin_unlock(RunContext& ctx, uint64_t p, uint64_t, uint64_t, uint64_t, uint64_t) {
  uint32_t* w = lock_word(ctx, p);
  if (w == nullptr) return 0;
  if (engine::ExecState* ex = engine::ExecState::of(ctx)) {
    if (ex->held_lock == nullptr) {
      ctx.fail("bpf_spin_unlock without taking a lock");
      return 0;
    }
    if (ex->held_lock != w) {
      ctx.fail("bpf_spin_unlock of different lock");
      return 0;
    }
    ex->held_lock = nullptr;
    ex->lock_insn = -1;
  }
  std::atomic_ref<uint32_t>(*w).store(0, std::memory_order_release);
  return 0;
}

// bpf_csum_diff (net/core/filter.c). Since 6.12 ("optimize and homogenize for all archs") the result is folded to
// 16 bits and there is no scratch buffer any more, so neither the multiple-of-4 rule nor the 512-byte limit of
// older kernels applies (checked against 6.18 in helpers_kernel_test: sizes 2 and 6 and 516 bytes in all are
// accepted). The sizes' only bound is the verifier's (the memory must be readable). With no data at all the result
// is the folded seed.
uint64_t csum_diff(RunContext& ctx, uint64_t from, uint64_t from_size, uint64_t to, uint64_t to_size, uint64_t seed) {
  const uint32_t fs = uint32_t(from_size), ts = uint32_t(to_size), s = uint32_t(seed);
  if (!need_read(ctx, from, fs, "R1 (from)") || !need_read(ctx, to, ts, "R3 (to)")) return 0;
  const uint8_t* f = ptr(from);
  const uint8_t* t = ptr(to);
  if (fs != 0 && ts != 0) return csum::from32to16(csum::sub(csum::partial(t, ts, s), csum::partial(f, fs, 0)));
  if (ts != 0) return csum::from32to16(csum::partial(t, ts, s));
  if (fs != 0) return csum::from32to16(~csum::partial(f, fs, ~s));
  return csum::from32to16(s);
}

}  // namespace

void add_misc_helpers(HelperTable& t) {
  t.set(28, csum_diff, "bpf_csum_diff");
  t.set(93, spin_lock, "bpf_spin_lock");
  t.set(94, spin_unlock, "bpf_spin_unlock");
}

}  // namespace bpfkit::helpers
