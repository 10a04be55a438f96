// The userspace execution engine: a pre-decoding, threaded interpreter.
//
// A Program is loaded once (validated, pre-decoded, helper calls bound to their functions) and then run many
// times. Each run gets a RunContext: the memory regions the program may touch besides its own stack, the packet
// for legacy LD_ABS/LD_IND, and R1..R5 at entry. Any access outside registered memory stops the program with a
// runtime error naming the instruction; the host never crashes.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <span>
#include <string>
#include <vector>

#include "bpfkit/error.h"
#include "bpfkit/insn.h"

namespace bpfkit {

inline constexpr size_t kStackSize = 512;     // MAX_BPF_STACK, per frame
inline constexpr int kMaxCallFrames = 8;      // MAX_CALL_FRAMES
inline constexpr uint32_t kMaxTailCalls = 33; // MAX_TAIL_CALL_CNT: successful tail calls per run
inline constexpr int32_t kHelperTailCall = 12;   // BPF_FUNC_tail_call, executed by the engine itself
inline constexpr uint32_t kMaxBpfLoops = 1u << 23;  // BPF_MAX_LOOPS, the bound of bpf_loop
// BPF_COMPLEXITY_LIMIT_INSNS: the most instructions bpf_prog_load() accepts (from a bpf_capable() loader); more is
// -E2BIG. Program::load enforces it, so a program the kernel refuses for its size never loads here either.
inline constexpr size_t kMaxProgramInsns = 1000000;

class Program;
namespace engine {
struct Code;
struct ExecState;
const Code& program_code(const Program& prog);
}  // namespace engine

struct MemoryRegion {
  uint8_t* base = nullptr;
  size_t size = 0;
  bool writable = false;
};

// Map memory the runtime gave the program during a run (a "hand-out"): exactly one map value (from a lookup, a
// for_each callback, or a direct value load of global data), or the payload of one reserved ring buffer record.
// Unlike a MemoryRegion, an access must stay inside the one value, the spin-lock word inside it is never loadable
// or storable (the kernel's "bpf_spin_lock cannot be accessed directly by load/store"), and the map's program-side
// flags decide what is allowed: BPF_F_RDONLY_PROG values are not writable, BPF_F_WRONLY_PROG values not readable.
struct HandOut {
  enum Kind : uint8_t { MapValue, RingbufRecord };
  static constexpr uint8_t kRead = 1, kWrite = 2;
  uint64_t base = 0;
  uint64_t size = 0;
  int32_t lock_off = -1;           // offset of the 4-byte struct bpf_spin_lock in the value, or -1
  uint8_t access = kRead | kWrite;
  Kind kind = MapValue;
  bool persistent = false;         // a direct value registered by HelperEnv::prepare: survives the end of a run
  const void* owner = nullptr;     // the Map (RingbufMap for records)

  bool contains(uint64_t addr, uint64_t n) const {
    const uint64_t delta = addr - base;
    return delta < size && size - delta >= n;
  }
  // Does [addr, addr + n) touch the spin-lock word?
  bool touches_lock(uint64_t addr, uint64_t n) const {
    if (lock_off < 0) return false;
    const uint64_t lock = base + uint64_t(lock_off);
    return addr < lock + 4 && lock < addr + n;
  }
};

class RunContext;

// Resolves bpf_tail_call(ctx, map_ref, index) to the program in that prog_array slot, or nullptr when the call
// must fall through (index >= max_entries or an empty slot; the engine applies the 33-call limit itself). map_ref
// is R2 as the program passed it (whatever value the loader put in the LD_IMM64 map reference, e.g. a bpfkit::Map*
// to check against the run's map registry). A resolver that finds map_ref invalid calls ctx.fail(...), which
// stops the run at the call. The returned Program must stay alive for the rest of the run.
using TailCallResolver = std::function<const Program*(RunContext& ctx, uint64_t map_ref, uint32_t index)>;

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
  // kfunc calls (src=2) by the id the loader put in their imm (bpfkit's own numbering, see kfuncs.h; the kernel's
  // is a BTF id), kept apart from helper ids.
  void set_kfunc(int32_t id, HelperFn fn, const char* name);
  const HelperEntry* find_kfunc(int32_t id) const;

 private:
  std::vector<HelperEntry> entries_;  // indexed by id
  std::vector<HelperEntry> kfuncs_;   // indexed by id
};

// Per-run state: memory the program may access, the packet for LD_ABS/LD_IND, and a pointer helpers can use to
// reach their own state (maps, output sinks, ...).
class RunContext {
 public:
  RunContext() = default;

