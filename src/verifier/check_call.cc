// Calls: check_helper_call with check_func_arg (argument types from helper_protos.h), map/helper compatibility,
// reference tracking (acquire/release, spin locks), bpf-to-bpf calls and callbacks (bpf_loop, for_each_map_elem),
// and prepare_func_exit (the other exit checks are in check_exit.cc).
#include <algorithm>
#include <optional>
#include <string_view>

#include "bpfkit/disasm.h"
#include "bpfkit/map.h"
#include "verifier/check_stack.h"
#include "verifier/kptr.h"
#include "verifier/dynptr.h"
#include "verifier/subprog_args.h"

namespace bpfkit::verifier {

namespace {

constexpr int32_t kSpinLock = 93, kSpinUnlock = 94, kTailCall = 12, kLoop = 181, kForEachMapElem = 164,
                  kUserRingbufDrain = 209, kDynptrFromMem = 197, kDynptrData = 203, kDynptrWrite = 202,
                  kKptrXchg = 194;

struct CallMeta {
  int32_t func_id = 0;
  int map = -1;
  RawModeOut raw;
  uint64_t msize_max_value = 0;
  uint32_t ref_obj_id = 0;
  int release_regno = 0;
  int subprog = -1;
  int64_t const_map_key = -1;
  uint64_t mem_size = 0;
  bool has_kptr_field = false;
  MapField kptr_field;  // bpf_kptr_xchg: the kptr its first argument points at
};

struct Compat {
  RegType type;
  uint16_t flags;
};

std::vector<Compat> compatible_types(ArgType base) {
  using R = RegType;
  switch (base) {
    // 6.18 checks map keys and values against mem_types too (its log lists these nine)
    case ArgType::PtrToMapKey: case ArgType::PtrToMapValue:
    case ArgType::PtrToMem: case ArgType::PtrToLong:
      return {{R::PtrToStack, 0}, {R::PtrToPacket, 0}, {R::PtrToPacketMeta, 0}, {R::PtrToMapKey, 0},
              {R::PtrToMapValue, 0}, {R::PtrToMem, 0}, {R::PtrToMem, kRingbuf}, {R::PtrToBuf, 0},
              {R::PtrToBtfId, kTrusted}};
    case ArgType::ConstSize: case ArgType::ConstSizeOrZero: case ArgType::ConstAllocSizeOrZero:
      return {{R::Scalar, 0}};
    case ArgType::ConstMapPtr: return {{R::ConstPtrToMap, 0}};
    case ArgType::PtrToCtx: return {{R::PtrToCtx, 0}};
    case ArgType::PtrToSpinLock: return {{R::PtrToMapValue, 0}, {R::PtrToBtfId, kAlloc}};
    case ArgType::PtrToSockCommon:
      return {{R::PtrToSockCommon, 0}, {R::PtrToSocket, 0}, {R::PtrToTcpSock, 0}, {R::PtrToXdpSock, 0}};
    case ArgType::PtrToSocket: return {{R::PtrToSocket, 0}};
    case ArgType::PtrToBtfId: return {{R::PtrToBtfId, 0}, {R::PtrToBtfId, kTrusted}, {R::PtrToBtfId, kRcu}};
    case ArgType::PtrToBtfIdSockCommon:
      return {{R::PtrToSockCommon, 0}, {R::PtrToSocket, 0}, {R::PtrToTcpSock, 0}, {R::PtrToXdpSock, 0},
              {R::PtrToBtfId, 0}, {R::PtrToBtfId, kTrusted}};
    case ArgType::PtrToRingbufMem: return {{R::PtrToMem, kRingbuf}};
    case ArgType::PtrToFunc: return {{R::PtrToFunc, 0}};
    case ArgType::PtrToStack: return {{R::PtrToStack, 0}};
    case ArgType::PtrToConstStr: case ArgType::PtrToTimer: return {{R::PtrToMapValue, 0}};
    case ArgType::PtrToPercpuBtfId: return {{R::PtrToBtfId, 0}};
    case ArgType::PtrToKptr: return {{R::PtrToMapValue, 0}, {R::PtrToBtfId, kAlloc}};
    case ArgType::PtrToDynptr: return {{R::PtrToStack, 0}, {R::ConstPtrToDynptr, 0}};
    default: return {};
  }
}

bool changes_pkt_data(int32_t id) {
  static const int32_t ids[] = {9, 10, 11, 13, 18, 19, 31, 38, 39, 43, 44, 50, 54, 63, 65, 73, 74, 75, 76, 90, 91,
                                143};
  return std::find(std::begin(ids), std::end(ids), id) != std::end(ids);
}

// helpers whose bpf_func_proto has pkt_access: packet pointers may be passed to them
bool helper_pkt_access(int32_t id) {
  // map helpers, csum_diff, and the socket lookups / syncookie checks, which take a tuple or headers in the packet
  return id == 1 || id == 2 || id == 3 || id == 28 || id == 87 || id == 84 || id == 85 || id == 99 || id == 100 ||
         id == 110;
}

bool is_acquire_function(int32_t id) { return id == 84 || id == 85 || id == 99 || id == 131 || id == kKptrXchg; }
bool is_ptr_cast_function(int32_t id) {
  return id == 95 || id == 96 || id == 136 || (id >= 137 && id <= 140) || id == 153 || id == 154 || id == 178;
}

// check_map_func_compatibility: map types that only some helpers take, and helpers that only take some map types.
bool map_func_compatible(MapType mt, int32_t f) {
  auto in = [&](std::initializer_list<int32_t> l) { return std::find(l.begin(), l.end(), f) != l.end(); };
  auto is = [&](std::initializer_list<MapType> l) { return std::find(l.begin(), l.end(), mt) != l.end(); };
  bool map_ok = true;
  switch (mt) {
    case MapType::ProgArray: map_ok = in({kTailCall}); break;
    case MapType::PerfEventArray: map_ok = in({22, 25, 55, 111, 121}); break;
    case MapType::Ringbuf: map_ok = in({130, 131, 134, 198}); break;
    case MapType::UserRingbuf: map_ok = in({209}); break;
    case MapType::StackTrace: map_ok = in({27}); break;
    case MapType::CgroupArray: map_ok = in({33, 37}); break;
    case MapType::CgroupStorage: case MapType::PercpuCgroupStorage: map_ok = in({81}); break;
    case MapType::Devmap: case MapType::DevmapHash: map_ok = in({51, 1}); break;
    case MapType::Cpumap: map_ok = in({51}); break;
    case MapType::Xskmap: map_ok = in({51, 1}); break;
    case MapType::ArrayOfMaps: case MapType::HashOfMaps: map_ok = in({1}); break;
    case MapType::Sockmap: map_ok = in({52, 53, 60, 82, 1, 2, 3}); break;
    case MapType::Sockhash: map_ok = in({72, 70, 71, 82, 1, 2, 3}); break;
    case MapType::ReuseportSockarray: map_ok = in({82}); break;
    case MapType::Queue: case MapType::Stack: map_ok = in({87, 88, 89}); break;
    case MapType::SkStorage: map_ok = in({107, 108}); break;
    case MapType::InodeStorage: map_ok = in({145, 146}); break;
    case MapType::TaskStorage: map_ok = in({156, 157}); break;
    case MapType::CgrpStorage: map_ok = in({210, 211}); break;
    case MapType::BloomFilter: map_ok = in({89, 87}); break;
    default: break;
  }
  if (!map_ok) return false;
  switch (f) {
    case kTailCall: return is({MapType::ProgArray});
    case 22: case 25: case 55: case 111: case 121: return is({MapType::PerfEventArray});
    case 130: case 131: case 134: return is({MapType::Ringbuf});
    case 27: return is({MapType::StackTrace});
    case 33: case 37: return is({MapType::CgroupArray});
    case 51: return is({MapType::Devmap, MapType::DevmapHash, MapType::Cpumap, MapType::Xskmap});
    case 52: case 53: case 60: return is({MapType::Sockmap});
    case 70: case 71: case 72: return is({MapType::Sockhash});
    case 81: return is({MapType::CgroupStorage, MapType::PercpuCgroupStorage});
    case 82: return is({MapType::ReuseportSockarray, MapType::Sockmap, MapType::Sockhash});
    case 88: return is({MapType::Queue, MapType::Stack});
    case 87: case 89: return is({MapType::Queue, MapType::Stack, MapType::BloomFilter});
    case 195: return is({MapType::PercpuArray, MapType::PercpuHash, MapType::LruPercpuHash});
    case 107: case 108: return is({MapType::SkStorage});
    case 156: case 157: return is({MapType::TaskStorage});
    case 145: case 146: return is({MapType::InodeStorage});
    case 210: case 211: return is({MapType::CgrpStorage});
    case kUserRingbufDrain: return is({MapType::UserRingbuf});
    case kForEachMapElem:
      return is({MapType::Hash, MapType::LruHash, MapType::Array, MapType::PercpuHash, MapType::PercpuArray,
                 MapType::LruPercpuHash});
    default: return true;
  }
}

}  // namespace

uint32_t Env::inner_map_index(int32_t outer) {
  const MapSpec* m = map_of_index(outer);
  if (!m || !m->inner) return uint32_t(outer);
  for (size_t i = 0; i < extra_maps.size(); i++)
    if (extra_maps[i].origin == m->inner.get()) return uint32_t(in.maps.size() + i);
  extra_maps.push_back({*m->inner, m->inner.get()});
  return uint32_t(in.maps.size() + extra_maps.size() - 1);
}

bool Env::release_reference(uint32_t ref_obj_id) {
  auto it = std::find_if(cur.refs.begin(), cur.refs.end(),
                         [&](const RefState& r) { return r.type == RefType::Ptr && r.id == ref_obj_id; });
  if (it == cur.refs.end()) return false;
  cur.refs.erase(it);
  for_each_reg(cur, [&](RegState& r) {
    if (r.ref_obj_id == ref_obj_id) {
      if (priv) r = make_scalar_unknown();
      else r = RegState{};
      r.written = true;
    }
  });
  return true;
}

void Env::clear_all_pkt_pointers() {
  for_each_reg(cur, [&](RegState& r) {
    if (r.is_pkt() || r.type == RegType::PtrToPacketEnd || is_dynptr_slice_pkt(r)) {
      if (priv) r = make_scalar_unknown();
      else r = RegState{};
    }
  });
}

namespace {

// Does the struct `id` hold a `want` at offset 0, as its first member or that member's first member and so on
// (btf_struct_ids_match's walk at offset 0: a tcp_sock holds its sock and that sock's sock_common)?
bool embeds_at_zero(const btf::Btf& b, btf::TypeId id, std::string_view want) {
  for (int depth = 0; depth < 32; ++depth) {
    const btf::Type* t = b.type(b.skip_mods_and_typedefs(id));
    if (t == nullptr || !t->is_composite() || t->members.empty() || t->members[0].bit_offset != 0) return false;
    const btf::Type* first = b.type(b.skip_mods_and_typedefs(t->members[0].type));
    if (first == nullptr || !first->is_composite()) return false;
    if (first->name == want) return true;
    id = t->members[0].type;
  }
  return false;
}

// btf_struct_ids_match() for a BTF pointer argument, by name (bpfkit's registers know the struct's name): the same
// struct, or one that embeds it at offset 0, found in the kernel's BTF. Without that BTF (or at a fixed offset)
// only the names are compared, and a sock_common argument is taken on trust.
bool btf_struct_matches(Env& e, int regno, const RegState& reg, const char* want) {
  if (want == nullptr || reg.type != RegType::PtrToBtfId || reg.btf_name == nullptr) return true;
  if (std::string_view(want) == reg.btf_name) return true;
  const btf::Btf* b = reg.off == 0 ? e.kernel_btf() : nullptr;
  const auto id = b != nullptr ? b->find_by_name_kind(reg.btf_name, btf::Kind::Struct) : std::nullopt;
  if (id) {
    if (embeds_at_zero(*b, *id, want)) return true;
  } else if (std::string_view(want) == "sock_common") {
    return true;
  }
  return e.err(strf("R%d is of type %s but %s is expected", regno, reg.btf_name, want));
}

bool check_reg_type(Env& e, int regno, uint32_t arg, const char* btf_struct) {
  const RegState& reg = e.regs()[size_t(regno)];
  // ARG_PTR_TO_BTF_ID_SOCK_COMMON's compatible BTF id, for a proto that names none
  if (btf_struct == nullptr && arg_base(arg) == ArgType::PtrToBtfIdSockCommon) btf_struct = "sock_common";
  uint16_t flags = reg.flags;
  if (arg & kArgMemRdonly) flags &= uint16_t(~kRdonly);
  if (arg & kArgMaybeNull) flags &= uint16_t(~kMaybeNull);
  auto list = compatible_types(arg_base(arg));
  for (const Compat& c : list)
    if (c.type == reg.type && c.flags == flags) return btf_struct_matches(e, regno, reg, btf_struct);
  std::string msg = strf("R%d type=%s expected=", regno, reg_type_str(reg).c_str());
  for (size_t i = 0; i < list.size(); i++) {
    if (i) msg += ", ";
    msg += reg_type_str(list[i].type, list[i].flags);
  }
  return e.err(msg);
}

}  // namespace

// check_func_arg_reg_off: also used for global functions' arguments (subprog_args.cc).
bool check_func_arg_reg_off(Env& e, const RegState& reg, int regno, uint32_t arg) {
  if (arg & kArgRelease) {
    // the dynptr being released is on the stack, wherever that is
    if (arg_base(arg) == ArgType::PtrToDynptr && reg.type == RegType::PtrToStack) return true;
    if (reg.off)
      return e.err(strf("R%d must have zero offset when passed to release func or trusted arg to kfunc", regno));
    return e.check_ptr_off_reg(reg, regno, false);
  }
  switch (reg.type) {
    case RegType::PtrToStack: case RegType::PtrToPacket: case RegType::PtrToPacketMeta: case RegType::PtrToMapKey:
    case RegType::PtrToMapValue: case RegType::PtrToMem: case RegType::PtrToBuf: case RegType::PtrToArena:
    case RegType::Scalar:
      return true;
    case RegType::PtrToBtfId:
      return e.check_ptr_off_reg(reg, regno, true);
    default:
      return e.check_ptr_off_reg(reg, regno, false);
  }
}

namespace {

bool process_spin_lock(Env& e, int regno, bool is_lock) {
  const RegState& reg = e.regs()[size_t(regno)];
  if (!reg.b.is_const())
    return e.err(strf("R%d doesn't have constant offset. bpf_spin_lock has to be at the constant offset", regno));
  const MapSpec* m = e.map_of(reg);
  if (reg.type != RegType::PtrToMapValue || !m) return e.err("local 'kptr' has no valid bpf_spin_lock");
  if (m->btf_value_type_id == 0 && m->spin_lock_off < 0)
    return e.err(strf("map '%s' has to have BTF in order to use bpf_spin_lock", m->name.c_str()));
  if (m->spin_lock_off < 0) return e.err(strf("map '%s' has no valid bpf_spin_lock", m->name.c_str()));
  int64_t off = int64_t(reg.b.var_off.value) + reg.off;
  if (off != m->spin_lock_off)
    return e.err(strf("off %lld doesn't point to 'struct bpf_spin_lock' that is at %d", (long long)off,
                      m->spin_lock_off));
  if (is_lock) {
    if (e.cur.active_locks) return e.err("Locking two bpf_spin_locks are not allowed");
    e.cur.refs.push_back(RefState{reg.id, e.cur.insn_idx, RefType::Lock, reg.map});
    e.cur.active_locks++;
    return true;
  }
  if (!e.cur.active_locks) return e.err("bpf_spin_unlock without taking a lock");
  auto it = std::find_if(e.cur.refs.begin(), e.cur.refs.end(), [&](const RefState& r) {
    return r.type == RefType::Lock && r.id == reg.id && r.lock_map == reg.map;
  });
  if (it == e.cur.refs.end()) return e.err("bpf_spin_unlock of different lock");
  e.cur.refs.erase(it);
  e.cur.active_locks--;
  return true;
}

bool check_mem_size_reg(Env& e, int regno, bool write, bool zero_size_allowed, CallMeta& meta) {
  const RegState reg = e.regs()[size_t(regno)];
  meta.msize_max_value = reg.b.umax;
  RawModeOut* raw = reg.b.is_const() ? &meta.raw : nullptr;
  if (reg.b.smin < 0)
    return e.err(strf("R%d min value is negative, either use unsigned or 'var &= const'", regno));
  if (reg.b.umin == 0 && !zero_size_allowed)
    return e.err(strf("R%d invalid zero-sized read: u64=[%llu,%llu]", regno, (unsigned long long)reg.b.umin,
                      (unsigned long long)reg.b.umax));
  if (reg.b.umax >= uint64_t(kMaxVarSiz))
    return e.err(strf("R%d unbounded memory access, use 'var &= const' or 'if (var < const)'", regno));
  RawModeOut none;
  if (!e.check_helper_mem_access(regno - 1, int64_t(reg.b.umax), write, zero_size_allowed, raw ? raw : &none))
    return false;
  e.mark_chain_precision(regno);
  return true;
}

bool check_reg_const_str(Env& e, int regno) {
  const RegState& reg = e.regs()[size_t(regno)];
  const MapSpec* m = e.map_of(reg);
  if (reg.type != RegType::PtrToMapValue || !m) return false;
  const std::vector<uint8_t>* bytes = reg.map >= 0 && size_t(reg.map) < e.in.frozen_values.size()
                                          ? &e.in.frozen_values[size_t(reg.map)]
                                          : nullptr;
  if (!bytes || bytes->empty()) return e.err(strf("R%d does not point to a readonly map'", regno));
  if (!reg.b.is_const()) return e.err(strf("R%d is not a constant address'", regno));
  if (!e.check_map_access(regno, reg.off, int(m->value_size) - reg.off, false, true)) return false;
  uint64_t start = uint64_t(reg.off) + reg.b.var_off.value;
  for (uint64_t i = start; i < bytes->size(); i++)
    if ((*bytes)[i] == 0) return true;
  return e.err("string is not zero-terminated");
}

bool check_func_arg(Env& e, int arg, CallMeta& meta, const HelperProto& fn) {
  int regno = arg + 1;
  uint32_t at = fn.args[arg];
  ArgType base = arg_base(at);
  // resolve_map_arg_type: a bloom filter's peek takes the value to look for, which it reads (no uninit memory it
  // would write)
  if (base == ArgType::PtrToMapValue && meta.func_id == 89) {
    const MapSpec* m = e.map_of_index(meta.map);
    if (m && m->type == MapType::BloomFilter) at &= ~uint32_t(kArgMemUninit | kArgMemWrite);
  }
  if (base == ArgType::DontCare) return true;
  if (!e.check_reg_read(regno)) return false;
  const RegState reg = e.regs()[size_t(regno)];
  if (base == ArgType::Anything) {
    if (e.is_pointer_value(regno)) return e.err(strf("R%d leaks addr into helper function", regno));
    return true;
  }
  if (reg.is_pkt() && !(helper_pkt_access(meta.func_id) &&
                        (e.in.type == ProgType::SchedCls || e.in.type == ProgType::SchedAct ||
                         e.in.type == ProgType::Xdp || e.in.type == ProgType::LwtXmit ||
                         e.in.type == ProgType::SkSkb || e.in.type == ProgType::SkMsg ||
                         e.in.type == ProgType::LwtIn || e.in.type == ProgType::LwtOut ||
                         e.in.type == ProgType::LwtSeg6local || e.in.type == ProgType::SkReuseport ||
                         e.in.type == ProgType::FlowDissector || e.in.type == ProgType::CgroupSkb ||
                         e.in.type == ProgType::CgroupSockopt)))
    return e.err("helper access to the packet is not allowed");
  bool skip_type = (at & kArgMaybeNull) && e.register_is_null(regno);
  if (!skip_type) {
    if (meta.func_id == kKptrXchg && regno == 2 && meta.has_kptr_field) {
      if (!check_kptr_xchg_arg(e, regno, meta.kptr_field)) return false;
    } else if (!check_reg_type(e, regno, at, fn.arg_btf_struct[arg])) {
      return false;
    }
    if (!check_func_arg_reg_off(e, reg, regno, at)) return false;
  }
  if (at & kArgRelease) {
    if (base == ArgType::PtrToDynptr) {
      if (!check_dynptr_release_arg(e, regno)) return false;
    } else if (!reg.ref_obj_id && !reg.is_null())
      return e.err(strf("R%d must be referenced when passed to release function", regno));
    meta.release_regno = regno;
  }
  if (reg.ref_obj_id && base != ArgType::PtrToKptr) {
    if (meta.ref_obj_id)
      return e.err(strf("more than one arg with ref_obj_id R%d %u %u", regno, reg.ref_obj_id, meta.ref_obj_id));
    meta.ref_obj_id = reg.ref_obj_id;
  }
  bool write = at & kArgMemWrite;
  switch (base) {
    case ArgType::ConstMapPtr:
      meta.map = reg.map;
      if (meta.func_id == kTailCall) {
        const MapSpec* m = e.map_of(reg);
        if (m && m->type != MapType::ProgArray) return e.err_unterminated("expected prog array map for tail call");
      }
      break;
    case ArgType::PtrToMapKey: {
      const MapSpec* m = e.map_of_index(meta.map);
      if (!m) return e.err("invalid map_ptr to access map->key");
      if (!e.check_helper_mem_access(regno, m->key_size, false, false, nullptr)) return false;
      if ((m->type == MapType::Array || m->type == MapType::PercpuArray) && e.priv && reg.type == RegType::PtrToStack &&
          reg.b.is_const()) {
        // get_constant_map_key: a key the stack holds as a known constant
        FuncState& st = e.func(reg);
        int stack_off = reg.off + int(reg.b.var_off.value);
        int slot = -stack_off - 1, spi = slot / 8, o = slot % 8;
        if (spi >= 0 && size_t(spi) < st.stack.size()) {
          const StackSlot& ss = st.stack[size_t(spi)];
          int zero = 0, spill = 0;
          for (int i = o; i >= 0 && ss.type[size_t(i)] == SlotType::Zero; i--) zero++;
          if (zero >= int(m->key_size)) {
            meta.const_map_key = 0;
          } else if (ss.is_spilled_scalar()) {
            for (int i = o; i >= 0 && ss.type[size_t(i)] == SlotType::Spill; i--) spill++;
            if (spill == int(m->key_size) && ss.spilled.b.is_const()) {
              meta.const_map_key = int64_t(ss.spilled.b.const_value());
              e.mark_stack_slot_precision(st.frameno, spi);  // the lookup's result relies on this constant
            }
          }
        }
      }
      break;
    }
    case ArgType::PtrToMapValue: {
      if ((at & kArgMaybeNull) && reg.is_null()) return true;
      const MapSpec* m = e.map_of_index(meta.map);
      if (!m) return e.err("invalid map_ptr to access map->value");
      meta.raw.raw_mode = at & kArgMemUninit;
      return e.check_helper_mem_access(regno, m->value_size, write, false, &meta.raw);
    }
    case ArgType::PtrToSpinLock:
      return process_spin_lock(e, regno, meta.func_id == kSpinLock);
    case ArgType::PtrToKptr:
      if (!process_kptr_func(e, regno, meta.kptr_field, meta.map)) return false;
      meta.has_kptr_field = true;
      break;
    case ArgType::PtrToFunc:
      meta.subprog = int(reg.subprog);
      break;
    case ArgType::PtrToMem:
    case ArgType::PtrToLong:
      if (skip_type) break;
      meta.raw.raw_mode = at & kArgMemUninit;
      if ((at & kArgFixedSize) || base == ArgType::PtrToLong) {
        uint32_t size = fn.arg_size[arg] ? fn.arg_size[arg] : 8;
        if (!e.check_helper_mem_access(regno, size, write, false, &meta.raw)) return false;
      }
      break;
    case ArgType::ConstSize:
    case ArgType::ConstSizeOrZero:
      return check_mem_size_reg(e, regno, (fn.args[arg - 1] & kArgMemWrite) != 0, base == ArgType::ConstSizeOrZero,
                                meta);
    case ArgType::ConstAllocSizeOrZero:
      if (!reg.b.is_const()) return e.err(strf("R%d is not a known constant'", regno));
      meta.mem_size = reg.b.const_value();
      e.mark_chain_precision(regno);
      break;
    case ArgType::PtrToConstStr:
      return check_reg_const_str(e, regno);
    case ArgType::PtrToDynptr: {
      DynptrArg d;
      d.type = (at & kArgRingbuf) ? kDynptrRingbuf : (at & kArgDynptrLocal) ? kDynptrLocal : kDynptrInvalid;
      d.uninit = at & kArgMemUninit;
      d.rdonly = at & kArgMemRdonly;
      return process_dynptr_func(e, regno, e.cur.insn_idx, d);
    }
    default:
      break;
  }
  return true;
}

}  // namespace

bool Env::check_helper_call(const Insn& insn, int& next) {
  int32_t id = insn.imm;
  int idx = cur.insn_idx;
  const HelperProto* known = find_helper_proto(id);
  if (!known && !helper_name(id)) return err(strf("invalid func %s#%d", func_id_name(id), id));
  if (!opt.profile.has_helper(in.type, id))
    return err(strf("program of this type cannot use helper %s#%d", func_id_name(id), id));
  // the func_protos that look at expected_attach_type (seq_* for iterators, bind for connect hooks...)
  if (known && !prog_type_has_helper(in.type, id, in.expected_attach_type) && prog_type_has_helper(in.type, id))
    return err(strf("program of this type cannot use helper %s#%d", func_id_name(id), id));
  // struct_ops: the struct_ops type's get_func_proto, which may look at the member (check_struct_ops_btf_id ran)
  const StructOpsTarget st_target{st_ops.type, st_ops.member};
  if (in.type == ProgType::StructOps && known && !struct_ops_has_helper(st_target, id))
    return err(strf("program of this type cannot use helper %s#%d", func_id_name(id), id));
  const HelperProto* fn =
      in.type == ProgType::StructOps ? struct_ops_helper_proto(st_target, id) : helper_proto_for(in.type, id);
  if (!fn) fn = known;
  if (!fn) return err(strf("program of this type cannot use helper %s#%d", func_id_name(id), id));
  if (!in.gpl_compatible && helper_gpl_only(in.type, id))
    return err("cannot call GPL-restricted function from non-GPL compatible program");
  if (fn->allowed && !fn->allowed(in.type, in.expected_attach_type)) return err("helper call is not allowed in probe");
  if (!in.sleepable && fn->might_sleep) return err("helper call might sleep in a non-sleepable prog");

  CallMeta meta;
  meta.func_id = id;
  for (int i = 0; i < 5; i++)
    if (!check_func_arg(*this, i, meta, *fn)) return false;

  // the bytes a helper only writes count as written once the call returns
  if (meta.raw.used)
    for (int i = 0; i < meta.raw.access_size; i++)
      if (!check_mem_access(idx, meta.raw.regno, i, 1, true, -1, false, false)) return false;

  auto& R = regs();
  // record_func_key: a constant, in-range tail call index is recorded for the call's rewrite, and marked precise
  if (id == kTailCall) {
    const MapSpec* m = map_of_index(meta.map);
    if (m && R[3].is_const() && R[3].b.const_value() < m->max_entries) mark_chain_precision(3);
  }
  if (meta.release_regno) {
    bool ok = false;
    if (arg_base(fn->args[meta.release_regno - 1]) == ArgType::PtrToDynptr) {
      if (R[size_t(meta.release_regno)].type == RegType::ConstPtrToDynptr)
        return err("verifier internal error: CONST_PTR_TO_DYNPTR cannot be released");
      if (!unmark_stack_slots_dynptr(*this, R[size_t(meta.release_regno)])) return false;
      ok = true;
    } else if (id == kKptrXchg && meta.ref_obj_id) {
      ok = release_kptr_xchg_ref(*this, meta.ref_obj_id);
    } else if (meta.ref_obj_id) {
      ok = release_reference(meta.ref_obj_id);
    } else if (R[size_t(meta.release_regno)].is_null()) {
      ok = true;
    }
    if (!ok) return err(strf("func %s#%d reference has not been acquired before", func_id_name(id), id));
  }
  if (id == kTailCall && !check_resource_leak(false, true, "tail_call")) return false;
  // the dynptr helpers' own rules (check_helper_call's switch on func_id)
  uint32_t slice_dynptr_id = 0, slice_ref_obj_id = 0;
  bool dynptr_changes_pkt = false;
  if (id == kDynptrFromMem && R[1].type != RegType::PtrToMapValue)
    return err(strf("Unsupported reg type %s for bpf_dynptr_from_mem data", reg_type_str(R[1]).c_str()));
  if (id == kDynptrData) {
    slice_dynptr_id = dynptr_id_of(*this, R[1]);
    slice_ref_obj_id = dynptr_ref_obj_id_of(*this, R[1]);
  }
  if (id == kDynptrWrite && dynptr_type_of(*this, R[1]) == kDynptrSkb) dynptr_changes_pkt = true;
  if (id == kForEachMapElem || id == kLoop || id == kUserRingbufDrain) {
    if (meta.subprog < 0) return err("kernel subsystem misconfigured verifier");
    bool push = true;
    if (id == kLoop) {
      // update_loop_inline_state: the call can be inlined while every visit passes flags 0 (then R4 must stay 0,
      // so it is made precise) and the same callback.
      InsnAux& a = aux[size_t(idx)];
      auto flag_is_zero = [&] {
        const bool zero = R[4].type == RegType::Scalar && R[4].b.var_off.equals_const(0);
        if (zero) mark_chain_precision(4);
        return zero;
      };
      if (!a.loop_inline_initialized) {
        a.loop_inline_initialized = true;
        a.loop_fit_for_inline = flag_is_zero();
        a.loop_callback_subprog = meta.subprog;
      } else if (a.loop_fit_for_inline) {
        a.loop_fit_for_inline = flag_is_zero() && a.loop_callback_subprog == meta.subprog;
      }
      mark_chain_precision(1);  // whether this iteration is the last one depends on R1
      if (cur.cur().callback_depth >= R[1].b.umax) {
        push = false;
        cur.cur().callback_depth = 0;
        if (log2()) verbose(strf("frame%u bpf_loop iteration limit reached\n", cur.curframe()));
      }
    }
    if (push && !push_callback_call(idx, uint32_t(meta.subprog), id, meta.map)) return false;
  }

  clear_caller_saved_regs(R);
  RegState& r0 = R[0];
  uint16_t ret_flags = 0;
  if (fn->ret & kRetMaybeNull) ret_flags |= kMaybeNull;
  if (fn->ret & kRetMemRingbuf) ret_flags |= kRingbuf;
  if (fn->ret & kRetMemRdonly) ret_flags |= kRdonly;
  if (fn->ret & kRetTrusted) ret_flags |= kTrusted;
  if (fn->ret & kRetAlloc) ret_flags |= kAlloc;
  switch (ret_base(fn->ret)) {
    case RetType::Integer: mark_reg_unknown(r0); break;
    case RetType::Void: r0 = RegState{}; break;
    case RetType::PtrToMapValue: {
      const MapSpec* m = map_of_index(meta.map);
      if (!m) return err("kernel subsystem misconfigured verifier");
      if (id == 1 && (m->type == MapType::Array || m->type == MapType::PercpuArray) && meta.const_map_key >= 0 &&
          uint64_t(meta.const_map_key) < m->max_entries)
        ret_flags &= uint16_t(~kMaybeNull);
      if (m->inner) {
        // a map-in-map lookup gives the inner map itself (map_ptr_or_null until checked)
        r0 = make_pointer(RegType::ConstPtrToMap, ret_flags);
        r0.map = int32_t(inner_map_index(meta.map));
        break;
      }
      r0 = make_pointer(RegType::PtrToMapValue, ret_flags);
      r0.map = meta.map;
      if (!(ret_flags & kMaybeNull) && m->spin_lock_off >= 0) r0.id = new_id();
      break;
    }
    case RetType::PtrToSocket: r0 = make_pointer(RegType::PtrToSocket, ret_flags); break;
    case RetType::PtrToTcpSock: r0 = make_pointer(RegType::PtrToTcpSock, ret_flags); break;
    case RetType::PtrToSockCommon: r0 = make_pointer(RegType::PtrToSockCommon, ret_flags); break;
    case RetType::PtrToMem:
      r0 = make_pointer(RegType::PtrToMem, ret_flags);
      r0.mem_size = uint32_t(meta.mem_size);
      break;
    case RetType::PtrToMemOrBtfId:
    case RetType::PtrToBtfId:
      if (id == kKptrXchg && meta.has_kptr_field) {
        r0 = kptr_xchg_ret(*this, meta.kptr_field);
        break;
      }
      r0 = make_pointer(RegType::PtrToBtfId, ret_flags);
      r0.btf_name = fn->ret_btf_struct;
      break;
  }
  r0.written = true;
  if (r0.maybe_null()) r0.id = new_id();
  if (is_ptr_cast_function(id)) {
    r0.ref_obj_id = meta.ref_obj_id;
  } else if (id == kDynptrData) {
    r0.dynptr_id = slice_dynptr_id;
    r0.ref_obj_id = slice_ref_obj_id;  // a ring buffer record's slice goes with the record
  } else if (is_acquire_function(id)) {
    uint32_t rid = new_id();
    cur.refs.push_back(RefState{rid, idx, RefType::Ptr, -1});
    r0.id = rid;
    r0.ref_obj_id = rid;
  }
  // do_refine_retval_range
  if (id == 67 || id == 141 || id == 45 || id == 115 || id == 114) {
    r0.b.smax = int64_t(meta.msize_max_value);
    r0.b.s32_max = int32_t(meta.msize_max_value);
    r0.b.smin = -4095;
    r0.b.s32_min = -4095;
    r0.b.sync();
  } else if (id == 8) {
    uint64_t n = num_possible_cpus();
    r0.b = ScalarBounds::unknown();
    r0.b.umin = 0;
    r0.b.umax = n - 1;
    r0.b.u32_max = uint32_t(n - 1);
    r0.b.smax = int64_t(n - 1);
    r0.b.s32_max = int32_t(n - 1);
    r0.b.smin = 0;
    r0.b.s32_min = 0;
    r0.b.sync();
  }
  if (const MapSpec* m = map_of_index(meta.map); m && !map_func_compatible(m->type, id))
    return err(strf("cannot pass map_type %d into func %s#%d", int(m->type), func_id_name(id), id));
  if (changes_pkt_data(id) || dynptr_changes_pkt) clear_all_pkt_pointers();
  next = idx + 1;
  if (id == kTailCall && cur.curframe() > 0) {
    // A tail call made in a subprogram that succeeds replaces only the subprogram's frame: the caller goes on
    // after its call, with R0 whatever the tail-called program returned. As the kernel (6.18), that return is
    // explored first and a failed call (the fall-through) is queued; without it the caller is only checked with
    // the R0 the subprogram itself returns.
    if (!push_stack(idx + 1, idx)) return false;
    mark_reg_unknown(regs()[0]);
    stack_live.update(cur);
    return prepare_func_exit(next);
  }
  return true;
}

bool Env::push_callback_call(int idx, uint32_t subprog, int32_t func_id, int map) {
  VerifierState* cb = nullptr;
  if (!push_stack(int(cfg.subprogs[subprog].start), idx, &cb)) return false;
  FuncState& caller = cb->frames.back();
  if (cb->frames.size() >= size_t(kMaxCallFrames))
    return err(strf("the call stack of %d frames is too deep", int(cb->frames.size()) + 1));
  FuncState callee;
  mark_verifier_state_scratched();  // init_func_state, for the callback's frame (the marks are not per path)
  callee.frameno = uint32_t(cb->frames.size());
  callee.subprog = subprog;
  callee.callsite = idx;
  callee.in_callback = true;
  callee.cb_ret_min = 0;
  callee.cb_ret_max = 1;
  callee.regs[10] = make_pointer(RegType::PtrToStack);
  callee.regs[10].frameno = callee.frameno;
  if (func_id == kLoop) {
    callee.regs[1] = make_scalar_unknown();
    callee.regs[2] = caller.regs[3];
  } else if (func_id == kUserRingbufDrain) {
    callee.regs[1] = make_pointer(RegType::ConstPtrToDynptr);
    callee.regs[1].dynptr_type = kDynptrLocal;  // mark_dynptr_cb_reg
    callee.regs[1].id = new_id();
    callee.regs[2] = caller.regs[3];
  } else {
    callee.regs[1] = make_pointer(RegType::ConstPtrToMap);
    callee.regs[1].map = map;
    callee.regs[2] = make_pointer(RegType::PtrToMapKey);
    callee.regs[2].map = map;
    callee.regs[3] = make_pointer(RegType::PtrToMapValue);
    callee.regs[3].map = map;
    // the running kernel's log shows the value pointer with a fresh id ("R3=map_value(id=1,...)")
    callee.regs[3].id = new_id();
    callee.regs[4] = caller.regs[3];
  }
  caller.callback_depth++;
  cb->callback_unroll_depth++;
  cb->frames.push_back(std::move(callee));
  cur.cur().callback_depth = 0;
  return true;
}

bool Env::check_func_call(const Insn& insn, int& next) {
  int idx = cur.insn_idx;
  uint32_t target = uint32_t(idx + insn.imm + 1);
  int sp = -1;
  for (size_t s = 0; s < cfg.subprogs.size(); s++)
    if (cfg.subprogs[s].start == target) sp = int(s);
  if (sp < 0) return err(strf("verifier bug: target of func call at insn %u is not a program", target));
  auto& R = regs();
  if (cfg.subprogs[size_t(sp)].is_global) {
    // btf_check_subprog_call runs (and logs why it refuses) before the lock check
    const bool args_ok = check_global_call_args(*this, uint32_t(sp));
    if (cur.active_locks)
      return err("global function calls are not allowed while holding a lock,\nuse static function instead");
    if (!args_ok)
      return err(strf("Caller passes invalid args into func#%d ('%s')", sp,
                      subprog_btf_name(*this, uint32_t(sp)).c_str()));
    if (log1())
      log += strf("Func#%d ('%s') is global and assumed valid.\n", sp, subprog_btf_name(*this, uint32_t(sp)).c_str());
    // mark it for do_check_subprogs, which verifies only the global functions some verified path calls
    if (global_called.size() <= size_t(sp)) global_called.resize(cfg.subprogs.size());
    global_called[size_t(sp)] = true;
    clear_caller_saved_regs(R);
    mark_reg_unknown(R[0]);
    next = idx + 1;
    return true;
  }
  // btf_check_subprog_call runs for a static function too: what its BTF prototype cannot give, or the caller's
  // registers do not match, is logged (the function is then "unreliable" and not asked again); nothing is refused
  if (static_call_unreliable.size() <= size_t(sp)) static_call_unreliable.resize(cfg.subprogs.size());
  if (!static_call_unreliable[size_t(sp)] && !check_static_call_args(*this, uint32_t(sp)))
    static_call_unreliable[size_t(sp)] = true;
  if (cur.curframe() + 1 >= uint32_t(kMaxCallFrames))
    return err(strf("the call stack of %d frames is too deep", int(cur.curframe()) + 2));
  FuncState callee;
  callee.frameno = cur.curframe() + 1;
  callee.subprog = uint32_t(sp);
  callee.callsite = idx;
  callee.regs[10] = make_pointer(RegType::PtrToStack);
  callee.regs[10].frameno = callee.frameno;
  for (int r = 1; r <= 5; r++) callee.regs[size_t(r)] = R[size_t(r)];
  mark_verifier_state_scratched();  // init_func_state
  clear_caller_saved_regs(R);
  cur.frames.push_back(std::move(callee));
  stack_live.callchain_changed();
  next = int(target);
  return true;
}

bool Env::prepare_func_exit(int& next) {
  FuncState& callee = cur.frames.back();
  RegState r0 = callee.regs[0];
  if (r0.type == RegType::PtrToStack) return err("cannot return stack pointer to the caller");
  if (callee.in_callback) {
    if (r0.type != RegType::Scalar) return err("R0 not a scalar value");
    mark_chain_precision(0);
    if (r0.b.smin < callee.cb_ret_min || r0.b.smax > callee.cb_ret_max) {
      std::string m = "At callback return the register R0 has";
      bool unknown = true;
      if (r0.b.smin > INT64_MIN) { m += strf(" smin=%lld", (long long)r0.b.smin); unknown = false; }
      if (r0.b.smax < INT64_MAX) { m += strf(" smax=%lld", (long long)r0.b.smax); unknown = false; }
      if (unknown) m += " unknown scalar value";
      m += strf(" should have been in [%d, %d]", int(callee.cb_ret_min), int(callee.cb_ret_max));
      return err(m);
    }
  }
  bool in_cb = callee.in_callback;
  int callsite = callee.callsite;
  const std::string callee_state = log1() ? state_string(cur) : std::string();
  cur.frames.pop_back();
  if (!in_cb) cur.regs()[0] = r0;
  next = in_cb ? callsite : callsite + 1;
  // printed before a callback's caller is widened, as the kernel prints it before freeing the callee's frame
  if (log1())
    verbose("returning from callee:\n" + callee_state + strf("\nto caller at %d:\n", next) + state_string(cur) + "\n");
  if (in_cb) widen_after_callback(callsite);
  return true;
}

}  // namespace bpfkit::verifier
