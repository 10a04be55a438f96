// The dispatch loop: threaded code over pre-decoded slots (see predecoded.h).
//
// Each handler ends by jumping straight to the next slot's handler (computed goto), so there is no central switch
// and the branch predictor sees one indirect jump per handler. Registers live in a local array; the only state that
// changes on bpf-to-bpf calls is the frame stack, kept here too.
//
// Semantics follow the kernel (kernel/bpf/core.c together with the verifier's rewrites in do_misc_fixups, which
// are what actually runs): division by zero gives 0, modulo by zero leaves dst (ALU32: its low half), signed
// division by -1 negates and signed modulo by -1 gives 0 (so INT_MIN / -1 == INT_MIN), LD_ABS/LD_IND out of
// bounds returns 0 from the current function, may_goto falls through BPF_MAX_LOOPS times per call. (That is the
// kernel interpreter's may_goto. The x86-64 JIT since 6.14 uses a timed variant instead, which keeps going until
// about a quarter second has passed, so a program that exhausts may_goto has no reproducible kernel result.)
#include <cstring>

#include <fmt/format.h>

#include "engine/exec_state.h"
#include "engine/memory.h"
#include "engine/predecoded.h"

namespace bpfkit::engine {
namespace {

[[gnu::cold, gnu::noinline]] Error runtime_error(const Code& code, const Slot* pc, std::string message) {
  return make_error(std::move(message)).at_insn(pc - code.slots.data());
}

template <class T>
inline T load(uint64_t addr) {
  T v;
  std::memcpy(&v, reinterpret_cast<const void*>(uintptr_t(addr)), sizeof(T));
  return v;
}

template <class T>
inline void store(uint64_t addr, T v) {
  std::memcpy(reinterpret_cast<void*>(uintptr_t(addr)), &v, sizeof(T));
}

template <class T>
inline T* ptr(uint64_t addr) {
  return reinterpret_cast<T*>(uintptr_t(addr));
}

// The run's error after a helper (or tail-call resolver) marked it failed: a failed callback's own error (at the
// faulting instruction inside the callback), else the helper's message at the call.
[[gnu::cold, gnu::noinline]] Error helper_failure(const Code& code, const Slot* pc, RunContext& ctx,
                                                 ExecState& ex) {
  if (!ex.nested_error) return runtime_error(code, pc, ctx.failure());
  Error e = std::move(*ex.nested_error);
  ex.nested_error.reset();
  return e;
}

// A tail call. Linux 6.18 (kernel/bpf/core.c JMP_TAIL_CALL, and the x86-64 JIT's emit_bpf_tail_call_*, "Inc
// tail_call_cnt if the slot is populated"): index >= max_entries falls through; tail_call_cnt >= MAX_TAIL_CALL_CNT
// falls through; an empty slot falls through; only then tail_call_cnt++. So failed attempts never count (older
// kernels counted empty-slot attempts; checked against the running kernel in interp_tailcall_test). A
// fall-through changes no register: the kernel interpreter leaves R0..R5 as they were, and the verifier treats R0
// (RET_VOID) and R1..R5 as unreadable afterwards anyway. Returns the program to continue in, nullptr to fall
// through; sets err for a runtime error.
// On an error it returns nullptr with the error in ex.nested_error: the dispatch loop must not hold a
// non-trivially destructible local where its computed gotos can leave the scope (clang rejects that).
[[gnu::noinline]] const Code* tail_call_target(const Code& code, const Slot* pc, RunContext& ctx, ExecState& ex,
                                               uint64_t map_ref, uint64_t index) {
  if (!ctx.tail_call_resolver) {
    ex.nested_error = runtime_error(code, pc, "bpf_tail_call: no tail-call resolver is set in the RunContext");
    return nullptr;
  }
  if (ex.tail_calls >= kMaxTailCalls) return nullptr;  // before the lookup: a resolver may have side effects
  const Program* target = ctx.tail_call_resolver(ctx, map_ref, uint32_t(index));  // u32 index = BPF_R3
  if (ctx.failed()) {
    ex.nested_error = helper_failure(code, pc, ctx, ex);
    return nullptr;
  }
  if (target == nullptr) return nullptr;
  ++ex.tail_calls;
  return &program_code(*target);
}

// bpf_internal_load_pointer_neg_helper(): a negative LD_ABS/LD_IND offset from SKF_NET_OFF on is relative to the
// network header, one from SKF_LL_OFF to SKF_NET_OFF to the MAC header; the bytes must lie in [head, tail).
[[gnu::noinline]] const uint8_t* negative_packet_pointer(const RunContext& ctx, int64_t k, unsigned size) {
  constexpr int64_t SKF_NET_OFF = -0x100000, SKF_LL_OFF = -0x200000;
  const RunContext::PacketHeaders& h = ctx.packet_headers();
  const uint8_t* base = k >= SKF_NET_OFF ? h.network : k >= SKF_LL_OFF ? h.mac : nullptr;
  if (base == nullptr || h.head == nullptr) return nullptr;
  const int64_t at = (base - h.head) + (k - (k >= SKF_NET_OFF ? SKF_NET_OFF : SKF_LL_OFF));
  if (at < 0 || at + int64_t(size) > h.tail - h.head) return nullptr;
  return h.head + at;
}

// The verifier's rules for a held bpf_spin_lock (do_check, check_resource_leak), checked as the program runs: no
// helper but bpf_spin_unlock (bpf_tail_call and the callback helpers included), and no exit from the main program.
constexpr int32_t kHelperSpinUnlock = 94;  // BPF_FUNC_spin_unlock
constexpr const char* kCallUnderLock = "function calls are not allowed while holding a lock";
constexpr const char* kExitUnderLock =
    "BPF_EXIT instruction in main prog cannot be used inside bpf_spin_lock-ed region";

[[gnu::cold, gnu::noinline]] Error lock_error(const Code& code, const Slot* pc, const ExecState& ex,
                                              const char* message) {
  return runtime_error(code, pc,
                       fmt::format("{} (bpf_spin_lock taken at insn {})", message, ex.lock_insn));
}

[[gnu::noinline]] Error take_nested_error(ExecState& ex) {
  Error e = std::move(*ex.nested_error);
  ex.nested_error.reset();
  return e;
}

}  // namespace

const Slot* function_slot(const Code& code, uint64_t offset) {
  const void* const* labels = nullptr;
  (void)dispatch(nullptr, nullptr, nullptr, nullptr, 0, nullptr, &labels);
  const uint64_t idx = offset / sizeof(Insn);
  if (offset % sizeof(Insn) != 0 || idx >= code.insns.size() ||
      code.slots[idx].handler == labels[size_t(Handler::FILLER)])
    return nullptr;
  return &code.slots[idx];
}

Expected<uint64_t> execute(const Code* code, RunContext* ctx, const void* const** labels) {
  if (code == nullptr) return dispatch(nullptr, nullptr, nullptr, nullptr, 0, nullptr, labels);
  ctx->reset_failure();
  ExecState ex;
  // With no limit, 2^64 backward jumps and calls is out of reach anyway.
  ex.budget = ctx->loop_limit != 0 ? ctx->loop_limit : UINT64_MAX;
  std::memset(ex.stack + sizeof(ex.stack) - kStackSize, 0, kStackSize);  // deterministic runs
  ExecState* const outer = ExecState::of(*ctx);  // a helper may run another program on the same context
  ExecState::attach(*ctx, &ex);
  Expected<uint64_t> r = dispatch(code, code->slots.data(), ctx, &ex, 0, ctx->args, nullptr);
  ExecState::attach(*ctx, outer);
  // A run that faulted (or exited, which is refused) with the lock held must not leave it taken: the next run, or
  // another thread, would spin on it for ever.
  if (ex.held_lock != nullptr) __atomic_store_n(ex.held_lock, 0u, __ATOMIC_RELEASE);
  // Value pointers do not outlive the run; a nested run (a helper running a program on the same context) leaves
  // the outer run's hand-outs alone.
  if (outer == nullptr) ctx->clear_hand_outs();
  return r;
}

// no-gcse: GCC's global CSE otherwise merges the per-handler indirect jumps into one shared jump, which defeats
// threaded dispatch (GCC manual, "Labels as Values").
// no-gcse: GCC's global CSE otherwise merges the per-handler indirect jumps into one shared jump, which defeats
// threaded dispatch (GCC manual, "Labels as Values").
[[gnu::optimize("no-gcse")]] Expected<uint64_t> dispatch(const Code* code, const Slot* entry, RunContext* ctx_ptr,
                                                           ExecState* ex, int base_depth, const uint64_t* args,
                                                           const void* const** labels) {
  static const void* const kLabels[] = {
#define BPFKIT_ENGINE_LABEL(name) &&L_##name,
      BPFKIT_ENGINE_HANDLERS(BPFKIT_ENGINE_LABEL)
#undef BPFKIT_ENGINE_LABEL
  };
  static_assert(sizeof(kLabels) / sizeof(kLabels[0]) == size_t(Handler::kCount));
  if (code == nullptr) {
    *labels = kLabels;
    return uint64_t(0);
  }

  RunContext& ctx = *ctx_ptr;
  Frame* const frames = ex->frames;

  // The stacks of all active frames, the callers' included (a callback may use a pointer into its caller's
  // stack), form the single range [stack_lo, top); see ExecState.
  const uint64_t stack_top = ex->stack_top();
  uint64_t stack_lo = stack_top - uint64_t(base_depth + 1) * kStackSize;
  uint64_t stack_span = uint64_t(base_depth + 1) * kStackSize;

  uint64_t reg[16] = {};  // dst and src are 4-bit fields; validate_program keeps them <= 10
  for (int i = 0; i < 5; ++i) reg[i + 1] = args[i];
  reg[10] = stack_lo + kStackSize;

  int depth = base_depth;  // index of the current frame
  uint64_t may_goto = kMayGotoBudget;
  uint64_t budget = ex->budget;  // a local in the loop; written back around helper calls and at the final exit
  RegionCache cache;
  const Slot* call_target = nullptr;
  uint64_t fault_addr = 0;
  unsigned fault_size = 0;
  Access fault_kind = Access::Read;

  const Slot* pc = entry;

#define DISPATCH goto* pc->handler
#define NEXT \
  do {       \
    ++pc;    \
    DISPATCH; \
  } while (0)
#define DST reg[pc->dst]
#define SRC reg[pc->src]
#define IMM64 uint64_t(int64_t(pc->imm))  // K operand of 64-bit operations: sign-extended
#define IMM32 uint32_t(pc->imm)           // K operand of 32-bit operations
#define COUNT_BACKWARD \
  if (__builtin_expect(budget-- == 0, 0)) goto loop_limit_exceeded

  // Stack first, then the cached region, then the slow scan. Atomics need writable memory, like writes.
#define CHECK_MEM(ADDR, N, KIND)                                                                                  \
  do {                                                                                                            \
    if (!within(ADDR, N, stack_lo, stack_span) &&                                                                 \
        !(within(ADDR, N, cache.base, cache.size) && allows(cache, KIND)) &&                                      \
        !find_region(ctx, ADDR, N, KIND, cache)) {                                                                \
      fault_addr = ADDR;                                                                                          \
      fault_size = N;                                                                                             \
      fault_kind = KIND;                                                                                          \
      goto bad_access;                                                                                            \
    }                                                                                                             \
  } while (0)
  // The kernel rejects misaligned atomics; a split-locked access could even trap the host.
#define CHECK_ATOMIC(ADDR, N, KIND)  \
  CHECK_MEM(ADDR, N, KIND);          \
  if ((ADDR) & ((N) - 1)) {          \
    fault_addr = ADDR;               \
    fault_size = N;                  \
    goto misaligned_atomic;          \
  }

  DISPATCH;

  // ---- ALU --------------------------------------------------------------------------------------------------------
#define ALU_BINARY(NAME, OP)                                     \
  L_##NAME##64_K : DST = DST OP IMM64;                           \
  NEXT;                                                          \
  L_##NAME##64_X : DST = DST OP SRC;                             \
  NEXT;                                                          \
  L_##NAME##32_K : DST = uint32_t(uint32_t(DST) OP IMM32);       \
  NEXT;                                                          \
  L_##NAME##32_X : DST = uint32_t(uint32_t(DST) OP uint32_t(SRC)); \
  NEXT;
  ALU_BINARY(ADD, +)
  ALU_BINARY(SUB, -)
  ALU_BINARY(MUL, *)
  ALU_BINARY(OR, |)
  ALU_BINARY(AND, &)
  ALU_BINARY(XOR, ^)
#undef ALU_BINARY

  // K shift counts were masked at load.
L_LSH64_K: DST <<= pc->imm; NEXT;
L_LSH64_X: DST <<= (SRC & 63); NEXT;
L_LSH32_K: DST = uint32_t(uint32_t(DST) << pc->imm); NEXT;
L_LSH32_X: DST = uint32_t(uint32_t(DST) << (SRC & 31)); NEXT;
L_RSH64_K: DST >>= pc->imm; NEXT;
L_RSH64_X: DST >>= (SRC & 63); NEXT;
L_RSH32_K: DST = uint32_t(DST) >> pc->imm; NEXT;
L_RSH32_X: DST = uint32_t(DST) >> (SRC & 31); NEXT;
L_ARSH64_K: DST = uint64_t(int64_t(DST) >> pc->imm); NEXT;
L_ARSH64_X: DST = uint64_t(int64_t(DST) >> (SRC & 63)); NEXT;
L_ARSH32_K: DST = uint32_t(int32_t(DST) >> pc->imm); NEXT;
L_ARSH32_X: DST = uint32_t(int32_t(DST) >> (SRC & 31)); NEXT;

L_MOV64_K: DST = IMM64; NEXT;
L_MOV64_X: DST = SRC; NEXT;
L_MOV32_K: DST = IMM32; NEXT;
L_MOV32_X: DST = uint32_t(SRC); NEXT;
L_MOVSX64_8: DST = uint64_t(int64_t(int8_t(SRC))); NEXT;
L_MOVSX64_16: DST = uint64_t(int64_t(int16_t(SRC))); NEXT;
L_MOVSX64_32: DST = uint64_t(int64_t(int32_t(SRC))); NEXT;
L_MOVSX32_8: DST = uint32_t(int32_t(int8_t(SRC))); NEXT;
L_MOVSX32_16: DST = uint32_t(int32_t(int16_t(SRC))); NEXT;
L_NEG64: DST = 0 - DST; NEXT;
L_NEG32: DST = uint32_t(0u - uint32_t(DST)); NEXT;

  // Division: see the header comment for the kernel's zero and -1 rules.
#define DIVISION(NAME, T_DIVISOR, OPERAND, EXPR) \
  L_##NAME : {                                   \
    const T_DIVISOR d = T_DIVISOR(OPERAND);      \
    DST = EXPR;                                  \
    NEXT;                                        \
  }
#define DIV64_EXPR (d == 0 ? 0 : DST / d)
#define DIV32_EXPR uint64_t(d == 0 ? 0u : uint32_t(DST) / d)
#define SDIV64_EXPR (d == 0 ? 0 : d == -1 ? 0 - DST : uint64_t(int64_t(DST) / d))
#define SDIV32_EXPR uint64_t(d == 0 ? 0u : d == -1 ? 0u - uint32_t(DST) : uint32_t(int32_t(DST) / d))
#define MOD64_EXPR (d == 0 ? DST : DST % d)
#define MOD32_EXPR uint64_t(d == 0 ? uint32_t(DST) : uint32_t(DST) % d)
#define SMOD64_EXPR (d == 0 ? DST : d == -1 ? 0 : uint64_t(int64_t(DST) % d))
#define SMOD32_EXPR uint64_t(d == 0 ? uint32_t(DST) : d == -1 ? 0u : uint32_t(int32_t(DST) % d))
  DIVISION(DIV64_K, uint64_t, IMM64, DIV64_EXPR)
  DIVISION(DIV64_X, uint64_t, SRC, DIV64_EXPR)
  DIVISION(DIV32_K, uint32_t, IMM32, DIV32_EXPR)
  DIVISION(DIV32_X, uint32_t, SRC, DIV32_EXPR)
  DIVISION(SDIV64_K, int64_t, IMM64, SDIV64_EXPR)
  DIVISION(SDIV64_X, int64_t, SRC, SDIV64_EXPR)
  DIVISION(SDIV32_K, int32_t, IMM32, SDIV32_EXPR)
  DIVISION(SDIV32_X, int32_t, SRC, SDIV32_EXPR)
  DIVISION(MOD64_K, uint64_t, IMM64, MOD64_EXPR)
  DIVISION(MOD64_X, uint64_t, SRC, MOD64_EXPR)
  DIVISION(MOD32_K, uint32_t, IMM32, MOD32_EXPR)
  DIVISION(MOD32_X, uint32_t, SRC, MOD32_EXPR)
  DIVISION(SMOD64_K, int64_t, IMM64, SMOD64_EXPR)
  DIVISION(SMOD64_X, int64_t, SRC, SMOD64_EXPR)
  DIVISION(SMOD32_K, int32_t, IMM32, SMOD32_EXPR)
  DIVISION(SMOD32_X, int32_t, SRC, SMOD32_EXPR)
#undef DIVISION
#undef DIV64_EXPR
#undef DIV32_EXPR
#undef SDIV64_EXPR
#undef SDIV32_EXPR
#undef MOD64_EXPR
#undef MOD32_EXPR
#undef SMOD64_EXPR
#undef SMOD32_EXPR