  // Memory the program may access besides its stack. Regions may be added during a run (e.g. by helpers).
  void add_region(MemoryRegion region);
  // Removes the first region equal to region (same base, size and writability); false if there is none. Helpers
  // that move packet bounds (bpf_xdp_adjust_head, ...) swap the packet region this way.
  bool remove_region(const MemoryRegion& region);
  void clear_regions();
  std::span<const MemoryRegion> regions() const { return regions_; }

  // Hand-outs (see HandOut). Helpers register each value pointer they return; registering a value again is cheap
  // (the latest hand-out is checked first, and addresses that only grow append). The engine clears the
  // non-persistent ones when the outermost Program::run ends, as a value pointer cannot outlive the run in the
  // kernel either (RCU read section, or a reference the verifier makes the program release).
  void hand_out(const HandOut& h) {
    // Inline for the two common cases, a loop over the same key and a loop over growing keys: a lookup pays a few
    // compares, not a call and a search.
    if (!h.persistent) {
      if (latest_ < hand_outs_.size() && hand_outs_[latest_].base == h.base && !hand_outs_[latest_].persistent) {
        hand_outs_[latest_] = h;
        return;
      }
      if (hand_outs_.empty() || hand_outs_.back().base < h.base) {
        hand_outs_.push_back(h);
        latest_ = hand_outs_.size() - 1;
        return;
      }
    }
    hand_out_sorted(h);
  }
  bool revoke_hand_out(uint64_t base);  // ring buffer submit/discard; false if base was not handed out
  void clear_hand_outs();               // all but the persistent ones
  std::span<const HandOut> hand_outs() const { return hand_outs_; }
  // The hand-out whose value holds all of [addr, addr + n) (access and lock word not checked), or nullptr.
  const HandOut* hand_out_at(uint64_t addr, uint64_t n) const;
  // The most recently registered hand-out, or nullptr: what a program touches right after a lookup.
  const HandOut* latest_hand_out() const {
    return latest_ < hand_outs_.size() ? &hand_outs_[latest_] : nullptr;
  }
  // May the program read (write) all of [addr, addr + n)? Regions and hand-outs, not the stack.
  bool may_access(uint64_t addr, uint64_t n, bool write) const;

  // Packet data for legacy LD_ABS/LD_IND.
  void set_packet(const uint8_t* data, size_t size) { packet_ = data; packet_size_ = size; }
  const uint8_t* packet() const { return packet_; }
  size_t packet_size() const { return packet_size_; }

  // For LD_ABS/LD_IND's negative SKF_NET_OFF / SKF_LL_OFF offsets: the skb's network and MAC headers, and the
  // buffer [head, tail) such loads must stay in. Unset (the default), negative offsets fail.
  struct PacketHeaders {
    const uint8_t* head = nullptr;
    const uint8_t* tail = nullptr;
    const uint8_t* mac = nullptr;
    const uint8_t* network = nullptr;
  };
  void set_packet_headers(PacketHeaders headers) { headers_ = headers; }
  const PacketHeaders& packet_headers() const { return headers_; }

  // R1..R5 at entry (args[0] is R1).
  uint64_t args[5] = {0, 0, 0, 0, 0};

  // Opaque pointer for helpers' own state.
  void* user = nullptr;
  // The helpers' memo of map pointers already found in `user`'s map set (which only grows), so the hot path of a
  // map helper skips the shared, locked lookup. Whoever sets `user` clears it.
  const void* checked_maps[4] = {nullptr, nullptr, nullptr, nullptr};

  // The kernel-side object R1 stands for, for helpers that take the context (ARG_PTR_TO_CTX): during a test run,
  // bpfkit's xdp_buff or sk_buff (src/attach/packet_context.h). nullptr when the run has no such context (raw runs,
  // tracing contexts); packet helpers then fail the run.
  void* program_context = nullptr;

  // The current task's task_struct address for bpf_get_current_task(_btf): the simulated task of
  // HelperConfig::kernel_memory (tracing.h), set by HelperEnv::prepare; 0 when there is none.
  uint64_t current_task = 0;

  // Stores to context fields the kernel keeps narrower than the UAPI struct shows them (an __sk_buff's
  // queue_mapping, tc_index and tc_classid are u16 in the sk_buff): the test run leaves those fields out of its
  // writable regions, and a store there that faults comes here first, to be converted as the kernel's
  // convert_ctx_access rewrites it. Returns false for a store it does not take (the run then faults). imm: a
  // BPF_ST, whose value is the sign-extended immediate. Only the faulting path calls it.
  bool (*ctx_store)(RunContext& ctx, uint64_t addr, unsigned size, uint64_t value, bool imm) = nullptr;

  // If nonzero, the run stops with a runtime error once it has taken this many backward jumps plus calls.
  // Straight-line code always ends, so this bounds any run; it costs nothing on forward code. The kernel needs no
  // such bound (its verifier proves termination); raw mode and fuzzing do.
  uint64_t loop_limit = 0;

