// Dynptr stack slots and arguments, the kernel's way: stack_slot_obj_get_spi, mark/unmark_stack_slots_dynptr,
// destroy_if_dynptr_stack_slot, is_dynptr_reg_valid_uninit/init, process_dynptr_func and the kfunc side of
// check_kfunc_args (KF_ARG_PTR_TO_DYNPTR, the bpf_dynptr_slice return).
#include "verifier/dynptr.h"

#include "bpfkit/btf.h"

namespace bpfkit::verifier {

namespace {

constexpr int kDynptrSlots = 2;  // BPF_DYNPTR_NR_SLOTS
constexpr int kErange = -2;      // the kernel's -ERANGE: the slots are past the allocated stack, no message

bool refcounted(uint8_t type) { return type == kDynptrRingbuf; }

void mark_reg_invalid(Env& e, RegState& r) {
  r = e.priv ? make_scalar_unknown() : RegState{};
  r.written = true;
}

// stack_slot_obj_get_spi for a dynptr: the first slot's index, -1 after a message, kErange.
int dynptr_get_spi(Env& e, const RegState& reg) {
  if (!reg.b.is_const()) {
    e.err("dynptr has to be at a constant offset");
    return -1;
  }
  int off = reg.off + int(int64_t(reg.b.var_off.value));
  if (off % 8) {
    e.err(strf("cannot pass in dynptr at an offset=%d", off));
    return -1;
  }
  int spi = (-off - 1) / 8;
  if (spi + 1 < kDynptrSlots) {
    e.err(strf("cannot pass in dynptr at an offset=%d", off));
    return -1;
  }
  const FuncState& st = e.func(reg);
  if (!(spi - kDynptrSlots + 1 >= 0 && size_t(spi) < st.stack.size())) return kErange;
  return spi;
}

void invalidate_dynptr(Env& e, FuncState& st, int spi) {
  e.stack_live.mark_write(st.frameno, uint64_t{3} << (spi - 1));
  for (int s : {spi, spi - 1}) {
    st.stack[size_t(s)].type.fill(SlotType::Invalid);
    st.stack[size_t(s)].spilled = RegState{};
    st.stack[size_t(s)].spilled.written = true;
  }
}

bool mark_stack_slots_dynptr(Env& e, const RegState& reg, const DynptrArg& arg, int insn_idx) {
  FuncState& st = e.func(reg);
  int spi = dynptr_get_spi(e, reg);
  if (spi < 0) return false;
  // [d1][d1][d2][d2]: initialising at the middle destroys both neighbours
  if (!destroy_if_dynptr_stack_slot(e, st, spi) || !destroy_if_dynptr_stack_slot(e, st, spi - 1)) return false;
  st.stack[size_t(spi)].type.fill(SlotType::Dynptr);
  st.stack[size_t(spi - 1)].type.fill(SlotType::Dynptr);
  e.stack_live.mark_write(st.frameno, uint64_t{3} << (spi - 1));
  if (arg.type == kDynptrInvalid) return false;  // a misconfigured prototype (-EINVAL without a message)
  uint32_t id = e.new_id();
  for (int i = 0; i < kDynptrSlots; i++) {
    RegState& r = st.stack[size_t(spi - i)].spilled;
    r = make_pointer(RegType::ConstPtrToDynptr);
    r.id = id;
    r.dynptr_type = arg.type;
    r.dynptr_first = i == 0;
  }
  if (refcounted(arg.type)) {
    uint32_t ref = arg.clone_ref_obj_id;
    if (!ref) {
      ref = e.new_id();
      e.cur.refs.push_back(RefState{ref, insn_idx, RefType::Ptr, -1});
    }
    st.stack[size_t(spi)].spilled.ref_obj_id = ref;
    st.stack[size_t(spi - 1)].spilled.ref_obj_id = ref;
  }
  return true;
}

bool is_dynptr_reg_valid_uninit(Env& e, const RegState& reg) {
  if (reg.type == RegType::ConstPtrToDynptr) return false;
  int spi = dynptr_get_spi(e, reg);
  // an existing unreferenced dynptr may be overwritten: mark_stack_slots_dynptr destroys it first
  return !(spi < 0 && spi != kErange);
}

bool is_dynptr_reg_valid_init(Env& e, const RegState& reg) {
  if (reg.type == RegType::ConstPtrToDynptr) return true;
  int spi = dynptr_get_spi(e, reg);
  if (spi < 0) return false;
  const FuncState& st = e.func(reg);
  if (!st.stack[size_t(spi)].spilled.dynptr_first) return false;
  for (int i = 0; i < 8; i++)
    if (st.stack[size_t(spi)].type[size_t(i)] != SlotType::Dynptr ||
        st.stack[size_t(spi - 1)].type[size_t(i)] != SlotType::Dynptr)
      return false;
  return true;
}

bool is_dynptr_type_expected(Env& e, const RegState& reg, uint8_t type) {
  if (type == kDynptrInvalid) return true;  // ARG_PTR_TO_DYNPTR takes any type
  if (reg.type == RegType::ConstPtrToDynptr) return reg.dynptr_type == type;
  int spi = dynptr_get_spi(e, reg);
  if (spi < 0) return false;
  return e.func(reg).stack[size_t(spi)].spilled.dynptr_type == type;
}

const RegState* first_slot(Env& e, const RegState& reg) {
  if (reg.type == RegType::ConstPtrToDynptr) return &reg;
  int spi = dynptr_get_spi(e, reg);
  if (spi < 0) return nullptr;
  return &e.func(reg).stack[size_t(spi)].spilled;
}

}  // namespace

const char* dynptr_type_str(uint8_t type) {
  switch (type) {
    case kDynptrLocal: return "local";
    case kDynptrRingbuf: return "ringbuf";
    case kDynptrSkb: return "skb";
    case kDynptrXdp: return "xdp";
    case kDynptrSkbMeta: return "skb_meta";
    case kDynptrInvalid: return "<invalid>";
    default: return "unknown";
  }
}

uint32_t dynptr_id_of(Env& e, const RegState& reg) {
  const RegState* s = first_slot(e, reg);
  return s ? s->id : 0;
}

uint32_t dynptr_ref_obj_id_of(Env& e, const RegState& reg) {
  const RegState* s = first_slot(e, reg);
  return s ? s->ref_obj_id : 0;
}

uint8_t dynptr_type_of(Env& e, const RegState& reg) {
  const RegState* s = first_slot(e, reg);
  return s ? s->dynptr_type : uint8_t(kDynptrInvalid);
}

bool destroy_if_dynptr_stack_slot(Env& e, FuncState& st, int spi) {
  // STACK_DYNPTR is never set on part of a slot, so byte 0 tells
  if (spi < 0 || size_t(spi) >= st.stack.size() || st.stack[size_t(spi)].type[0] != SlotType::Dynptr) return true;
  if (!st.stack[size_t(spi)].spilled.dynptr_first) spi++;
  if (refcounted(st.stack[size_t(spi)].spilled.dynptr_type)) return e.err("cannot overwrite referenced dynptr");
  uint32_t id = st.stack[size_t(spi)].spilled.id;
  st.stack[size_t(spi)].type.fill(SlotType::Invalid);
  st.stack[size_t(spi - 1)].type.fill(SlotType::Invalid);
  e.stack_live.mark_write(st.frameno, uint64_t{3} << (spi - 1));
  // only bpf_dynptr_data's slices (PTR_TO_MEM, maybe NULL): the kfunc slices' type carries more flags
  for_each_reg(e.cur, [&](RegState& r) {
    if (r.type != RegType::PtrToMem || (r.flags & ~kMaybeNull) || r.dynptr_type) return;
    if (r.dynptr_id == id) mark_reg_invalid(e, r);
  });
  for (int s : {spi, spi - 1}) {
    st.stack[size_t(s)].spilled = RegState{};
    st.stack[size_t(s)].spilled.written = true;
  }
  return true;
}

bool check_raw_mode_no_dynptr(Env& e, const FuncState& st, int64_t min_off, int64_t max_off) {
  for (int64_t i = min_off; i < max_off; i++) {
    int64_t stack_off = -i - 1;
    if (st.allocated_stack() <= stack_off) continue;  // raw mode may write past the allocated stack
    if (st.stack[size_t(stack_off / 8)].type[size_t(stack_off % 8)] == SlotType::Dynptr)
      return e.err(strf("potential write to dynptr at off=%d disallowed", int(i)));
  }
  return true;
}

bool unmark_stack_slots_dynptr(Env& e, const RegState& reg) {
  FuncState& st = e.func(reg);
  int spi = dynptr_get_spi(e, reg);
  if (spi < 0) return false;
  if (!refcounted(st.stack[size_t(spi)].spilled.dynptr_type)) {
    invalidate_dynptr(e, st, spi);
    return true;
  }
  uint32_t ref = st.stack[size_t(spi)].spilled.ref_obj_id;
  e.release_reference(ref);  // the slices go with the reference
  for (size_t i = 1; i < st.stack.size(); i++) {
    if (st.stack[i].spilled.ref_obj_id != ref) continue;
    if (st.stack[i].type[0] != SlotType::Dynptr) return e.err("verifier internal error: misconfigured ref_obj_id");
    if (st.stack[i].spilled.dynptr_first) invalidate_dynptr(e, st, int(i));  // clones
  }
  return true;
}

bool check_dynptr_release_arg(Env& e, int regno) {
  const RegState reg = e.regs()[size_t(regno)];
  if (reg.type != RegType::PtrToStack) return e.err("cannot release unowned const bpf_dynptr");
  int spi = dynptr_get_spi(e, reg);
  if (spi < 0 || !e.func(reg).stack[size_t(spi)].spilled.ref_obj_id)
    return e.err(strf("arg %d is an unacquired reference", regno));
  return true;
}

bool process_dynptr_func(Env& e, int regno, int insn_idx, const DynptrArg& arg) {
  const RegState reg = e.regs()[size_t(regno)];
  if (reg.type != RegType::PtrToStack && reg.type != RegType::ConstPtrToDynptr)
    return e.err(strf("arg#%d expected pointer to stack or const struct bpf_dynptr", regno - 1));
  if (arg.uninit) {
    if (!is_dynptr_reg_valid_uninit(e, reg)) return e.err("Dynptr has to be an uninitialized dynptr");
    for (int i = 0; i < 16; i += 8)
      if (!e.check_mem_access(insn_idx, regno, i, 8, true, -1, false, false)) return false;
    return mark_stack_slots_dynptr(e, reg, arg, insn_idx);
  }
  if (reg.type == RegType::ConstPtrToDynptr && !arg.rdonly)
    return e.err("cannot pass pointer to const bpf_dynptr, the helper mutates it");
  if (!is_dynptr_reg_valid_init(e, reg)) return e.err(strf("Expected an initialized dynptr as arg #%d", regno - 1));
  if (!is_dynptr_type_expected(e, reg, arg.type))
    return e.err(strf("Expected a dynptr of type %s as arg #%d", dynptr_type_str(arg.type), regno - 1));
  // mark_dynptr_read: a dynptr on the stack is read (a const one was read where it came from)
  if (reg.type == RegType::PtrToStack) {
    int spi = dynptr_get_spi(e, reg);
    if (spi >= 1) {
      e.mark_stack_read(e.func(reg).frameno, uint64_t{3} << (spi - 1));
      e.mark_stack_slot_scratched(spi);  // mark_stack_slot_obj_read
      e.mark_stack_slot_scratched(spi - 1);
    }
  }
  return true;
}

bool is_dynptr_param(const btf::Btf& b, btf::TypeId param_type) {
  const btf::Type* p = b.type(b.skip_mods_and_typedefs(param_type));
  if (!p || p->kind != btf::Kind::Ptr) return false;
  const btf::Type* t = b.type(b.skip_mods_and_typedefs(p->type));
  return t && t->kind == btf::Kind::Struct && t->name == "bpf_dynptr";
}

bool process_kfunc_dynptr_arg(Env& e, int regno, const std::string& kfunc, bool uninit, KfuncDynptrMeta& m) {
  const RegState reg = e.regs()[size_t(regno)];
  if (reg.type == RegType::ConstPtrToDynptr && !e.check_ptr_off_reg(reg, regno, false)) return false;
  DynptrArg arg;
  arg.rdonly = reg.type == RegType::ConstPtrToDynptr;
  arg.uninit = uninit;
  if (kfunc == "bpf_dynptr_from_skb") {
    arg.type = kDynptrSkb;
  } else if (kfunc == "bpf_dynptr_from_xdp") {
    arg.type = kDynptrXdp;
  } else if (kfunc == "bpf_dynptr_from_skb_meta") {
    arg.type = kDynptrSkbMeta;
  } else if (kfunc == "bpf_dynptr_clone" && uninit) {
    if (m.type == kDynptrInvalid) return e.err("verifier internal error: no dynptr type for parent of clone");
    arg.type = m.type;
    arg.clone_ref_obj_id = m.ref_obj_id;
  }
  if (!process_dynptr_func(e, regno, e.cur.insn_idx, arg)) return false;
  if (!uninit) {
    m.id = dynptr_id_of(e, reg);
    m.type = dynptr_type_of(e, reg);
    m.ref_obj_id = dynptr_ref_obj_id_of(e, reg);
  }
  return true;
}

bool process_kfunc_slice_buffer(Env& e, int regno, bool buffer_opt, KfuncDynptrMeta& m) {
  const RegState buf = e.regs()[size_t(regno)];
  const RegState size = e.regs()[size_t(regno + 1)];
  if (!buffer_opt || !e.register_is_null(regno)) {
    // check_kfunc_mem_size_reg: the buffer is read and written over the size's whole range
    bool ok = true;
    if (size.b.smin < 0) {
      ok = e.err(strf("R%d min value is negative, either use unsigned or 'var &= const'", regno + 1));
    } else if (size.b.umax >= uint64_t(kMaxVarSiz)) {
      ok = e.err(strf("R%d unbounded memory access, use 'var &= const' or 'if (var < const)'", regno + 1));
    } else {
      // check_mem_size_reg for the read, then for the write: each marks the size precise
      ok = e.check_helper_mem_access(regno, int64_t(size.b.umax), false, true, nullptr);
      if (ok) e.mark_chain_precision(regno + 1);
      ok = ok && e.check_helper_mem_access(regno, int64_t(size.b.umax), true, true, nullptr);
      if (ok) e.mark_chain_precision(regno + 1);
    }
    if (!ok)
      return e.err(strf("arg#%d arg#%d memory, len pair leads to invalid memory access", regno - 1, regno));
  }
  if (!size.b.is_const()) return e.err(strf("R%d must be a known constant", regno + 1));
  e.mark_chain_precision(regno + 1);  // the constant size becomes the slice's size
  if (buf.type == RegType::PtrToStack && buf.b.is_const()) {
    m.buf_frame = int8_t(buf.frameno);
    m.buf_off = buf.off + int32_t(buf.b.var_off.value);
  }
  m.have_const = true;
  m.const_value = size.b.const_value();
  return true;
}

bool mark_dynptr_slice_ret(Env& e, const std::string& kfunc, const KfuncDynptrMeta& m, RegState& r0) {
  r0 = make_pointer(RegType::PtrToMem);
  if (!m.have_const) return e.err("verifier internal error: bpf_dynptr_slice(_rdwr) no constant size");
  r0.mem_size = uint32_t(m.const_value);
  r0.dynptr_type = m.type;
  r0.slice_buf_frame = m.buf_frame;
  r0.slice_buf_off = m.buf_off;
  if (kfunc == "bpf_dynptr_slice") {
    r0.flags |= kRdonly;
  } else if (!may_access_direct_pkt_data(e.in.type, true)) {
    return e.err("the prog does not allow writes to packet data");
  }
  if (!m.id) return e.err("verifier internal error: no dynptr id");
  r0.dynptr_id = m.id;
  return true;
}

}  // namespace bpfkit::verifier
