// The interpreter's internal program form.
//
// Program::load turns the wire instructions into one Slot per instruction slot, so the dispatch loop never decodes
// opcode fields: the handler (a computed-goto label address) already encodes class, operation, size, source and
// jump direction; jump and call targets are resolved to Slot pointers; helper calls carry the function pointer;
// LD_IMM64 carries the folded 64-bit value. Slot i corresponds to instruction i, so the slot index of the faulting
// handler is the instruction index reported in errors (the second slot of an LD_IMM64 is a never-executed filler).
#pragma once

#include <cstdint>
#include <vector>

#include "bpfkit/error.h"
#include "bpfkit/insn.h"
#include "bpfkit/vm.h"

namespace bpfkit::engine {

// Every handler of the dispatch loop. The order is the order of the label table inside execute().
#define BPFKIT_ENGINE_HANDLERS(X)                                                                                  \
  /* ALU: 64/32-bit, immediate (K) or register (X) operand */                                                    \
  X(ADD64_K) X(ADD64_X) X(ADD32_K) X(ADD32_X) X(SUB64_K) X(SUB64_X) X(SUB32_K) X(SUB32_X)                         \
  X(MUL64_K) X(MUL64_X) X(MUL32_K) X(MUL32_X) X(OR64_K) X(OR64_X) X(OR32_K) X(OR32_X)                             \
  X(AND64_K) X(AND64_X) X(AND32_K) X(AND32_X) X(XOR64_K) X(XOR64_X) X(XOR32_K) X(XOR32_X)                         \
  X(LSH64_K) X(LSH64_X) X(LSH32_K) X(LSH32_X) X(RSH64_K) X(RSH64_X) X(RSH32_K) X(RSH32_X)                         \
  X(ARSH64_K) X(ARSH64_X) X(ARSH32_K) X(ARSH32_X) X(MOV64_K) X(MOV64_X) X(MOV32_K) X(MOV32_X)                     \
  X(DIV64_K) X(DIV64_X) X(DIV32_K) X(DIV32_X) X(SDIV64_K) X(SDIV64_X) X(SDIV32_K) X(SDIV32_X)                     \
  X(MOD64_K) X(MOD64_X) X(MOD32_K) X(MOD32_X) X(SMOD64_K) X(SMOD64_X) X(SMOD32_K) X(SMOD32_X)                     \
  X(MOVSX64_8) X(MOVSX64_16) X(MOVSX64_32) X(MOVSX32_8) X(MOVSX32_16) X(NEG64) X(NEG32)                          \
  X(LE16) X(LE32) X(LE64) X(BE16) X(BE32) X(BE64) X(BSWAP16) X(BSWAP32) X(BSWAP64)                                \
  X(LD_IMM64)                                                                                                     \
  /* memory */                                                                                                    \
  X(LDX_B) X(LDX_H) X(LDX_W) X(LDX_DW) X(LDSX_B) X(LDSX_H) X(LDSX_W)                                              \
  X(ST_B) X(ST_H) X(ST_W) X(ST_DW) X(STX_B) X(STX_H) X(STX_W) X(STX_DW)                                           \
  X(AADD_W) X(AADD_DW) X(AOR_W) X(AOR_DW) X(AAND_W) X(AAND_DW) X(AXOR_W) X(AXOR_DW)                               \
  X(FADD_W) X(FADD_DW) X(FOR_W) X(FOR_DW) X(FAND_W) X(FAND_DW) X(FXOR_W) X(FXOR_DW)                               \
  X(XCHG_W) X(XCHG_DW) X(CMPXCHG_W) X(CMPXCHG_DW)                                                                 \
  X(LOAD_ACQ_B) X(LOAD_ACQ_H) X(LOAD_ACQ_W) X(LOAD_ACQ_DW) X(STORE_REL_B) X(STORE_REL_H) X(STORE_REL_W)           \
  X(STORE_REL_DW)                                                                                                 \
  X(LD_ABS_B) X(LD_ABS_H) X(LD_ABS_W) X(LD_IND_B) X(LD_IND_H) X(LD_IND_W)                                         \
  /* jumps: the _B variants are backward jumps, which count against RunContext::loop_limit */                   \
  X(JA) X(JA_B) X(MAY_GOTO) X(MAY_GOTO_B)                                                                         \
  BPFKIT_ENGINE_COND_JUMPS(X, JEQ) BPFKIT_ENGINE_COND_JUMPS(X, JNE) BPFKIT_ENGINE_COND_JUMPS(X, JGT)              \
  BPFKIT_ENGINE_COND_JUMPS(X, JGE) BPFKIT_ENGINE_COND_JUMPS(X, JLT) BPFKIT_ENGINE_COND_JUMPS(X, JLE)              \
  BPFKIT_ENGINE_COND_JUMPS(X, JSET) BPFKIT_ENGINE_COND_JUMPS(X, JSGT) BPFKIT_ENGINE_COND_JUMPS(X, JSGE)           \
  BPFKIT_ENGINE_COND_JUMPS(X, JSLT) BPFKIT_ENGINE_COND_JUMPS(X, JSLE)                                             \
  X(CALL_HELPER) X(TAIL_CALL) X(CALL_LOCAL) X(CALLX) X(EXIT)                                                      \
  /* never reached by valid control flow: the LD_IMM64 filler slot and the sentinel after the last insn; then an */\
  /* instruction the loader poisoned (PoisonedInsn), which stops the run when reached */                        \
  X(FILLER) X(END_OF_PROGRAM) X(POISONED)

#define BPFKIT_ENGINE_COND_JUMPS(X, C)                                                                            \
  X(C##64_K) X(C##64_X) X(C##32_K) X(C##32_X) X(C##64_K_B) X(C##64_X_B) X(C##32_K_B) X(C##32_X_B)

enum class Handler : uint16_t {
#define BPFKIT_ENGINE_ENUM(name) name,
  BPFKIT_ENGINE_HANDLERS(BPFKIT_ENGINE_ENUM)
#undef BPFKIT_ENGINE_ENUM
  kCount
};

struct Slot {
  const void* handler = nullptr;  // label address inside execute()
  union {
    const Slot* target;  // jumps, may_goto, local calls
    uint64_t imm64;      // LD_IMM64
    HelperFn fn;         // helper calls
  };
  int32_t imm = 0;  // K operand (shift counts pre-masked), END width
  int16_t off = 0;  // memory offset
  uint8_t dst = 0;
  uint8_t src = 0;

  Slot() : target(nullptr) {}
};
static_assert(sizeof(Slot) == 24);

// A loaded program: the original instructions plus their pre-decoded form. slots has insns.size() + 1 entries;
// the last one is the END_OF_PROGRAM sentinel that catches execution running off the end.
struct Code {
  std::vector<Insn> insns;
  std::vector<Slot> slots;
  std::vector<PoisonedInsn> poisoned;  // a POISONED slot's imm indexes this
};

// BPF_MAX_LOOPS: the budget each function invocation gets for may_goto (the kernel keeps it in a hidden stack slot
// that the function's prologue initializes).
inline constexpr uint64_t kMayGotoBudget = 8 * 1024 * 1024;

// Runs code from slot 0. Called with code == nullptr, it only returns (through labels) its label table, indexed
// by Handler; load uses that to fill Slot::handler.
Expected<uint64_t> execute(const Code* code, RunContext* ctx, const void* const** labels);

}  // namespace bpfkit::engine
