// btf_prepare_func_args and btf_check_func_arg_match (6.18) for global functions.
#include "verifier/subprog_args.h"

#include <string_view>

#include "verifier/check_stack.h"

namespace bpfkit::verifier {

bool check_func_arg_reg_off(Env& e, const RegState& reg, int regno, uint32_t arg);

namespace {

const LinkedFuncInfo* func_info_of(const Env& e, uint32_t sp) {
  for (const auto& fi : e.in.func_info)
    if (fi.insn == e.cfg.subprogs[sp].start) return &fi;
  return nullptr;
}

// The context structs a global function's pointer argument may name (btf_is_prog_ctx_type).
bool is_ctx_struct(const btf::Type* t) {
  static constexpr std::string_view kNames[] = {
      "__sk_buff", "xdp_md", "pt_regs", "bpf_raw_tracepoint_args", "bpf_sock_ops", "bpf_sock_addr", "bpf_sock",
      "sk_msg_md", "bpf_perf_event_data", "bpf_sk_lookup", "bpf_sysctl", "bpf_sockopt", "bpf_cgroup_dev_ctx",
      "sk_reuseport_md", "bpf_flow_keys", "bpf_nf_ctx"};
  if (!t || t->kind != btf::Kind::Struct) return false;
  for (std::string_view n : kNames)
    if (t->name == n) return true;
  return false;
}

// check_mem_reg: the pointer must reach mem_size bytes both ways; a maybe-NULL pointer is checked as if it were
// not NULL, and a known NULL needs nothing.
bool check_mem_reg(Env& e, int regno, uint32_t mem_size) {
  RegState& reg = e.regs()[size_t(regno)];
  if (reg.is_null()) return true;
  const RegState saved = reg;
  reg.flags &= uint16_t(~kMaybeNull);
  bool ok = e.check_helper_mem_access(regno, mem_size, false, true, nullptr) &&
            e.check_helper_mem_access(regno, mem_size, true, true, nullptr);
  e.regs()[size_t(regno)] = saved;
  return ok;
}

bool check_arg(Env& e, const SubprogArg& arg, size_t i) {
  int regno = int(i) + 1;
  const RegState& reg = e.regs()[size_t(regno)];
  switch (arg.type) {
    case SubprogArgType::Anything:
      if (reg.type != RegType::Scalar) return e.err(strf("R%d is not a scalar", regno));
      return true;
    case SubprogArgType::Ctx:
      if (!check_func_arg_reg_off(e, reg, regno, 0)) return false;
      if (reg.type != RegType::PtrToCtx) return e.err(strf("arg#%zu expects pointer to ctx", i));
      return true;
    case SubprogArgType::Mem:
      if (!check_func_arg_reg_off(e, reg, regno, 0)) return false;
      return check_mem_reg(e, regno, arg.mem_size);
    case SubprogArgType::Dynptr:
      // process_dynptr_func is not applied at the call yet: the callee's own verification still treats the
      // argument as 16 bytes of memory.
      return true;
  }
  return true;
}

}  // namespace

std::string subprog_btf_name(const Env& e, uint32_t sp) {
  const LinkedFuncInfo* fi = func_info_of(e, sp);
  if (!fi || !e.in.btf) return "";
  const btf::Type* fn = e.in.btf->type(fi->type_id);
  return fn ? fn->name : "";
}

bool prepare_subprog_args(const Env& e, uint32_t sp, std::vector<SubprogArg>& args) {
  args.clear();
  const LinkedFuncInfo* fi = func_info_of(e, sp);
  if (!fi || !e.in.btf) return false;
  const btf::Btf& btf = *e.in.btf;
  const btf::Type* fn = btf.type(fi->type_id);
  const btf::Type* proto = fn ? btf.type(fn->type) : nullptr;
  if (!proto || proto->kind != btf::Kind::FuncProto || proto->params.size() > 5) return false;
  for (const btf::Param& p : proto->params) {
    const btf::Type* t = btf.type(btf.skip_mods_and_typedefs(p.type));
    if (!t) return false;
    SubprogArg a;
    if (t->kind == btf::Kind::Ptr) {
      btf::TypeId pointee_id = btf.skip_mods_and_typedefs(t->type);
      const btf::Type* pointee = btf.type(pointee_id);
      if (is_ctx_struct(pointee)) {
        a.type = SubprogArgType::Ctx;
      } else if (pointee && pointee->kind == btf::Kind::Struct && pointee->name == "bpf_dynptr") {
        a.type = SubprogArgType::Dynptr;
      } else {
        if (!pointee_id) return false;  // void *: the kernel refuses such a function ("size cannot be determined")
        auto size = btf.resolve_size(pointee_id);
        if (!size) return false;
        a.type = SubprogArgType::Mem;
        a.mem_size = uint32_t(*size);
      }
    } else if (t->kind != btf::Kind::Int && t->kind != btf::Kind::Enum && t->kind != btf::Kind::Enum64) {
      return false;  // "Arg#%d type %s in %s() is not supported yet."
    }
    args.push_back(a);
  }
  return true;
}

bool check_global_call_args(Env& e, uint32_t sp) {
  std::vector<SubprogArg> args;
  if (!prepare_subprog_args(e, sp, args)) return true;
  for (size_t i = 0; i < args.size(); i++) {
    if (check_arg(e, args[i], i)) continue;
    return e.err(strf("Caller passes invalid args into func#%u ('%s')", sp, subprog_btf_name(e, sp).c_str()));
  }
  return true;
}

}  // namespace bpfkit::verifier