  // to_le on a little-endian host only truncates; to_be and the unconditional ALU64 bswap swap.
L_LE16: DST = uint16_t(DST); NEXT;
L_LE32: DST = uint32_t(DST); NEXT;
L_LE64: NEXT;
L_BE16:
L_BSWAP16: DST = __builtin_bswap16(uint16_t(DST)); NEXT;
L_BE32:
L_BSWAP32: DST = __builtin_bswap32(uint32_t(DST)); NEXT;
L_BE64:
L_BSWAP64: DST = __builtin_bswap64(DST); NEXT;

L_LD_IMM64:
  DST = pc->imm64;
  pc += 2;
  DISPATCH;

  // ---- memory -----------------------------------------------------------------------------------------------------
#define LDX(NAME, T, EXT)                          \
  L_##NAME : {                                     \
    const uint64_t a = SRC + uint64_t(pc->off);    \
    CHECK_MEM(a, sizeof(T), Access::Read);         \
    DST = uint64_t(EXT(load<T>(a)));               \
    NEXT;                                          \
  }
  LDX(LDX_B, uint8_t, )
  LDX(LDX_H, uint16_t, )
  LDX(LDX_W, uint32_t, )
  LDX(LDX_DW, uint64_t, )
  LDX(LDSX_B, int8_t, int64_t)
  LDX(LDSX_H, int16_t, int64_t)
  LDX(LDSX_W, int32_t, int64_t)
