// The verifier's abstract state: struct bpf_reg_state, bpf_stack_state, bpf_func_state and bpf_verifier_state of
// kernel/bpf/verifier.c (6.18), as value types. Scalars carry ScalarBounds (scalar_bounds.h); pointers use the same
// bounds for their variable offset, as the kernel does.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "verifier/scalar_bounds.h"

namespace bpfkit::verifier {

// enum bpf_reg_type's base types.
enum class RegType : uint8_t {
  NotInit, Scalar, PtrToCtx, ConstPtrToMap, PtrToMapValue, PtrToMapKey, PtrToStack, PtrToPacketMeta, PtrToPacket,
  PtrToPacketEnd, PtrToFlowKeys, PtrToSocket, PtrToSockCommon, PtrToTcpSock, PtrToTpBuffer, PtrToXdpSock,
  PtrToBtfId, PtrToMem, PtrToBuf, PtrToFunc, PtrToArena,
  ConstPtrToDynptr,  // a callback's dynptr argument (bpf_user_ringbuf_drain)
};

// Type flags (PTR_MAYBE_NULL, MEM_RDONLY, ...), OR-ed into RegState::flags.
inline constexpr uint16_t kMaybeNull = 1 << 0;
inline constexpr uint16_t kRdonly = 1 << 1;
inline constexpr uint16_t kRingbuf = 1 << 2;
inline constexpr uint16_t kTrusted = 1 << 3;
inline constexpr uint16_t kAlloc = 1 << 4;
inline constexpr uint16_t kUntrusted = 1 << 5;
inline constexpr uint16_t kRcu = 1 << 6;
inline constexpr uint16_t kPercpu = 1 << 7;

// packet range values below zero (mark_pkt_end)
inline constexpr int32_t kAtPktEnd = -1;
inline constexpr int32_t kBeyondPktEnd = -2;

// BPF_ADD_CONST64 / BPF_ADD_CONST32: the scalar was derived from a linked one by adding reg.off with a 64-bit or a
// 32-bit ALU op (sync_linked_regs zero-extends the latter). kAddConst is either.
inline constexpr uint32_t kAddConst64 = 1u << 31;
inline constexpr uint32_t kAddConst32 = 1u << 30;
inline constexpr uint32_t kAddConst = kAddConst64 | kAddConst32;

struct RegState {
  RegType type = RegType::NotInit;
  uint16_t flags = 0;
  int32_t off = 0;            // fixed offset (pointers), or the delta of a kAddConst-linked scalar
  ScalarBounds b;             // value (scalars) or variable offset (pointers)
  uint32_t id = 0;
  uint32_t ref_obj_id = 0;
  int32_t map = -1;           // map index (ConstPtrToMap, PtrToMapValue, PtrToMapKey)
  int32_t range = 0;          // packet pointers: bytes known to be within the packet after off
  uint32_t mem_size = 0;      // PtrToMem, PtrToBuf, PtrToTpBuffer
  uint32_t frameno = 0;       // PtrToStack: the frame it points into
  uint32_t subprog = 0;       // PtrToFunc
  const char* btf_name = nullptr;  // PtrToBtfId: the struct's name
  uint32_t btf_id = 0;        // PtrToBtfId: the struct in the kernel's BTF (the program's with kAlloc); 0: by name
  bool local_btf = false;     // PtrToBtfId without kAlloc whose type is the program's (an untrusted local kptr)
  // A STACK_ITER slot's spilled_ptr (bpf_reg_state.iter): the iterator's state and how many next() calls deep
  uint8_t iter_state = 0;     // IterState
  uint32_t iter_depth = 0;
  // dynptrs (dynptr.h): a STACK_DYNPTR slot's spilled_ptr and CONST_PTR_TO_DYNPTR carry the dynptr's type (and, in
  // a slot, whether it is the first of the two); a PTR_TO_MEM slice carries the DYNPTR_TYPE_* flag a kfunc slice
  // has in the kernel (0 for bpf_dynptr_data's) and the id of the dynptr it points into.
  uint8_t dynptr_type = 0;
  bool dynptr_first = false;
  // a bpf_dynptr_slice given a stack buffer: where the buffer is (the frame, -1 for none, and offset), which the
  // running 6.18 kernel's log shows as "buf=fp[0]-30+14" (the slice may be that buffer)
  int8_t slice_buf_frame = -1;
  int32_t slice_buf_off = 0;
  uint32_t dynptr_id = 0;
  bool precise = false;
  bool written = false;       // REG_LIVE_WRITTEN, for the log's "_w"

