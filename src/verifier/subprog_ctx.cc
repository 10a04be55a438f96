// Which pointer types a global function's argument may have to be the program's context (kernel/bpf/btf.c 6.18:
// btf_is_prog_ctx_type without a tag, btf_validate_prog_ctx_type with __arg_ctx), from the context types of
// include/linux/bpf_types.h.
#include <string_view>

#include "verifier/subprog_args.h"

namespace bpfkit::verifier {

namespace {

// The canonical context type of a program type (bpf_types.h's prog_ctx_type), as a struct name after typedefs. The
// kinds that are not a named struct: kprobe's bpf_user_pt_regs_t (a typedef of struct pt_regs on x86-64), the
// tracepoint and lirc integers, and the `void *` of the BTF-typed program types.
enum class CtxKind : uint8_t { Struct, PtRegsTypedef, Integer, VoidPtr };

struct CanonicalCtx {
  CtxKind kind;
  std::string_view name;  // the struct's name (pt_regs for the typedef); empty otherwise
};

CanonicalCtx canonical_ctx(ProgType type) {
  switch (type) {
    case ProgType::SocketFilter: case ProgType::SchedCls: case ProgType::SchedAct: case ProgType::CgroupSkb:
    case ProgType::LwtIn: case ProgType::LwtOut: case ProgType::LwtXmit: case ProgType::LwtSeg6local:
    case ProgType::SkSkb: case ProgType::FlowDissector:
      return {CtxKind::Struct, "__sk_buff"};
    case ProgType::Xdp: return {CtxKind::Struct, "xdp_md"};
    case ProgType::CgroupSock: return {CtxKind::Struct, "bpf_sock"};
    case ProgType::CgroupSockAddr: return {CtxKind::Struct, "bpf_sock_addr"};
    case ProgType::SockOps: return {CtxKind::Struct, "bpf_sock_ops"};
    case ProgType::SkMsg: return {CtxKind::Struct, "sk_msg_md"};
    case ProgType::PerfEvent: return {CtxKind::Struct, "bpf_perf_event_data"};
    case ProgType::RawTracepoint: case ProgType::RawTracepointWritable:
      return {CtxKind::Struct, "bpf_raw_tracepoint_args"};
    case ProgType::CgroupDevice: return {CtxKind::Struct, "bpf_cgroup_dev_ctx"};
    case ProgType::CgroupSysctl: return {CtxKind::Struct, "bpf_sysctl"};
    case ProgType::CgroupSockopt: return {CtxKind::Struct, "bpf_sockopt"};
    case ProgType::SkReuseport: return {CtxKind::Struct, "sk_reuseport_md"};
    case ProgType::SkLookup: return {CtxKind::Struct, "bpf_sk_lookup"};
    case ProgType::Netfilter: return {CtxKind::Struct, "bpf_nf_ctx"};
    case ProgType::Kprobe: return {CtxKind::PtRegsTypedef, "pt_regs"};
    case ProgType::Tracepoint: case ProgType::LircMode2: return {CtxKind::Integer, ""};
    default: return {CtxKind::VoidPtr, ""};
  }
}

// btf_type_is_modifier without TYPEDEF: kprobe and perf_event contexts may be spelled by their typedef.
btf::TypeId skip_mods_keep_typedef(const btf::Btf& btf, btf::TypeId id) {
  for (int depth = 0; depth < 32; depth++) {
    const btf::Type* t = btf.type(id);
    if (!t || !t->is_modifier()) return id;
    id = t->type;
  }
  return id;
}

bool is_pt_regs_typedef(const btf::Btf& btf, btf::TypeId pointee) {
  const btf::Type* t = btf.type(skip_mods_keep_typedef(btf, pointee));
  return t && t->kind == btf::Kind::Typedef && t->name == "bpf_user_pt_regs_t";
}

// __sk_buff is how programs see struct sk_buff, xdp_md struct xdp_buff (btf_is_projection_of).
bool is_projection_of(std::string_view ctx_name, std::string_view name) {
  return (ctx_name == "__sk_buff" && name == "sk_buff") || (ctx_name == "xdp_md" && name == "xdp_buff");
}

}  // namespace

bool btf_is_prog_ctx_type(const btf::Btf& btf, btf::TypeId ptr_id, ProgType type) {
  const btf::Type* ptr = btf.type(ptr_id);
  if (!ptr || ptr->kind != btf::Kind::Ptr) return false;
  if (type == ProgType::Kprobe && is_pt_regs_typedef(btf, ptr->type)) return true;
  const btf::Type* t = btf.type(btf.skip_mods_and_typedefs(ptr->type));
  // only a pointer to a struct (or union) can be a context
  if (!t || !t->is_composite()) return false;
  const CanonicalCtx ctx = canonical_ctx(type);
  if (ctx.name.empty()) return false;  // types without a named context struct need __arg_ctx
  return is_projection_of(ctx.name, t->name) || t->name == ctx.name;
}

std::string btf_validate_prog_ctx_type(const btf::Btf& btf, btf::TypeId ptr_id, int arg, ProgType type,
                                       uint32_t expected_attach_type) {
  const btf::Type* ptr = btf.type(ptr_id);
  if (!ptr || ptr->kind != btf::Kind::Ptr) return strf("arg#%d type isn't a pointer", arg);
  if ((type == ProgType::Kprobe || type == ProgType::PerfEvent) && is_pt_regs_typedef(btf, ptr->type)) return "";
  const btf::TypeId id = btf.skip_mods_and_typedefs(ptr->type);
  const btf::Type* t = btf.type(id);
  if (!t || t->kind == btf::Kind::Void) return "";  // `void *ctx __arg_ctx` fits every program type
  if (t->name.empty()) return strf("arg#%d type doesn't have a name", arg);
  const bool is_struct = t->kind == btf::Kind::Struct;
  const bool is_u64 = t->kind == btf::Kind::Int && t->size == 8;
  // the other forms some program types' contexts have
  switch (type) {
    case ProgType::Kprobe:
    case ProgType::PerfEvent:  // x86-64's bpf_user_pt_regs_t is struct pt_regs
      if (is_struct && t->name == "pt_regs") return "";
      break;
    case ProgType::RawTracepoint: case ProgType::RawTracepointWritable:
      if (is_u64) return "";
      break;
    case ProgType::Tracing:
      if (expected_attach_type == attach::TraceRawTp) {
        if ((is_struct && t->name == "bpf_raw_tracepoint_args") || is_u64) return "";
      } else if (expected_attach_type == attach::TraceIter) {
        if (is_struct && t->name.rfind("bpf_iter__", 0) == 0) return "";
      } else if (expected_attach_type == attach::TraceFentry || expected_attach_type == attach::TraceFexit ||
                 expected_attach_type == attach::ModifyReturn) {
        if (is_u64) return "";
      }
      break;
    case ProgType::Lsm: case ProgType::StructOps:
      if (is_u64) return "";
      break;
    case ProgType::Tracepoint: case ProgType::Syscall: case ProgType::Ext:
      return "";  // any type goes
    default:
      break;
  }
  const CanonicalCtx ctx = canonical_ctx(type);
  if (ctx.kind != CtxKind::Struct && ctx.kind != CtxKind::PtRegsTypedef)
    return strf("arg#%d should be void pointer", arg);
  if (!is_struct || t->name != ctx.name)
    return strf("arg#%d should be `struct %.*s *`", arg, int(ctx.name.size()), ctx.name.data());
  return "";
}

}  // namespace bpfkit::verifier