#undef LDX

  // A store no region takes may still be a converted context field (RunContext::ctx_store).
#define STORE(NAME, T, VALUE, IMM)                                                                        \
  L_##NAME : {                                                                                            \
    const uint64_t a = DST + uint64_t(pc->off);                                                           \
    if (!within(a, sizeof(T), stack_lo, stack_span) &&                                                    \
        !(within(a, sizeof(T), cache.base, cache.size) && allows(cache, Access::Write)) &&                \
        !find_region(ctx, a, sizeof(T), Access::Write, cache)) {                                          \
      if (ctx.ctx_store != nullptr && ctx.ctx_store(ctx, a, sizeof(T), uint64_t(VALUE), IMM)) NEXT;       \
      fault_addr = a;                                                                                     \
      fault_size = sizeof(T);                                                                             \
      fault_kind = Access::Write;                                                                         \
      goto bad_access;                                                                                    \
    }                                                                                                     \
    store<T>(a, T(VALUE));                                                                                \
    NEXT;                                                                                                 \
  }
  STORE(ST_B, uint8_t, IMM64, true)
  STORE(ST_H, uint16_t, IMM64, true)
  STORE(ST_W, uint32_t, IMM64, true)
  STORE(ST_DW, uint64_t, IMM64, true)
  STORE(STX_B, uint8_t, SRC, false)
  STORE(STX_H, uint16_t, SRC, false)
  STORE(STX_W, uint32_t, SRC, false)
  STORE(STX_DW, uint64_t, SRC, false)