  // Stops the program after the current helper returns; run() then returns this error.
  void fail(std::string message);
  bool failed() const { return !failure_.empty(); }
  const std::string& failure() const { return failure_; }
  void reset_failure() { failure_.clear(); }

  // Tail calls (helper 12, which the engine executes itself: a helper cannot replace the running program). With
  // no resolver set, a tail call is a runtime error.
  TailCallResolver tail_call_resolver;

  // For helpers that take a callback (bpf_loop, bpf_for_each_map_elem, ...): runs the BPF function func_ref
  // (the value an LD_IMM64 with src BPF_PSEUDO_FUNC loaded, i.e. the byte offset of the function in the program
  // that made the helper call) with R1..R5 in a new frame below the caller's, and returns its R0. The frame
  // counts against kMaxCallFrames together with the caller's frames, as the verifier counts callback frames.
  // Only valid inside a helper during a run. On a fault inside the callback (or a frame/loop limit) it returns
  // the error and marks the run failed: the helper should return at once; the run then stops with the callback's
  // error, at the faulting instruction.
  Expected<uint64_t> call_bpf_function(uint64_t func_ref, uint64_t r1 = 0, uint64_t r2 = 0, uint64_t r3 = 0,
                                       uint64_t r4 = 0, uint64_t r5 = 0);

  // The stack memory of every active frame of the current run (the frames a program may legitimately pass
  // pointers into), for helpers that check pointer arguments. Empty outside a helper call during a run.
  std::span<uint8_t> active_stack() const;

 private:
  friend struct engine::ExecState;
  engine::ExecState* exec_ = nullptr;  // set by the engine for the duration of a run

  std::vector<MemoryRegion> regions_;
  void hand_out_sorted(const HandOut& h);  // the general case of hand_out: search, replace or insert
  std::vector<HandOut> hand_outs_;  // sorted by base; values never overlap
  size_t latest_ = SIZE_MAX;        // index into hand_outs_ (an index, not a copy: it stays cheap to check)
  size_t persistent_ = 0;           // how many hand-outs are persistent
  const uint8_t* packet_ = nullptr;
  size_t packet_size_ = 0;
  PacketHeaders headers_;
  std::string failure_;
};

// An instruction a loader could not make right and replaced by `call 0xbad2310`, as libbpf poisons a CO-RE
// relocation it cannot resolve. The program still loads (the kernel's verifier only refuses it when the call is
// reachable); reaching it stops the run with message, which names what was poisoned.
struct PoisonedInsn {
  size_t insn = 0;
  std::string message;
};
inline constexpr int32_t kPoisonedCallImm = 0xbad2310;  // libbpf's "bad relo"

class Program {
 public:
  // Validates and pre-decodes prog. Every helper call must be in helpers (else a load error naming the helper by
  // name and id). helpers must outlive the Program.
  static Expected<Program> load(std::vector<Insn> prog, const HelperTable* helpers = nullptr);
  // The same, with poisoned calls: each must be `call 0xbad2310` (src 0).
  static Expected<Program> load(std::vector<Insn> prog, const HelperTable* helpers,
                                std::vector<PoisonedInsn> poisoned);

  Program(Program&&) noexcept;
  Program& operator=(Program&&) noexcept;
  ~Program();

  // Runs once from instruction 0 and returns the full 64-bit R0.
  Expected<uint64_t> run(RunContext& ctx) const;

  std::span<const Insn> insns() const;

 private:
  friend const engine::Code& engine::program_code(const Program& prog);
  struct Impl;
  explicit Program(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

// Raw test mode: R1 points at mem (writable), R2 = mem.size(), mem is also the LD_ABS/LD_IND packet.
// raw_context builds that context, for callers that also set loop_limit or helper state before Program::run.
RunContext raw_context(std::span<uint8_t> mem);
Expected<uint64_t> run_raw(const Program& prog, std::span<uint8_t> mem);

// bpf_loop (helper 181) on top of RunContext::call_bpf_function, for helper tables to register:
// bpf_loop(nr_loops, callback, callback_ctx, flags) calls callback(i, callback_ctx) for i = 0, 1, ... until it
// returns nonzero; returns the number of calls made. flags != 0 gives -EINVAL, nr_loops > 1 << 23 gives -E2BIG
// (checked in that order; nr_loops is a u32, as in kernel/bpf/bpf_iter.c).
uint64_t helper_bpf_loop(RunContext& ctx, uint64_t nr_loops, uint64_t callback, uint64_t callback_ctx,
                         uint64_t flags, uint64_t);

}  // namespace bpfkit
