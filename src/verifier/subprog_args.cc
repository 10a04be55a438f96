// btf_prepare_func_args (kernel/bpf/btf.c) and btf_check_func_arg_match (kernel/bpf/verifier.c), 6.18, for global
// functions: the prototype's argument types, changed by the "arg:" decl tags libbpf's __arg_ctx, __arg_nonnull,
// __arg_nullable, __arg_trusted, __arg_untrusted and __arg_arena put on parameters (6.8+).
#include "verifier/subprog_args.h"

#include <cstring>
#include <iterator>
#include <memory>
#include <string_view>

#include "verifier/check_stack.h"
#include "verifier/kptr.h"

namespace bpfkit::verifier {

bool check_func_arg_reg_off(Env& e, const RegState& reg, int regno, uint32_t arg);

namespace {

enum ArgTag : uint32_t {
  kTagCtx = 1 << 0, kTagNonnull = 1 << 1, kTagTrusted = 1 << 2, kTagUntrusted = 1 << 3, kTagNullable = 1 << 4,
  kTagArena = 1 << 5,
};

constexpr int kEinval = 22;
constexpr size_t kMaxFuncRegArgs = 5;

const LinkedFuncInfo* func_info_of(const Env& e, uint32_t sp) {
  for (const auto& fi : e.in.func_info)
    if (fi.insn == e.cfg.subprogs[sp].start) return &fi;
  return nullptr;
}

// btf_type_str: the kernel spells void's kind UNKNOWN.
const char* kind_str(const btf::Type* t) {
  return !t || t->kind == btf::Kind::Void ? "UNKNOWN" : btf::kind_name(t->kind);
}

bool is_int_or_enum(const btf::Type* t) { return t && (t->kind == btf::Kind::Int || t->is_enum()); }

// btf_is_dynptr_ptr: a pointer to struct bpf_dynptr (or its forward declaration).
bool is_dynptr_ptr(const btf::Btf& btf, const btf::Type* ptr) {
  const btf::Type* t = btf.type(btf.skip_mods_and_typedefs(ptr->type));
  if (!t) return false;
  if (t->is_composite() || (t->kind == btf::Kind::Fwd && !t->kflag)) return t->name == "bpf_dynptr";
  return false;
}

// The "arg:" decl tags of parameter `arg` of FUNC `fn`, in type id order (btf_find_next_decl_tag).
std::vector<std::string_view> arg_tags(const btf::Btf& btf, btf::TypeId fn, size_t arg) {
  std::vector<std::string_view> out;
  for (const btf::Type& t : btf.types())
    if (t.kind == btf::Kind::DeclTag && t.type == fn && t.component_idx == int32_t(arg) &&
        t.name.compare(0, 4, "arg:") == 0)
      out.push_back(std::string_view(t.name).substr(4));
  return out;
}

// bpf_core_essential_name_len: a name without its ___flavor suffix.
std::string_view essential_name(std::string_view name) {
  for (size_t i = name.size() >= 5 ? name.size() - 5 + 1 : 0; i-- > 0;)
    if (name[i] != '_' && name[i + 1] == '_' && name[i + 2] == '_' && name[i + 3] == '_' && name[i + 4] != '_')
      return name.substr(0, i + 1);
  return name;
}

// btf_get_ptr_to_btf_id: the kernel type a pointer argument names, found as CO-RE finds candidates (same kind, same
// name without the ___flavor suffix) in the kernel's BTF, which must hold exactly one. Without the kernel's BTF the
// argument keeps the local name (matched by name).
bool ptr_to_btf_id(Env& e, size_t arg, const btf::Btf& btf, const btf::Type* ptr, SubprogArg& out,
                   std::string& error) {
  const btf::Type* t = btf.type(btf.skip_mods_and_typedefs(ptr->type));
  const std::string tname = t ? t->name : "";
  auto fail = [&](const std::string& why) {
    // __btf_name_by_offset spells a missing name "(anon)"
    error = strf("arg#%zu reference type('%s %s') %s", arg, kind_str(t), tname.empty() ? "(anon)" : tname.c_str(),
                 why.c_str());
    return false;
  };
  if (!t || tname.empty()) return fail(strf("candidate matching error: %d", -kEinval));
  const std::string_view want = essential_name(tname);
  const btf::Btf* kb = e.kernel_btf();
  if (!kb) {
    out.btf_id = 0;
    out.btf_name = std::string(want);
    return true;
  }
  const btf::Type* found = nullptr;
  size_t cnt = 0;
  for (const btf::Type& k : kb->types()) {
    if (k.kind != t->kind || k.name.empty() || essential_name(k.name) != want) continue;
    if (!found) found = &k;
    cnt++;
  }
  // the kernel then looks in modules' BTF, which bpfkit does not read: a module type reads as no match
  if (cnt != 1) return fail(cnt == 0 ? "has no matches" : "is ambiguous");
  out.btf_id = found->id;
  out.btf_name = found->name;
  out.kernel_name = found->name.c_str();
  return true;
}

void prepare(Env& e, uint32_t sp, SubprogArgs& r) {
  const LinkedFuncInfo* fi = func_info_of(e, sp);
  if (!fi || !e.in.btf) return;
  r.has_btf = true;
  const btf::Btf& btf = *e.in.btf;
  auto refuse = [&](std::string msg) {
    r.ok = false;
    r.error = std::move(msg);
    r.args.clear();
  };
  const btf::Type* fn = btf.type(fi->type_id);
  if (!fn || fn->kind != btf::Kind::Func) return refuse(strf("BTF of func#%u doesn't point to KIND_FUNC", sp));
  // the main program's FUNC is global too (bpfkit's CFG never marks it so: it is not verified on its own)
  const bool is_global = sp == 0 ? fn->linkage == btf::Linkage::Global : e.cfg.subprogs[sp].is_global;
  const char* fname = fn->name.c_str();
  const btf::Type* proto = btf.type(fn->type);
  if (!proto || proto->kind != btf::Kind::FuncProto) return refuse(strf("Invalid type of function %s()", fname));
  const size_t nargs = proto->params.size();
  if (nargs > kMaxFuncRegArgs)
    return refuse(is_global ? strf("Global function %s() with %zu > %zu args. Buggy compiler.", fname, nargs,
                                   kMaxFuncRegArgs)
                            : "");
  const btf::Type* ret = btf.type(btf.skip_mods_and_typedefs(proto->type));
  // void is no scalar either: 6.18 wants a global function to return an integer or an enum
  if (!ret || !is_int_or_enum(ret))
    return refuse(is_global ? strf("Global function %s() doesn't return scalar. Only those are supported.", fname)
                            : "");

  for (size_t i = 0; i < nargs; i++) {
    uint32_t tags = 0;
    for (std::string_view tag : arg_tags(btf, fn->id, i)) {
      if (!is_global) return refuse(strf("arg#%zu type tag is not supported in static functions", i));
      if (tag == "ctx") tags |= kTagCtx;
      else if (tag == "trusted") tags |= kTagTrusted;
      else if (tag == "untrusted") tags |= kTagUntrusted;
      else if (tag == "nonnull") tags |= kTagNonnull;
      else if (tag == "nullable") tags |= kTagNullable;
      else if (tag == "arena") tags |= kTagArena;
      else return refuse(strf("arg#%zu has unsupported set of tags", i));
    }
    const std::string invalid_combination = strf("arg#%zu has invalid combination of tags", i);
    const btf::TypeId tid = btf.skip_mods_and_typedefs(proto->params[i].type);
    const btf::Type* t = btf.type(tid);
    SubprogArg a;
    if (t && t->kind == btf::Kind::Ptr) {
      if ((tags & kTagCtx) || btf_is_prog_ctx_type(btf, tid, e.in.type)) {
        if (tags & ~kTagCtx) return refuse(invalid_combination);
        if (tags & kTagCtx) {
          std::string why = btf_validate_prog_ctx_type(btf, tid, int(i), e.in.type, e.in.expected_attach_type);
          if (!why.empty()) return refuse(why);
        }
        a.type = SubprogArgType::Ctx;
        r.args.push_back(a);
        continue;
      }
      if (is_dynptr_ptr(btf, t)) {
        if (tags) return refuse(invalid_combination);
        a.type = SubprogArgType::Dynptr;
        r.args.push_back(a);
        continue;
      }
      if (tags & kTagTrusted) {
        if (tags & kTagNonnull) return refuse(invalid_combination);
        std::string why;
        if (!ptr_to_btf_id(e, i, btf, t, a, why)) return refuse(why);
        a.type = SubprogArgType::BtfId;
        a.maybe_null = tags & kTagNullable;
        r.args.push_back(a);
        continue;
      }
      if (tags & kTagUntrusted) {
        if (tags & ~kTagUntrusted) return refuse(strf("arg#%zu untrusted cannot be combined with any other tags", i));
        a.untrusted = true;
        const btf::Type* ref = btf.type(btf.skip_mods_and_typedefs(t->type));
        if (!ref || ref->kind == btf::Kind::Void || is_int_or_enum(ref)) {
          a.type = SubprogArgType::Mem;  // read-only memory of no known size, read with probe loads
          r.args.push_back(a);
          continue;
        }
        std::string why;
        if (!ptr_to_btf_id(e, i, btf, t, a, why)) return refuse(why);
        const btf::Btf* kb = e.kernel_btf();
        const btf::Type* kt = kb ? kb->type(a.btf_id) : nullptr;
        if (kt && !kt->is_composite())
          return refuse(strf("arg#%zu has type %s '(anon)', but only struct or primitive types are allowed", i,
                             kind_str(kt)));
        a.type = SubprogArgType::BtfId;
        r.args.push_back(a);
        continue;
      }
      if (tags & kTagArena) {
        if (tags & ~kTagArena) return refuse(strf("arg#%zu arena cannot be combined with any other tags", i));
        a.type = SubprogArgType::Arena;
        r.args.push_back(a);
        continue;
      }
      if (is_global) {  // generic user data pointer
        if (tags & kTagNullable) return refuse(invalid_combination);
        const btf::TypeId ref_id = btf.skip_mods_and_typedefs(t->type);
        auto size = btf.resolve_size(ref_id);
        if (!size) {
          const btf::Type* ref = btf.type(ref_id);
          return refuse(strf("arg#%zu reference type('%s %s') size cannot be determined: %d", i, kind_str(ref),
                             ref ? ref->name.c_str() : "", -kEinval));
        }
        a.type = SubprogArgType::Mem;
        a.maybe_null = !(tags & kTagNonnull);
        a.mem_size = *size;
        r.args.push_back(a);
        continue;
      }
    }
    // skip_pointer
    if (tags) return refuse(strf("arg#%zu has pointer tag, but is not a pointer type", i));
    if (is_int_or_enum(t)) {
      r.args.push_back(a);  // ARG_ANYTHING
      continue;
    }
    if (!is_global) return refuse("");
    return refuse(strf("Arg#%zu type %s in %s() is not supported yet.", i, kind_str(t), fname));
  }
}

// check_mem_reg: the pointer must reach mem_size bytes both ways; a maybe-NULL pointer is checked as if it were
// not NULL, and a known NULL needs nothing.
bool check_mem_reg(Env& e, int regno, uint32_t mem_size) {
  RegState& reg = e.regs()[size_t(regno)];
  if (e.register_is_null(regno)) return true;
  const RegState saved = reg;
  reg.flags &= uint16_t(~kMaybeNull);
  bool ok = e.check_helper_mem_access(regno, mem_size, false, true, nullptr) &&
            e.check_helper_mem_access(regno, mem_size, true, true, nullptr);
  e.regs()[size_t(regno)] = saved;
  return ok;
}

// check_reg_type for ARG_PTR_TO_BTF_ID (btf_ptr_types), then btf_struct_ids_match against the argument's type.
// is_trusted_reg: referenced, a socket or map pointer the kernel types itself, or PTR_TRUSTED / MEM_ALLOC without
// PTR_UNTRUSTED.
bool is_trusted_reg(const RegState& reg) {
  if (reg.ref_obj_id) return true;
  if (reg.flags & kUntrusted) return false;
  switch (reg.type) {
    case RegType::PtrToSocket: case RegType::PtrToSockCommon: case RegType::PtrToTcpSock:
    case RegType::ConstPtrToMap:
      return true;
    default:
      return reg.flags & (kTrusted | kAlloc);
  }
}

bool check_btf_id_reg(Env& e, const SubprogArg& arg, int regno) {
  const RegState& reg = e.regs()[size_t(regno)];
  // 6.18 asks for a trusted register before it looks at the type (the running kernel refuses NULL, a stack
  // pointer and a plain BTF pointer with this line)
  if (!arg.untrusted && !is_trusted_reg(reg)) return e.err(strf("R%d must be referenced or trusted", regno));
  uint16_t flags = reg.flags;
  if (arg.maybe_null) flags &= uint16_t(~kMaybeNull);
  const uint16_t compatible[] = {0, kTrusted, kRcu};
  bool found = false;
  for (uint16_t c : compatible) found = found || (reg.type == RegType::PtrToBtfId && flags == c);
  if (!found) {
    std::string msg = strf("R%d type=%s expected=", regno, reg_type_str(reg).c_str());
    for (size_t i = 0; i < std::size(compatible); i++)
      msg += (i ? ", " : "") + reg_type_str(RegType::PtrToBtfId, compatible[i]);
    return e.err(msg);
  }
  const char* want = arg.kernel_name ? arg.kernel_name : arg.btf_name.c_str();
  if (reg.btf_name) {
    const btf::Btf* b = reg.local_btf ? e.in.btf : e.kernel_btf();
    if (!struct_ids_match(b, reg.btf_id, reg.off, reg.btf_name, want, false))
      return e.err(strf("R%d is of type %s but %s is expected", regno, reg.btf_name, want));
  }
  return check_func_arg_reg_off(e, reg, regno, 0);
}

bool check_arg(Env& e, const SubprogArg& arg, size_t i) {
  int regno = int(i) + 1;
  const RegState& reg = e.regs()[size_t(regno)];
  if (arg.type == SubprogArgType::Anything) {
    if (reg.type != RegType::Scalar) return e.err(strf("R%d is not a scalar", regno));
    return true;
  }
  // untrusted arguments are read-only, through probe loads: anything goes
  if (arg.untrusted) return true;
  switch (arg.type) {
    case SubprogArgType::Anything:
      return true;
    case SubprogArgType::Ctx:
      if (!check_func_arg_reg_off(e, reg, regno, 0)) return false;
      if (reg.type != RegType::PtrToCtx) return e.err(strf("arg#%zu expects pointer to ctx", i));
      return true;
    case SubprogArgType::Mem: {
      if (!check_func_arg_reg_off(e, reg, regno, 0)) return false;
      // a known NULL passes the size check but is no more non-NULL than a maybe-NULL pointer
      const bool reg_may_be_null = reg.maybe_null() || reg.is_null();
      if (!check_mem_reg(e, regno, arg.mem_size)) return false;
      if (!arg.maybe_null && reg_may_be_null) return e.err(strf("arg#%zu is expected to be non-NULL", i));
      return true;
    }
    case SubprogArgType::Arena:
      // any value is safe, but only an arena pointer or a number makes sense: anything else is a bug
      if (reg.type != RegType::PtrToArena && reg.type != RegType::Scalar)
        return e.err(strf("R%d is not a pointer to arena or scalar.", regno));
      return true;
    case SubprogArgType::Dynptr:
      // process_dynptr_func is not applied at the call yet: the callee's own verification still treats the
      // argument as 16 bytes of memory.
      return true;
    case SubprogArgType::BtfId:
      if (arg.maybe_null && e.register_is_null(regno)) return true;
      return check_btf_id_reg(e, arg, regno);
  }
  return true;
}

}  // namespace

const SubprogArgs& prepare_subprog_args(Env& e, uint32_t sp) {
  auto it = e.subprog_args.find(sp);
  if (it != e.subprog_args.end()) return *it->second;
  auto r = std::make_shared<SubprogArgs>();
  prepare(e, sp, *r);
  e.subprog_args[sp] = r;
  return *r;
}

std::string subprog_btf_name(const Env& e, uint32_t sp) {
  const LinkedFuncInfo* fi = func_info_of(e, sp);
  if (!fi || !e.in.btf) return "";
  const btf::Type* fn = e.in.btf->type(fi->type_id);
  return fn ? fn->name : "";
}

bool check_global_call_args(Env& e, uint32_t sp) {
  const SubprogArgs& a = prepare_subprog_args(e, sp);
  if (!a.has_btf) return true;
  if (!a.ok) {
    e.err(a.error);
    e.error_cause = a.error;
    return false;
  }
  for (size_t i = 0; i < a.args.size(); i++) {
    if (check_arg(e, a.args[i], i)) continue;
    e.error_cause = e.error;
    return false;
  }
  return true;
}

bool check_static_call_args(Env& e, uint32_t sp) {
  const SubprogArgs& a = prepare_subprog_args(e, sp);
  if (!a.has_btf) return false;
  if (!a.ok) {
    if (!a.error.empty()) e.verbose(a.error + "\n");
    return false;
  }
  const std::string error = e.error;  // a mismatch is logged, not the verifier's error
  bool ok = true;
  for (size_t i = 0; i < a.args.size() && ok; i++) ok = check_arg(e, a.args[i], i);
  e.error = error;
  return ok;
}

void log_main_prog_args(Env& e) {
  const SubprogArgs& a = prepare_subprog_args(e, 0);
  if (!a.ok && !a.error.empty()) e.verbose(a.error + "\n");
}

bool init_global_func_regs(Env& e, uint32_t sp, std::array<RegState, 11>& regs) {
  const SubprogArgs& a = prepare_subprog_args(e, sp);
  if (!a.has_btf) {
    // without a usable prototype every argument is an unknown scalar
    for (size_t i = 1; i <= 5; i++) regs[i] = make_scalar_unknown();
    return true;
  }
  if (!a.ok) return e.err(a.error);
  for (size_t i = 0; i < a.args.size(); i++) {
    const SubprogArg& arg = a.args[i];
    RegState& r = regs[i + 1];
    switch (arg.type) {
      case SubprogArgType::Anything:
      case SubprogArgType::Arena:  // the caller may pass an arena pointer or a scalar
        r = make_scalar_unknown();
        break;
      case SubprogArgType::Ctx:
        r = make_pointer(RegType::PtrToCtx);
        break;
      case SubprogArgType::Dynptr:
        r = make_pointer(RegType::PtrToMem, kMaybeNull);
        r.mem_size = 16;
        r.id = e.new_id();
        break;
      case SubprogArgType::Mem:
        r = make_pointer(RegType::PtrToMem, uint16_t((arg.maybe_null ? kMaybeNull : 0) |
                                                     (arg.untrusted ? kRdonly | kUntrusted : 0)));
        r.mem_size = arg.mem_size;
        if (arg.maybe_null) r.id = e.new_id();
        break;
      case SubprogArgType::BtfId:
        r = make_pointer(RegType::PtrToBtfId, uint16_t((arg.untrusted ? kUntrusted : kTrusted) |
                                                       (arg.maybe_null ? kMaybeNull : 0)));
        r.btf_id = arg.btf_id;
        r.btf_name = arg.kernel_name ? arg.kernel_name : arg.btf_name.c_str();
        r.id = e.new_id();
        break;
    }
  }
  return true;
}

}  // namespace bpfkit::verifier