#undef STORE

  // Real atomics: map memory may be shared with other threads running programs.
#define ATOMIC_RMW(NAME, T, BUILTIN, FETCH)                                            \
  L_##NAME : {                                                                         \
    const uint64_t a = DST + uint64_t(pc->off);                                        \
    CHECK_ATOMIC(a, sizeof(T), Access::Atomic);                                        \
    const T old = BUILTIN(ptr<T>(a), T(SRC), __ATOMIC_SEQ_CST);                        \
    if (FETCH) SRC = old; /* zero-extended for W */                                    \
    NEXT;                                                                              \
  }
  ATOMIC_RMW(AADD_W, uint32_t, __atomic_fetch_add, false)
  ATOMIC_RMW(AADD_DW, uint64_t, __atomic_fetch_add, false)
  ATOMIC_RMW(AOR_W, uint32_t, __atomic_fetch_or, false)
  ATOMIC_RMW(AOR_DW, uint64_t, __atomic_fetch_or, false)
  ATOMIC_RMW(AAND_W, uint32_t, __atomic_fetch_and, false)
  ATOMIC_RMW(AAND_DW, uint64_t, __atomic_fetch_and, false)
  ATOMIC_RMW(AXOR_W, uint32_t, __atomic_fetch_xor, false)
  ATOMIC_RMW(AXOR_DW, uint64_t, __atomic_fetch_xor, false)
  ATOMIC_RMW(FADD_W, uint32_t, __atomic_fetch_add, true)
  ATOMIC_RMW(FADD_DW, uint64_t, __atomic_fetch_add, true)
  ATOMIC_RMW(FOR_W, uint32_t, __atomic_fetch_or, true)
  ATOMIC_RMW(FOR_DW, uint64_t, __atomic_fetch_or, true)
  ATOMIC_RMW(FAND_W, uint32_t, __atomic_fetch_and, true)
  ATOMIC_RMW(FAND_DW, uint64_t, __atomic_fetch_and, true)
  ATOMIC_RMW(FXOR_W, uint32_t, __atomic_fetch_xor, true)
  ATOMIC_RMW(FXOR_DW, uint64_t, __atomic_fetch_xor, true)
  ATOMIC_RMW(XCHG_W, uint32_t, __atomic_exchange_n, true)
  ATOMIC_RMW(XCHG_DW, uint64_t, __atomic_exchange_n, true)
