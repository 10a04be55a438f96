// Helpers that run BPF code: bpf_tail_call (executed by the engine itself), bpf_loop, bpf_for_each_map_elem and
// bpf_user_ringbuf_drain.
#include <vector>

#include <fmt/format.h>

#include "helpers/internal.h"

namespace bpfkit::helpers {
namespace {

// Program::load binds helper 12 to the engine's own tail-call handler whatever the table holds, so this is never
// called; the entry gives the helper its name wherever a table lists helpers by id.
uint64_t tail_call_unreachable(RunContext& rc, uint64_t, uint64_t, uint64_t, uint64_t, uint64_t) {
  rc.fail("bpf_tail_call reached the helper table (the engine executes tail calls itself)");
  return 0;
}

// bpf_loop as the kernel runs it. With flags a known 0 (what nearly every program passes) the verifier inlines the
// loop (inline_bpf_loop): nr_loops is then compared as the full 64-bit register, and -E2BIG comes from a 32-bit mov,
// so R0 is 0x00000000fffffff9, not -7. Otherwise the helper runs: a u32 nr_loops, -EINVAL for flags. bpfkit cannot
// see whether flags was a verifier-known constant; a zero value at run time is taken as the inlined case.
uint64_t loop(RunContext& rc, uint64_t nr_loops, uint64_t callback, uint64_t callback_ctx, uint64_t flags,
              uint64_t r5) {
  if (flags == 0 && nr_loops > kMaxBpfLoops) return uint32_t(-E2BIG);
  return helper_bpf_loop(rc, nr_loops, callback, callback_ctx, flags, r5);
}

// BPF_CALL_4(bpf_for_each_map_elem, struct bpf_map *, map, void *, callback_fn, void *, callback_ctx, u64, flags)
// calls callback_fn(map, key, value, callback_ctx) for each element until it returns nonzero, and returns the
// number of elements visited (the one that stopped it included). The key is a copy in read-only memory (the
// verifier types it PTR_TO_MAP_KEY: programs cannot write it); the value is the element itself, this CPU's copy for
// per-CPU maps.
uint64_t for_each_map_elem(RunContext& rc, uint64_t r1, uint64_t callback, uint64_t callback_ctx, uint64_t flags,
                           uint64_t) {
  Map* map = need_map(rc, r1);
  if (map == nullptr) return 0;
  if (flags != 0) return err(EINVAL);
  switch (map->type()) {
    case MapType::Array:
    case MapType::PercpuArray:
    case MapType::Hash:
    case MapType::PercpuHash:
    case MapType::LruHash:
    case MapType::LruPercpuHash:
      break;
    default:
      // The verifier refuses the call for other map types (map_for_each_callback is unset).
      rc.fail(fmt::format("bpf_for_each_map_elem: {} maps cannot be iterated", map_type_name(map->type())));
      return 0;
  }
  std::vector<uint8_t> key(map->key_size());
  const MemoryRegion key_region{key.data(), key.size(), false};
  rc.add_region(key_region);
  bool failed = false;
  const long n = map->prog_for_each_elem([&](const void* k, void* value) {
    std::memcpy(key.data(), k, key.size());
    const uint64_t v = hand_out_value(rc, *map, value);  // the callback may use exactly this value
    const Expected<uint64_t> r =
        rc.call_bpf_function(callback, r1, uint64_t(reinterpret_cast<uintptr_t>(key.data())), v, callback_ctx, 0);
    if (!r) {
      failed = true;
      return true;
    }
    return *r != 0;  // the verifier allows only 0 (continue) and 1 (stop)
  });
  rc.remove_region(key_region);
  if (failed) return 0;  // the run stops with the callback's error
  return uint64_t(int64_t(n));
}

// BPF_CALL_4(bpf_user_ringbuf_drain, ...): the verifier only lets a BPF_MAP_TYPE_USER_RINGBUF map reach it, and
// bpfkit's userspace backend has no user ring buffers (a program using one is refused at load), so a call here can
// only come from raw mode with a forged map pointer.
uint64_t user_ringbuf_drain(RunContext& rc, uint64_t r1, uint64_t, uint64_t, uint64_t, uint64_t) {
  Map* map = need_map(rc, r1);
  if (map == nullptr) return 0;
  rc.fail(fmt::format("bpf_user_ringbuf_drain: {} maps are not user ring buffers bpfkit can drain",
                      map_type_name(map->type())));
  return 0;
}

}  // namespace

void add_callback_helpers(HelperTable& t) {
  t.set(kHelperTailCall, tail_call_unreachable, "bpf_tail_call");
  t.set(164, for_each_map_elem, "bpf_for_each_map_elem");
  t.set(181, loop, "bpf_loop");
  t.set(209, user_ringbuf_drain, "bpf_user_ringbuf_drain");
}

}  // namespace bpfkit::helpers
