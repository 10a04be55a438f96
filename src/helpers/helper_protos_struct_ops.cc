// The helpers of struct_ops programs (include/bpfkit/helper_protos.h, struct_ops_has_helper).
//
// A struct_ops program has no func_proto of its own: check_struct_ops_btf_id sets env->ops to the struct_ops type's
// verifier_ops, and check_helper_call asks its get_func_proto, which gets the program and so may look at the member
// it fills (bpf_struct_ops_prog_moff). A type without get_func_proto gives no helper at all. The struct_ops types of
// 6.18, from its sources:
//   tcp_congestion_ops (net/ipv4/bpf_tcp_ca.c, bpf_tcp_ca_get_func_proto): bpf_tcp_send_ack, bpf_sk_storage_get/
//     delete, bpf_setsockopt and bpf_getsockopt (the bpf_sk_* protos on a BTF socket; not in `release`, which runs
//     when the congestion control retires and may not allocate anything new), bpf_ktime_get_coarse_ns, then
//     bpf_base_func_proto;
//   bpf_dummy_ops (net/bpf/bpf_dummy_struct_ops.c): no get_func_proto, so no helper;
//   Qdisc_ops (net/sched/bpf_qdisc.c, bpf_qdisc_get_func_proto): bpf_base_func_proto without bpf_tail_call;
//   sched_ext_ops (kernel/sched/ext.c), hid_bpf_ops (drivers/hid/bpf/hid_bpf_struct_ops.c) and smc_hs_ctrl
//     (net/smc/smc_hs_bpf.c): bpf_base_func_proto.
// A struct_ops type registered by a module (bpf_testmod's) is not a fixed table; bpfkit gives any type it does not
// know bpf_base_func_proto, which is what most of them return. Which member a kfunc may be called from is not here
// (sched_ext's kfunc filters): see kfunc_allowed_for. The running kernel of the test machines has
// tcp_congestion_ops and bpf_dummy_ops, whose answers the verifier corpus records (tests/verifier/c/tcp_ca.bpf.c);
// the others follow the source.
#include <string_view>

#include "bpfkit/helper_protos.h"
#include "helpers/helper_protos_ext.h"

namespace bpfkit {
namespace {

enum Fn : int32_t {
  tail_call = 12, setsockopt = 49, getsockopt = 57, sk_storage_get = 107, sk_storage_delete = 108,
  tcp_send_ack = 116, ktime_get_coarse_ns = 160,
};

enum class FuncProtoSet { TcpCa, None, Qdisc, Base };

FuncProtoSet func_proto_set(std::string_view type) {
  if (type == "tcp_congestion_ops") return FuncProtoSet::TcpCa;
  if (type == "bpf_dummy_ops") return FuncProtoSet::None;
  if (type == "Qdisc_ops") return FuncProtoSet::Qdisc;
  return FuncProtoSet::Base;
}

// bpf_base_func_proto for a root loader: exactly what netfilter programs get, since bpf_nf_func_proto adds nothing
// to it (tests/kernel/helper_protos_kernel_test.cc checks that set against the running kernel).
const HelperProto* base_func_proto(int32_t id) {
  return prog_type_has_helper(ProgType::Netfilter, id) ? find_helper_proto(id) : nullptr;
}

const HelperProto* tcp_ca_func_proto(std::string_view member, int32_t id) {
  switch (id) {
    case tcp_send_ack: case sk_storage_get: case sk_storage_delete: case ktime_get_coarse_ns:
      return find_helper_proto(id);  // bpf_sk_storage_get_proto takes ARG_PTR_TO_BTF_ID_SOCK_COMMON
    case setsockopt:
    case getsockopt:
      return member == "release" ? nullptr : helpers::sk_sockopt_proto(id);
    default:
      return base_func_proto(id);
  }
}

const HelperProto* func_proto(FuncProtoSet set, std::string_view member, int32_t id) {
  switch (set) {
    case FuncProtoSet::TcpCa: return tcp_ca_func_proto(member, id);
    case FuncProtoSet::None: return nullptr;
    case FuncProtoSet::Qdisc: return id == tail_call ? nullptr : base_func_proto(id);
    case FuncProtoSet::Base: return base_func_proto(id);
  }
  return nullptr;
}

}  // namespace

const HelperProto* struct_ops_helper_proto(const StructOpsTarget& target, int32_t id) {
  if (!target.type.empty()) return func_proto(func_proto_set(target.type), target.member, id);
  // Some type: tcp_congestion_ops's set holds every other type's (a member other than release, for the socket
  // options), so its prototype is the one; the others hand out the common prototypes.
  return func_proto(FuncProtoSet::TcpCa, target.member, id);
}

bool struct_ops_has_helper(const StructOpsTarget& target, int32_t id) {
  return struct_ops_helper_proto(target, id) != nullptr;
}

}  // namespace bpfkit