#undef ATOMIC_RMW

  // R0 always receives the old value, whether or not the exchange happened.
#define CMPXCHG(NAME, T)                                                                                \
  L_##NAME : {                                                                                          \
    const uint64_t a = DST + uint64_t(pc->off);                                                         \
    CHECK_ATOMIC(a, sizeof(T), Access::Atomic);                                                         \
    T expected = T(reg[0]);                                                                             \
    __atomic_compare_exchange_n(ptr<T>(a), &expected, T(SRC), false, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST); \
    reg[0] = expected;                                                                                  \
    NEXT;                                                                                               \
  }
  CMPXCHG(CMPXCHG_W, uint32_t)
  CMPXCHG(CMPXCHG_DW, uint64_t)
#undef CMPXCHG

#define LOAD_ACQ(NAME, T)                                        \
  L_##NAME : {                                                   \
    const uint64_t a = SRC + uint64_t(pc->off);                  \
    CHECK_ATOMIC(a, sizeof(T), Access::Read);                    \
    DST = __atomic_load_n(ptr<T>(a), __ATOMIC_ACQUIRE);          \
    NEXT;                                                        \
  }
  LOAD_ACQ(LOAD_ACQ_B, uint8_t)
  LOAD_ACQ(LOAD_ACQ_H, uint16_t)
  LOAD_ACQ(LOAD_ACQ_W, uint32_t)
  LOAD_ACQ(LOAD_ACQ_DW, uint64_t)
