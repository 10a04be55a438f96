// kfunc calls (check_kfunc_call): the KF_* flags from kfuncs.h's table, the prototype from the kernel's BTF (or, with
// none, the extern's own): argument rules, reference tracking (KF_ACQUIRE/KF_RELEASE), RCU read sections, the
// open-coded iterators' stack slots and next() fork (process_iter_next_call), and bpf_obj_new's objects of a
// program BTF type (PTR_TO_BTF_ID | MEM_ALLOC).
#include <algorithm>

#include "bpfkit/core.h"
#include "bpfkit/kfuncs.h"
#include "verifier/check_stack.h"
#include "verifier/dynptr.h"
#include "verifier/env.h"

namespace bpfkit::verifier {

const btf::Btf* Env::kernel_btf() {
  if (!kernel_btf_read_) {
    kernel_btf_read_ = true;
    if (!opt.kernel_btf.empty())
      if (auto b = read_target_btf(opt.kernel_btf)) kernel_btf_ = std::move(*b);
  }
  return kernel_btf_.get();
}

const KfuncCall* Env::kfunc_call_at(int idx) const {
  auto it = std::lower_bound(in.kfunc_calls.begin(), in.kfunc_calls.end(), size_t(idx),
                             [](const KfuncCall& c, size_t i) { return c.insn < i; });
  return it != in.kfunc_calls.end() && it->insn == size_t(idx) ? &*it : nullptr;
}

const Env::KfuncDesc* Env::kfunc_desc(const KfuncCall& call) {
  size_t i = size_t(&call - in.kfunc_calls.data());
  if (kfunc_descs.size() != in.kfunc_calls.size()) kfunc_descs.assign(in.kfunc_calls.size(), {});
  KfuncDesc& d = kfunc_descs[i];
  if (d.resolved) return &d;
  d.resolved = true;
  if (const KfuncMeta* m = find_kfunc_meta(call.name)) d.flags = m->flags;
  if (const btf::Btf* k = kernel_btf()) {
    auto id = k->find_by_name_kind(call.name, btf::Kind::Func);
    if (!id) {
      d.missing = true;  // libbpf leaves imm 0 (a __weak extern) or refuses the load before the kernel sees it
      return &d;
    }
    d.btf = k;
    d.func_id = *id;
    d.proto = k->type(*id)->type;
    return &d;
  }
  if (in.btf && call.proto) {
    d.btf = in.btf;
    d.proto = call.proto;
  }
  return &d;
}

namespace {

bool is_iter_struct(const btf::Btf& b, btf::TypeId ptr_id, std::string* name, uint32_t* size) {
  const btf::Type* p = b.type(b.skip_mods_and_typedefs(ptr_id));
  if (!p || p->kind != btf::Kind::Ptr) return false;
  const btf::Type* t = b.type(b.skip_mods(p->type));
  if (!t || t->kind != btf::Kind::Struct || !t->name.starts_with("bpf_iter_")) return false;
  if (name) *name = t->name.substr(9);
  if (size) *size = t->size;
  return true;
}

bool param_has_suffix(const btf::Param& p, std::string_view suffix) { return p.name.ends_with(suffix); }

// __btf_type_is_scalar_struct: a struct of scalars, arrays of them and such structs, nested at most 3 deep.
bool is_scalar_struct(const btf::Btf& b, const btf::Type* t, int depth) {
  if (!t || t->kind != btf::Kind::Struct) return false;
  for (const btf::Member& m : t->members) {
    const btf::Type* mt = b.type(b.skip_mods_and_typedefs(m.type));
    while (mt && mt->kind == btf::Kind::Array) mt = b.type(b.skip_mods_and_typedefs(mt->elem_type));
    if (!mt) return false;
    if (mt->kind == btf::Kind::Struct) {
      if (depth >= 3 || !is_scalar_struct(b, mt, depth + 1)) return false;
      continue;
    }
    if (mt->kind != btf::Kind::Int && !mt->is_enum() && mt->kind != btf::Kind::Float) return false;
  }
  return true;
}

}  // namespace

bool Env::is_iter_next_insn(int idx) const {
  const Insn& i = insn(idx);
  if (i.opcode != (op::JMP | op::CALL) || i.src != op::PSEUDO_KFUNC_CALL) return false;
  const KfuncCall* c = kfunc_call_at(idx);
  if (!c) return false;
  const KfuncMeta* m = find_kfunc_meta(c->name);
  return m && (m->flags & kKfIterNext);
}

void Env::mark_kfunc_points() {
  for (const KfuncCall& c : in.kfunc_calls) {
    if (c.insn >= aux.size() || !is_iter_next_insn(int(c.insn))) continue;
    aux[c.insn].prune_point = true;
    aux[c.insn].force_checkpoint = true;
  }
}

bool Env::iter_next_loop_ok(int idx) const {
  (void)idx;
  const RegState& r1 = cur.cur().regs[1];
  if (r1.type != RegType::PtrToStack || !r1.b.is_const()) return false;
  int spi = (-(r1.off + int(r1.b.var_off.value)) - 1) / 8;
  const FuncState& fr = cur.frames[r1.frameno];
  if (spi < 0 || size_t(spi) >= fr.stack.size()) return false;
  const StackSlot& s = fr.stack[size_t(spi)];
  return s.type[7] == SlotType::Iter && s.spilled.iter_state == kIterActive;
}

namespace {

struct IterArg {
  int spi = -1;
  uint32_t frameno = 0;
};

// process_iter_arg: new() takes uninitialised stack slots and makes them an iterator holding a reference; next()
// and destroy() want an initialised one, destroy() releases it.
bool process_iter_arg(Env& e, int regno, int argno, const std::string& iter_name, uint32_t iter_size, uint32_t flags,
                      const char* struct_name, IterArg& out) {
  RegState reg = e.regs()[size_t(regno)];
  if (reg.type != RegType::PtrToStack)
    return e.err(strf("arg#%d expected pointer to an iterator on stack", argno));
  int nr_slots = int(iter_size / 8);
  int off = reg.off + int(reg.b.var_off.value);
  if (!reg.b.is_const() || off % 8 != 0 || off - 8 * (nr_slots - 1) < -kMaxBpfStack || off >= 0)
    return e.err(strf("arg#%d expected pointer to an iterator on stack", argno));
  FuncState& st = e.func(reg);
  int spi = (-off - 1) / 8;
  if (flags & kKfIterNew) {
    st.grow_stack(-off + 8 * (nr_slots - 1));
    for (int i = 0; i < nr_slots; i++)
      if (st.stack[size_t(spi - i)].type[7] == SlotType::Iter)
        return e.err(strf("expected uninitialized iter_%s as arg #%d", iter_name.c_str(), argno));
    for (int i = 0; i < nr_slots * 8; i += 8)
      if (!e.check_mem_access(e.cur.insn_idx, regno, i - 8 * (nr_slots - 1), 8, true, -1, false, false))
        return false;
    uint32_t id = e.new_id();
    e.cur.refs.push_back(RefState{id, e.cur.insn_idx, RefType::Ptr, -1});
    for (int i = 0; i < nr_slots; i++) {
      StackSlot& s = st.stack[size_t(spi - i)];
      e.stack_live.mark_write(st.frameno, uint64_t{1} << (spi - i));
      e.mark_stack_slot_scratched(spi - i);
      s.type.fill(SlotType::Iter);
      s.spilled = RegState{};
      s.spilled.type = RegType::PtrToStack;
      s.spilled.btf_name = struct_name;
      s.spilled.ref_obj_id = id;
      s.spilled.iter_state = kIterActive;
      s.spilled.iter_depth = 0;
    }
    out = {spi, reg.frameno};
    return true;
  }
  bool ok = spi - (nr_slots - 1) >= 0 && size_t(spi) < st.stack.size();
  for (int i = 0; ok && i < nr_slots; i++) {
    const StackSlot& s = st.stack[size_t(spi - i)];
    ok = s.type[7] == SlotType::Iter && s.spilled.btf_name == struct_name &&
         s.spilled.ref_obj_id == st.stack[size_t(spi)].spilled.ref_obj_id;
  }
  if (!ok) return e.err(strf("expected an initialized iter_%s as arg #%d", iter_name.c_str(), argno));
  for (int i = 0; i < nr_slots; i++) {
    e.mark_stack_read(st.frameno, uint64_t{1} << (spi - i));
    e.mark_stack_slot_scratched(spi - i);  // mark_iter_read
  }
  out = {spi, reg.frameno};
  if (flags & kKfIterDestroy) {
    uint32_t id = st.stack[size_t(spi)].spilled.ref_obj_id;
    for (int i = 0; i < nr_slots; i++) {
      StackSlot& s = st.stack[size_t(spi - i)];
      e.stack_live.mark_write(st.frameno, uint64_t{1} << (spi - i));
      e.mark_stack_slot_scratched(spi - i);
      s.type.fill(SlotType::Invalid);
      s.spilled = RegState{};
    }
    e.release_reference(id);
  }
  return true;
}

// process_iter_next_call: the path that goes on here has the iterator drained and NULL in R0; a queued path has it
// active one level deeper and R0 not NULL.
bool process_iter_next_call(Env& e, int idx, const IterArg& it) {
  StackSlot& slot = e.cur.frames[it.frameno].stack[size_t(it.spi)];
  if (slot.spilled.iter_state == kIterActive) {
    // find_prev_entry: the latest state saved at this next() that is still on the current path (a loop)
    const VerifierState* prev = e.cur.parent ? e.find_prev_entry(idx, e.cur.parent->state) : nullptr;
    VerifierState* q = nullptr;
    if (!e.push_stack(idx + 1, idx, &q)) return false;
    StackSlot& qs = q->frames[it.frameno].stack[size_t(it.spi)];
    qs.spilled.iter_state = kIterActive;
    qs.spilled.iter_depth++;
    if (prev) e.widen_imprecise_scalars(*prev, *q);
    RegState& r0 = q->frames.back().regs[0];
    r0.flags &= uint16_t(~kMaybeNull);
    if (r0.type == RegType::Scalar) r0 = make_scalar_unknown();
  }
  slot.spilled.iter_state = kIterDrained;
  RegState& r0 = e.regs()[0];
  r0 = make_scalar_const(0);
  r0.written = true;
  return true;
}

}  // namespace

bool Env::check_kfunc_call(const Insn& insn, int& next) {
  int idx = cur.insn_idx;
  next = idx + 1;
  auto& R = regs();
  const KfuncCall* call = kfunc_call_at(idx);
  const KfuncDesc* d = call ? kfunc_desc(*call) : nullptr;
  // imm 0: libbpf's missing __weak kfunc. The kernel leaves it to dead code elimination, which fails the load if
  // the call is reachable ("invalid kernel function call not eliminated"): here it changes nothing.
  if ((!call && insn.imm == 0) || (d && d->missing)) return true;
  // fetch_kfunc_meta: the kfunc must be in a set registered for the program's type
  if (call && !kfunc_allowed_for(call->name, in.type))
    return err(strf("calling kernel function %s is not allowed", call->name.c_str()));
  const btf::Type* proto = d && d->btf ? d->btf->type(d->proto) : nullptr;
  if (!proto || proto->kind != btf::Kind::FuncProto) {
    // nothing says what it takes or returns: it clobbers R0-R5 and returns an unknown scalar
    for (int r = 0; r <= 5; r++) mark_reg_not_init(R[size_t(r)]);  // no scratch marks: not check_reg_arg
    mark_reg_unknown(R[0]);
    return true;
  }
  const btf::Btf& b = *d->btf;
  const std::string& name = call->name;
  const uint32_t flags = d->flags;
  if ((flags & kKfSleepable) && !in.sleepable)
    return err(strf("program must be sleepable to call sleepable kfunc %s", name.c_str()));

  // check_kfunc_args
  uint32_t ref_obj_id = 0;
  int release_regno = 0;
  bool have_const = false;
  uint64_t const_arg = 0;
  IterArg iter;
  KfuncDynptrMeta dyn;
  size_t nargs = std::min<size_t>(proto->params.size(), 5);
  for (size_t i = 0; i < nargs; i++) {
    int regno = int(i) + 1;
    const btf::Param& p = proto->params[i];
    if (param_has_suffix(p, "__ign")) continue;
    const RegState reg = R[size_t(regno)];
    const btf::Type* t = b.type(b.skip_mods_and_typedefs(p.type));
    if (!t) continue;
    if (t->kind == btf::Kind::Int || t->is_enum()) {
      if (reg.type != RegType::Scalar) return err(strf("R%d is not a scalar", regno));
      if (param_has_suffix(p, "__k")) {
        if (!reg.b.is_const()) return err(strf("R%d must be a known constant", regno));
        mark_chain_precision(regno);  // the value decides what the call means (a type id, a size)
        have_const = true;
        const_arg = reg.b.const_value();
      }
      continue;
    }
    if (t->kind != btf::Kind::Ptr) continue;
    std::string iter_name;
    uint32_t iter_size = 0;
    if (i == 0 && (flags & (kKfIterNew | kKfIterNext | kKfIterDestroy)) &&
        is_iter_struct(b, p.type, &iter_name, &iter_size)) {
      const btf::Type* st = b.type(b.skip_mods(b.type(b.skip_mods_and_typedefs(p.type))->type));
      if (!process_iter_arg(*this, regno, int(i), iter_name, iter_size, flags, st->name.c_str(), iter)) return false;
      continue;
    }
    if (reg.type == RegType::NotInit) return err(strf("R%d !read_ok", regno));
    if ((flags & (kKfTrustedArgs | kKfRcu)) && (reg.is_null() || reg.maybe_null()) &&
        !param_has_suffix(p, "__nullable") && !param_has_suffix(p, "__opt"))
      return err(strf("Possibly NULL pointer passed to trusted arg%zu", i));
    // an untrusted pointer (a kptr loaded outside RCU, a walk of an untrusted pointer) is neither trusted nor RCU
    if ((flags & (kKfTrustedArgs | kKfRcu)) && reg.type == RegType::PtrToBtfId && (reg.flags & kUntrusted) &&
        !reg.ref_obj_id)
      return err(strf((flags & kKfRcu) ? "R%d must be a rcu pointer" : "R%d must be referenced or trusted", regno));
    if (reg.ref_obj_id) {
      if ((flags & kKfRelease) && ref_obj_id)
        return err(strf("more than one arg with ref_obj_id R%d %u %u", regno, reg.ref_obj_id, ref_obj_id));
      ref_obj_id = reg.ref_obj_id;
      if (flags & kKfRelease) release_regno = regno;
    }
    if (is_dynptr_param(b, p.type)) {
      if (!process_kfunc_dynptr_arg(*this, regno, name, param_has_suffix(p, "__uninit"), dyn)) return false;
      continue;
    }
    // a buffer and its constant size (bpf_dynptr_slice's buffer__opt, buffer__szk)
    if (i + 1 < nargs && param_has_suffix(proto->params[i + 1], "__szk") &&
        R[size_t(regno + 1)].type == RegType::Scalar) {
      if (!process_kfunc_slice_buffer(*this, regno, param_has_suffix(p, "__opt"), dyn)) return false;
      i++;
      continue;
    }
    if (reg.type == RegType::Scalar && !param_has_suffix(p, "__alloc")) {
      // get_kfunc_ptr_arg_type's catch-all: memory, allowed only for pointers to scalars or scalar structs
      btf::TypeId rid = b.skip_mods_and_typedefs(t->type);
      const btf::Type* rt = b.type(rid);
      bool scalar = rt && (rt->kind == btf::Kind::Int || rt->is_enum() || rt->kind == btf::Kind::Float);
      if (rt && !scalar && !is_scalar_struct(b, rt, 0))
        return err(strf("arg#%zu pointer type %s %s must point to scalar, or struct with scalar", i,
                        btf::kind_name(rt->kind), rt->name.c_str()));
    }
    if (param_has_suffix(p, "__alloc")) {
      if (reg.type != RegType::PtrToBtfId || reg.flags != kAlloc)
        return err(strf("arg#%zu expected pointer to allocated object", i));
      if (!reg.ref_obj_id) return err("allocated object must be referenced");
    }
    if ((flags & kKfRelease) && release_regno == regno && reg.off)
      return err(strf("R%d must have zero offset when passed to release func or trusted arg to kfunc", regno));
  }
  if ((flags & kKfRelease) && !release_regno)
    return err(strf("release kernel function %s expects refcounted PTR_TO_BTF_ID", name.c_str()));

  if (name == "bpf_rcu_read_lock") {
    if (cur.active_rcu_lock) return err(strf("nested rcu read lock (kernel function %s)", name.c_str()));
    cur.active_rcu_lock = true;
  } else if (name == "bpf_rcu_read_unlock") {
    if (!cur.active_rcu_lock) return err(strf("unmatched rcu read unlock (kernel function %s)", name.c_str()));
    cur.active_rcu_lock = false;
    for_each_reg(cur, [](RegState& r) {
      if (r.flags & kRcu) r.flags = uint16_t((r.flags & ~(kRcu | kTrusted)) | kUntrusted);
    });
  }
  if (release_regno && !release_reference(R[size_t(release_regno)].ref_obj_id))
    return err(strf("kfunc %s#%d reference has not been acquired before", name.c_str(), insn.imm));

  for (int r = 0; r <= 5; r++) mark_reg_not_init(R[size_t(r)]);  // no scratch marks: not check_reg_arg
  RegState& r0 = R[0];
  const btf::Type* rt = b.type(b.skip_mods_and_typedefs(proto->type));
  bool is_obj_new = name == "bpf_obj_new_impl";
  if (!rt || rt->kind == btf::Kind::Void) {
    // R0 stays NOT_INIT
  } else if (rt->kind != btf::Kind::Ptr) {
    mark_reg_unknown(r0);
  } else {
    btf::TypeId pid = b.skip_mods_and_typedefs(rt->type);
    const btf::Type* pt = b.type(pid);
    if (name == "bpf_dynptr_slice" || name == "bpf_dynptr_slice_rdwr") {
      if (!mark_dynptr_slice_ret(*this, name, dyn, r0)) return false;
    } else if (is_obj_new) {
      const btf::Type* lt = in.btf && have_const ? in.btf->type(btf::TypeId(const_arg)) : nullptr;
      if (!in.btf) return err("bpf_obj_new requires prog BTF");
      if (!lt || lt->kind != btf::Kind::Struct)
        return err("bpf_obj_new/bpf_percpu_obj_new type ID argument must be of a struct");
      r0 = make_pointer(RegType::PtrToBtfId, kAlloc);
      r0.btf_id = btf::TypeId(const_arg);
      r0.btf_name = lt->name.c_str();
    } else if (pt && pt->is_composite()) {
      r0 = make_pointer(RegType::PtrToBtfId, (flags & kKfRcuProtected) ? kRcu : 0);
      r0.btf_id = d->btf == kernel_btf_.get() ? pid : 0;
      r0.btf_name = pt->name.c_str();
    } else {
      auto sz = pt ? b.resolve_size(pid) : Expected<uint32_t>(make_error("void"));
      if (!sz || *sz == 0)
        return err(strf("kernel function %s returns pointer type %s %s is not supported", name.c_str(),
                        pt ? btf::kind_name(pt->kind) : "UNKN", pt ? pt->name.c_str() : ""));
      r0 = make_pointer(RegType::PtrToMem, kRdonly);
      r0.mem_size = *sz;
      // memory returned through a referenced argument (an iterator's next() value) goes with that reference: it
      // cannot be used once the reference is released
      uint32_t meta_ref = ref_obj_id;
      if (iter.spi >= 0) meta_ref = cur.frames[iter.frameno].stack[size_t(iter.spi)].spilled.ref_obj_id;
      r0.ref_obj_id = meta_ref;
    }
    if (flags & kKfRetNull) {
      r0.flags |= kMaybeNull;
      r0.id = new_id();
    }
    if (flags & kKfAcquire) {
      uint32_t id = new_id();
      cur.refs.push_back(RefState{id, idx, RefType::Ptr, -1});
      if (flags & kKfRetNull) r0.id = id;
      r0.ref_obj_id = id;
    }
  }
  r0.written = true;
  if ((flags & kKfIterNext) && iter.spi >= 0) return process_iter_next_call(*this, idx, iter);
  return true;
}

}  // namespace bpfkit::verifier
