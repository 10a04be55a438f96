// The exit checks: check_resource_leak (references, locks and RCU sections still held) and check_return_code (the
// program type's allowed return values), apart from the calls that check_call.cc handles.
#include <string_view>

#include "bpfkit/disasm.h"
#include "verifier/check_stack.h"

namespace bpfkit::verifier {

bool Env::check_resource_leak(bool exception_exit, bool check_lock, const char* prefix) {
  if (check_lock && cur.active_locks)
    return err(strf("%s cannot be used inside bpf_spin_lock-ed region", prefix));
  if (check_lock && cur.active_rcu_lock)
    return err(strf("%s cannot be used inside bpf_rcu_read_lock-ed region", prefix));
  if (!exception_exit && cur.curframe() > 0) return true;
  bool lingering = false;
  for (const RefState& r : cur.refs) {
    if (r.type != RefType::Ptr) continue;
    err(strf("Unreleased reference id=%u alloc_insn=%d", r.id, r.insn));
    lingering = true;
  }
  if (lingering) return err(strf("%s would lead to reference leak", prefix));
  return true;
}

bool Env::check_return_code() {
  bool is_subprog = cur.frames[0].subprog != 0;
  // A struct_ops member returning void: R0 is not looked at, not even whether it was written.
  const btf::Type* st_ret = nullptr;  // a struct_ops member's return type, when it has one
  if (!is_subprog && in.type == ProgType::StructOps && st_ops.proto) {
    if (st_ops.proto->type == 0) return true;
    if (const btf::Btf* b = kernel_btf()) st_ret = b->type(b->skip_mods_and_typedefs(st_ops.proto->type));
  }
  // An LSM hook (BPF_LSM_MAC): the same for a void hook; bpf_lsm_get_retval_range's range for the others.
  const btf::Type* lsm_hook = nullptr;
  if (!is_subprog && in.type == ProgType::Lsm && in.expected_attach_type == attach::LsmMac) {
    if (const btf::Btf* b = kernel_btf()) {
      if (auto f = b->find_by_name_kind("bpf_lsm_" + in.attach_target, btf::Kind::Func))
        lsm_hook = b->type(b->type(*f)->type);
      if (lsm_hook && lsm_hook->kind != btf::Kind::FuncProto) lsm_hook = nullptr;
    }
    if (lsm_hook && lsm_hook->type == 0) return true;
  }
  if (!check_reg_read(0)) return false;
  if (is_pointer_value(0)) return err("R0 leaks addr as return value");
  const RegState& r0 = regs()[0];
  if (is_subprog) {
    if (r0.type != RegType::Scalar)
      return err(strf("At subprogram exit the register R0 is not a scalar value (%s)", reg_type_str(r0).c_str()));
    return true;
  }
  int64_t lo = 0, hi = 1;
  bool return32 = false;  // retval_range_within's return_32bit: the s32 bounds are checked
  uint32_t eat = in.expected_attach_type;
  switch (in.type) {
    case ProgType::CgroupSockAddr:
      if (eat == attach::CgroupUdp4Recvmsg || eat == attach::CgroupUdp6Recvmsg || eat == attach::CgroupUnixRecvmsg ||
          eat == attach::CgroupInet4Getpeername || eat == attach::CgroupInet6Getpeername ||
          eat == attach::CgroupUnixGetpeername || eat == attach::CgroupInet4Getsockname ||
          eat == attach::CgroupInet6Getsockname || eat == attach::CgroupUnixGetsockname) {
        lo = 1;
        hi = 1;
      }
      if (eat == attach::CgroupInet4Bind || eat == attach::CgroupInet6Bind) hi = 3;
      break;
    case ProgType::CgroupSkb:
      if (eat == attach::CgroupInetEgress) hi = 3;
      break;
    case ProgType::CgroupSock: case ProgType::SockOps: case ProgType::CgroupDevice: case ProgType::CgroupSysctl:
    case ProgType::CgroupSockopt:
      break;
    case ProgType::RawTracepoint:
      if (!eat) return true;
      hi = 0;
      break;
    case ProgType::Tracing:
      if (eat == attach::TraceFentry || eat == attach::TraceFexit) hi = 0;
      else if (eat == attach::TraceIter) break;
      else return true;
      break;
    case ProgType::Kprobe:
      if (eat != attach::TraceKprobeSession && eat != attach::TraceUprobeSession) return true;
      break;
    case ProgType::SkLookup: break;
    case ProgType::Netfilter: break;
    case ProgType::Lsm:
      if (!lsm_hook) return true;
      // the hooks of bool_lsm_hooks return 0 or 1, every other one 0 or a negative errno; both in 32 bits
      if (in.attach_target == "audit_rule_known" || in.attach_target == "inode_xattr_skipcap" ||
          in.attach_target == "xfrm_state_pol_flow_match") {
        hi = 1;
      } else {
        lo = -4095;
        hi = 0;
      }
      return32 = true;
      break;
    case ProgType::StructOps:
      // A member returning a pointer may return NULL (or, not modelled here, the referenced kptr it acquired);
      // any other return type takes any scalar.
      if (!st_ret || st_ret->kind != btf::Kind::Ptr) return true;
      hi = 0;
      break;
    default:
      return true;
  }
  if (r0.type != RegType::Scalar)
    return err(strf("At program exit the register R0 is not a known value (%s)", reg_type_str(r0).c_str()));
  mark_chain_precision(0);
  if (return32 ? r0.b.s32_min >= lo && r0.b.s32_max <= hi : r0.b.smin >= lo && r0.b.smax <= hi) return true;
  std::string m = "At program exit the register R0 has";
  bool unknown = true;
  if (r0.b.smin > INT64_MIN) { m += strf(" smin=%lld", (long long)r0.b.smin); unknown = false; }
  if (r0.b.smax < INT64_MAX) { m += strf(" smax=%lld", (long long)r0.b.smax); unknown = false; }
  if (unknown) m += " unknown scalar value";
  m += strf(" should have been in [%d, %d]", int(lo), int(hi));
  return err(m);
}

}  // namespace bpfkit::verifier
