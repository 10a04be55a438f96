#include "support/verifier_gen.h"
#include "support/verifier_gen_internal.h"

#include <fmt/format.h>

#include <algorithm>
#include <cstring>
#include <memory>

#include "bpfkit/disasm.h"
#include "bpfkit/helpers.h"
#include "bpfkit/test_run.h"
#include "bpfkit/vm.h"

namespace bpfkit::vgen::detail {

void Generator::run() {
  Code c;
  c.push_back(mov_reg(kCtx, 1));
  for (uint8_t r : kScalars) init_scalar(c, r);
  const uint32_t snippets = 1 + in_.below(12);
  for (uint32_t i = 0; i < snippets && !in_.exhausted(); ++i) snippet(c, 0, 0);
  epilogue(c);
  // The subprograms after the main program's exit. Calls and function pointers carry their callee's index
  // until here, where they become the offset to its first instruction.
  std::vector<size_t> starts;
  p_.func_starts = {0};
  for (const Code& sub : subprogs_) {
    p_.func_starts.push_back(uint32_t(c.size()));
    starts.push_back(c.size());
    append(c, sub);
  }
  for (size_t at = 0; at < c.size(); ++at) {
    const bool is_call = c[at].opcode == (op::JMP | op::CALL) && c[at].src == op::PSEUDO_CALL;
    const bool is_func = c[at].opcode == kLdImm64 && c[at].src == op::PSEUDO_FUNC;
    if ((is_call || is_func) && size_t(c[at].imm) < starts.size())
      c[at].imm = int32_t(int64_t(starts[size_t(c[at].imm)]) - int64_t(at) - 1);
    if (c[at].opcode == kLdImm64) ++at;
  }
  p_.insns = std::move(c);
}

size_t Generator::new_subprog() {
  subprogs_.emplace_back();
  return subprogs_.size() - 1;
}

void Generator::call_subprog(Code& c, size_t callee) {
  c.push_back(I(op::JMP | op::CALL, 0, op::PSEUDO_CALL, 0, int32_t(callee)));
}

void Generator::func_ptr(Code& c, uint8_t reg, size_t callee) {
  c.push_back(I(kLdImm64, reg, op::PSEUDO_FUNC, 0, int32_t(callee)));
  c.push_back(I(0));
}

uint8_t Generator::scalar(uint16_t reserved) {
  for (int tries = 0; tries < 4; ++tries) {
    const uint8_t r = kScalars[in_.below(3)];
    if (!(reserved & (1u << r))) return r;
  }
  for (uint8_t r : kScalars)
    if (!(reserved & (1u << r))) return r;
  return 0;
}

int32_t Generator::small_imm() {
  static constexpr int32_t kImms[] = {0, 1, 2, 3, 4, 7, 8, 15, 16, 31, 32, 63, 64, 255, -1, -8, 0x7fffffff,
                                      int32_t(0x80000000)};
  return in_.chance(60) ? int32_t(in_.below(40)) - 4 : kImms[in_.below(sizeof kImms / sizeof kImms[0])];
}

int16_t Generator::stack_off(uint8_t size) {
  const unsigned n = op::size_bytes(size);
  if (in_.chance(94)) return int16_t(-int(n) * (1 + int(in_.below(64 / n))));
  static constexpr int16_t kOdd[] = {-1, -3, -7, 0, 8, -512, -513, -520, -6, -10};
  return kOdd[in_.below(sizeof kOdd / sizeof kOdd[0])];
}

void Generator::init_scalar(Code& c, uint8_t r) {
  switch (in_.below(4)) {
    case 0: c.push_back(mov_imm(r, small_imm())); break;
    case 1:
      c.push_back(call(7));  // bpf_get_prandom_u32
      c.push_back(mov_reg(r, 0));
      break;
    case 2:
      if (!ctx_ok_) {
        c.push_back(mov_imm(r, small_imm()));
        break;
      }
      c.push_back(ldx(op::W, r, kCtx, int16_t(p_.type == ProgType::Xdp ? 12 : 0)));  // ifindex / len
      break;
    default:
      c.push_back(call(5));  // bpf_ktime_get_ns
      c.push_back(mov_reg(r, 0));
      c.push_back(I(op::ALU64 | op::AND | op::K, r, 0, 0, int32_t(in_.below(256))));
      break;
  }
}

void Generator::snippet(Code& c, int depth, uint16_t reserved) {
  if (c.size() > 400) return;
  // The first 16 kinds make no nested code; the rest (blocks, loops, calls) only at the two outer depths.
  uint32_t kind = in_.below(depth > 1 ? 16 : 26);
  const bool needs_ctx = kind == 4 || kind == 5 || kind == 7 || kind == 15 || kind == 20 || kind == 23;
  if (needs_ctx && !ctx_ok_) kind = 0;
  switch (kind) {
    case 0: case 1: alu(c, reserved); break;
    case 2: stack_store(c, reserved); break;
    case 3: stack_load(c, reserved); break;
    case 4: spill_fill(c); break;
    case 5: ctx_load(c, reserved); break;
    case 6: map_lookup(c, reserved); break;
    case 7:
      if (p_.type != ProgType::SocketFilter || in_.chance(5)) packet_access(c, reserved);
      else ctx_load(c, reserved);
      break;
    case 8: helper_call(c, reserved); break;
    case 9: stack_var_access(c, reserved); break;
    case 10: alu32_bounds(c, reserved); break;
    case 11: sext_load(c, reserved); break;
    case 12: partial_spill(c, reserved); break;
    case 13: atomic_op(c, reserved); break;
    case 14: alu_v4(c, reserved); break;
    case 15: packet_compare(c, reserved); break;
    case 16: cond_block(c, depth, reserved); break;
    case 17: loop(c, depth, reserved); break;
    case 18: ringbuf(c, reserved); break;
    case 19: subprog_call(c, reserved); break;
    case 20:
      if (is_skb_type(p_.type) || in_.chance(5)) ld_abs(c, reserved);
      else alu(c, reserved);
      break;
    case 21: may_goto_loop(c, depth, reserved); break;
    case 22: loop_callback(c, reserved); break;
    case 23: subprog_rich(c, reserved); break;
    case 24: ringbuf_ref(c, reserved); break;
    default: loop_widen(c, depth, reserved); break;
  }
}

void Generator::alu(Code& c, uint16_t reserved) {
  uint8_t dst = scalar(reserved);
  if (in_.chance(3)) dst = uint8_t(in_.below(11));  // any register, r10 and pointers included
  const uint8_t code = kAluOps[in_.below(sizeof kAluOps)];
  const bool is64 = in_.chance(65);
  const uint8_t cls = is64 ? op::ALU64 : op::ALU;
  if (code == op::NEG) {
    c.push_back(I(cls | op::NEG, dst));
    return;
  }
  if (in_.chance(40)) {
    c.push_back(I(cls | code | op::X, dst, scalar()));
    return;
  }
  int32_t imm = small_imm();
  if ((code == op::LSH || code == op::RSH || code == op::ARSH) && in_.chance(90))
    imm = int32_t(in_.below(is64 ? 64 : 32));
  if ((code == op::DIV || code == op::MOD) && imm == 0 && in_.chance(90)) imm = 3;
  c.push_back(I(cls | code | op::K, dst, 0, 0, imm));
}

void Generator::stack_store(Code& c, uint16_t reserved) {
  const uint8_t size = kSizes[in_.below(4)];
  const int16_t off = stack_off(size);
  if (in_.chance(40))
    c.push_back(st(size, 10, off, small_imm()));
  else
    c.push_back(stx(size, 10, in_.chance(10) ? uint8_t(in_.below(11)) : scalar(), off));
  (void)reserved;
}

void Generator::stack_load(Code& c, uint16_t reserved) {
  const uint8_t size = kSizes[in_.below(4)];
  const int16_t off = stack_off(size);
  c.push_back(ldx(size, scalar(reserved), 10, off));
}

void Generator::spill_fill(Code& c) {
  const int16_t off = int16_t(-8 * (1 + in_.below(8)));
  const uint8_t ptr_src = in_.chance(70) ? kCtx : 10;
  c.push_back(stx(op::DW, 10, ptr_src, off));
  if (in_.chance(15)) {
    const uint8_t size = kSizes[in_.below(3)];
    c.push_back(st(size, 10, int16_t(off + in_.below(8)), 1));
  }
  c.push_back(ldx(op::DW, 1, 10, off));
  if (ptr_src == kCtx)
    c.push_back(ldx(op::W, 2, 1, ctx_off()));
  else
    c.push_back(ldx(op::DW, 2, 1, int16_t(-8 * (1 + in_.below(9)))));
}

int16_t Generator::ctx_off() {
  if (in_.chance(4)) return int16_t(in_.below(200));
  if (p_.type == ProgType::Xdp) return int16_t(4 * in_.below(5));
  // __sk_buff: len .. cb[4], hash; tc_classid, data and data_end only for sched_cls
  static constexpr int16_t kSkb[] = {0, 4, 8, 12, 16, 20, 24, 28, 32, 36, 40, 44, 48, 52, 56, 60, 64, 68, 72, 76, 80};
  return kSkb[in_.below(p_.type == ProgType::SchedCls ? 21 : 18)];
}

void Generator::ctx_load(Code& c, uint16_t reserved) {
  const uint8_t size = in_.chance(85) ? op::W : kSizes[in_.below(4)];
  const uint8_t dst = scalar(reserved);
  c.push_back(ldx(size, dst, kCtx, ctx_off()));
  if (in_.chance(5)) {  // ctx writes: mostly refused
    const uint8_t src = scalar();
    c.push_back(stx(op::W, kCtx, src, ctx_off()));
  }
}

Code Generator::value_accesses(uint32_t vs, uint16_t reserved) {
  Code body;
  const uint32_t n = 1 + in_.below(3);
  for (uint32_t k = 0; k < n; ++k) {
    const uint8_t size = kSizes[in_.below(4)];
    const int nb = int(op::size_bytes(size));
    int off = int(in_.below(std::max(1, int(vs) - nb + 1)));
    if (in_.chance(12)) off = int(vs) - nb + 1;  // one byte too far
    if (in_.chance(4)) off = -1;
    switch (in_.below(5)) {
      case 0: body.push_back(ldx(size, scalar(reserved), 0, int16_t(off))); break;
      case 1: body.push_back(stx(size, 0, scalar(), int16_t(off))); break;
      case 2: body.push_back(st(size, 0, int16_t(off), small_imm())); break;
      case 3:
        // lock *(u64 *)(r0 + off) += rS (atomic add), 4 or 8 bytes
      {
        const uint8_t width = in_.chance(50) ? op::DW : op::W;
        body.push_back(I(op::STX | op::ATOMIC | width, 0, scalar(), int16_t(off & ~3), op::ADD));
        break;
      }
      default: {
        // r0 += (rS & mask), then an access at a fixed offset: the mask bounds the offset, or not quite.
        const uint8_t s = scalar();
        body.push_back(mov_reg(1, s));
        uint32_t mask = vs > 1 ? vs - 1 : 0;
        if (in_.chance(20)) mask = vs;
        if (in_.chance(10)) mask = 0xffff;
        if (in_.chance(80)) {
          body.push_back(I(op::ALU64 | op::AND | op::K, 1, 0, 0, int32_t(mask)));
        } else {
          // a branch bound instead of a mask: if r1 > limit skip the access
          const int32_t limit = int32_t(vs) - nb + (in_.chance(20) ? 1 : 0);
          body.push_back(jmp_imm(in_.chance(50) ? op::JGT : op::JSGT, 1, limit, 2));
        }
        body.push_back(I(op::ALU64 | op::ADD | op::X, 0, 1));
        body.push_back(ldx(size, scalar(reserved), 0, 0));
        break;
      }
    }
  }
  return body;
}

void Generator::map_lookup(Code& c, uint16_t reserved) {
  const uint32_t m = in_.below(kKeyedMaps);
  const int16_t key_off = int16_t(-4 * (1 + in_.below(4)));
  if (in_.chance(70)) {
    c.push_back(st(op::W, 10, key_off, int32_t(in_.below(6))));
  } else if (in_.chance(80)) {
    const uint8_t s = scalar(reserved);
    c.push_back(stx(op::W, 10, s, key_off));
  }
  c.push_back(mov_reg(2, 10));
  c.push_back(add_imm(2, key_off));
  ld_map(c, 1, m);
  c.push_back(call(1));  // bpf_map_lookup_elem
  Code body = value_accesses(map(m).value_size, reserved);
  switch (in_.below(10)) {
    case 0: break;  // no null check
    case 1:
      // if r0 != 0 goto +1; goto +body
      c.push_back(jmp_imm(op::JNE, 0, 0, 1));
      c.push_back(I(op::JMP | op::JA, 0, 0, int16_t(body.size())));
      break;
    default: c.push_back(jmp_imm(op::JEQ, 0, 0, int16_t(body.size()))); break;
  }
  append(c, body);
}

void Generator::packet_access(Code& c, uint16_t reserved) {
  const bool xdp = p_.type == ProgType::Xdp;
  c.push_back(ldx(op::W, 2, kCtx, int16_t(xdp ? 0 : 76)));
  c.push_back(ldx(op::W, 3, kCtx, int16_t(xdp ? 4 : 80)));
  const int n = 1 + int(in_.below(40));
  Code body;
  const uint32_t accesses = 1 + in_.below(3);
  for (uint32_t k = 0; k < accesses; ++k) {
    const uint8_t size = kSizes[in_.below(4)];
    const int nb = int(op::size_bytes(size));
    int off = int(in_.below(uint32_t(std::max(1, n - nb + 1))));
    if (in_.chance(10)) off = n - nb + 1;
    if (in_.chance(60))
      body.push_back(ldx(size, scalar(reserved), 2, int16_t(off)));
    else
      body.push_back(stx(size, 2, scalar(), int16_t(off)));
  }
  if (in_.chance(15)) {
    // a variable offset from packet contents, bounded by a mask, then checked again
    body.push_back(ldx(op::B, 5, 2, 0));
    body.push_back(I(op::ALU64 | op::AND | op::K, 5, 0, 0, int32_t(in_.chance(85) ? 15 : 0xff)));
    body.push_back(I(op::ALU64 | op::ADD | op::X, 2, 5));
    body.push_back(mov_reg(4, 2));
    body.push_back(add_imm(4, 2));
    body.push_back(jmp_reg(op::JGT, 4, 3, 1));
    const uint8_t dst = scalar(reserved);
    body.push_back(ldx(op::H, dst, 2, int16_t(in_.chance(90) ? 0 : 1)));
  }
  c.push_back(mov_reg(4, 2));
  c.push_back(add_imm(4, in_.chance(90) ? n : n - 1));
  switch (in_.below(8)) {
    case 0: break;  // no check
    case 1: c.push_back(jmp_reg(op::JLT, 3, 4, int16_t(body.size()))); break;  // if data_end < r4 skip
    case 2: c.push_back(jmp_reg(op::JGE, 4, 3, int16_t(body.size()))); break;  // too strict: fine
    case 3: c.push_back(jmp_reg(op::JGE, 3, 4, int16_t(body.size()))); break;  // inverted: wrong
    default: c.push_back(jmp_reg(op::JGT, 4, 3, int16_t(body.size()))); break;
  }
  append(c, body);
}

void Generator::helper_call(Code& c, uint16_t reserved) {
  uint32_t kind = in_.below(6);
  if (kind == 5 && !ctx_ok_) kind = 0;  // the load_bytes helpers take the context
  switch (kind) {
    case 0: case 1: {
      static constexpr int32_t kIds[] = {5, 7, 8};  // ktime_get_ns, get_prandom_u32, get_smp_processor_id
      c.push_back(call(kIds[in_.below(3)]));
      c.push_back(mov_reg(scalar(reserved), 0));
      break;
    }
    case 2: {
      // bpf_map_update_elem(map, key on stack, value on stack, flags)
      const uint32_t m = in_.below(kKeyedMaps);
      const int vs = int(map(m).value_size);
      c.push_back(st(op::W, 10, -4, int32_t(in_.below(6))));
      const int16_t voff = int16_t(-8 - 8 * int((vs + 7) / 8) - (in_.chance(10) ? 0 : 0));
      if (in_.chance(80))
        for (int o = 0; o < vs; o += 8) c.push_back(st(op::DW, 10, int16_t(voff + o), int32_t(in_.below(100))));
      ld_map(c, 1, m);
      c.push_back(mov_reg(2, 10));
      c.push_back(add_imm(2, -4));
      c.push_back(mov_reg(3, 10));
      c.push_back(add_imm(3, in_.chance(90) ? voff : voff + 8));
      c.push_back(mov_imm(4, in_.chance(90) ? 0 : int32_t(in_.below(4))));
      c.push_back(call(2));
      break;
    }
    case 3: {
      const uint32_t m = in_.below(kKeyedMaps);
      c.push_back(st(op::W, 10, -4, int32_t(in_.below(6))));
      ld_map(c, 1, m);
      c.push_back(mov_reg(2, 10));
      c.push_back(add_imm(2, -4));
      c.push_back(call(3));  // bpf_map_delete_elem
      break;
    }
    case 4: {
      // bpf_probe_read_kernel(dst on stack, size, src = a stack slot): the size against the buffer
      const int buf = 8 * int(1 + in_.below(8));
      int sz = int(in_.below(uint32_t(buf + 1)));
      if (in_.chance(15)) sz = buf + 1;
      c.push_back(mov_reg(1, 10));
      c.push_back(add_imm(1, -buf));
      if (in_.chance(70)) {
        c.push_back(mov_imm(2, sz));
      } else {
        c.push_back(mov_reg(2, scalar()));
        c.push_back(I(op::ALU64 | op::AND | op::K, 2, 0, 0, in_.chance(85) ? buf - 1 : buf * 2 - 1));
      }
      c.push_back(mov_reg(3, 10));
      c.push_back(add_imm(3, -8));
      c.push_back(call(113));
      break;
    }
    default: {
      // skb_load_bytes / xdp_load_bytes(ctx, off, stack buffer, len)
      const int buf = 8 * int(1 + in_.below(4));
      int len = 1 + int(in_.below(uint32_t(buf)));
      if (in_.chance(10)) len = buf + 1;
      c.push_back(mov_reg(1, kCtx));
      c.push_back(mov_imm(2, int32_t(in_.below(32))));
      c.push_back(mov_reg(3, 10));
      c.push_back(add_imm(3, -buf));
      c.push_back(mov_imm(4, len));
      c.push_back(call(p_.type == ProgType::Xdp ? 189 : 26));
      break;
    }
  }
}

void Generator::stack_var_access(Code& c, uint16_t reserved) {
  const uint8_t s = scalar();
  c.push_back(mov_reg(1, s));
  c.push_back(I(op::ALU64 | op::AND | op::K, 1, 0, 0, in_.chance(85) ? 7 : 63));
  const bool scaled = in_.chance(80);  // unscaled offsets are only aligned for byte accesses
  if (scaled) c.push_back(I(op::ALU64 | op::LSH | op::K, 1, 0, 0, 3));
  c.push_back(mov_reg(2, 10));
  const int32_t frame = in_.chance(85) ? 64 : 16;
  c.push_back(add_imm(2, -frame * (in_.chance(80) ? 1 : 8)));
  c.push_back(I(op::ALU64 | op::ADD | op::X, 2, 1));
  const uint8_t size = scaled || in_.chance(10) ? kSizes[in_.below(4)] : op::B;
  if (in_.chance(50))
    c.push_back(stx(size, 2, scalar(), 0));
  else
    c.push_back(ldx(size, scalar(reserved), 2, 0));
}

void Generator::cond_block(Code& c, int depth, uint16_t reserved) {
  Code body;
  const uint32_t n = 1 + in_.below(3);
  for (uint32_t k = 0; k < n; ++k) snippet(body, depth + 1, reserved);
  if (in_.chance(10)) {  // an early exit inside the branch
    body.push_back(mov_imm(0, int32_t(in_.below(3))));
    body.push_back(I(op::JMP | op::EXIT));
  }
  const uint8_t code = kCondOps[in_.below(sizeof kCondOps)];
  const bool j32 = in_.chance(25);
  const uint8_t lhs = scalar();
  if (in_.chance(60))
    c.push_back(jmp_imm(code, lhs, small_imm(), int16_t(body.size()), j32));
  else
    c.push_back(jmp_reg(code, lhs, scalar(), int16_t(body.size()), j32));
  append(c, body);
}

void Generator::loop(Code& c, int depth, uint16_t reserved) {
  const uint8_t i = scalar(reserved);
  if (i == 0) return;
  const uint16_t inner = uint16_t(reserved | (1u << i));
  c.push_back(mov_imm(i, int32_t(in_.below(3))));
  Code body;
  const uint32_t n = 1 + in_.below(2);
  for (uint32_t k = 0; k < n; ++k) snippet(body, depth + 2, inner);
  if (in_.chance(40)) {
    // index a stack array with the counter
    body.push_back(mov_reg(1, i));
    body.push_back(I(op::ALU64 | op::AND | op::K, 1, 0, 0, in_.chance(90) ? 7 : 15));
    body.push_back(I(op::ALU64 | op::LSH | op::K, 1, 0, 0, 3));
    body.push_back(mov_reg(2, 10));
    body.push_back(add_imm(2, -64));
    body.push_back(I(op::ALU64 | op::ADD | op::X, 2, 1));
    body.push_back(stx(op::DW, 2, i, 0));
  }
  body.push_back(add_imm(i, in_.chance(90) ? 1 : int32_t(in_.below(4))));
  const int32_t bound = int32_t(1 + in_.below(16));
  const int16_t back = int16_t(-int(body.size()) - 1);
  switch (in_.below(6)) {
    case 0: body.push_back(jmp_imm(op::JNE, i, bound, back)); break;
    case 1: body.push_back(jmp_imm(op::JSLT, i, bound, back)); break;
    case 2: body.push_back(jmp_imm(op::JLT, i, bound, back, true)); break;
    case 3: body.push_back(jmp_imm(op::JLE, i, bound, back)); break;
    default: body.push_back(jmp_imm(op::JLT, i, bound, back)); break;
  }
  append(c, body);
}

void Generator::ringbuf(Code& c, uint16_t reserved) {
  const int size = 8 * int(1 + in_.below(8));
  ld_map(c, 1, kRingbufMap);
  c.push_back(mov_imm(2, in_.chance(95) ? size : size + 1));
  c.push_back(mov_imm(3, 0));
  c.push_back(call(131));  // bpf_ringbuf_reserve
  Code body;
  const uint32_t n = 1 + in_.below(3);
  for (uint32_t k = 0; k < n; ++k) {
    const uint8_t sz = kSizes[in_.below(4)];
    const int nb = int(op::size_bytes(sz));
    int off = nb * int(in_.below(uint32_t(size / nb)));
    if (in_.chance(8)) off = size - nb + nb;  // just past the record
    if (in_.chance(70))
      body.push_back(stx(sz, 0, scalar(), int16_t(off)));
    else
      body.push_back(ldx(sz, scalar(reserved), 0, int16_t(off)));
  }
  if (in_.chance(10)) {
    // keep the record in a callee-saved register across a helper call
    body.push_back(mov_reg(1, 0));
    body.push_back(call(5));
    body.push_back(mov_reg(0, 1));  // r1 was clobbered by the call: refused
  }
  if (!in_.chance(5)) {
    body.push_back(mov_reg(1, 0));
    body.push_back(mov_imm(2, 0));
    body.push_back(call(in_.chance(60) ? 132 : 133));  // submit / discard
  }
  if (!in_.chance(5)) c.push_back(jmp_imm(op::JEQ, 0, 0, int16_t(body.size())));
  append(c, body);
}

void Generator::subprog_call(Code& c, uint16_t reserved) {
  if (subprogs_.size() >= 6 || frame_ >= 3) return;
  const int buf = 8 * int(1 + in_.below(4));
  c.push_back(mov_reg(1, 10));
  c.push_back(add_imm(1, -buf));
  c.push_back(mov_reg(2, scalar()));
  const size_t callee = new_subprog();
  call_subprog(c, callee);
  c.push_back(mov_reg(scalar(reserved), 0));

  Code sub;
  const uint32_t n = 1 + in_.below(3);
  for (uint32_t k = 0; k < n; ++k) {
    const uint8_t sz = kSizes[in_.below(4)];
    const int nb = int(op::size_bytes(sz));
    int off = nb * int(in_.below(uint32_t(buf / nb)));
    if (in_.chance(8)) off = buf;  // the caller's frame ends here
    if (in_.chance(60))
      sub.push_back(stx(sz, 1, 2, int16_t(off)));
    else
      sub.push_back(ldx(sz, 3, 1, int16_t(off)));
  }
  const int own = 8 * int(1 + in_.below(in_.chance(95) ? 8 : 64));
  sub.push_back(stx(op::DW, 10, 2, int16_t(-own)));
  sub.push_back(ldx(op::DW, 0, 10, int16_t(-own)));
  if (in_.chance(50)) sub.push_back(I(op::ALU64 | op::AND | op::K, 0, 0, 0, 0xff));
  sub.push_back(I(op::JMP | op::EXIT));
  subprogs_[callee] = std::move(sub);
}

void Generator::ld_abs(Code& c, uint16_t reserved) {
  static constexpr uint8_t kLdSizes[3] = {op::B, op::H, op::W};
  const uint8_t size = kLdSizes[in_.below(3)];
  if (in_.chance(60)) {
    c.push_back(I(op::LD | op::ABS | size, 0, 0, 0, int32_t(in_.below(80))));
  } else {
    const uint8_t s = scalar(reserved);
    c.push_back(I(op::LD | op::IND | size, 0, s, 0, int32_t(in_.below(40))));
  }
  c.push_back(mov_reg(scalar(reserved), 0));
}

void Generator::epilogue(Code& c) {
  switch (in_.below(20)) {
    case 0: c.push_back(mov_reg(0, scalar())); break;  // maybe out of range for the type
    case 1: break;                                      // whatever r0 holds
    default: c.push_back(mov_imm(0, int32_t(p_.type == ProgType::Xdp ? 1 + in_.below(3) : in_.below(3)))); break;
  }
  c.push_back(I(op::JMP | op::EXIT));
}

}  // namespace bpfkit::vgen::detail

