// The stack: check_stack_access_within_bounds, check_stack_{read,write}_{fixed,var}_off and
// check_stack_range_initialized (helper arguments), with the kernel's slot states and messages.
#include "verifier/check_stack.h"

#include <bit>

#include "verifier/dynptr.h"

namespace bpfkit::verifier {

namespace {

int reg_width(const RegState& r) { return r.b.umax == 0 ? 0 : 64 - std::countl_zero(r.b.umax); }

void mark_stack_slot_misc(Env& e, SlotType& t) {
  if (t == SlotType::Zero) return;
  if (t == SlotType::Invalid && e.priv) return;
  t = SlotType::Misc;
}

void save_register_state(Env& e, FuncState& st, int spi, const RegState& reg, int size) {
  StackSlot& slot = st.stack[size_t(spi)];
  slot.spilled = reg;
  slot.spilled.written = false;
  int i;
  for (i = 8; i > 8 - size; i--) slot.type[size_t(i - 1)] = SlotType::Spill;
  for (; i; i--) mark_stack_slot_misc(e, slot.type[size_t(i - 1)]);
}

// grow_stack_state + the subprogram's stack depth
void grow_stack(Env& e, FuncState& st, int size) {
  size = (size + 7) / 8 * 8;
  st.grow_stack(size);
  uint32_t& d = e.stack_depth[st.subprog];
  if (d < uint32_t(size)) d = uint32_t(size);
}

}  // namespace

bool check_stack_access_within_bounds(Env& e, int regno, int off, int size, bool write) {
  const RegState& reg = e.regs()[size_t(regno)];
  FuncState& st = e.func(reg);
  const char* extra = write ? " write to" : " read from";
  int64_t min_off, max_off;
  if (reg.b.is_const()) {
    min_off = int64_t(reg.b.var_off.value) + off;
    max_off = min_off + size;
  } else {
    if (reg.b.smax >= kMaxVarOff || reg.b.smin <= -kMaxVarOff)
      return e.err(strf("invalid unbounded variable-offset%s stack R%d", extra, regno));
    min_off = reg.b.smin + off;
    max_off = reg.b.smax + off + size;
  }
  int64_t min_valid = -kMaxBpfStack;
  bool bad = min_off < min_valid || min_off > -1 || max_off > 0 || size < 0;
  if (bad) {
    if (reg.b.is_const())
      return e.err(strf("invalid%s stack R%d off=%d size=%d", extra, regno, off, size));
    return e.err(strf("invalid variable-offset%s stack R%d var_off=%s off=%d size=%d", extra, regno,
                      tnum_to_string(reg.b.var_off).c_str(), off, size));
  }
  grow_stack(e, st, int(-min_off));
  return true;
}

// check_stack_write_fixed_off. value_regno < 0 with st_imm: BPF_ST's immediate.
static bool stack_write_fixed(Env& e, FuncState& st, int off, int size, int value_regno, const RegState* st_imm) {
  int slot = -off - 1, spi = slot / 8;
  StackSlot& ss = st.stack[size_t(spi)];
  FuncState& cur = e.cur.cur();
  const RegState* reg = value_regno >= 0 ? &cur.regs[size_t(value_regno)] : nullptr;
  if (!e.priv && ss.is_spilled() && !ss.is_spilled_scalar() && size != 8)
    return e.err("attempt to corrupt spilled pointer on stack");
  if (!destroy_if_dynptr_stack_slot(e, st, spi)) return false;
  e.mark_stack_slot_scratched(spi);
  // Only a whole slot counts as written: a partial write leaves the rest of the slot as it was.
  if (off % 8 == 0 && size == 8) e.stack_live.mark_write(st.frameno, uint64_t{1} << spi);
  if (reg && off % 8 == 0 && reg->type == RegType::Scalar && e.priv) {
    bool fits = reg_width(*reg) <= 8 * size;
    RegState copy = *reg;
    if (fits) {
      e.assign_scalar_id_before_mov(cur.regs[size_t(value_regno)]);
      copy = cur.regs[size_t(value_regno)];
    }
    save_register_state(e, st, spi, copy, size);
    if (!fits) clear_scalar_id(ss.spilled);
    e.push_insn_history(int(st.frameno), spi);
  } else if (!reg && st_imm && off % 8 == 0 && e.priv) {
    save_register_state(e, st, spi, *st_imm, size);
    e.push_insn_history(int(st.frameno), spi);
  } else if (reg && reg->is_pointer()) {
    if (size != 8) return e.err("invalid size of register spill");
    if (&st != &cur && reg->type == RegType::PtrToStack)
      return e.err("cannot spill pointers to stack into stack frame of the caller");
    save_register_state(e, st, spi, *reg, size);
    e.push_insn_history(int(st.frameno), spi);
  } else {
    SlotType type = SlotType::Misc;
    ss.spilled.type = RegType::NotInit;
    if (ss.type[7] == SlotType::Spill)
      for (auto& t : ss.type)
        if (t != SlotType::Invalid) t = SlotType::Misc;
    if ((reg && reg->is_null()) || (!reg && st_imm && st_imm->is_null())) {
      // STACK_ZERO records the register's value without a spill to backtrack through: it must be precise.
      if (reg) e.mark_chain_precision(value_regno);
      type = SlotType::Zero;
    }
    for (int i = 0; i < size; i++) ss.type[size_t((slot - i) % 8)] = type;
  }
  return true;
}

// check_stack_write_var_off
static bool stack_write_var(Env& e, FuncState& st, int ptr_regno, int off, int size, int value_regno,
                            const RegState* st_imm) {
  const RegState& ptr = e.regs()[size_t(ptr_regno)];
  int64_t min_off = ptr.b.smin + off, max_off = ptr.b.smax + off + size;
  const RegState* value = value_regno >= 0 ? &e.regs()[size_t(value_regno)] : nullptr;
  bool writing_zero = (value && value->is_null()) || (!value && st_imm && st_imm->is_null());
  int insn_idx = e.cur.insn_idx;
  bool zero_used = false;
  for (int64_t i = min_off; i < max_off; i++)
    if (!destroy_if_dynptr_stack_slot(e, st, int((-i - 1) / 8))) return false;
  for (int64_t i = min_off; i < max_off; i++) {
    int slot = int(-i - 1), spi = slot / 8;
    StackSlot& ss = st.stack[size_t(spi)];
    SlotType& t = ss.type[size_t(slot % 8)];
    e.mark_stack_slot_scratched(spi);
    if (!e.priv && t != SlotType::Misc && t != SlotType::Zero)
      return e.err(strf("spilled ptr in range of var-offset stack write; insn %d, ptr off: %d", insn_idx, int(i)));
    if (writing_zero && t == SlotType::Spill && ss.is_spilled_scalar() && ss.spilled.b.var_off.equals_const(0)) {
      zero_used = true;
      continue;
    }
    if (ss.type[7] == SlotType::Spill) {
      // A write into part of a spilled register leaves no spilled register behind.
      ss.spilled.type = RegType::NotInit;
      for (auto& other : ss.type)
        if (other == SlotType::Spill) other = SlotType::Misc;
    }
    SlotType nt = SlotType::Misc;
    if (writing_zero && t == SlotType::Zero) {
      nt = SlotType::Zero;
      zero_used = true;
    }
    if (t == SlotType::Invalid && !e.priv)
      return e.err(strf("uninit stack in range of var-offset write prohibited for !root; insn %d, off: %d",
                        insn_idx, int(i)));
    t = nt;
  }
  if (zero_used && value_regno >= 0) e.mark_chain_precision(value_regno);
  return true;
}

bool check_stack_write(Env& e, int ptr_regno, int off, int size, int value_regno, const RegState* st_imm) {
  const RegState& ptr = e.regs()[size_t(ptr_regno)];
  FuncState& st = e.func(ptr);
  if (ptr.b.is_const()) return stack_write_fixed(e, st, off + int(ptr.b.var_off.value), size, value_regno, st_imm);
  return stack_write_var(e, st, ptr_regno, off, size, value_regno, st_imm);
}

// mark_reg_stack_read: zero if every byte read is STACK_ZERO, else unknown.
static void mark_reg_stack_read(Env& e, FuncState& st, int64_t min_off, int64_t max_off, int dst_regno) {
  int zeros = 0;
  bool scratching = true;  // the kernel's loop scratches slots up to the first byte that is not zero
  for (int64_t i = min_off; i < max_off; i++) {
    int slot = int(-i - 1), spi = slot / 8;
    if (scratching) e.mark_stack_slot_scratched(spi);
    if (st.stack[size_t(spi)].type[size_t(slot % 8)] == SlotType::Zero) zeros++;
    else scratching = false;
  }
  RegState& d = e.regs()[size_t(dst_regno)];
  if (zeros == max_off - min_off) d = make_scalar_const(0);
  else d = make_scalar_unknown();
  d.written = true;
}

// check_stack_read_fixed_off
static bool stack_read_fixed(Env& e, FuncState& st, int off, int size, int dst_regno) {
  int slot = -off - 1, spi = slot / 8;
  StackSlot& ss = st.stack[size_t(spi)];
  auto& regs = e.regs();
  e.mark_stack_slot_scratched(spi);
  e.mark_stack_read(st.frameno, uint64_t{1} << spi);
  if (ss.is_spilled()) {
    int spill_size = 1;
    for (int i = 7; i > 0 && ss.type[size_t(i - 1)] == SlotType::Spill; i--) spill_size++;
    const RegState& reg = ss.spilled;
    if (size != 8 || spill_size != 8) {
      if (reg.type != RegType::Scalar) return e.err("invalid size of register fill");
      if (dst_regno < 0) return true;
      if (size <= spill_size && off % 8 == 0) {
        if (e.priv && size == 4 && spill_size == 4 && reg_width(reg) <= 32) e.assign_scalar_id_before_mov(ss.spilled);
        regs[size_t(dst_regno)] = ss.spilled;
        if (reg_width(ss.spilled) > size * 8) clear_scalar_id(regs[size_t(dst_regno)]);
        e.push_insn_history(int(st.frameno), spi);
      } else {
        int spill_cnt = 0, zero_cnt = 0;
        for (int i = 0; i < size; i++) {
          SlotType t = ss.type[size_t((slot - i) % 8)];
          if (t == SlotType::Spill) { spill_cnt++; continue; }
          if (t == SlotType::Misc) continue;
          if (t == SlotType::Zero) { zero_cnt++; continue; }
          if (t == SlotType::Invalid && e.priv) continue;
          return e.err(strf("invalid read from stack off %d+%d size %d", off, i, size));
        }
        if (spill_cnt == size && reg.b.var_off.equals_const(0)) {
          regs[size_t(dst_regno)] = make_scalar_const(0);
          e.push_insn_history(int(st.frameno), spi);  // this is a fill: the zero came from the spill
        } else if (zero_cnt == size) {
          regs[size_t(dst_regno)] = make_scalar_const(0);
        } else
          regs[size_t(dst_regno)] = make_scalar_unknown();
      }
      regs[size_t(dst_regno)].written = true;
    } else if (dst_regno >= 0) {
      regs[size_t(dst_regno)] = reg;
      regs[size_t(dst_regno)].written = true;
      e.push_insn_history(int(st.frameno), spi);
    } else if (!e.priv && reg.is_pointer()) {
      return e.err(strf("leaking pointer from stack off %d", off));
    } else {
      e.push_insn_history(int(st.frameno), spi);
    }
    return true;
  }
  for (int i = 0; i < size; i++) {
    SlotType t = ss.type[size_t((slot - i) % 8)];
    if (t == SlotType::Misc || t == SlotType::Zero) continue;
    if (t == SlotType::Invalid && e.priv) continue;
    return e.err(strf("invalid read from stack off %d+%d size %d", off, i, size));
  }
  if (dst_regno >= 0) mark_reg_stack_read(e, st, off, off + size, dst_regno);
  return true;
}

bool check_stack_read(Env& e, int ptr_regno, int off, int size, int dst_regno) {
  const RegState& reg = e.regs()[size_t(ptr_regno)];
  FuncState& st = e.func(reg);
  bool var_off = !reg.b.is_const();
  if (dst_regno < 0 && var_off)
    return e.err(strf("variable offset stack pointer cannot be passed into helper function; var_off=%s off=%d "
                      "size=%d",
                      tnum_to_string(reg.b.var_off).c_str(), off, size));
  if (!e.priv && var_off)
    return e.err(strf("R%d variable offset stack access prohibited for !root, var_off=%s", ptr_regno,
                      tnum_to_string(reg.b.var_off).c_str()));
  if (!var_off) return stack_read_fixed(e, st, off + int(reg.b.var_off.value), size, dst_regno);
  if (!check_stack_range_initialized(e, ptr_regno, off, size, false, false, nullptr)) return false;
  mark_reg_stack_read(e, st, reg.b.smin + off, reg.b.smax + off + size, dst_regno);
  return true;
}

bool check_stack_range_initialized(Env& e, int regno, int off, int access_size, bool zero_size_allowed,
                                   bool write, RawModeOut* raw) {
  const RegState reg = e.regs()[size_t(regno)];
  FuncState& st = e.func(reg);
  // before the bounds: a queue or stack map's 0-byte key fails here, ahead of the map/helper compatibility check
  if (access_size == 0 && !zero_size_allowed) return e.err("invalid zero-sized read");
  if (!check_stack_access_within_bounds(e, regno, off, access_size, write)) return false;
  int64_t min_off, max_off;
  bool raw_mode = raw && raw->raw_mode;
  if (reg.b.is_const()) {
    min_off = max_off = int64_t(reg.b.var_off.value) + off;
  } else {
    if (!e.priv)
      return e.err(strf("R%d variable offset stack access prohibited for !root, var_off=%s", regno,
                        tnum_to_string(reg.b.var_off).c_str()));
    raw_mode = false;
    min_off = reg.b.smin + off;
    max_off = reg.b.smax + off;
  }
  (void)zero_size_allowed;
  if (raw_mode) {
    if (!check_raw_mode_no_dynptr(e, st, min_off, max_off + access_size)) return false;
    raw->access_size = access_size;
    raw->regno = regno;
    raw->used = true;
    return true;
  }
  for (int64_t i = min_off; i < max_off + access_size; i++) {
    int slot = int(-i - 1), spi = slot / 8;
    if (spi < 0 || size_t(spi) >= st.stack.size()) return e.err("verifier bug: allocated_stack too small");
    StackSlot& ss = st.stack[size_t(spi)];
    SlotType& t = ss.type[size_t(slot % 8)];
    // reading any byte of a slot reads the slot
    if (t == SlotType::Misc) {
      e.mark_stack_read(st.frameno, uint64_t{1} << spi);
      continue;
    }
    if (t == SlotType::Zero || (t == SlotType::Invalid && e.priv)) {
      if (write) t = SlotType::Misc;
      e.mark_stack_read(st.frameno, uint64_t{1} << spi);
      continue;
    }
    if (ss.is_spilled() && (ss.spilled.type == RegType::Scalar || e.priv)) {
      if (write) {
        ss.spilled = make_scalar_unknown();
        for (auto& x : ss.type)
          if (x != SlotType::Invalid) x = SlotType::Misc;
      }
      e.mark_stack_read(st.frameno, uint64_t{1} << spi);
      continue;
    }
    if (reg.b.is_const())
      return e.err(strf("invalid read from stack R%d off %d+%d size %d", regno, int(min_off), int(i - min_off),
                        access_size));
    return e.err(strf("invalid read from stack R%d var_off %s+%d size %d", regno,
                      tnum_to_string(reg.b.var_off).c_str(), int(i - min_off), access_size));
  }
  return true;
}

}  // namespace bpfkit::verifier
