// Dynptrs in the verifier (kernel/bpf/verifier.c, 6.18): a struct bpf_dynptr lives in two stack slots marked
// STACK_DYNPTR; the first slot's spilled_ptr holds the dynptr's type, its id and, for a ring buffer dynptr, the
// reference it holds (ref_obj_id). Helpers and kfuncs create one in uninitialised slots (MEM_UNINIT), read it, or
// release it; a slice (bpf_dynptr_data, bpf_dynptr_slice) remembers the dynptr's id, so that overwriting or
// releasing the dynptr invalidates it.
#pragma once

#include <cstdint>
#include <string>

#include "verifier/env.h"

namespace bpfkit::verifier {

// enum bpf_dynptr_type
enum DynptrType : uint8_t {
  kDynptrInvalid = 0, kDynptrLocal = 1, kDynptrRingbuf = 2, kDynptrSkb = 3, kDynptrXdp = 4, kDynptrSkbMeta = 5,
};
const char* dynptr_type_str(uint8_t type);

// What an ARG_PTR_TO_DYNPTR argument asks for: `type` 0 takes any dynptr (the kernel's plain ARG_PTR_TO_DYNPTR).
struct DynptrArg {
  uint8_t type = kDynptrInvalid;
  bool uninit = false;   // MEM_UNINIT: the call creates the dynptr
  bool rdonly = false;   // MEM_RDONLY: the call does not change the dynptr itself
  uint32_t clone_ref_obj_id = 0;
};

// process_dynptr_func
bool process_dynptr_func(Env& e, int regno, int insn_idx, const DynptrArg& arg);
// check_func_arg's OBJ_RELEASE rule for a dynptr argument ("arg %d is an unacquired reference")
bool check_dynptr_release_arg(Env& e, int regno);
// unmark_stack_slots_dynptr: a release helper's dynptr goes; a ring buffer dynptr takes its reference, its clones
// and its slices with it.
bool unmark_stack_slots_dynptr(Env& e, const RegState& reg);
// destroy_if_dynptr_stack_slot: a store into either slot of an unreferenced dynptr destroys it and its slices.
bool destroy_if_dynptr_stack_slot(Env& e, FuncState& st, int spi);
// "potential write to dynptr at off=%d disallowed": helper memory a helper only writes may not cover a dynptr.
bool check_raw_mode_no_dynptr(Env& e, const FuncState& st, int64_t min_off, int64_t max_off);

// The dynptr a register points to (PTR_TO_STACK at its first slot, or CONST_PTR_TO_DYNPTR).
uint32_t dynptr_id_of(Env& e, const RegState& reg);
uint32_t dynptr_ref_obj_id_of(Env& e, const RegState& reg);
uint8_t dynptr_type_of(Env& e, const RegState& reg);

// A slice into skb, xdp or skb metadata (reg_is_dynptr_slice_pkt): a helper that changes packet data invalidates it.
inline bool is_dynptr_slice_pkt(const RegState& r) {
  return r.type == RegType::PtrToMem &&
         (r.dynptr_type == kDynptrSkb || r.dynptr_type == kDynptrXdp || r.dynptr_type == kDynptrSkbMeta);
}

// kfuncs (check_kfunc_args' KF_ARG_PTR_TO_DYNPTR and the slices' return): what the call's arguments leave for its
// return value.
struct KfuncDynptrMeta {
  uint8_t type = kDynptrInvalid;  // meta->initialized_dynptr
  uint32_t id = 0;
  uint32_t ref_obj_id = 0;
  bool have_const = false;        // a __szk size (meta->arg_constant)
  uint64_t const_value = 0;
  int8_t buf_frame = -1;          // bpf_dynptr_slice's buffer on the stack: its frame and offset
  int32_t buf_off = 0;
};
bool is_dynptr_param(const btf::Btf& b, btf::TypeId param_type);
bool process_kfunc_dynptr_arg(Env& e, int regno, const std::string& kfunc, bool uninit, KfuncDynptrMeta& m);
// The buffer/size pair of bpf_dynptr_slice (buffer__opt, buffer__szk): the size must be a known constant.
bool process_kfunc_slice_buffer(Env& e, int regno, bool buffer_opt, KfuncDynptrMeta& m);
// R0 of bpf_dynptr_slice(_rdwr); false with the kernel's message when it cannot be.
bool mark_dynptr_slice_ret(Env& e, const std::string& kfunc, const KfuncDynptrMeta& m, RegState& r0);

}  // namespace bpfkit::verifier