namespace bpfkit::vgen {
namespace {

using detail::Bytes;
using detail::Generator;

MapSpec make_map(MapType type, uint32_t value_size, uint32_t entries, const char* name) {
  MapSpec m;
  m.type = type;
  m.key_size = 4;
  m.value_size = value_size;
  m.max_entries = entries;
  m.name = name;
  return m;
}

}  // namespace

GeneratedProgram generate(std::span<const uint8_t> data) {
  Bytes in(data);
  GeneratedProgram p;
  static constexpr ProgType kTypes[] = {ProgType::Xdp, ProgType::Xdp, ProgType::SchedCls, ProgType::SocketFilter};
  p.type = kTypes[in.below(4)];
  p.privileged = !(p.type == ProgType::SocketFilter && in.chance(30));
  static constexpr uint32_t kValueSizes[] = {8, 12, 16, 48};
  p.maps.push_back(make_map(MapType::Array, kValueSizes[in.below(4)], 4, "arr"));
  p.maps.push_back(make_map(MapType::Hash, kValueSizes[in.below(4)], 8, "hash"));
  MapSpec rb = make_map(MapType::Ringbuf, 0, 4096, "rb");
  rb.key_size = 0;
  p.maps.push_back(rb);
  const uint32_t packet_len = 14 + in.below(100);
  p.packet.resize(packet_len);
  for (uint32_t i = 0; i < packet_len; ++i) p.packet[i] = uint8_t(i * 7 + 3);
  Generator(in, p).run();
  p.btf_func_info = p.func_starts.size() > 1 && in.chance(85);
  return p;
}

GeneratedProgram generate_from_seed(uint64_t seed) {
  std::vector<uint8_t> bytes(512);
  uint64_t x = seed;
  for (size_t i = 0; i < bytes.size(); i += 8) {
    x += 0x9e3779b97f4a7c15ull;  // splitmix64
    uint64_t z = x;
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    z ^= z >> 31;
    std::memcpy(bytes.data() + i, &z, 8);
  }
  return generate(bytes);
}

VerifierInput verifier_input(const GeneratedProgram& prog) {
  VerifierInput in;
  in.insns = prog.insns;
  in.type = prog.type;
  in.gpl_compatible = true;
  in.maps = prog.maps;
  in.name = "vfuzz";
  if (prog.btf_func_info)
    for (size_t k = 0; k < prog.func_starts.size(); ++k)
      in.func_info.push_back({prog.func_starts[k], btf::TypeId(3 + k), fmt::format("f{}", k)});
  return in;
}

VerifyResult verify_generated(const GeneratedProgram& prog, uint32_t log_level) {
  VerifyOptions opt;
  opt.profile = VerifierProfile::for_kernel(0x061200, prog.privileged);
  opt.log_level = log_level;
  return verify(verifier_input(prog), opt);
}

std::vector<uint8_t> func_info_btf(const GeneratedProgram& prog) {
  std::vector<uint32_t> types;
  std::string strings(1, '\0');
  auto name = [&](const std::string& n) {
    const uint32_t off = uint32_t(strings.size());
    strings += n;
    strings += '\0';
    return off;
  };
  constexpr uint32_t kInt = 1, kFunc = 12, kFuncProto = 13;
  types.insert(types.end(), {name("int"), kInt << 24, 4, (1u << 24) | 32});  // signed, 32 bits
  types.insert(types.end(), {0, kFuncProto << 24, 1});                       // int (void)
  for (size_t k = 0; k < prog.func_starts.size(); ++k)
    types.insert(types.end(), {name(fmt::format("f{}", k)), kFunc << 24, 2});  // linkage 0: static
  const uint32_t type_len = uint32_t(types.size() * 4), str_len = uint32_t(strings.size());
  const uint32_t header[6] = {0x0001eb9f /* magic 0xeb9f, version 1, flags 0 */, 24, 0, type_len, type_len, str_len};
  std::vector<uint8_t> out(24 + type_len + str_len);
  std::memcpy(out.data(), header, 24);
  std::memcpy(out.data() + 24, types.data(), type_len);
  std::memcpy(out.data() + 24 + type_len, strings.data(), str_len);
  return out;
}

SoundnessOutcome check_soundness(const GeneratedProgram& prog) {
  SoundnessOutcome out;
  out.verdict = verify_generated(prog);
  if (!out.verdict.accepted) return out;

  std::vector<std::unique_ptr<Map>> maps;
  for (const MapSpec& spec : prog.maps) {
    auto m = create_map(spec);
    if (!m) {
      out.finding = true;
      out.runtime_error = "map create: " + m.error().to_string();
      return out;
    }
    maps.push_back(std::move(*m));
  }
  // Keys 0..3 exist in both maps, so lookups of small keys succeed and their branches run.
  for (auto& m : maps) {
    if (m->spec().type != MapType::Array && m->spec().type != MapType::Hash) continue;
    std::vector<uint8_t> value(m->user_value_size(), 0x5a);
    for (uint32_t k = 0; k < 4; ++k) (void)m->update_elem(&k, value.data(), 0);
  }
  std::vector<Insn> insns = prog.insns;
  HelperEnv env;
  env.config().use_host_identity = false;
  env.config().prandom_seed = 1;
  env.config().read_user_memory = [](uint64_t, void*, size_t) { return false; };
  for (auto& m : maps) env.add_map(m.get());
  for (size_t i = 0; i < insns.size(); ++i) {
    if (!is_ld_imm64(insns[i])) continue;
    if (insns[i].src == op::PSEUDO_MAP_FD && size_t(insns[i].imm) < maps.size())
      (void)bind_map(insns, i, maps[size_t(insns[i].imm)].get());
    ++i;
  }
  const HelperTable helpers = standard_helpers(prog.type);
  auto loaded = Program::load(insns, &helpers);
  if (!loaded) {
    out.finding = true;
    out.runtime_error = "the runtime refused to load an accepted program: " + loaded.error().to_string();
    return out;
  }
  TestRunOptions opt;
  opt.data_in = prog.packet;
  // Every bounded loop the generator writes runs at most a few dozen times, a may_goto loop at most may_goto's
  // budget (8M iterations per call); an accepted program that takes this many backward jumps does not terminate.
  opt.loop_limit = 1 << 25;
  auto r = test_run(*loaded, TestRunTarget{prog.type, 0}, env, opt);
  out.ran = true;
  if (!r) {
    // An errno is test-run refusing its input (never expected here); no errno is a fault of the program.
    out.finding = r.error().error_number == 0;
    out.runtime_error = r.error().to_string();
    return out;
  }
  out.retval = r->retval;
  return out;
}

const char* type_name(const GeneratedProgram& prog) {
  const char* n = prog_type_name(prog.type);
  return n ? n : "unspec";
}

std::string to_corpus_asm(const GeneratedProgram& prog, const std::string& description) {
  std::string s = fmt::format("// {}\n// type: {}\n", description, type_name(prog));
  if (!prog.privileged) s += "// privileged: no\n";
  for (const MapSpec& m : prog.maps)
    s += fmt::format("// map: {} key={} value={} entries={} name={}\n",
                     m.type == MapType::Array ? "array" : m.type == MapType::Hash ? "hash" : "ringbuf",
                     m.key_size, m.value_size, m.max_entries, m.name);
  for (size_t i = 0; i < prog.insns.size(); i += insn_slots(prog.insns[i]))
    s += disassemble_insn(prog.insns, i, AsmSyntax::Llvm) + "\n";
  return s;
}

}  // namespace bpfkit::vgen