#undef LOAD_ACQ

#define STORE_REL(NAME, T)                                       \
  L_##NAME : {                                                   \
    const uint64_t a = DST + uint64_t(pc->off);                  \
    CHECK_ATOMIC(a, sizeof(T), Access::Write);                   \
    __atomic_store_n(ptr<T>(a), T(SRC), __ATOMIC_RELEASE);       \
    NEXT;                                                        \
  }
  STORE_REL(STORE_REL_B, uint8_t)
  STORE_REL(STORE_REL_H, uint16_t)
  STORE_REL(STORE_REL_W, uint32_t)
  STORE_REL(STORE_REL_DW, uint64_t)
#undef STORE_REL

  // Legacy packet loads. The kernel rewrites them into a call of bpf_skb_load_helper_{8,16,32}(skb, offset) with
  // an int offset (so LD_IND adds in 64 bits and then truncates to 32), followed by "if r0 s< 0: w0 = 0; exit".
  // Negative offsets only work for the SKF_NET_OFF/SKF_LL_OFF ranges, through RunContext::packet_headers() (an skb
  // test run sets them; a plain packet buffer has none, and they fail like any other out-of-bounds offset).
#define LD_PACKET(NAME, T, BSWAP, OFFSET)                                                       \
  L_##NAME : {                                                                                  \
    const int64_t o = (OFFSET);                                                                 \
    const uint8_t* packet = ctx.packet();                                                       \
    const uint8_t* at = nullptr;                                                                \
    if (o >= 0 && packet != nullptr && uint64_t(o) + sizeof(T) <= ctx.packet_size())           \
      at = packet + o;                                                                          \
    else if (o < 0)                                                                             \
      at = negative_packet_pointer(ctx, o, sizeof(T));                                          \
    if (at == nullptr) {                                                                        \
      reg[0] = 0;                                                                               \
      goto L_EXIT;                                                                              \
    }                                                                                           \
    T v;                                                                                        \
    std::memcpy(&v, at, sizeof(T));                                                             \
    reg[0] = BSWAP(v);                                                                          \
    NEXT;                                                                                       \
  }
