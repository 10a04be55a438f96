// Loads through BTF pointers and tracing contexts, by BTF: check_ptr_to_btf_access with btf_struct_access's field
// walk (kernel/bpf/btf.c btf_struct_walk), and btf_ctx_access for tp_btf/fentry/fexit/fmod_ret/lsm programs, whose
// context is the traced function's arguments as u64s. Kernel pointers use the kernel's BTF (Env::kernel_btf);
// bpf_obj_new objects (kAlloc) the program's own.
#include <optional>
#include <string>

#include "verifier/env.h"
#include "verifier/tnum.h"

namespace bpfkit::verifier {

namespace {

enum class Walk { Scalar, Ptr, PtrUntrusted, Struct, Error };

struct WalkResult {
  Walk kind = Walk::Error;
  btf::TypeId next = 0;  // Ptr: the pointee struct; Struct: the nested struct
  const char* field = "";  // Ptr: the member holding the pointer
};

// __btf_resolve_size: an array member's innermost element type and the number of elements, arrays of arrays
// flattened.
struct Resolved {
  const btf::Type* type = nullptr;  // after modifiers and typedefs
  btf::TypeId id = 0;
  uint32_t size = 0;                // the whole member
  bool is_array = false;
  const btf::Type* elem = nullptr;
  btf::TypeId elem_id = 0;
  uint32_t nelems = 1;
};

bool resolve(const btf::Btf& b, btf::TypeId id, Resolved& r) {
  r.id = b.skip_mods_and_typedefs(id);
  r.type = b.type(r.id);
  if (!r.type) return false;
  auto sz = b.resolve_size(r.id);
  if (!sz) return false;
  r.size = *sz;
  if (r.type->kind != btf::Kind::Array) return true;
  r.is_array = true;
  btf::TypeId e = r.id;
  while (const btf::Type* t = b.type(e)) {
    if (t->kind != btf::Kind::Array) break;
    r.nelems *= t->nelems;
    e = b.skip_mods_and_typedefs(t->elem_type);
  }
  r.elem_id = e;
  r.elem = b.type(e);
  return r.elem != nullptr;
}

WalkResult struct_walk(Env& e, const btf::Btf& b, btf::TypeId tid, uint32_t off, uint32_t size, bool& untrusted) {
  for (;;) {
    tid = b.skip_mods_and_typedefs(tid);
    const btf::Type* t = b.type(tid);
    const char* tname = t ? t->name.c_str() : "";
    if (!t || !t->is_composite()) {
      e.err(strf("Type '%s' is not a struct", tname));
      return {};
    }
    // walking a union with more than one member gives untrusted pointers
    if (t->kind == btf::Kind::Union && t->members.size() != 1) untrusted = true;
    if (uint64_t(off) + size > t->size) {
      // a flexible array at the end may be read past the struct's size, element by element
      bool ok = false;
      if (!t->members.empty()) {
        const btf::Member& m = t->members.back();
        const btf::Type* mt = b.type(b.skip_mods_and_typedefs(m.type));
        uint32_t moff = m.bit_offset / 8;
        if (mt && mt->kind == btf::Kind::Array && mt->nelems == 0 && off >= moff) {
          btf::TypeId el = b.skip_mods_and_typedefs(mt->elem_type);
          const btf::Type* et = b.type(el);
          if (et && et->kind == btf::Kind::Int) return {Walk::Scalar, 0};
          if (et && et->is_composite() && et->size) {
            off = (off - moff) % et->size;
            tid = el;
            ok = true;
          }
        }
      }
      if (ok) continue;
      e.err(strf("access beyond struct %s at off %u size %u", tname, off, size));
      return {};
    }
    bool descended = false;
    for (const btf::Member& m : t->members) {
      uint32_t moff = m.bit_offset / 8;
      if (off + size <= moff) break;
      if (m.bitfield_size) {
        uint32_t end_bit = m.bit_offset + m.bitfield_size;
        if (off <= moff && (end_bit + 7) / 8 <= off + size) return {Walk::Scalar, 0};
        continue;
      }
      if (off < moff) break;
      Resolved r;
      if (!resolve(b, m.type, r)) {
        e.err(strf("field %s doesn't have size", m.name.c_str()));
        return {};
      }
      uint32_t mtrue_end = moff + r.size;
      if (off >= mtrue_end) continue;
      const btf::Type* mtype = r.type;
      btf::TypeId mid = r.id;
      uint32_t msize = r.size;
      if (r.is_array) {
        if (moff == mtrue_end) continue;
        msize = r.nelems ? r.size / r.nelems : 0;
        if (msize == 0) continue;
        moff += (off - moff) / msize * msize;
        mtype = r.elem;
        mid = r.elem_id;
      }
      if (mtype->is_composite()) {
        if (off == moff) return {Walk::Struct, mid};
        off -= moff;
        tid = mid;
        descended = true;
        break;
      }
      if (mtype->kind == btf::Kind::Ptr) {
        if (msize != size || off != moff) {
          e.err(strf("cannot access ptr member %s with moff %u in struct %s with off %u size %u", m.name.c_str(),
                     moff, tname, off, size));
          return {};
        }
        btf::TypeId sid = b.skip_mods_and_typedefs(mtype->type);
        const btf::Type* st = b.type(sid);
        if (st && st->is_composite()) return {Walk::Ptr, sid, m.name.c_str()};
        return {Walk::PtrUntrusted, 0};
      }
      if (off + size > mtrue_end && !untrusted) {
        e.err(strf("access beyond the end of member %s (mend:%u) in struct %s with off %u size %u", m.name.c_str(),
                   mtrue_end, tname, off, size));
        return {};
      }
      return {Walk::Scalar, 0};
    }
    if (descended) continue;
    e.err(strf("struct %s doesn't have field at offset %d", tname, int(off)));
    return {};
  }
}

// btf_struct_access: walks nested structs until a pointer or a scalar.
WalkResult struct_access(Env& e, const btf::Btf& b, btf::TypeId id, int off, int size, bool& untrusted) {
  for (;;) {
    WalkResult w = struct_walk(e, b, id, uint32_t(off), uint32_t(size), untrusted);
    if (w.kind != Walk::Struct) return w;
    id = w.next;
    off = 0;
  }
}

}  // namespace

bool Env::check_ptr_to_btf_access(int regno, int off, int size, bool write, int value_regno) {
  auto& R = regs();
  const RegState reg = R[size_t(regno)];
  const bool local = (reg.flags & kAlloc) || reg.local_btf;
  const char* tname = reg.btf_name ? reg.btf_name : "";
  if (!priv) return err(strf("'struct %s' access is allowed only to CAP_PERFMON and CAP_SYS_ADMIN", tname));
  if (!local && !in.gpl_compatible)
    return err(strf("Cannot access kernel 'struct %s' from non-GPL compatible program", tname));
  if (off < 0) return err(strf("R%d is ptr_%s invalid negative access: off=%d", regno, tname, off));
  if (!reg.b.is_const() || reg.b.var_off.value)
    return err(strf("R%d is ptr_%s invalid variable offset: off=%d, var_off=%s", regno, tname, off,
                    tnum_to_string(reg.b.var_off).c_str()));
  // env->ops->btf_struct_access: bpf_tcp_ca lets a congestion control write a few tcp_sock fields
  if (write && !(reg.flags & kAlloc) && in.type == ProgType::StructOps && st_ops.type == "tcp_congestion_ops")
    return tcp_ca_btf_struct_access(reg, off, size);
  if (write && !(reg.flags & kAlloc)) return err("only read is supported");

  const btf::Btf* b = local ? in.btf : kernel_btf();
  btf::TypeId id = reg.btf_id;
  if (b && !id && reg.btf_name) {
    auto found = b->find_by_name_kind(reg.btf_name, btf::Kind::Struct);
    if (!found) found = b->find_by_name_kind(reg.btf_name, btf::Kind::Union);
    if (found) id = *found;
  }
  if (!b || !id) {
    // No BTF to walk: an 8-byte field may be a pointer the program follows (such loads are fault-safe probe reads
    // in the kernel), so it becomes an untrusted pointer; anything else a scalar.
    if (value_regno >= 0 && !write) {
      if (size == 8) R[size_t(value_regno)] = make_pointer(RegType::PtrToBtfId, kUntrusted);
      else mark_reg_unknown(R[size_t(value_regno)]);
      R[size_t(value_regno)].written = true;
    }
    return true;
  }
  bool untrusted = reg.flags & kUntrusted;
  WalkResult w = struct_access(*this, *b, id, off, size, untrusted);
  if (w.kind == Walk::Error) return false;
  if (write || value_regno < 0) return true;
  RegState& d = R[size_t(value_regno)];
  // a bpf_obj_new object's pointer fields are plain data to the program
  if (w.kind == Walk::Scalar || (local && w.kind == Walk::Ptr)) {
    mark_reg_unknown(d);
    return true;
  }
  if (w.kind == Walk::PtrUntrusted) {
    d = make_pointer(RegType::PtrToMem, kRdonly | kUntrusted);
    d.written = true;
    return true;
  }
  // check_ptr_to_btf_access's trust rules: walking an untrusted pointer stays untrusted; from a trusted or RCU one,
  // the fields the kernel lists as safe (the "<struct>__safe_trusted", "__safe_rcu", ... shadow structs its BTF
  // carries, btf_nested_type_is_trusted) keep trust; any other field is untrusted (the running 6.18 kernel's log
  // shows task->parent walked from a trusted task as untrusted_ptr_task_struct). A plain pointer gives plain ones.
  auto listed_safe = [&](const char* suffix) {
    const btf::Type* walked = b->type(id);
    if (!walked) return false;
    auto safe = b->find_by_name_kind(walked->name + suffix, walked->kind);
    if (!safe) return false;
    for (const btf::Member& m : b->type(*safe)->members) {
      const btf::Type* mt = b->type(m.type);
      if (mt && mt->kind == btf::Kind::Ptr && m.name == w.field && b->skip_mods_and_typedefs(mt->type) == w.next) return true;
    }
    return false;
  };
  uint16_t flags = 0;
  if (reg.flags & kUntrusted) {
    flags = kUntrusted;
  } else if (reg.flags & (kTrusted | kRcu) || reg.ref_obj_id) {
    const bool in_rcu_cs = cur.active_rcu_lock || cur.active_locks || !in.sleepable;
    if (listed_safe("__safe_trusted")) flags = kTrusted;
    else if (listed_safe("__safe_trusted_or_null")) flags = kTrusted | kMaybeNull;
    else if (!in_rcu_cs || reg.maybe_null()) flags = kUntrusted;
    else if (listed_safe("__safe_rcu")) flags = kRcu;
    else if (listed_safe("__safe_rcu_or_null")) flags = kRcu | kMaybeNull;
    else flags = kUntrusted;
  }
  if (untrusted) flags = kUntrusted;
  d = make_pointer(RegType::PtrToBtfId, flags);
  d.btf_id = w.next;
  d.btf_name = b->type(w.next)->name.c_str();
  if (flags & kMaybeNull) d.id = new_id();  // mark_btf_ld_reg: a NULL check must find it
  d.written = true;
  return true;
}

// An iterator's context arguments after `meta` are registered with their own register types (bpf_iter_reg's
// ctx_arg_info), which replace the ones the BTF prototype gives: every such pointer may be NULL (the call that ends
// the iteration passes NULL), only some targets mark theirs trusted, and the map-element iterators' key and value
// are buffers. Read from the running 6.18 kernel's log for each target.
namespace {

enum class IterArgKind { TrustedOrNull, OrNull, RdonlyBufOrNull, RdwrBufOrNull };

std::optional<IterArgKind> iter_ctx_arg(const std::string& target, uint32_t arg) {
  struct Entry {
    const char* target;
    uint32_t arg;
    IterArgKind kind;
  };
  static const Entry kTable[] = {
      {"task", 1, IterArgKind::TrustedOrNull},         {"bpf_map", 1, IterArgKind::TrustedOrNull},
      {"tcp", 1, IterArgKind::TrustedOrNull},          {"udp", 1, IterArgKind::TrustedOrNull},
      {"cgroup", 1, IterArgKind::TrustedOrNull},       {"kmem_cache", 1, IterArgKind::TrustedOrNull},
      {"task_file", 1, IterArgKind::OrNull},           {"task_file", 3, IterArgKind::OrNull},
      {"task_vma", 1, IterArgKind::OrNull},            {"task_vma", 2, IterArgKind::OrNull},
      {"bpf_prog", 1, IterArgKind::OrNull},            {"bpf_link", 1, IterArgKind::OrNull},
      {"unix", 1, IterArgKind::OrNull},                {"netlink", 1, IterArgKind::OrNull},
      {"ipv6_route", 1, IterArgKind::OrNull},          {"ksym", 1, IterArgKind::OrNull},
      {"dmabuf", 1, IterArgKind::OrNull},              {"bpf_sk_storage_map", 2, IterArgKind::OrNull},
      {"sockmap", 3, IterArgKind::OrNull},             {"bpf_map_elem", 2, IterArgKind::RdonlyBufOrNull},
      {"bpf_map_elem", 3, IterArgKind::RdwrBufOrNull}, {"bpf_sk_storage_map", 3, IterArgKind::RdwrBufOrNull},
      {"sockmap", 2, IterArgKind::RdonlyBufOrNull},
  };
  for (const Entry& e : kTable)
    if (target == e.target && arg == e.arg) return e.kind;
  return std::nullopt;
}

}  // namespace

bool Env::check_btf_ctx_access(int off, int size, bool write, int value_regno) {
  auto refused = [&] { return err(strf("invalid bpf_context access off=%d size=%d", off, size)); };
  // tracing_prog_is_valid_access / bpf_tracing_btf_ctx_access
  if (off < 0 || off >= 8 * 12 || write || off % size != 0) return refused();
  const btf::Btf* b = kernel_btf();
  const bool st_ops_prog = in.type == ProgType::StructOps;
  // a struct_ops program's expected_attach_type is its member's index
  const uint32_t eat = st_ops_prog ? st_ops.member_idx : in.expected_attach_type;
  const bool tp_btf = in.type == ProgType::Tracing && eat == attach::TraceRawTp;
  const btf::Type* proto = nullptr;
  if (st_ops_prog) {
    proto = st_ops.proto;
  } else if (b && !in.attach_target.empty()) {
    std::optional<btf::TypeId> fid;
    if (tp_btf) {
      fid = b->find_by_name_kind("btf_trace_" + in.attach_target, btf::Kind::Typedef);
      if (fid) {
        const btf::Type* p = b->type(b->skip_mods_and_typedefs(*fid));
        if (p && p->kind == btf::Kind::Ptr) proto = b->type(b->skip_mods_and_typedefs(p->type));
      }
    } else {
      std::string fname = in.type == ProgType::Lsm          ? "bpf_lsm_" + in.attach_target
                          : eat == attach::TraceIter ? "bpf_iter_" + in.attach_target
                                                     : in.attach_target;
      fid = b->find_by_name_kind(fname, btf::Kind::Func);
      if (fid) proto = b->type(b->type(*fid)->type);
    }
    if (proto && proto->kind != btf::Kind::FuncProto) proto = nullptr;
  }
  auto& R = regs();
  if (!proto) {
    // no prototype: MAX_BPF_FUNC_REG_ARGS u64 arguments
    if (value_regno >= 0) mark_reg_unknown(R[size_t(value_regno)]);
    return true;
  }
  // attach_func_name: the BTF function's name (bpf_lsm_*, bpf_iter_*), a raw tracepoint's without btf_trace_
  const std::string attach_func_name = in.type == ProgType::Lsm        ? "bpf_lsm_" + in.attach_target
                                       : eat == attach::TraceIter ? "bpf_iter_" + in.attach_target
                                                                  : in.attach_target;
  const char* tname = attach_func_name.c_str();
  if (off % 8) {
    err(strf("func '%s' offset %d is not multiple of 8", tname, off));
    return refused();
  }
  // btf_ctx_arg_idx: one u64 slot per argument (struct arguments of 9-16 bytes take two; not modelled)
  uint32_t arg = uint32_t(off / 8);
  size_t first = tp_btf ? 1 : 0;  // btf_trace_* starts with `void *__data`
  uint32_t nr_args = uint32_t(proto->params.size() - (proto->params.size() >= first ? first : 0));
  if (arg > nr_args) {
    err(strf("func '%s' doesn't have %d-th argument", tname, int(arg) + 1));
    return refused();
  }
  btf::TypeId tid;
  if (arg == nr_args) {
    // btf_ctx_access switches on expected_attach_type whatever the program type, so a struct_ops member whose
    // index equals one of these attach types gets the return value slot too
    bool has_ret = in.type == ProgType::Lsm || eat == attach::TraceFexit || eat == attach::ModifyReturn ||
                   eat == attach::LsmMac || eat == attach::LsmCgroup;
    if (!has_ret) {
      err(strf("func '%s' doesn't have %d-th argument", tname, int(arg) + 1));
      return refused();
    }
    tid = proto->type;
  } else {
    tid = proto->params[first + arg].type;
  }
  tid = b->skip_mods_and_typedefs(tid);
  const btf::Type* t = b->type(tid);
  auto scalar = [&] {
    if (value_regno >= 0) mark_reg_unknown(R[size_t(value_regno)]);
    return true;
  };
  if (!t) return scalar();
  if ((t->kind == btf::Kind::Int && t->int_bits <= 128) || t->is_enum() || t->is_composite()) return scalar();
  if (t->kind != btf::Kind::Ptr) {
    err(strf("func '%s' arg%u type %s is not a struct", tname, arg, btf::kind_name(t->kind)));
    return refused();
  }
  if (size != 8) {
    err(strf("func '%s' size %d must be 8", tname, size));
    return refused();
  }
  const bool iter = in.type == ProgType::Tracing && eat == attach::TraceIter;
  const std::optional<IterArgKind> iter_arg = iter ? iter_ctx_arg(in.attach_target, arg) : std::nullopt;
  if (iter_arg == IterArgKind::RdonlyBufOrNull || iter_arg == IterArgKind::RdwrBufOrNull) {
    // checked before the void-pointer rule: a `void *key` here is a buffer, not a scalar
    if (value_regno >= 0) {
      RegState& d = R[size_t(value_regno)];
      d = make_pointer(RegType::PtrToBuf, uint16_t(kMaybeNull | (iter_arg == IterArgKind::RdonlyBufOrNull ? kRdonly : 0)));
      d.id = new_id();
      d.written = true;
    }
    return true;
  }
  btf::TypeId pid = b->skip_mods_and_typedefs(t->type);
  const btf::Type* pt = b->type(pid);
  // a pointer to void or to an int is a scalar to the verifier
  if (!pt || pt->kind == btf::Kind::Void || pt->kind == btf::Kind::Int) return scalar();
  if (!pt->is_composite()) {
    err(strf("func '%s' arg%u type %s is not a struct", tname, arg, btf::kind_name(pt->kind)));
    return refused();
  }
  // an iterator's context arguments come from its ctx_arg_info, which btf_ctx_access returns without a word
  if (!iter_arg)
    verbose(strf("func '%s' arg%u has btf_id %u type %s '%s'\n", tname, arg, pid,
                 pt->kind == btf::Kind::Union ? "UNION" : "STRUCT", pt->name.c_str()));
  if (value_regno >= 0) {
    // prog_args_trusted: tp_btf, iterators and LSM hooks get trusted arguments
    bool trusted = tp_btf || iter || in.type == ProgType::Lsm || st_ops_prog;
    uint16_t flags = trusted ? kTrusted : 0;
    if (iter_arg) flags = iter_arg == IterArgKind::TrustedOrNull ? uint16_t(kTrusted | kMaybeNull) : kMaybeNull;
    RegState& d = R[size_t(value_regno)];
    d = make_pointer(RegType::PtrToBtfId, flags);
    if (iter_arg) d.id = new_id();
    d.btf_id = pid;
    d.btf_name = pt->name.c_str();
    d.written = true;
    // bpf_tcp_ca_is_valid_access: a congestion control's `struct sock *` is its tcp_sock
    if (st_ops_prog && st_ops.type == "tcp_congestion_ops" && pt->name == "sock") {
      if (auto tcp = b->find_by_name_kind("tcp_sock", btf::Kind::Struct)) {
        d.btf_id = *tcp;
        d.btf_name = b->type(*tcp)->name.c_str();
      }
    }
  }
  return true;
}

}  // namespace bpfkit::verifier
