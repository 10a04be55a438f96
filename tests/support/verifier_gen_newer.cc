// Idioms for the verifier features newer than the classic ones: cpu v4 instructions, 32-bit bounds, partial
// spills, atomics, may_goto, bpf_loop callbacks, subprograms that take the context, ring buffer references
// crossing frames and stack slots, and loops that only converge by widening.
#include "support/verifier_gen_internal.h"

namespace bpfkit::vgen::detail {
namespace {

Insn alu_k(uint8_t cls, uint8_t code, uint8_t d, int32_t imm, int16_t off = 0) {
  return I(uint8_t(cls | code | op::K), d, 0, off, imm);
}
Insn alu_x(uint8_t cls, uint8_t code, uint8_t d, uint8_t s, int16_t off = 0) {
  return I(uint8_t(cls | code | op::X), d, s, off);
}
Insn ldsx(uint8_t size, uint8_t d, uint8_t s, int16_t off) { return I(op::LDX | op::MEMSX | size, d, s, off); }
Insn atomic(uint8_t size, uint8_t d, uint8_t s, int16_t off, int32_t what) {
  return I(op::STX | op::ATOMIC | size, d, s, off, what);
}
Insn may_goto(int16_t off) { return I(op::JMP | op::JCOND | op::K, 0, op::MAY_GOTO, off); }
Insn ja(int16_t off) { return I(op::JMP | op::JA, 0, 0, off); }
Insn exit_insn() { return I(op::JMP | op::EXIT); }

// r2 = r10 + base + r1, then a byte store or load there: the access that checks r1's bounds.
void stack_access_at_r1(Code& c, int16_t base, uint8_t value_or_dst, bool store, uint8_t size = op::B) {
  c.push_back(mov_reg(2, 10));
  c.push_back(add_imm(2, base));
  c.push_back(alu_x(op::ALU64, op::ADD, 2, 1));
  c.push_back(store ? stx(size, 2, value_or_dst, 0) : ldx(size, value_or_dst, 2, 0));
}

}  // namespace

void Generator::alu32_bounds(Code& c, uint16_t reserved) {
  const uint8_t s = scalar();
  switch (in_.below(7)) {
    case 0: c.push_back(alu_x(op::ALU, op::MOV, 1, s)); break;             // w1 = ws
    case 1: c.push_back(alu_x(op::ALU64, op::MOV, 1, s, 8)); break;        // r1 = (s8)rs
    case 2: c.push_back(alu_x(op::ALU64, op::MOV, 1, s, 16)); break;       // r1 = (s16)rs
    case 3: c.push_back(alu_x(op::ALU64, op::MOV, 1, s, 32)); break;       // r1 = (s32)rs
    case 4: c.push_back(alu_x(op::ALU, op::MOV, 1, s, in_.chance(50) ? 8 : 16)); break;  // w1 = (s8/s16)ws
    default: c.push_back(mov_reg(1, s)); break;
  }
  static constexpr uint8_t kOps[] = {op::ADD, op::SUB, op::AND, op::OR, op::LSH, op::RSH, op::ARSH, op::NEG,
                                     op::MUL, op::XOR};
  const uint32_t n = in_.below(3);
  for (uint32_t k = 0; k < n; ++k) {
    const uint8_t code = kOps[in_.below(sizeof kOps)];
    const uint8_t cls = in_.chance(75) ? op::ALU : op::ALU64;
    if (code == op::NEG) {
      c.push_back(I(cls | op::NEG, 1));
      continue;
    }
    int32_t imm = small_imm();
    if (code == op::LSH || code == op::RSH || code == op::ARSH) imm = int32_t(in_.below(cls == op::ALU ? 32 : 64));
    if (code == op::AND && in_.chance(50)) imm = in_.chance(80) ? 0x3f : 0xff;
    c.push_back(alu_k(cls, code, 1, imm));
  }
  const bool store = in_.chance(50);
  Code body;
  const int16_t frame = int16_t(in_.chance(90) ? -64 : -32);
  stack_access_at_r1(body, frame, store ? scalar() : scalar(reserved), store);
  const int32_t lim = in_.chance(85) ? 63 : 64;
  switch (in_.below(7)) {
    case 0: c.push_back(jmp_imm(op::JGT, 1, lim, int16_t(body.size()), true)); break;  // if w1 > lim
    case 1:
      // signed 32-bit window: both ends
      c.push_back(jmp_imm(op::JSLT, 1, 0, int16_t(body.size() + 1), true));
      c.push_back(jmp_imm(op::JSGT, 1, lim, int16_t(body.size()), true));
      break;
    case 2: c.push_back(jmp_imm(op::JGT, 1, lim, int16_t(body.size()))); break;
    case 3:
      c.push_back(jmp_imm(op::JSLT, 1, 0, int16_t(body.size() + 1)));
      c.push_back(jmp_imm(op::JSGT, 1, lim, int16_t(body.size())));
      break;
    case 4: c.push_back(alu_k(op::ALU, op::AND, 1, lim)); break;
    case 5: c.push_back(jmp_imm(op::JGE, 1, lim + 1, int16_t(body.size()), in_.chance(50))); break;
    default: break;  // unbounded
  }
  append(c, body);
}

void Generator::sext_load(Code& c, uint16_t reserved) {
  static constexpr uint8_t kSx[3] = {op::B, op::H, op::W};
  const uint8_t size = kSx[in_.below(3)];
  const int nb = int(op::size_bytes(size));
  const uint8_t d = scalar(reserved);
  switch (in_.below(ctx_ok_ ? 5 : 3)) {
    case 0: case 1: {
      const int16_t slot = int16_t(-8 * (1 + int(in_.below(8))));
      if (in_.chance(50))
        c.push_back(st(op::DW, 10, slot, small_imm()));
      else
        c.push_back(stx(op::DW, 10, scalar(), slot));
      c.push_back(ldsx(size, d, 10, int16_t(slot + nb * int(in_.below(uint32_t(8 / nb))))));
      break;
    }
    case 2: {
      const uint32_t m = in_.below(kKeyedMaps);
      lookup_u32_key(c, m, int32_t(in_.below(6)));
      const int vs = int(map(m).value_size);
      int off = nb * int(in_.below(uint32_t(vs / nb)));
      if (in_.chance(10)) off = vs - nb + 1;
      c.push_back(jmp_imm(op::JEQ, 0, 0, 1));
      c.push_back(ldsx(size, d, 0, int16_t(off)));
      break;
    }
    case 3: c.push_back(ldsx(size, d, kCtx, ctx_off())); return;
    default: {
      if (p_.type == ProgType::SocketFilter) {
        c.push_back(ldsx(size, d, kCtx, ctx_off()));
        return;
      }
      const bool xdp = p_.type == ProgType::Xdp;
      c.push_back(ldx(op::W, 2, kCtx, int16_t(xdp ? 0 : 76)));
      c.push_back(ldx(op::W, 3, kCtx, int16_t(xdp ? 4 : 80)));
      c.push_back(mov_reg(4, 2));
      c.push_back(add_imm(4, 8));
      c.push_back(jmp_reg(op::JGT, 4, 3, 1));
      c.push_back(ldsx(size, d, 2, int16_t(in_.chance(90) ? int(in_.below(uint32_t(9 - nb))) : 9 - nb)));
      break;
    }
  }
  // The signed value as a stack offset: the sign extension decides whether the bound holds.
  if (in_.chance(50)) {
    Code body;
    c.push_back(mov_reg(1, d));
    stack_access_at_r1(body, -64, scalar(), true);
    c.push_back(jmp_imm(op::JSLT, 1, 0, int16_t(body.size() + 1)));
    c.push_back(jmp_imm(in_.chance(80) ? op::JSGT : op::JGT, 1, 63, int16_t(body.size())));
    append(c, body);
  }
}

void Generator::partial_spill(Code& c, uint16_t reserved) {
  const int16_t slot = int16_t(-8 * (9 + int(in_.below(8))));  // below the slots the other idioms use
  const uint8_t wsize = kSizes[in_.below(4)];
  const int wb = int(op::size_bytes(wsize));
  const int16_t woff = int16_t(slot + wb * int(in_.below(uint32_t(8 / wb))));
  if (in_.chance(35)) {
    c.push_back(st(wsize, 10, woff, in_.chance(80) ? int32_t(in_.below(64)) : small_imm()));
  } else {
    const uint8_t s = scalar();
    if (in_.chance(50)) {
      c.push_back(mov_reg(1, s));
      c.push_back(alu_k(op::ALU64, op::AND, 1, in_.chance(80) ? 0x3f : 0xfff));
    } else {
      c.push_back(alu_x(op::ALU, op::MOV, 1, s));  // w1 = ws: the upper half known zero
      c.push_back(alu_k(op::ALU, op::AND, 1, in_.chance(80) ? 0x3f : 0xffff));
    }
    c.push_back(stx(wsize, 10, 1, woff));
    if (in_.chance(15)) c.push_back(st(op::B, 10, int16_t(slot + int(in_.below(8))), 1));  // part overwritten
  }
  const uint8_t rsize = in_.chance(60) ? wsize : kSizes[in_.below(4)];
  const int rb = int(op::size_bytes(rsize));
  const int16_t roff = in_.chance(80) ? int16_t(woff - (woff - slot) % rb) : int16_t(slot + rb * int(in_.below(uint32_t(8 / rb))));
  c.push_back(ldx(rsize, 1, 10, roff));
  if (in_.chance(30)) {
    c.push_back(mov_reg(scalar(reserved), 1));
    return;
  }
  const uint8_t r = in_.chance(50) ? scalar() : scalar(reserved);
  stack_access_at_r1(c, -64, r, in_.chance(50));
}

void Generator::atomic_op(Code& c, uint16_t reserved) {
  static constexpr int32_t kOps[] = {op::ADD, op::OR, op::AND, op::XOR, op::XCHG, op::CMPXCHG,
                                     op::LOAD_ACQ, op::STORE_REL};
  int32_t what = kOps[in_.below(sizeof kOps / sizeof kOps[0])];
  if (what <= op::XOR && in_.chance(50)) what |= op::FETCH;
  const bool acq_rel = what == op::LOAD_ACQ || what == op::STORE_REL;
  const uint8_t size = acq_rel ? kSizes[in_.below(4)] : (in_.chance(50) ? op::DW : op::W);
  const int nb = int(op::size_bytes(size));
  uint8_t base = 10;
  int16_t off = int16_t(-8 * (1 + int(in_.below(8))));
  Code guarded;  // what runs under a map lookup's null check
  Code* out = &c;
  switch (in_.below(20)) {
    case 0:
      // a pointer in the slot: atomics on spilled pointers are refused
      c.push_back(stx(op::DW, 10, ctx_ok_ ? kCtx : 10, off));
      break;
    case 1:
      if (ctx_ok_) {
        base = kCtx;
        off = ctx_off();
        break;
      }
      [[fallthrough]];
    case 2: case 3: case 4: case 5: case 6: {
      const uint32_t m = in_.below(kKeyedMaps);
      lookup_u32_key(c, m, int32_t(in_.below(6)));
      base = 1;
      guarded.push_back(mov_reg(1, 0));
      const int vs = int(map(m).value_size);
      off = int16_t(nb * int(in_.below(uint32_t(vs / nb))));
      if (in_.chance(8)) off = int16_t(vs - nb + 1);
      out = &guarded;
      break;
    }
    default:
      if (in_.chance(80))
        c.push_back(stx(op::DW, 10, scalar(), off));
      else if (in_.chance(50))
        c.push_back(st(op::DW, 10, off, small_imm()));
      // else: the slot may be uninitialised
      if (in_.chance(10)) {
        const int word = 4 * int(in_.below(2));
        off = int16_t(off + word + (in_.chance(50) ? 2 : 0));
      }
      break;
  }
  const uint8_t s = scalar(reserved);
  if (what == op::CMPXCHG) out->push_back(mov_reg(0, scalar()));
  if (what == op::LOAD_ACQ)
    out->push_back(atomic(size, s, base, off, what));  // s = load_acquire(base + off)
  else
    out->push_back(atomic(size, base, s, off, what));
  if (what == op::CMPXCHG) out->push_back(mov_reg(s, 0));
  if (out == &guarded) {
    c.push_back(jmp_imm(op::JEQ, 0, 0, int16_t(guarded.size())));
    append(c, guarded);
  }
  // A fetched value is whatever memory held: as an offset it needs a bound.
  if (in_.chance(30) && (what & op::FETCH || what == op::LOAD_ACQ)) {
    c.push_back(mov_reg(1, s));
    if (in_.chance(70)) c.push_back(alu_k(op::ALU64, op::AND, 1, 63));
    stack_access_at_r1(c, -64, scalar(), true);
  }
}

void Generator::may_goto_loop(Code& c, int depth, uint16_t reserved) {
  const uint8_t i = scalar(reserved);
  if (i == 0) return;
  const uint16_t inner = uint16_t(reserved | (1u << i));
  c.push_back(mov_imm(i, int32_t(in_.below(3))));
  if (in_.chance(10)) {
    // may_goto as a plain forward branch
    Code body;
    snippet(body, depth + 2, reserved);
    c.push_back(may_goto(int16_t(body.size())));
    append(c, body);
    return;
  }
  Code body;
  const uint32_t n = in_.below(3);
  for (uint32_t k = 0; k < n; ++k) snippet(body, depth + 2, inner);
  if (depth < 4 && in_.chance(30)) may_goto_loop(body, depth + 2, inner);
  if (in_.chance(40)) {
    // index a stack array with the counter
    body.push_back(mov_reg(1, i));
    body.push_back(alu_k(op::ALU64, op::AND, 1, in_.chance(90) ? 7 : 15));
    body.push_back(alu_k(op::ALU64, op::LSH, 1, 3));
    stack_access_at_r1(body, -64, i, true, op::DW);
  } else if (in_.chance(30)) {
    // the counter unmasked: only a branch bounds it
    body.push_back(mov_reg(1, i));
    Code acc;
    stack_access_at_r1(acc, -64, scalar(), true);
    body.push_back(jmp_imm(op::JGT, 1, in_.chance(85) ? 63 : 64, int16_t(acc.size())));
    append(body, acc);
  }
  body.push_back(add_imm(i, in_.chance(90) ? 1 : int32_t(in_.below(3))));
  // an exit test as the body's last instruction: goto +1 jumps over the back jump, out of the loop. Without one
  // only may_goto's budget (8M iterations) ends the loop.
  if (in_.chance(85)) body.push_back(jmp_imm(op::JGT, i, int32_t(1 + in_.below(100)), 1));
  // loop head: may_goto over the body and the back jump
  const int16_t skip = int16_t(body.size() + 1);
  const size_t head = c.size();
  c.push_back(may_goto(skip));
  append(c, body);
  c.push_back(ja(int16_t(int64_t(head) - int64_t(c.size()) - 1)));
}

void Generator::loop_callback(Code& c, uint16_t reserved) {
  if (subprogs_.size() >= 6 || frame_ >= 3) return;
  const int buf = 8 * int(1 + in_.below(8));
  switch (in_.below(4)) {
    case 0: c.push_back(mov_reg(1, scalar())); break;  // any count
    case 1:
      c.push_back(mov_reg(1, scalar()));
      c.push_back(alu_k(op::ALU64, op::AND, 1, 15));
      break;
    default: c.push_back(mov_imm(1, int32_t(in_.below(20)))); break;
  }
  const size_t callee = new_subprog();
  func_ptr(c, 2, callee);
  if (in_.chance(92)) {
    c.push_back(mov_reg(3, 10));
    c.push_back(add_imm(3, -buf));
  } else {
    c.push_back(mov_imm(3, 0));
  }
  c.push_back(mov_imm(4, in_.chance(95) ? 0 : 1));
  c.push_back(call(181));  // bpf_loop
  c.push_back(mov_reg(scalar(reserved), 0));

  // The callback: r1 = the index, r2 = the context (the caller's buffer).
  Code cb;
  const int slots = buf / 8;
  if (in_.chance(60)) {
    cb.push_back(mov_reg(3, 1));
    cb.push_back(alu_k(op::ALU64, op::AND, 3, in_.chance(90) ? slots - 1 : slots));
    cb.push_back(alu_k(op::ALU64, op::LSH, 3, 3));
    cb.push_back(mov_reg(4, 2));
    cb.push_back(alu_x(op::ALU64, op::ADD, 4, 3));
    cb.push_back(stx(op::DW, 4, 1, 0));
  } else {
    const int k = in_.chance(90) ? int(in_.below(uint32_t(slots))) : slots;
    cb.push_back(in_.chance(60) ? stx(op::DW, 2, 1, int16_t(8 * k)) : ldx(op::DW, 3, 2, int16_t(8 * k)));
  }
  cb.push_back(mov_reg(7, 1));
  const bool saved_ctx = ctx_ok_;
  ctx_ok_ = false;
  ++frame_;
  init_scalar(cb, 8);
  init_scalar(cb, 9);
  const uint32_t n = in_.below(3);
  for (uint32_t k = 0; k < n; ++k) snippet(cb, 2, 0);
  --frame_;
  ctx_ok_ = saved_ctx;
  switch (in_.below(20)) {
    case 0: cb.push_back(mov_imm(0, 2)); break;        // outside the callback's return range
    case 1: cb.push_back(mov_reg(0, 7)); break;        // the index: unknown
    case 2: break;                                     // whatever r0 holds
    default: cb.push_back(mov_imm(0, in_.chance(85) ? 0 : 1)); break;
  }
  cb.push_back(exit_insn());
  subprogs_[callee] = std::move(cb);
}

Code Generator::rich_body(uint16_t reserved) {
  Code sub;
  sub.push_back(mov_reg(kCtx, 1));
  sub.push_back(mov_reg(7, 3));
  // accesses to the caller's buffer (r2) before the idioms clobber r2
  const uint32_t n = in_.below(3);
  for (uint32_t k = 0; k < n; ++k) {
    const uint8_t sz = kSizes[in_.below(4)];
    const int nb = int(op::size_bytes(sz));
    int off = nb * int(in_.below(uint32_t(16 / nb)));
    if (in_.chance(5)) off = 16;
    sub.push_back(in_.chance(60) ? stx(sz, 2, 7, int16_t(off)) : ldx(sz, 8, 2, int16_t(off)));
  }
  init_scalar(sub, 8);
  init_scalar(sub, 9);
  const uint32_t m = 1 + in_.below(4);
  for (uint32_t k = 0; k < m; ++k) snippet(sub, 0, reserved);
  switch (in_.below(20)) {
    case 0: sub.push_back(mov_reg(0, kCtx)); break;  // a pointer back to the caller
    case 1: break;
    default: sub.push_back(mov_reg(0, scalar())); break;
  }
  sub.push_back(exit_insn());
  return sub;
}

void Generator::subprog_rich(Code& c, uint16_t reserved) {
  if (subprogs_.size() >= 6 || frame_ >= 3) return;
  c.push_back(mov_reg(1, in_.chance(95) ? kCtx : 10));
  c.push_back(mov_reg(2, 10));
  c.push_back(add_imm(2, -16));
  c.push_back(mov_reg(3, scalar()));
  const size_t callee = new_subprog();
  call_subprog(c, callee);
  c.push_back(mov_reg(scalar(reserved), 0));
  ++frame_;
  Code body = rich_body(0);
  --frame_;
  subprogs_[callee] = std::move(body);
}

void Generator::packet_compare(Code& c, uint16_t reserved) {
  if (p_.type == ProgType::SocketFilter) return packet_access(c, reserved);
  const bool xdp = p_.type == ProgType::Xdp;
  const bool meta = xdp && in_.chance(25);
  // r2 = start, r3 = the end it is checked against
  c.push_back(ldx(op::W, 2, kCtx, int16_t(meta ? 8 : xdp ? 0 : 76)));
  c.push_back(ldx(op::W, 3, kCtx, int16_t(meta ? 0 : xdp ? 4 : 80)));
  const int n = 1 + int(in_.below(24));
  Code body;
  const uint32_t accesses = 1 + in_.below(2);
  for (uint32_t k = 0; k < accesses; ++k) {
    const uint8_t size = kSizes[in_.below(4)];
    const int nb = int(op::size_bytes(size));
    int off = int(in_.below(uint32_t(std::max(1, n - nb + 1))));
    if (in_.chance(10)) off = n - nb + 1;
    body.push_back(in_.chance(60) ? ldx(size, scalar(reserved), 2, int16_t(off)) : stx(size, 2, scalar(), int16_t(off)));
  }
  c.push_back(mov_reg(4, 2));
  c.push_back(add_imm(4, n));
  const int16_t len = int16_t(body.size());
  switch (in_.below(12)) {
    case 0: c.push_back(jmp_reg(op::JGT, 4, 3, len)); break;   // if r4 > end skip
    case 1: c.push_back(jmp_reg(op::JLT, 3, 4, len)); break;   // if end < r4 skip
    case 2: c.push_back(jmp_reg(op::JGE, 4, 3, len)); break;   // stricter than needed
    case 3: c.push_back(jmp_reg(op::JLE, 3, 4, len)); break;
    case 4:  // if end >= r4 go to the accesses, else skip them
      c.push_back(jmp_reg(op::JGE, 3, 4, 1));
      c.push_back(ja(len));
      break;
    case 5:
      c.push_back(jmp_reg(op::JLE, 4, 3, 1));
      c.push_back(ja(len));
      break;
    case 6:
      c.push_back(jmp_reg(op::JGT, 3, 4, 1));
      c.push_back(ja(len));
      break;
    case 7: c.push_back(jmp_reg(op::JSGT, 4, 3, len)); break;      // signed: no range learnt
    case 8: c.push_back(jmp_reg(op::JGT, 4, 3, len, true)); break;  // 32-bit comparison of pointers
    case 9: c.push_back(jmp_reg(op::JEQ, 4, 3, len)); break;
    case 10: c.push_back(jmp_reg(op::JGT, 3, 4, len)); break;       // inverted: the accesses are out of range
    default: c.push_back(jmp_reg(op::JNE, 4, 3, len)); break;
  }
  append(c, body);
}

void Generator::ringbuf_ref(Code& c, uint16_t reserved) {
  const int size = 8 * int(1 + in_.below(4));
  const int16_t slot = int16_t(-8 * (9 + int(in_.below(6))));
  if (in_.chance(10)) {
    // bpf_ringbuf_output(map, stack buffer, size, 0)
    ld_map(c, 1, kRingbufMap);
    c.push_back(mov_reg(2, 10));
    c.push_back(add_imm(2, -size));
    c.push_back(mov_imm(3, in_.chance(90) ? size : size + 8));
    c.push_back(mov_imm(4, 0));
    c.push_back(call(130));
    return;
  }
  ld_map(c, 1, kRingbufMap);
  if (in_.chance(8)) {
    c.push_back(mov_reg(2, scalar()));  // a size that is not a constant
    c.push_back(alu_k(op::ALU64, op::AND, 2, 63));
  } else {
    c.push_back(mov_imm(2, size));
  }
  c.push_back(mov_imm(3, 0));
  c.push_back(call(131));
  Code body;
  body.push_back(stx(op::DW, 10, 0, slot));  // the record, kept in a stack slot
  body.push_back(st(op::DW, 0, 0, 1));
  bool released_in_callee = false;
  switch (in_.below(3)) {
    case 0:
      body.push_back(call(5));  // clobbers r0-r5; the slot keeps the reference
      break;
    case 1:
      if (subprogs_.size() < 6 && frame_ < 3) {
        // hand the record to a subprogram that writes it and maybe releases it
        body.push_back(mov_reg(1, 0));
        const size_t callee = new_subprog();
        call_subprog(body, callee);
        Code sub;
        const int off = in_.chance(90) ? 8 * int(in_.below(uint32_t(size / 8))) : size;
        sub.push_back(st(op::DW, 1, int16_t(off), 7));
        released_in_callee = in_.chance(40);
        if (released_in_callee) {
          sub.push_back(mov_imm(2, 0));
          sub.push_back(call(132));
        }
        sub.push_back(mov_imm(0, 0));
        sub.push_back(exit_insn());
        subprogs_[callee] = std::move(sub);
      }
      break;
    default:
      snippet(body, 2, reserved);
      break;
  }
  body.push_back(ldx(op::DW, 1, 10, slot));
  if (!released_in_callee || in_.chance(30)) {
    body.push_back(mov_imm(2, 0));
    body.push_back(call(in_.chance(60) ? 132 : 133));
    if (in_.chance(8)) {
      body.push_back(ldx(op::DW, 1, 10, slot));  // released twice
      body.push_back(mov_imm(2, 0));
      body.push_back(call(133));
    }
  }
  c.push_back(jmp_imm(op::JEQ, 0, 0, int16_t(body.size())));
  append(c, body);
}

void Generator::loop_widen(Code& c, int depth, uint16_t reserved) {
  switch (in_.below(3)) {
    case 0: {
      // the counter in a stack slot, loaded, bumped and stored back every iteration
      const int16_t slot = int16_t(-8 * (9 + int(in_.below(6))));
      c.push_back(st(op::DW, 10, slot, int32_t(in_.below(3))));
      Code body;
      snippet(body, depth + 2, reserved);
      body.push_back(ldx(op::DW, 1, 10, slot));
      body.push_back(add_imm(1, 1));
      body.push_back(stx(op::DW, 10, 1, slot));
      if (in_.chance(50)) stack_access_at_r1(body, -64, scalar(), true);
      const int32_t bound = int32_t(1 + in_.below(in_.chance(80) ? 16 : 64));
      body.push_back(jmp_imm(in_.chance(70) ? op::JLT : op::JSLT, 1, bound, int16_t(-int(body.size()) - 1)));
      append(c, body);
      break;
    }
    case 1: {
      // i counts, acc accumulates something the verifier cannot bound exactly
      const uint8_t i = scalar(reserved);
      if (i == 0) return;
      const uint8_t acc = scalar(uint16_t(reserved | (1u << i)));
      if (acc == 0 || acc == i) return;
      const uint16_t inner = uint16_t(reserved | (1u << i) | (1u << acc));
      c.push_back(mov_imm(i, 0));
      c.push_back(mov_imm(acc, 0));
      Code body;
      if (in_.chance(50)) snippet(body, depth + 2, inner);
      switch (in_.below(3)) {
        case 0: body.push_back(add_imm(acc, 3)); break;
        case 1:
          body.push_back(call(7));
          body.push_back(alu_k(op::ALU64, op::AND, 0, 7));
          body.push_back(alu_x(op::ALU64, op::ADD, acc, 0));
          break;
        default: body.push_back(alu_x(op::ALU64, op::ADD, acc, i)); break;
      }
      body.push_back(add_imm(i, 1));
      body.push_back(jmp_imm(op::JLT, i, int32_t(2 + in_.below(12)), int16_t(-int(body.size()) - 1)));
      append(c, body);
      // acc as an offset: its bound must come from the loop's analysis or a check
      c.push_back(mov_reg(1, acc));
      if (in_.chance(60)) c.push_back(alu_k(op::ALU64, op::AND, 1, 63));
      stack_access_at_r1(c, -64, scalar(inner), false);
      break;
    }
    default: {
      // nested bounded loops
      const uint8_t i = scalar(reserved);
      if (i == 0) return;
      const uint8_t j = scalar(uint16_t(reserved | (1u << i)));
      if (j == 0 || j == i) return;
      const uint16_t inner = uint16_t(reserved | (1u << i) | (1u << j));
      c.push_back(mov_imm(i, 0));
      Code outer;
      outer.push_back(mov_imm(j, 0));
      Code in;
      if (in_.chance(60)) snippet(in, depth + 2, inner);
      in.push_back(add_imm(j, 1));
      in.push_back(jmp_imm(op::JLT, j, int32_t(1 + in_.below(6)), int16_t(-int(in.size()) - 1)));
      append(outer, in);
      outer.push_back(add_imm(i, 1));
      outer.push_back(jmp_imm(op::JLT, i, int32_t(1 + in_.below(6)), int16_t(-int(outer.size()) - 1)));
      append(c, outer);
      break;
    }
  }
}

void Generator::alu_v4(Code& c, uint16_t reserved) {
  const uint8_t d = scalar(reserved);
  switch (in_.below(4)) {
    case 0: case 1: {
      // sdiv / smod (off = 1), 64 or 32 bits, by an immediate or a register
      const uint8_t code = in_.chance(50) ? op::DIV : op::MOD;
      const uint8_t cls = in_.chance(60) ? op::ALU64 : op::ALU;
      if (in_.chance(60)) {
        static constexpr int32_t kDiv[] = {3, -3, 7, -1, 2, 0};
        int32_t imm = kDiv[in_.below(6)];
        if (imm == 0 && in_.chance(80)) imm = 5;
        c.push_back(alu_k(cls, code, d, imm, 1));
      } else {
        c.push_back(alu_x(cls, code, d, scalar(), 1));
      }
      break;
    }
    case 2: {
      static constexpr int32_t kWidths[] = {16, 32, 64};
      const int32_t w = kWidths[in_.below(3)];
      switch (in_.below(3)) {
        case 0: c.push_back(I(op::ALU64 | op::END | op::TO_LE, d, 0, 0, w)); break;  // bswap
        case 1: c.push_back(I(op::ALU | op::END | op::TO_BE, d, 0, 0, w)); break;
        default: c.push_back(I(op::ALU | op::END | op::TO_LE, d, 0, 0, w)); break;
      }
      break;
    }
    default: {
      // a diamond whose join is reached with gotol (JMP32|JA, the offset in imm)
      const uint8_t code = kCondOps[in_.below(sizeof kCondOps)];
      const uint8_t lhs = scalar();
      c.push_back(jmp_imm(code, lhs, small_imm(), 2));
      c.push_back(mov_imm(d, 1));
      c.push_back(I(op::JMP32 | op::JA, 0, 0, 0, 1));
      c.push_back(mov_imm(d, small_imm()));
      break;
    }
  }
  if (in_.chance(40)) {
    c.push_back(mov_reg(1, d));
    Code body;
    stack_access_at_r1(body, -64, scalar(), true);
    c.push_back(jmp_imm(op::JSLT, 1, 0, int16_t(body.size() + 1)));
    c.push_back(jmp_imm(op::JSGT, 1, 63, int16_t(body.size())));
    append(c, body);
  }
}

}  // namespace bpfkit::vgen::detail