#define NO_SWAP(v) (v)
  LD_PACKET(LD_ABS_B, uint8_t, NO_SWAP, pc->imm)
  LD_PACKET(LD_ABS_H, uint16_t, __builtin_bswap16, pc->imm)
  LD_PACKET(LD_ABS_W, uint32_t, __builtin_bswap32, pc->imm)
  LD_PACKET(LD_IND_B, uint8_t, NO_SWAP, int32_t(uint32_t(SRC) + IMM32))
  LD_PACKET(LD_IND_H, uint16_t, __builtin_bswap16, int32_t(uint32_t(SRC) + IMM32))
  LD_PACKET(LD_IND_W, uint32_t, __builtin_bswap32, int32_t(uint32_t(SRC) + IMM32))
#undef NO_SWAP
#undef LD_PACKET

  // ---- jumps ------------------------------------------------------------------------------------------------------
L_JA:
  pc = pc->target;
  DISPATCH;
L_JA_B:
  COUNT_BACKWARD;
  pc = pc->target;
  DISPATCH;

  // may_goto: jump once this function invocation's budget is used up, else spend one unit and fall through.
L_MAY_GOTO:
  if (may_goto == 0) {
    pc = pc->target;
    DISPATCH;
  }
  --may_goto;
  NEXT;
L_MAY_GOTO_B:
  if (may_goto == 0) {
    COUNT_BACKWARD;
    pc = pc->target;
    DISPATCH;
  }
  --may_goto;
  NEXT;

#define COND_JUMP(NAME, T, OP, RHS) \
  L_##NAME : if (T(DST) OP T(RHS)) {   \
    pc = pc->target;                \
    DISPATCH;                       \
  }                                 \
  NEXT;                             \
  L_##NAME##_B : if (T(DST) OP T(RHS)) { \
    COUNT_BACKWARD;                 \
    pc = pc->target;                \
    DISPATCH;                       \
  }                                 \
  NEXT;
