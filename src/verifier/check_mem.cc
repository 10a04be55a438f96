// check_mem_access and what it dispatches to (map values and keys, packets, ctx, stack, mem, sockets, BTF
// pointers), plus the load/store/atomic/LD_IMM64/LD_ABS instructions.
#include <cstring>

#include "verifier/check_stack.h"
#include "verifier/ctx_access.h"
#include "verifier/kptr.h"

namespace bpfkit::verifier {

bool may_access_direct_pkt_data(ProgType t, bool write) {
  switch (t) {
    case ProgType::LwtIn: case ProgType::LwtOut: case ProgType::LwtSeg6local: case ProgType::SkReuseport:
    case ProgType::FlowDissector: case ProgType::CgroupSkb:
      return !write;
    case ProgType::SchedCls: case ProgType::SchedAct: case ProgType::Xdp: case ProgType::LwtXmit:
    case ProgType::SkSkb: case ProgType::SkMsg: case ProgType::CgroupSockopt:
      return true;
    default:
      return false;
  }
}

namespace {

bool is_sk_type(RegType t) {
  return t == RegType::PtrToSocket || t == RegType::PtrToSockCommon || t == RegType::PtrToTcpSock ||
         t == RegType::PtrToXdpSock;
}

// check_generic_ptr_alignment / check_pkt_ptr_alignment
bool check_ptr_alignment(Env& e, const RegState& reg, int off, int size, bool strict) {
  const char* desc = "";
  // The kernel switches on the type with its flags, so an _or_null pointer matches no case: no name, no strict
  // stack rule ("misaligned access", not "misaligned value access").
  switch (reg.maybe_null() ? RegType::NotInit : reg.type) {
    case RegType::PtrToPacket:
    case RegType::PtrToPacketMeta: {
      if (!strict || size == 1) return true;
      Tnum t = tnum_add(reg.b.var_off, Tnum::constant(uint64_t(int64_t(2 + reg.off + off))));
      if (!t.is_aligned(uint64_t(size)))
        return e.err(strf("misaligned packet access off %d+%s+%d+%d size %d", 2,
                          tnum_to_string(reg.b.var_off).c_str(), reg.off, off, size));
      return true;
    }
    case RegType::PtrToFlowKeys: desc = "flow keys "; break;
    case RegType::PtrToMapKey: desc = "key "; break;
    case RegType::PtrToMapValue: desc = "value "; break;
    case RegType::PtrToCtx: desc = "context "; break;
    case RegType::PtrToStack: desc = "stack "; strict = true; break;
    case RegType::PtrToSocket: desc = "sock "; break;
    case RegType::PtrToSockCommon: desc = "sock_common "; break;
    case RegType::PtrToTcpSock: desc = "tcp_sock "; break;
    case RegType::PtrToXdpSock: desc = "xdp_sock "; break;
    case RegType::PtrToArena: return true;
    default: break;
  }
  if (!strict || size == 1) return true;
  Tnum t = tnum_add(reg.b.var_off, Tnum::constant(uint64_t(int64_t(reg.off + off))));
  if (!t.is_aligned(uint64_t(size)))
    return e.err(strf("misaligned %saccess off %s+%d+%d size %d", desc, tnum_to_string(reg.b.var_off).c_str(),
                      reg.off, off, size));
  return true;
}

bool check_mem_access_raw(Env& e, int regno, int64_t off, int64_t size, uint32_t mem_size, bool zero_size_allowed) {
  bool size_ok = size > 0 || (size == 0 && zero_size_allowed);
  if (off >= 0 && size_ok && uint64_t(off) + uint64_t(size) <= mem_size) return true;
  const RegState& reg = e.regs()[size_t(regno)];
  switch (reg.type) {
    case RegType::PtrToMapKey:
      return e.err(strf("invalid access to map key, key_size=%d off=%d size=%d", int(mem_size), int(off), int(size)));
    case RegType::PtrToMapValue:
      return e.err(strf("invalid access to map value, value_size=%d off=%d size=%d", int(mem_size), int(off),
                        int(size)));
    case RegType::PtrToPacket: case RegType::PtrToPacketMeta: case RegType::PtrToPacketEnd:
      return e.err(strf("invalid access to packet, off=%d size=%d, R%d(id=%d,off=%d,r=%d)", int(off), int(size),
                        regno, int(reg.id), int(off), int(mem_size)));
    default:
      return e.err(strf("invalid access to memory, mem_size=%u off=%d size=%d", mem_size, int(off), int(size)));
  }
}

// bpf_map_direct_read of a frozen read-only map
bool direct_read(const Env& e, const RegState& reg, int off, int size, bool ldsx, uint64_t& val) {
  if (reg.map < 0 || size_t(reg.map) >= e.in.frozen_values.size()) return false;
  const auto& bytes = e.in.frozen_values[size_t(reg.map)];
  if (bytes.empty()) return false;
  int64_t o = int64_t(off) + int64_t(reg.b.var_off.value);
  if (o < 0 || uint64_t(o) + uint64_t(size) > bytes.size()) return false;
  uint64_t v = 0;
  std::memcpy(&v, bytes.data() + o, size_t(size));
  if (ldsx) {
    if (size == 1) v = uint64_t(int64_t(int8_t(v)));
    else if (size == 2) v = uint64_t(int64_t(int16_t(v)));
    else if (size == 4) v = uint64_t(int64_t(int32_t(v)));
  }
  val = v;
  return true;
}

}  // namespace

bool Env::check_ptr_off_reg(const RegState& reg, int regno, bool fixed_off_ok) {
  if (reg.off < 0)
    return err(strf("negative offset %s ptr R%d off=%d disallowed", reg_type_str(reg).c_str(), regno, reg.off));
  if (!fixed_off_ok && reg.off)
    return err(strf("dereference of modified %s ptr R%d off=%d disallowed", reg_type_str(reg).c_str(), regno,
                    reg.off));
  if (!reg.b.var_off.equals_const(0))
    return err(strf("variable %s access var_off=%s disallowed", reg_type_str(reg).c_str(),
                    tnum_to_string(reg.b.var_off).c_str()));
  return true;
}

bool Env::check_mem_region_access(int regno, int64_t off, int64_t size, uint32_t mem_size, bool zero_size_allowed) {
  const RegState reg = regs()[size_t(regno)];
  if (reg.b.smin < 0 && (reg.b.smin == INT64_MIN || off + reg.b.smin != int64_t(int32_t(off + reg.b.smin)) ||
                         reg.b.smin + off < 0))
    return err(strf("R%d min value is negative, either use unsigned index or do a if (index >=0) check.", regno));
  if (!check_mem_access_raw(*this, regno, reg.b.smin + off, size, mem_size, zero_size_allowed))
    return err(strf("R%d min value is outside of the allowed memory range", regno));
  if (reg.b.umax >= uint64_t(kMaxVarOff))
    return err(strf("R%d unbounded memory access, make sure to bounds check any such access", regno));
  if (!check_mem_access_raw(*this, regno, int64_t(reg.b.umax) + off, size, mem_size, zero_size_allowed))
    return err(strf("R%d max value is outside of the allowed memory range", regno));
  return true;
}

bool Env::check_packet_access(int regno, int off, int size, bool zero_size_allowed) {
  const RegState reg = regs()[size_t(regno)];
  if (reg.b.smin < 0)
    return err(strf("R%d min value is negative, either use unsigned index or do a if (index >=0) check.", regno));
  bool ok = reg.range >= 0 && check_mem_access_raw(*this, regno, off, size, uint32_t(reg.range), zero_size_allowed);
  if (!ok) return err(strf("R%d offset is outside of the packet", regno));
  return true;
}

bool Env::check_map_access_type(int regno, int off, int size, bool write) {
  const MapSpec* m = map_of(regs()[size_t(regno)]);
  if (!m) return true;
  if (write && (m->map_flags & 0x80 /* BPF_F_RDONLY_PROG */))
    return err(strf("write into map forbidden, value_size=%d off=%d size=%d", int(m->value_size), off, size));
  if (!write && (m->map_flags & 0x100 /* BPF_F_WRONLY_PROG */))
    return err(strf("read from map forbidden, value_size=%d off=%d size=%d", int(m->value_size), off, size));
  return true;
}

bool Env::check_map_access(int regno, int off, int size, bool zero_size_allowed, bool helper) {
  const RegState reg = regs()[size_t(regno)];
  const MapSpec* m = map_of(reg);
  if (!m) return err("invalid map_ptr to access map->value");
  if (!check_mem_region_access(regno, off, size, m->value_size, zero_size_allowed)) return false;
  return check_map_fields(*this, reg, *m, off, size, helper);
}

bool Env::check_mem_access(int insn_idx, int regno, int off, int size, bool write, int value_regno,
                           bool strict_alignment_once, bool is_ldsx, const RegState* st_imm) {
  auto& R = regs();
  const RegState reg = R[size_t(regno)];
  if (!check_ptr_alignment(*this, reg, off, size, strict_alignment_once)) return false;
  off += reg.off;
  auto leaks = [&](const char* what) {
    return write && value_regno >= 0 && is_pointer_value(value_regno)
               ? err(strf("R%d leaks addr into %s", value_regno, what))
               : true;
  };

  switch (reg.type) {
    case RegType::PtrToMapKey: {
      if (reg.maybe_null()) break;
      if (write) return err(strf("write to change key R%d not allowed", regno));
      const MapSpec* m = map_of(reg);
      if (!check_mem_region_access(regno, off, size, m ? m->key_size : 0, false)) return false;
      if (value_regno >= 0) mark_reg_unknown(R[size_t(value_regno)]);
      goto coerce;
    }
    case RegType::PtrToMapValue: {
      if (reg.maybe_null()) break;
      if (!leaks("map")) return false;
      if (!check_map_access_type(regno, off, size, write)) return false;
      if (!check_map_access(regno, off, size, false)) return false;
      if (reg.b.is_const())
        if (const MapField* f = kptr_field_at(*map_of(reg), int64_t(off) + int64_t(reg.b.var_off.value)))
          return check_map_kptr_access(*this, insn_idx, value_regno, *f);
      if (!write && value_regno >= 0) {
        uint64_t v;
        if (reg.b.is_const() && direct_read(*this, reg, off, size, is_ldsx, v)) {
          R[size_t(value_regno)] = make_scalar_const(v);
          R[size_t(value_regno)].written = true;
          return true;  // the constant is already the loaded width
        }
        mark_reg_unknown(R[size_t(value_regno)]);
      }
      goto coerce;
    }
    case RegType::PtrToMem: {
      if (reg.maybe_null()) break;
      bool rdonly = reg.flags & kRdonly;
      if (write && rdonly) return err(strf("R%d cannot write into %s", regno, reg_type_str(reg).c_str()));
      if (!leaks("mem")) return false;
      // read-only untrusted memory is read with probe loads, which need no bounds
      const bool rdonly_untrusted = rdonly && (reg.flags & kUntrusted);
      if (!rdonly_untrusted && !check_mem_region_access(regno, off, size, reg.mem_size, false)) return false;
      if (value_regno >= 0 && (!write || rdonly)) mark_reg_unknown(R[size_t(value_regno)]);
      goto coerce;
    }
    case RegType::PtrToCtx: {
      if (!leaks("ctx")) return false;
      if (!check_ptr_off_reg(reg, regno, false)) return false;
      if (in.type == ProgType::Tracing || in.type == ProgType::Lsm || in.type == ProgType::StructOps) {
        if (!check_btf_ctx_access(off, size, write, write ? -1 : value_regno)) return false;
        goto coerce;
      }
      auto acc = ctx_access(in.type, in.expected_attach_type, off, size, write);
      // A sign-extending load of a packet pointer field would corrupt the pointer: the skb, XDP and flow
      // dissector is_valid_access refuse it (6.11+); sk_msg and sock_ops were left as they were.
      const bool pkt_field = acc && (acc->type == CtxFieldType::PacketData || acc->type == CtxFieldType::PacketMeta ||
                                     acc->type == CtxFieldType::PacketEnd);
      if (pkt_field && is_ldsx && in.type != ProgType::SkMsg && in.type != ProgType::SockOps) acc.reset();
      if (!acc) return err(strf("invalid bpf_context access off=%d size=%d", off, size));
      if (!write && value_regno >= 0) {
        RegState& d = R[size_t(value_regno)];
        switch (acc->type) {
          case CtxFieldType::Scalar: mark_reg_unknown(d); break;
          case CtxFieldType::PacketData: d = make_pointer(RegType::PtrToPacket); break;
          case CtxFieldType::PacketMeta: d = make_pointer(RegType::PtrToPacketMeta); break;
          case CtxFieldType::PacketEnd: d = make_pointer(RegType::PtrToPacketEnd); break;
          case CtxFieldType::FlowKeys: d = make_pointer(RegType::PtrToFlowKeys); break;
          case CtxFieldType::SockCommonOrNull:
            d = make_pointer(RegType::PtrToSockCommon, kMaybeNull);
            d.id = new_id();
            break;
          case CtxFieldType::SocketOrNull:
            d = make_pointer(RegType::PtrToSocket, kMaybeNull);
            d.id = new_id();
            break;
          case CtxFieldType::SockCommon: d = make_pointer(RegType::PtrToSockCommon); break;
          case CtxFieldType::BtfId:
            d = make_pointer(RegType::PtrToBtfId, kTrusted);
            d.btf_name = acc->btf_struct_name;
            break;
          case CtxFieldType::Buf:
            d = make_pointer(RegType::PtrToTpBuffer);
            break;
        }
        d.written = true;
      }
      goto coerce;
    }
    case RegType::PtrToStack:
      if (!check_stack_access_within_bounds(*this, regno, off, size, write)) return false;
      if (!write) {
        if (!check_stack_read(*this, regno, off, size, value_regno)) return false;
      } else if (!check_stack_write(*this, regno, off, size, value_regno, st_imm)) {
        return false;
      }
      goto coerce;
    case RegType::PtrToPacket:
    case RegType::PtrToPacketMeta:
      if (write && !may_access_direct_pkt_data(in.type, true)) return err("cannot write into packet");
      if (!leaks("packet")) return false;
      if (!check_packet_access(regno, off, size, false)) return false;
      if (!write && value_regno >= 0) mark_reg_unknown(R[size_t(value_regno)]);
      goto coerce;
    case RegType::PtrToFlowKeys:
      if (!leaks("flow keys")) return false;
      if (off < 0 || size < 0 || uint64_t(off) + uint64_t(size) > 56)
        return err(strf("invalid access to flow keys off=%d size=%d", off, size));
      if (!write && value_regno >= 0) mark_reg_unknown(R[size_t(value_regno)]);
      goto coerce;
    case RegType::PtrToSocket: case RegType::PtrToSockCommon: case RegType::PtrToTcpSock:
    case RegType::PtrToXdpSock:
      if (reg.maybe_null()) break;
      if (write) return err(strf("R%d cannot write into %s", regno, reg_type_str(reg).c_str()));
      if (!check_ptr_off_reg(reg, regno, false)) return false;
      if (off < 0 || off + size > (reg.type == RegType::PtrToTcpSock ? 112 : 80))
        return err(strf("R%d invalid %s access off=%d size=%d", regno, reg_type_str(reg).c_str(), off, size));
      if (value_regno >= 0) mark_reg_unknown(R[size_t(value_regno)]);
      goto coerce;
    case RegType::PtrToTpBuffer:
      if (off < 0) return err(strf("R%d invalid tracepoint buffer access: off=%d, size=%d", regno, off, size));
      if (!write && value_regno >= 0) mark_reg_unknown(R[size_t(value_regno)]);
      goto coerce;
    case RegType::PtrToBtfId:
      if (reg.maybe_null()) break;
      if (!check_ptr_to_btf_access(regno, off, size, write, write ? -1 : value_regno)) return false;
      goto coerce;
    case RegType::ConstPtrToMap:
      if (write) return err("only read from bpf_map is supported");
      if (value_regno >= 0) mark_reg_unknown(R[size_t(value_regno)]);
      goto coerce;
    case RegType::PtrToBuf:
      if (write && (reg.flags & kRdonly)) return err(strf("R%d cannot write into %s", regno, reg_type_str(reg).c_str()));
      if (off < 0) return err(strf("R%d invalid %s buffer access: off=%d, size=%d", regno,
                                   (reg.flags & kRdonly) ? "rdonly" : "rdwr", off, size));
      if (!write && value_regno >= 0) mark_reg_unknown(R[size_t(value_regno)]);
      goto coerce;
    default:
      break;
  }
  return err(strf("R%d invalid mem access '%s'", regno, reg_type_str(reg).c_str()));

coerce:
  if (size < 8 && value_regno >= 0 && !write && R[size_t(value_regno)].type == RegType::Scalar) {
    RegState& d = R[size_t(value_regno)];
    if (is_ldsx) d.b.coerce_to_size_sx(size);
    else d.b.coerce_to_size(size);
  }
  return true;
}

namespace {

bool reg_type_mismatch_ok(RegType t) {
  switch (t) {
    case RegType::PtrToCtx: case RegType::PtrToSocket: case RegType::PtrToSockCommon: case RegType::PtrToTcpSock:
    case RegType::PtrToXdpSock: case RegType::PtrToBtfId: case RegType::PtrToArena:
      return false;
    default:
      return true;
  }
}

// save_aux_ptr_type: one instruction may not be used with a ctx pointer on one path and another pointer on another,
// because the kernel rewrites ctx accesses per instruction.
bool save_aux_ptr_type(Env& e, RegType t) {
  InsnAux& a = e.aux[size_t(e.cur.insn_idx)];
  if (!a.ptr_type_set) {
    a.ptr_type_set = true;
    a.ptr_type = t;
    return true;
  }
  if (t != a.ptr_type && (!reg_type_mismatch_ok(t) || !reg_type_mismatch_ok(a.ptr_type)))
    return e.err("same insn cannot be used with different pointers");
  return true;
}

}  // namespace

bool Env::check_load_mem(const Insn& insn) {
  bool is_ldsx = op::mode(insn.opcode) == op::MEMSX;
  if (op::mode(insn.opcode) != op::MEM && !is_ldsx) return err("BPF_LDX uses reserved fields");
  if (!check_reg_read(insn.src)) return false;
  if (!check_reg_write(insn.dst, false)) return false;
  RegType t = regs()[insn.src].type;
  if (!check_mem_access(cur.insn_idx, insn.src, insn.off, int(op::size_bytes(insn.opcode)), false, insn.dst, false,
                        is_ldsx))
    return false;
  return save_aux_ptr_type(*this, t);
}

bool Env::check_store(const Insn& insn) {
  int size = int(op::size_bytes(insn.opcode));
  if (op::cls(insn.opcode) == op::STX) {
    if (!check_reg_read(insn.src)) return false;
    if (!check_reg_read(insn.dst)) return false;
    RegType t = regs()[insn.dst].type;
    if (!check_mem_access(cur.insn_idx, insn.dst, insn.off, size, true, insn.src, false, false)) return false;
    return save_aux_ptr_type(*this, t);
  }
  if (!check_reg_read(insn.dst)) return false;
  const RegState& d = regs()[insn.dst];
  RegType t = d.type;
  RegState imm = make_scalar_const(uint64_t(int64_t(insn.imm)));
  if (!check_mem_access(cur.insn_idx, insn.dst, insn.off, size, true, -1, false, false, &imm)) return false;
  return save_aux_ptr_type(*this, t);
}

bool Env::check_atomic(const Insn& insn) {
  int32_t imm = insn.imm;
  int size = int(op::size_bytes(insn.opcode));
  if (imm == op::LOAD_ACQ || imm == op::STORE_REL) {
    if (imm == op::LOAD_ACQ) {
      if (!check_reg_read(insn.src)) return false;
      if (!check_reg_write(insn.dst, false)) return false;
      // Observed on 6.18.44: a load-acquire's pointer type is checked before its access (a bad context offset
      // still says "BPF_ATOMIC loads from R6 ctx"), while a store-release's access comes first (below).
      const RegState& s = regs()[insn.src];
      if (s.type == RegType::PtrToCtx || s.is_pkt() || s.type == RegType::PtrToFlowKeys || is_sk_type(s.type))
        return err(strf("BPF_ATOMIC loads from R%d %s is not allowed", int(insn.src), reg_type_str(s).c_str()));
      return check_mem_access(cur.insn_idx, insn.src, insn.off, size, false, insn.dst, true, false);
    }
    if (!check_reg_read(insn.src) || !check_reg_read(insn.dst)) return false;
    if (!check_mem_access(cur.insn_idx, insn.dst, insn.off, size, true, insn.src, true, false)) return false;
    const RegState& d = regs()[insn.dst];
    if (d.type == RegType::PtrToCtx || d.is_pkt() || d.type == RegType::PtrToFlowKeys || is_sk_type(d.type))
      return err(strf("BPF_ATOMIC stores into R%d %s is not allowed", int(insn.dst), reg_type_str(d).c_str()));
    return true;
  }
  switch (imm) {
    case op::ADD: case op::ADD | op::FETCH: case op::AND: case op::AND | op::FETCH: case op::OR:
    case op::OR | op::FETCH: case op::XOR: case op::XOR | op::FETCH: case op::XCHG: case op::CMPXCHG:
      break;
    default:
      return err(strf("BPF_ATOMIC uses invalid atomic opcode %02x", imm));
  }
  if (size != 4 && size != 8) return err("invalid atomic operand size");
  if (!check_reg_read(insn.src) || !check_reg_read(insn.dst)) return false;
  if (imm == op::CMPXCHG) {
    if (!check_reg_read(0)) return false;
    if (is_pointer_value(0)) return err("R0 leaks addr into mem");
  }
  if (is_pointer_value(insn.src)) return err(strf("R%d leaks addr into mem", int(insn.src)));
  const RegState& d = regs()[insn.dst];
  if (d.type == RegType::PtrToCtx || d.is_pkt() || d.type == RegType::PtrToFlowKeys || is_sk_type(d.type))
    return err(strf("BPF_ATOMIC stores into R%d %s is not allowed", int(insn.dst), reg_type_str(d).c_str()));
  int load_reg = -1;
  if (imm & op::FETCH) {
    load_reg = imm == op::CMPXCHG ? 0 : insn.src;
    if (!check_reg_write(load_reg, true)) return false;
  }
  if (!check_mem_access(cur.insn_idx, insn.dst, insn.off, size, false, -1, true, false)) return false;
  if (load_reg >= 0 && !check_mem_access(cur.insn_idx, insn.dst, insn.off, size, false, load_reg, true, false))
    return false;
  return check_mem_access(cur.insn_idx, insn.dst, insn.off, size, true, -1, true, false);
}

bool Env::check_ld_imm(int idx) {
  const Insn& insn = this->insn(idx);
  if (op::size(insn.opcode) != op::DW) return err("invalid BPF_LD_IMM insn");
  if (insn.off != 0) return err("BPF_LD_IMM64 uses reserved fields");
  if (idx + 1 >= insn_cnt()) return err("invalid bpf_ld_imm64 insn");
  if (!check_reg_write(insn.dst, true)) return false;
  RegState& d = regs()[insn.dst];
  const Insn& hi = this->insn(idx + 1);
  if (insn.src == 0) {
    d = make_scalar_const(ld_imm64_value(insn, hi));
    d.written = true;
    return true;
  }
  if (insn.src == op::PSEUDO_FUNC) {
    uint32_t target = uint32_t(idx + insn.imm + 1);
    uint32_t sp = 0;
    for (uint32_t s = 0; s < cfg.subprogs.size(); s++)
      if (cfg.subprogs[s].start == target) sp = s;
    if (in.func_info.empty()) return err("missing btf func_info");
    if (cfg.subprogs[sp].is_global) return err("callback function not static");
    d = make_pointer(RegType::PtrToFunc);
    d.subprog = sp;
    d.written = true;
    return true;
  }
  if (insn.src == op::PSEUDO_BTF_ID) {
    // A typed ksym: its BTF id is the kernel's, which bpfkit does not read here; loads through it are probe reads.
    d = make_pointer(RegType::PtrToBtfId, kTrusted);
    d.written = true;
    return true;
  }
  if (insn.src == op::PSEUDO_MAP_FD || insn.src == op::PSEUDO_MAP_IDX || insn.src == op::PSEUDO_MAP_VALUE ||
      insn.src == op::PSEUDO_MAP_IDX_VALUE) {
    if (insn.imm < 0 || size_t(insn.imm) >= in.maps.size())
      return err(strf("fd %d is not pointing to valid bpf_map", insn.imm));
    const MapSpec& m = in.maps[size_t(insn.imm)];
    bool value = insn.src == op::PSEUDO_MAP_VALUE || insn.src == op::PSEUDO_MAP_IDX_VALUE;
    if (value) {
      uint32_t moff = uint32_t(hi.imm);
      if (moff >= m.value_size)
        return err(strf("invalid access to map value pointer, value_size=%u off=%u", m.value_size, moff));
      d = make_pointer(RegType::PtrToMapValue);
      d.off = int32_t(moff);
    } else {
      d = make_pointer(RegType::ConstPtrToMap);
    }
    d.map = insn.imm;
    d.written = true;
    return true;
  }
  return err("bpf verifier is misconfigured");
}

bool Env::check_ld_abs(const Insn& insn, int& next) {
  ProgType t = in.type;
  if (t != ProgType::SocketFilter && t != ProgType::SchedCls && t != ProgType::SchedAct)
    return err("BPF_LD_[ABS|IND] instructions not allowed for this program type");
  uint8_t mode = op::mode(insn.opcode);
  if (insn.dst != 0 || insn.off != 0 || op::size(insn.opcode) == op::DW || (mode == op::ABS && insn.src != 0))
    return err("BPF_LD_[ABS|IND] uses reserved fields");
  if (!check_reg_read(6)) return false;
  if (!check_resource_leak(false, true, "BPF_LD_[ABS|IND]")) return false;
  if (regs()[6].type != RegType::PtrToCtx) return err("at the time of BPF_LD_ABS|IND R6 != pointer to skb");
  if (mode == op::IND && !check_reg_read(insn.src)) return false;
  if (!check_ptr_off_reg(regs()[6], 6, false)) return false;
  clear_caller_saved_regs(regs());
  mark_reg_unknown(regs()[0]);
  if (cur.curframe() > 0) {
    // A failed load returns 0 from the program at once (bpf_gen_ld_abs's hidden exit); in a subprogram that is a
    // return to the caller with R0 = 0. As 6.18 stable, that return is explored first and the successful load
    // (R0 unknown, next instruction) is queued.
    const int idx = cur.insn_idx;
    if (!push_stack(idx + 1, idx)) return false;
    regs()[0] = make_scalar_const(0);
    regs()[0].written = true;
    stack_live.update(cur);
    return prepare_func_exit(next);
  }
  return true;
}

bool Env::check_helper_mem_access(int regno, int64_t access_size, bool write, bool zero_size_allowed,
                                  RawModeOut* raw) {
  const RegState reg = regs()[size_t(regno)];
  switch (reg.type) {
    case RegType::PtrToPacket:
    case RegType::PtrToPacketMeta:
      return check_packet_access(regno, reg.off, int(access_size), zero_size_allowed);
    case RegType::PtrToMapKey: {
      if (write) return err(strf("R%d cannot write into %s", regno, reg_type_str(reg).c_str()));
      const MapSpec* m = map_of(reg);
      return check_mem_region_access(regno, reg.off, access_size, m ? m->key_size : 0, false);
    }
    case RegType::PtrToMapValue:
      if (!check_map_access_type(regno, reg.off, int(access_size), write)) return false;
      return check_map_access(regno, reg.off, int(access_size), zero_size_allowed, true);
    case RegType::PtrToMem:
      if ((reg.flags & kRdonly) && write)
        return err(strf("R%d cannot write into %s", regno, reg_type_str(reg).c_str()));
      return check_mem_region_access(regno, reg.off, access_size, reg.mem_size, zero_size_allowed);
    case RegType::PtrToBuf:
      if (reg.off < 0) return err(strf("R%d invalid buffer access", regno));
      return true;
    case RegType::PtrToStack:
      return check_stack_range_initialized(*this, regno, reg.off, int(access_size), zero_size_allowed, write, raw);
    case RegType::PtrToBtfId:
      return true;
    case RegType::PtrToCtx:
      if (in.type == ProgType::Syscall) {
        if (access_size == 0) return zero_size_allowed ? true : err(strf("R%d invalid zero-sized ctx access", regno));
        return check_mem_access(cur.insn_idx, regno, int(access_size - 1), 1, write, -1, false, false);
      }
      [[fallthrough]];
    default:
      if (zero_size_allowed && access_size == 0 && register_is_null(regno)) return true;
      err(strf("R%d type=%s expected=%s", regno, reg_type_str(reg).c_str(),
               reg_type_str(RegType::PtrToStack, 0).c_str()));
      return false;
  }
}

}  // namespace bpfkit::verifier