  bool is_scalar() const { return type == RegType::Scalar; }
  bool is_pointer() const { return type != RegType::Scalar && type != RegType::NotInit; }
  bool maybe_null() const { return flags & kMaybeNull; }
  bool is_pkt() const { return type == RegType::PtrToPacket || type == RegType::PtrToPacketMeta; }
  bool is_const() const { return is_scalar() && b.is_const(); }
  bool is_null() const { return is_scalar() && b.var_off.equals_const(0); }
};

RegState make_scalar_unknown();
RegState make_scalar_const(uint64_t v);
// Breaks a scalar's links: its id and, with it, the delta a kAddConst id carried (6.18 stable, "Clear delta when
// clearing reg id"): a delta left behind would be taken over by the next id the register gets.
inline void clear_scalar_id(RegState& r) {
  r.id = 0;
  r.off = 0;
}
// mark_reg_known_zero for a pointer of `type`: offset 0, variable part known 0.
RegState make_pointer(RegType type, uint16_t flags = 0);

// The kernel's reg_type_str: "scalar", "map_value_or_null", "ringbuf_mem", "trusted_ptr_", ...
std::string reg_type_str(RegType type, uint16_t flags);
inline std::string reg_type_str(const RegState& r) { return reg_type_str(r.type, r.flags); }

enum class SlotType : uint8_t { Invalid, Spill, Misc, Zero, Iter, Dynptr };
enum IterState : uint8_t { kIterInvalid = 0, kIterActive = 1, kIterDrained = 2 };

struct StackSlot {
  std::array<SlotType, 8> type{SlotType::Invalid, SlotType::Invalid, SlotType::Invalid, SlotType::Invalid,
                               SlotType::Invalid, SlotType::Invalid, SlotType::Invalid, SlotType::Invalid};
  RegState spilled;
  bool is_spilled() const { return type[7] == SlotType::Spill; }
  bool is_spilled_scalar() const { return is_spilled() && spilled.type == RegType::Scalar; }
};

struct FuncState {
  std::array<RegState, 11> regs;
  std::vector<StackSlot> stack;  // stack[spi] covers fp-8*(spi+1) .. fp-8*spi-1
  uint32_t frameno = 0;
  uint32_t subprog = 0;
  int32_t callsite = -1;          // the call instruction in the caller frame
  bool in_callback = false;
  int64_t cb_ret_min = 0, cb_ret_max = 1;  // callback_ret_range
  uint32_t callback_depth = 0;

  int allocated_stack() const { return int(stack.size()) * 8; }
  void grow_stack(int bytes) {
    size_t slots = (size_t(bytes) + 7) / 8;
    if (slots > stack.size()) stack.resize(slots);
  }
};

enum class RefType : uint8_t { Ptr, Lock };

struct RefState {
  uint32_t id = 0;
  int32_t insn = 0;
  RefType type = RefType::Ptr;
  int32_t lock_map = -1;  // Lock: the map whose value holds the lock
};

struct Checkpoint;

// One bpf_jmp_history_entry: an instruction on this state's path whose predecessor is not simply idx - 1 (a jump
// target, a return), a spill or fill of a stack slot (INSN_F_STACK_ACCESS), or a conditional jump that refined
// linked scalars. Precision backtracking (precision.cc) walks the path backwards through these.
struct HistEntry {
  struct Linked {
    uint8_t frame = 0;
    uint8_t num = 0;  // register number or stack slot index
    bool is_reg = false;
  };
  static constexpr int kMaxLinked = 6;  // LINKED_REGS_MAX
  int32_t idx = 0;
  int32_t prev_idx = -1;
  int16_t stack_frame = -1;  // >= 0: the instruction spilled to or filled from stack[stack_spi] of that frame
  int16_t stack_spi = -1;
  uint8_t nlinked = 0;
  std::array<Linked, kMaxLinked> linked{};
};

struct VerifierState {
  std::vector<FuncState> frames;  // frames[curframe()] is the current one
  std::vector<RefState> refs;
  uint32_t active_locks = 0;
  bool active_rcu_lock = false;   // inside bpf_rcu_read_lock()
  uint32_t callback_unroll_depth = 0;
  uint32_t may_goto_depth = 0;    // may_goto branches taken on this path (the queued fall-through side counts)
  int32_t insn_idx = 0;
  int32_t prev_insn_idx = -1;
  int32_t first_insn_idx = 0;     // the first instruction of this state's segment of the path
  int32_t last_insn_idx = -1;     // checkpoints: the last instruction before the checkpoint
  std::vector<HistEntry> history; // this segment's jmp_history
  uint32_t dfs_depth = 0;         // checkpoints between the program's entry and this state
  Checkpoint* parent = nullptr;   // the last checkpoint on this path
  bool speculative = false;
  bool cleaned = false;           // checkpoints: dead registers and stack slots already forgotten

  uint32_t curframe() const { return uint32_t(frames.size() - 1); }
  FuncState& cur() { return frames.back(); }
  const FuncState& cur() const { return frames.back(); }
  std::array<RegState, 11>& regs() { return frames.back().regs; }
};

// A state saved at a prune point (struct bpf_verifier_state_list).
struct Checkpoint {
  VerifierState state;
  Checkpoint* parent = nullptr;
  uint32_t branches = 0;          // paths from here still being explored
  uint32_t hits = 0, misses = 0;
  bool in_free_list = false;      // evicted from its list, kept while a path may still walk through it
};

// Calls f(RegState&) for every register and spilled register of every frame (bpf_for_each_reg_in_vstate).
template <class F>
void for_each_reg(VerifierState& st, F&& f) {
  for (auto& fr : st.frames) {
    for (auto& r : fr.regs) f(r);
    for (auto& s : fr.stack)
      if (s.is_spilled()) f(s.spilled);
  }
}

}  // namespace bpfkit::verifier