#define COND_JUMPS(C, OP, T64, T32)    \
  COND_JUMP(C##64_K, T64, OP, IMM64)   \
  COND_JUMP(C##64_X, T64, OP, SRC)     \
  COND_JUMP(C##32_K, T32, OP, IMM32)   \
  COND_JUMP(C##32_X, T32, OP, SRC)
  COND_JUMPS(JEQ, ==, uint64_t, uint32_t)
  COND_JUMPS(JNE, !=, uint64_t, uint32_t)
  COND_JUMPS(JGT, >, uint64_t, uint32_t)
  COND_JUMPS(JGE, >=, uint64_t, uint32_t)
  COND_JUMPS(JLT, <, uint64_t, uint32_t)
  COND_JUMPS(JLE, <=, uint64_t, uint32_t)
  COND_JUMPS(JSET, &, uint64_t, uint32_t)
  COND_JUMPS(JSGT, >, int64_t, int32_t)
  COND_JUMPS(JSGE, >=, int64_t, int32_t)
  COND_JUMPS(JSLT, <, int64_t, int32_t)
  COND_JUMPS(JSLE, <=, int64_t, int32_t)
#undef COND_JUMPS
#undef COND_JUMP

  // ---- calls ------------------------------------------------------------------------------------------------------
L_CALL_HELPER:
  if (__builtin_expect(ex->held_lock != nullptr, 0) && pc->imm != kHelperSpinUnlock)
    return lock_error(*code, pc, *ex, kCallUnderLock);
  // What a callback started by this helper needs (see ExecState).
  ex->depth = depth;
  ex->code = code;
  ex->helper_pc = pc;
  ex->budget = budget;
  reg[0] = pc->fn(ctx, reg[1], reg[2], reg[3], reg[4], reg[5]);
  budget = ex->budget;
  cache.size = 0;  // the helper may have changed the region list
  if (__builtin_expect(ctx.failed(), 0)) return helper_failure(*code, pc, ctx, *ex);
  NEXT;

  // bpf_tail_call: on success the target starts at its instruction 0 in the current frame, which it takes over:
  // registers (R1 = ctx in a verified program) and R10 stay, the stack keeps its contents (the kernel neither
  // clears nor moves it), may_goto restarts (the target's prologue re-initializes it), and the target's exit
  // returns to whoever called the current frame (the x86-64 JIT, which allows tail calls in subprograms since
  // 5.10, unwinds the subprogram's frame before jumping).
L_TAIL_CALL: {
  if (__builtin_expect(ex->held_lock != nullptr, 0)) return lock_error(*code, pc, *ex, kCallUnderLock);
  const Code* target = tail_call_target(*code, pc, ctx, *ex, reg[2], reg[3]);
  cache.size = 0;  // the resolver is user code, like a helper
  if (__builtin_expect(ex->nested_error.has_value(), 0)) return take_nested_error(*ex);
  if (target == nullptr) NEXT;
  code = target;
  pc = code->slots.data();
  may_goto = kMayGotoBudget;
  DISPATCH;
}

  // callx: dst holds the byte offset of the callee's first instruction from the program start. That is the
  // value Linux stores for a function pointer in read-only map data, and what LD_IMM64 with src_reg
  // BPF_PSEUDO_FUNC loads here (see program.cc).
L_CALLX:
  call_target = function_slot(*code, DST);
  if (call_target == nullptr)
    return runtime_error(*code, pc,
                         fmt::format("callx: invalid target {:#x} (not the byte offset of an instruction)", DST));
  goto do_call;
L_CALL_LOCAL:
  call_target = pc->target;
do_call:
  if (depth + 1 >= kMaxCallFrames)
    return runtime_error(*code, pc,
                         fmt::format("the call stack of {} frames is too deep (at most {})", depth + 2,
                                     kMaxCallFrames));
  COUNT_BACKWARD;
  frames[depth] = Frame{pc + 1, code, reg[6], reg[7], reg[8], reg[9], may_goto};
  ++depth;
  stack_lo -= kStackSize;
  stack_span += kStackSize;
  std::memset(ptr<uint8_t>(stack_lo), 0, kStackSize);  // a fresh frame, not the previous callee's leftovers
  reg[10] = stack_lo + kStackSize;
  may_goto = kMayGotoBudget;
  pc = call_target;
  DISPATCH;

L_EXIT:
  if (depth == base_depth) {
    // A callback's exit returns to its helper; only the main program's own exit may not hold the lock.
    if (__builtin_expect(ex->held_lock != nullptr, 0) && base_depth == 0)
      return lock_error(*code, pc, *ex, kExitUnderLock);
    ex->budget = budget;
    return reg[0];
  }
  {
    --depth;
    const Frame& f = frames[depth];
    reg[6] = f.r6;
    reg[7] = f.r7;
    reg[8] = f.r8;
    reg[9] = f.r9;
    may_goto = f.may_goto;
    code = f.code;
    stack_lo += kStackSize;
    stack_span -= kStackSize;
    reg[10] = stack_lo + kStackSize;
    pc = f.ret;
  }
  DISPATCH;

  // ---- never reached by a program that passed validate_program -------------------------------------------------
L_FILLER:
  return runtime_error(*code, pc, "executed the second slot of an LD_IMM64");
L_END_OF_PROGRAM:
  return runtime_error(*code, pc - 1, "execution ran past the last instruction");
L_POISONED:
  return runtime_error(*code, pc, code->poisoned[size_t(pc->imm)].message);

  // ---- runtime errors ---------------------------------------------------------------------------------------------
bad_access:
  return runtime_error(*code, pc, describe_bad_access(ctx, fault_addr, fault_size, fault_kind));
misaligned_atomic:
  return runtime_error(*code, pc,
                       fmt::format("misaligned atomic access: {} bytes at {:#x}", fault_size, fault_addr));
loop_limit_exceeded:
  return runtime_error(*code, pc,
                       fmt::format("loop limit exceeded: more than {} backward jumps and calls", ctx.loop_limit));

#undef DISPATCH
#undef NEXT
#undef DST
#undef SRC
#undef IMM64
#undef IMM32
#undef COUNT_BACKWARD
#undef CHECK_MEM
#undef CHECK_ATOMIC
}

}  // namespace bpfkit::engine
