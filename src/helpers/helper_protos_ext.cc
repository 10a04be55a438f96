// The rest of the 6.18 helper table: every helper of enum bpf_func_id that bpfkit's userspace runtime does not
// implement (the implemented ones are in helper_protos.cc), with its bpf_func_proto and the program types whose
// func_proto returns it. The verifier checks calls to these as the kernel does; the runtime binds them to a stub
// that fails the run naming the helper (helpers/unimplemented.cc), so an object calling one still loads.
//
// Availability follows the kernel's func_protos (kernel/bpf/helpers.c bpf_base_func_proto, kernel/trace/bpf_trace.c,
// net/core/filter.c, kernel/bpf/cgroup.c, kernel/bpf/bpf_lsm.c) for a root loader on 6.18, and was checked against
// a 6.18.44 kernel for every type it loads (tests/kernel/helper_protos_kernel_test.cc). Since 6.16 the CAP_PERFMON
// part of bpf_base_func_proto hands most "trace" helpers (cgroup ids, perf_event_read, copy_from_user, per_cpu_ptr,
// find_vma, timers, dynptrs, kptr_xchg...) to every program type, which is why the base set below is large.
// The local-storage helpers and bpf_get_task_stack live in helper_protos.cc.
#include "helpers/helper_protos_ext.h"

#include <algorithm>
#include <array>

namespace bpfkit::helpers {
namespace {

enum Fn : int32_t {
  get_cgroup_classid = 17, skb_vlan_push = 18, skb_vlan_pop = 19, perf_event_read = 22, get_route_realm = 24,
  skb_get_tunnel_opt = 29, skb_set_tunnel_opt = 30, skb_change_proto = 31, skb_change_type = 32,
  skb_under_cgroup = 33, get_hash_recalc = 34, probe_write_user = 36, current_task_under_cgroup = 37,
  skb_change_tail = 38, csum_update = 40, set_hash_invalid = 41, skb_change_head = 43, get_socket_uid = 47,
  set_hash = 48, setsockopt = 49, sk_redirect_map = 52, sock_map_update = 53, perf_event_read_value = 55,
  perf_prog_read_value = 56, getsockopt = 57, sock_ops_cb_flags_set = 59, msg_redirect_map = 60,
  msg_apply_bytes = 61, msg_cork_bytes = 62, msg_pull_data = 63, bind = 64, skb_get_xfrm_state = 66,
  skb_load_bytes_relative = 68, sock_hash_update = 70, msg_redirect_hash = 71, sk_redirect_hash = 72,
  lwt_push_encap = 73, lwt_seg6_store_bytes = 74, lwt_seg6_adjust_srh = 75, lwt_seg6_action = 76, rc_repeat = 77,
  rc_keydown = 78, skb_cgroup_id = 79, get_current_cgroup_id = 80, get_local_storage = 81,
  sk_select_reuseport = 82, skb_ancestor_cgroup_id = 83, sk_lookup_tcp = 84, sk_lookup_udp = 85, sk_release = 86,
  msg_push_data = 90, msg_pop_data = 91, rc_pointer_rel = 92, sk_fullsock = 95, tcp_sock = 96, skb_ecn_set_ce = 97,
  get_listener_sock = 98, skc_lookup_tcp = 99, tcp_check_syncookie = 100, sysctl_get_name = 101,
  sysctl_get_current_value = 102, sysctl_get_new_value = 103, sysctl_set_new_value = 104, strtol = 105,
  strtoul = 106, tcp_gen_syncookie = 110, skb_output = 111, tcp_send_ack = 116, read_branch_records = 119,
  get_netns_cookie = 122, get_current_ancestor_cgroup_id = 123, sk_assign = 124, seq_printf = 126, seq_write = 127,
  sk_cgroup_id = 128, sk_ancestor_cgroup_id = 129, csum_level = 135, skc_to_tcp6_sock = 136,
  skc_to_tcp_sock = 137, skc_to_tcp_timewait_sock = 138, skc_to_tcp_request_sock = 139, skc_to_udp6_sock = 140,
  load_hdr_opt = 142, store_hdr_opt = 143, reserve_hdr_opt = 144, d_path = 147, copy_from_user = 148,
  snprintf_btf = 149, seq_printf_btf = 150, skb_cgroup_classid = 151, redirect_neigh = 152, per_cpu_ptr = 153,
  this_cpu_ptr = 154, redirect_peer = 155, bprm_opts_set = 159, ima_inode_hash = 161, sock_from_file = 162,
  check_mtu = 163, sys_bpf = 166, btf_find_by_name_kind = 167, sys_close = 168, timer_init = 169,
  timer_set_callback = 170, timer_start = 171, timer_cancel = 172, get_func_ip = 173, task_pt_regs = 175,
  get_branch_snapshot = 176, skc_to_unix_sock = 178, kallsyms_lookup_name = 179, find_vma = 180,
  get_func_arg = 183, get_func_ret = 184, get_func_arg_cnt = 185, get_retval = 186, set_retval = 187,
  copy_from_user_task = 191, skb_set_tstamp = 192, ima_file_hash = 193, kptr_xchg = 194, skc_to_mptcp_sock = 196,
  dynptr_from_mem = 197, ringbuf_reserve_dynptr = 198, ringbuf_submit_dynptr = 199, ringbuf_discard_dynptr = 200,
  dynptr_read = 201, dynptr_write = 202, dynptr_data = 203, tcp_raw_gen_syncookie_ipv4 = 204,
  tcp_raw_gen_syncookie_ipv6 = 205, tcp_raw_check_syncookie_ipv4 = 206, tcp_raw_check_syncookie_ipv6 = 207,
  ktime_get_tai_ns = 208,
};

constexpr uint32_t a(ArgType t) { return uint32_t(t); }
constexpr uint32_t kCtx = a(ArgType::PtrToCtx), kAny = a(ArgType::Anything), kMapPtr = a(ArgType::ConstMapPtr),
                   kKey = a(ArgType::PtrToMapKey), kSize = a(ArgType::ConstSize),
                   kSizeOrZero = a(ArgType::ConstSizeOrZero), kFunc = a(ArgType::PtrToFunc),
                   kBtfId = a(ArgType::PtrToBtfId), kSockCommon = a(ArgType::PtrToSockCommon),
                   kBtfSockCommon = a(ArgType::PtrToBtfIdSockCommon), kTimer = a(ArgType::PtrToTimer),
                   kPercpuBtfId = a(ArgType::PtrToPercpuBtfId), kDynptr = a(ArgType::PtrToDynptr);
constexpr uint32_t kMemRdonly = a(ArgType::PtrToMem) | kArgMemRdonly;
constexpr uint32_t kUninitMem = a(ArgType::PtrToMem) | kArgMemUninit | kArgMemWrite;
constexpr uint32_t kMemWrite = a(ArgType::PtrToMem) | kArgMemWrite;  // read and written back (ARG_PTR_TO_MEM|MEM_WRITE)
// ARG_PTR_TO_{LONG,INT}: since 6.11 ARG_PTR_TO_FIXED_SIZE_MEM | MEM_UNINIT | MEM_WRITE | MEM_ALIGNED, size in arg_size.
constexpr uint32_t kOutLong = a(ArgType::PtrToMem) | kArgFixedSize | kArgMemUninit | kArgMemWrite | kArgAligned;
// check_mtu's mtu_len is read as well as written: no MEM_UNINIT.
constexpr uint32_t kInOutInt = a(ArgType::PtrToMem) | kArgFixedSize | kArgMemWrite | kArgAligned;
constexpr uint32_t kFixedRdonly = a(ArgType::PtrToMem) | kArgFixedSize | kArgMemRdonly;
constexpr uint32_t kStackOrNull = a(ArgType::PtrToStack) | kArgMaybeNull;
constexpr uint32_t kRetInt = uint32_t(RetType::Integer);
constexpr uint32_t kRetSocketOrNull = uint32_t(RetType::PtrToSocket) | kRetMaybeNull;
constexpr uint32_t kRetBtfIdOrNull = uint32_t(RetType::PtrToBtfId) | kRetMaybeNull;

struct Shape {
  uint32_t ret = kRetInt;
  uint32_t args[5] = {0, 0, 0, 0, 0};
};
constexpr HelperProto mk(int32_t id, const char* name, bool gpl, Shape s, const char* ret_btf = nullptr,
                         bool might_sleep = false) {
  HelperProto p{id, name, gpl};
  p.ret = s.ret;
  for (int i = 0; i < 5; ++i) p.args[i] = s.args[i];
  p.ret_btf_struct = ret_btf;
  p.might_sleep = might_sleep;
  return p;
}
constexpr HelperProto sized(HelperProto p, int arg, uint32_t size) {
  p.arg_size[arg] = size;
  return p;
}
constexpr HelperProto with_arg_btf(HelperProto p, int arg, const char* btf_struct) {
  p.arg_btf_struct[arg] = btf_struct;
  return p;
}

#define P(fn, gpl, ...) mk(fn, "bpf_" #fn, gpl, Shape{__VA_ARGS__})
#define PB(fn, gpl, btf, ...) mk(fn, "bpf_" #fn, gpl, Shape{__VA_ARGS__}, btf)
// Each helper's most common bpf_func_proto; the per-type variants follow (kVariants).
constexpr std::array kExtProtos = {
    P(get_cgroup_classid, false, kRetInt, {}),  // bpf_get_cgroup_classid_curr_proto; tc's takes the skb
    P(skb_vlan_push, false, kRetInt, {kCtx, kAny, kAny}),
    P(skb_vlan_pop, false, kRetInt, {kCtx}),
    P(perf_event_read, true, kRetInt, {kMapPtr, kAny}),
    P(get_route_realm, false, kRetInt, {kCtx}),
    P(skb_get_tunnel_opt, false, kRetInt, {kCtx, kUninitMem, kSize}),
    P(skb_set_tunnel_opt, false, kRetInt, {kCtx, kMemRdonly, kSize}),
    P(skb_change_proto, false, kRetInt, {kCtx, kAny, kAny}),
    P(skb_change_type, false, kRetInt, {kCtx, kAny}),
    P(skb_under_cgroup, false, kRetInt, {kCtx, kMapPtr, kAny}),
    P(get_hash_recalc, false, kRetInt, {kCtx}),
    P(probe_write_user, true, kRetInt, {kAny, kMemRdonly, kSize}),
    P(current_task_under_cgroup, false, kRetInt, {kMapPtr, kAny}),
    P(skb_change_tail, false, kRetInt, {kCtx, kAny, kAny}),
    P(csum_update, false, kRetInt, {kCtx, kAny}),
    P(set_hash_invalid, false, kRetInt, {kCtx}),
    P(skb_change_head, false, kRetInt, {kCtx, kAny, kAny}),
    P(get_socket_uid, false, kRetInt, {kCtx}),
    P(set_hash, false, kRetInt, {kCtx, kAny}),
    P(setsockopt, false, kRetInt, {kCtx, kAny, kAny, kMemRdonly, kSize}),  // sock_ops / sock_addr: the context
    P(sk_redirect_map, false, kRetInt, {kCtx, kMapPtr, kAny, kAny}),
    P(sock_map_update, false, kRetInt, {kCtx, kMapPtr, kKey, kAny}),
    P(perf_event_read_value, true, kRetInt, {kMapPtr, kAny, kUninitMem, kSize}),
    P(perf_prog_read_value, true, kRetInt, {kCtx, kUninitMem, kSize}),
    P(getsockopt, false, kRetInt, {kCtx, kAny, kAny, kUninitMem, kSize}),
    P(sock_ops_cb_flags_set, false, kRetInt, {kCtx, kAny}),
    P(msg_redirect_map, false, kRetInt, {kCtx, kMapPtr, kAny, kAny}),
    P(msg_apply_bytes, false, kRetInt, {kCtx, kAny}),
    P(msg_cork_bytes, false, kRetInt, {kCtx, kAny}),
    P(msg_pull_data, false, kRetInt, {kCtx, kAny, kAny, kAny}),
    P(bind, false, kRetInt, {kCtx, kMemRdonly, kSize}),
    P(skb_get_xfrm_state, false, kRetInt, {kCtx, kAny, kUninitMem, kSize, kAny}),
    P(skb_load_bytes_relative, false, kRetInt, {kCtx, kAny, kUninitMem, kSize, kAny}),
    P(sock_hash_update, false, kRetInt, {kCtx, kMapPtr, kKey, kAny}),
    P(msg_redirect_hash, false, kRetInt, {kCtx, kMapPtr, kKey, kAny}),
    P(sk_redirect_hash, false, kRetInt, {kCtx, kMapPtr, kKey, kAny}),
    P(lwt_push_encap, false, kRetInt, {kCtx, kAny, kMemRdonly, kSize}),
    P(lwt_seg6_store_bytes, false, kRetInt, {kCtx, kAny, kMemRdonly, kSize}),
    P(lwt_seg6_adjust_srh, false, kRetInt, {kCtx, kAny, kAny}),
    P(lwt_seg6_action, false, kRetInt, {kCtx, kAny, kMemRdonly, kSize}),
    P(rc_repeat, true, kRetInt, {kCtx}),
    P(rc_keydown, true, kRetInt, {kCtx, kAny, kAny, kAny}),
    P(skb_cgroup_id, false, kRetInt, {kCtx}),
    P(get_current_cgroup_id, false, kRetInt, {}),
    P(get_local_storage, false, uint32_t(RetType::PtrToMapValue), {kMapPtr, kAny}),
    P(sk_select_reuseport, false, kRetInt, {kCtx, kMapPtr, kKey, kAny}),
    P(skb_ancestor_cgroup_id, false, kRetInt, {kCtx, kAny}),
    // The lookups acquire a reference (is_acquire_function) the program must give back with bpf_sk_release.
    // The tuple's size may be 0 (the kernel then answers -EINVAL at run time): ARG_CONST_SIZE_OR_ZERO on 6.18.
    P(sk_lookup_tcp, false, kRetSocketOrNull, {kCtx, kMemRdonly, kSizeOrZero, kAny, kAny}),
    P(sk_lookup_udp, false, kRetSocketOrNull, {kCtx, kMemRdonly, kSizeOrZero, kAny, kAny}),
    P(sk_release, false, kRetInt, {kBtfSockCommon | kArgRelease}),
    P(msg_push_data, false, kRetInt, {kCtx, kAny, kAny, kAny}),
    P(msg_pop_data, false, kRetInt, {kCtx, kAny, kAny, kAny}),
    P(rc_pointer_rel, true, kRetInt, {kCtx, kAny, kAny}),
    P(sk_fullsock, false, kRetSocketOrNull, {kSockCommon}),
    P(tcp_sock, false, uint32_t(RetType::PtrToTcpSock) | kRetMaybeNull, {kSockCommon}),
    P(skb_ecn_set_ce, false, kRetInt, {kCtx}),
    P(get_listener_sock, false, kRetSocketOrNull, {kSockCommon}),
    P(skc_lookup_tcp, false, uint32_t(RetType::PtrToSockCommon) | kRetMaybeNull,
      {kCtx, kMemRdonly, kSizeOrZero, kAny, kAny}),
    P(tcp_check_syncookie, true, kRetInt, {kBtfSockCommon, kMemRdonly, kSize, kMemRdonly, kSize}),
    P(sysctl_get_name, false, kRetInt, {kCtx, kMemWrite, kSize, kAny}),
    P(sysctl_get_current_value, false, kRetInt, {kCtx, kUninitMem, kSize}),
    P(sysctl_get_new_value, false, kRetInt, {kCtx, kUninitMem, kSize}),
    P(sysctl_set_new_value, false, kRetInt, {kCtx, kMemRdonly, kSize}),
    sized(P(strtol, false, kRetInt, {kMemRdonly, kSize, kAny, kOutLong}), 3, 8),
    sized(P(strtoul, false, kRetInt, {kMemRdonly, kSize, kAny, kOutLong}), 3, 8),
    P(tcp_gen_syncookie, true, kRetInt, {kBtfSockCommon, kMemRdonly, kSize, kMemRdonly, kSize}),
    P(skb_output, true, kRetInt, {kBtfId, kMapPtr, kAny, kMemRdonly, kSizeOrZero}),
    // bpf_tcp_ca's own: arg1_btf_id is tcp_sock, which a tcp_congestion_ops member's `struct sock *` becomes
    // (bpf_tcp_ca_is_valid_access)
    with_arg_btf(P(tcp_send_ack, false, kRetInt, {kBtfId, kAny}), 0, "tcp_sock"),
    P(read_branch_records, true, kRetInt, {kCtx, kMemWrite | kArgMaybeNull, kSizeOrZero, kAny}),
    P(get_netns_cookie, false, kRetInt, {kCtx | kArgMaybeNull}),
    P(get_current_ancestor_cgroup_id, false, kRetInt, {kAny}),
    P(sk_assign, false, kRetInt, {kCtx, kBtfSockCommon, kAny}),  // tc's bpf_tc_sk_assign_proto
    P(seq_printf, true, kRetInt, {kBtfId, kMemRdonly, kSize, kMemRdonly | kArgMaybeNull, kSizeOrZero}),
    P(seq_write, true, kRetInt, {kBtfId, kMemRdonly, kSizeOrZero}),
    P(sk_cgroup_id, false, kRetInt, {kBtfSockCommon}),
    P(sk_ancestor_cgroup_id, false, kRetInt, {kBtfSockCommon, kAny}),
    P(csum_level, false, kRetInt, {kCtx, kAny}),
    // The socket casts return the same object under a narrower BTF type (is_ptr_cast_function: no new reference).
    PB(skc_to_tcp6_sock, false, "tcp6_sock", kRetBtfIdOrNull, {kBtfSockCommon}),
    PB(skc_to_tcp_sock, false, "tcp_sock", kRetBtfIdOrNull, {kBtfSockCommon}),
    PB(skc_to_tcp_timewait_sock, false, "tcp_timewait_sock", kRetBtfIdOrNull, {kBtfSockCommon}),
    PB(skc_to_tcp_request_sock, false, "tcp_request_sock", kRetBtfIdOrNull, {kBtfSockCommon}),
    PB(skc_to_udp6_sock, false, "udp6_sock", kRetBtfIdOrNull, {kBtfSockCommon}),
    P(load_hdr_opt, false, kRetInt, {kCtx, kMemWrite, kSize, kAny}),
    P(store_hdr_opt, false, kRetInt, {kCtx, kMemRdonly, kSize, kAny}),
    P(reserve_hdr_opt, false, kRetInt, {kCtx, kAny, kAny}),
    P(d_path, false, kRetInt, {kBtfId, kMemWrite, kSizeOrZero}),
    mk(copy_from_user, "bpf_copy_from_user", false, {kRetInt, {kUninitMem, kSizeOrZero, kAny}}, nullptr, true),
    P(snprintf_btf, false, kRetInt, {kMemWrite, kSize, kMemRdonly, kSize, kAny}),
    P(seq_printf_btf, true, kRetInt, {kBtfId, kMemRdonly, kSizeOrZero, kAny}),
    P(skb_cgroup_classid, false, kRetInt, {kCtx}),
    P(redirect_neigh, false, kRetInt, {kAny, kMemRdonly | kArgMaybeNull, kSizeOrZero, kAny}),
    P(per_cpu_ptr, false, uint32_t(RetType::PtrToMemOrBtfId) | kRetMaybeNull | kRetMemRdonly, {kPercpuBtfId, kAny}),
    P(this_cpu_ptr, false, uint32_t(RetType::PtrToMemOrBtfId) | kRetMemRdonly, {kPercpuBtfId}),
    P(redirect_peer, false, kRetInt, {kAny, kAny}),
    P(bprm_opts_set, false, kRetInt, {kBtfId, kAny}),
    // bpf_lsm_func_proto hands the IMA hashes to sleepable programs only.
    mk(ima_inode_hash, "bpf_ima_inode_hash", false, {kRetInt, {kBtfId, kUninitMem, kSize}}, nullptr, true),
    PB(sock_from_file, false, "socket", kRetBtfIdOrNull, {kBtfId}),
    sized(P(check_mtu, true, kRetInt, {kCtx, kAny, kInOutInt, kAny, kAny}), 2, 4),
    P(sys_bpf, false, kRetInt, {kAny, kMemRdonly, kSize}),
    P(btf_find_by_name_kind, false, kRetInt, {kMemRdonly, kSize, kAny, kAny}),
    P(sys_close, false, kRetInt, {kAny}),
    P(timer_init, true, kRetInt, {kTimer, kMapPtr, kAny}),
    P(timer_set_callback, true, kRetInt, {kTimer, kFunc}),
    P(timer_start, true, kRetInt, {kTimer, kAny, kAny}),
    P(timer_cancel, true, kRetInt, {kTimer}),
    P(get_func_ip, true, kRetInt, {kCtx}),
    PB(task_pt_regs, true, "pt_regs", uint32_t(RetType::PtrToBtfId), {kBtfId}),
    P(get_branch_snapshot, true, kRetInt, {kUninitMem, kSizeOrZero, kAny}),
    PB(skc_to_unix_sock, false, "unix_sock", kRetBtfIdOrNull, {kBtfSockCommon}),
    sized(P(kallsyms_lookup_name, false, kRetInt, {kMemRdonly, kSizeOrZero, kAny, kOutLong}), 3, 8),
    P(find_vma, false, kRetInt, {kBtfId, kAny, kFunc, kStackOrNull, kAny}),
    sized(P(get_func_arg, false, kRetInt, {kCtx, kAny, kOutLong}), 2, 8),
    sized(P(get_func_ret, false, kRetInt, {kCtx, kOutLong}), 1, 8),
    P(get_func_arg_cnt, false, kRetInt, {kCtx}),
    P(get_retval, false, kRetInt, {}),
    P(set_retval, false, kRetInt, {kAny}),
    mk(copy_from_user_task, "bpf_copy_from_user_task", true,
       {kRetInt, {kUninitMem, kSizeOrZero, kAny, kBtfId, kAny}}, nullptr, true),
    P(skb_set_tstamp, false, kRetInt, {kCtx, kAny, kAny}),
    mk(ima_file_hash, "bpf_ima_file_hash", false, {kRetInt, {kBtfId, kUninitMem, kSize}}, nullptr, true),
    P(kptr_xchg, false, kRetBtfIdOrNull, {a(ArgType::PtrToKptr), kBtfId | kArgMaybeNull | kArgRelease}),
    PB(skc_to_mptcp_sock, false, "mptcp_sock", kRetBtfIdOrNull, {kBtfSockCommon}),
    P(dynptr_from_mem, false, kRetInt, {kUninitMem, kSizeOrZero, kAny, kDynptr | kArgDynptrLocal | kArgMemUninit}),
    P(ringbuf_reserve_dynptr, false, kRetInt, {kMapPtr, kAny, kAny, kDynptr | kArgRingbuf | kArgMemUninit}),
    P(ringbuf_submit_dynptr, false, uint32_t(RetType::Void), {kDynptr | kArgRingbuf | kArgRelease, kAny}),
    P(ringbuf_discard_dynptr, false, uint32_t(RetType::Void), {kDynptr | kArgRingbuf | kArgRelease, kAny}),
    P(dynptr_read, false, kRetInt, {kUninitMem, kSizeOrZero, kDynptr | kArgMemRdonly, kAny, kAny}),
    P(dynptr_write, false, kRetInt, {kDynptr | kArgMemRdonly, kAny, kMemRdonly, kSizeOrZero, kAny}),
    P(dynptr_data, false, uint32_t(RetType::PtrToMem) | kRetMaybeNull,
      {kDynptr | kArgMemRdonly, kAny, a(ArgType::ConstAllocSizeOrZero)}),
    sized(P(tcp_raw_gen_syncookie_ipv4, true, kRetInt, {kFixedRdonly, kMemRdonly, kSizeOrZero}), 0, 20),
    sized(P(tcp_raw_gen_syncookie_ipv6, true, kRetInt, {kFixedRdonly, kMemRdonly, kSizeOrZero}), 0, 40),
    sized(sized(P(tcp_raw_check_syncookie_ipv4, true, kRetInt, {kFixedRdonly, kFixedRdonly}), 0, 20), 1, 20),
    sized(sized(P(tcp_raw_check_syncookie_ipv6, true, kRetInt, {kFixedRdonly, kFixedRdonly}), 0, 40), 1, 20),
    P(ktime_get_tai_ns, false, kRetInt, {}),
};
#undef P
#undef PB
static_assert([] {
  for (size_t i = 1; i < kExtProtos.size(); ++i)
    if (kExtProtos[i - 1].id >= kExtProtos[i].id) return false;
  return true;
}());

// The per-type bpf_func_protos whose shape differs from kExtProtos's.
constexpr HelperProto kClassidSkb = mk(get_cgroup_classid, "bpf_get_cgroup_classid", false, {kRetInt, {kCtx}});
// bpf_sk_setsockopt_proto / bpf_sk_getsockopt_proto (cgroup sockopt): a BTF socket, not the context.
constexpr HelperProto kSkSetsockopt =
    mk(setsockopt, "bpf_setsockopt", false, {kRetInt, {kBtfSockCommon, kAny, kAny, kMemRdonly, kSize}});
constexpr HelperProto kSkGetsockopt =
    mk(getsockopt, "bpf_getsockopt", false, {kRetInt, {kBtfSockCommon, kAny, kAny, kUninitMem, kSize}});
// sk_lookup's bpf_sk_lookup_assign_proto: any socket, or NULL to clear the selection.
constexpr HelperProto kSkLookupAssign =
    mk(sk_assign, "bpf_sk_assign", false, {kRetInt, {kCtx, kSockCommon | kArgMaybeNull, kAny}});

// bpf_base_func_proto's helpers among these (6.18, loader with CAP_BPF and CAP_PERFMON).
bool base_proto(int32_t id) {
  switch (id) {
    case strtol: case strtoul: case ktime_get_tai_ns:  // every loader
    case timer_init: case timer_set_callback: case timer_start: case timer_cancel: case kptr_xchg:  // CAP_BPF
    case per_cpu_ptr: case this_cpu_ptr: case dynptr_from_mem: case ringbuf_reserve_dynptr:
    case ringbuf_submit_dynptr: case ringbuf_discard_dynptr: case dynptr_read: case dynptr_write: case dynptr_data:
    case get_current_cgroup_id: case get_current_ancestor_cgroup_id: case get_cgroup_classid:
    // CAP_PERFMON: the "trace" helpers every type has since 6.16
    case perf_event_read: case perf_event_read_value: case current_task_under_cgroup: case copy_from_user:
    case copy_from_user_task: case snprintf_btf: case task_pt_regs: case get_branch_snapshot: case find_vma:
      return true;
    default:
      return false;
  }
}

// bpf_sk_base_func_proto: the socket casts, for the types that hold a socket.
bool sk_base_proto(int32_t id) {
  switch (id) {
    case skc_to_tcp6_sock: case skc_to_tcp_sock: case skc_to_tcp_timewait_sock: case skc_to_tcp_request_sock:
    case skc_to_udp6_sock: case skc_to_unix_sock: case skc_to_mptcp_sock:
      return true;
    default:
      return base_proto(id);
  }
}

bool in(int32_t id, std::initializer_list<int32_t> ids) { return std::find(ids.begin(), ids.end(), id) != ids.end(); }

// bpf_tracing_func_proto (kprobe, tracepoint, perf_event, raw_tp; and tracing/LSM/syscall through it).
// bpf_probe_write_user is refused under kernel lockdown (LOCKDOWN_BPF_WRITE_USER) and without CAP_SYS_ADMIN.
bool tracing_proto(int32_t id) { return id == probe_write_user || base_proto(id); }

// cgroup_common_func_proto's bpf_get_retval / bpf_set_retval: not for the hooks whose return value is no errno.
bool retval_allowed(uint32_t eat) {
  using namespace attach;
  switch (eat) {
    case CgroupInetIngress: case CgroupInetEgress: case CgroupSockOps: case CgroupUdp4Recvmsg:
    case CgroupUdp6Recvmsg: case CgroupUnixRecvmsg: case CgroupInet4Getpeername: case CgroupInet6Getpeername:
    case CgroupUnixGetpeername: case CgroupInet4Getsockname: case CgroupInet6Getsockname:
    case CgroupUnixGetsockname:
      return false;
    default:
      return true;
  }
}
bool any_or(uint32_t eat, std::initializer_list<uint32_t> allowed) {
  return eat == kAnyAttachType || std::find(allowed.begin(), allowed.end(), eat) != allowed.end();
}

bool cgroup_retval(int32_t id, uint32_t eat) {
  return (id == get_retval || id == set_retval) && (eat == kAnyAttachType || retval_allowed(eat));
}

// tracing_prog_func_proto's own helpers (fentry/fexit/fmod_ret/iter/raw_tp BTF programs, and LSM and syscall
// programs after their own func_proto).
bool tracing_prog_proto(ProgType type, int32_t id, uint32_t eat) {
  const bool trampoline = type == ProgType::Tracing || type == ProgType::Lsm;  // bpf_prog_has_trampoline (approx.)
  switch (id) {
    case skb_output: case sock_from_file: case d_path: case get_func_ip: case skc_to_tcp6_sock:
    case skc_to_tcp_sock: case skc_to_tcp_timewait_sock: case skc_to_tcp_request_sock: case skc_to_udp6_sock:
    case skc_to_unix_sock: case skc_to_mptcp_sock:
      return true;
    case seq_printf: case seq_write: case seq_printf_btf:  // iterators only
      return type == ProgType::Tracing && any_or(eat, {attach::TraceIter});
    case get_func_arg: case get_func_ret: case get_func_arg_cnt:
      return trampoline;
    default:
      return tracing_proto(id);
  }
}

}  // namespace

std::span<const HelperProto> ext_helper_protos() { return kExtProtos; }

const HelperProto* find_ext_helper_proto(int32_t id) {
  auto it = std::lower_bound(kExtProtos.begin(), kExtProtos.end(), id,
                             [](const HelperProto& p, int32_t v) { return p.id < v; });
  return it != kExtProtos.end() && it->id == id ? &*it : nullptr;
}

bool ext_type_has_helper(ProgType type, int32_t id, uint32_t eat) {
  using T = ProgType;
  if (find_ext_helper_proto(id) == nullptr) return false;
  // The socket casts: bpf_sk_base_func_proto's types, and tracing_prog_func_proto's.
  switch (type) {
    case T::SocketFilter:  // sk_filter_func_proto
      return in(id, {get_socket_uid, skb_load_bytes_relative, get_netns_cookie}) || sk_base_proto(id);
    case T::SchedCls:  // tc_cls_act_func_proto
    case T::SchedAct:
      return in(id, {get_cgroup_classid, skb_vlan_push, skb_vlan_pop, get_route_realm, skb_get_tunnel_opt,
                     skb_set_tunnel_opt, skb_change_proto, skb_change_type, skb_under_cgroup, get_hash_recalc,
                     skb_change_tail, csum_update, set_hash_invalid, skb_change_head, get_socket_uid, set_hash,
                     skb_get_xfrm_state, skb_load_bytes_relative, skb_cgroup_id, skb_ancestor_cgroup_id,
                     sk_lookup_tcp, sk_lookup_udp, sk_release, sk_fullsock, tcp_sock, skb_ecn_set_ce,
                     get_listener_sock, skc_lookup_tcp, tcp_check_syncookie, tcp_gen_syncookie, get_netns_cookie,
                     sk_assign, csum_level, skb_cgroup_classid, redirect_neigh, redirect_peer, check_mtu,
                     skb_set_tstamp, tcp_raw_gen_syncookie_ipv4, tcp_raw_gen_syncookie_ipv6,
                     tcp_raw_check_syncookie_ipv4, tcp_raw_check_syncookie_ipv6}) ||
             sk_base_proto(id);
    case T::Xdp:  // xdp_func_proto
      return in(id, {sk_lookup_tcp, sk_lookup_udp, sk_release, skc_lookup_tcp, tcp_check_syncookie,
                     tcp_gen_syncookie, check_mtu, tcp_raw_gen_syncookie_ipv4, tcp_raw_gen_syncookie_ipv6,
                     tcp_raw_check_syncookie_ipv4, tcp_raw_check_syncookie_ipv6}) ||
             sk_base_proto(id);
    case T::CgroupSkb:  // cg_skb_func_proto (get/set_retval: not for ingress/egress)
      return in(id, {get_socket_uid, skb_load_bytes_relative, skb_cgroup_id, get_local_storage,
                     skb_ancestor_cgroup_id, sk_lookup_tcp, sk_lookup_udp, sk_release, sk_fullsock, tcp_sock,
                     skb_ecn_set_ce, get_listener_sock, skc_lookup_tcp, get_netns_cookie, sk_cgroup_id,
                     sk_ancestor_cgroup_id}) ||
             sk_base_proto(id);
    case T::CgroupSock:  // sock_filter_func_proto, then cgroup_common_func_proto
      if (eat == 0) eat = attach::CgroupInetSockCreate;  // bpf_prog_load_fixup_attach_type
      return in(id, {get_local_storage, get_netns_cookie}) || cgroup_retval(id, eat) || base_proto(id);
    case T::LwtIn:  // lwt_in_func_proto
      return in(id, {get_route_realm, skb_under_cgroup, get_hash_recalc, lwt_push_encap}) || sk_base_proto(id);
    case T::LwtOut:
    case T::LwtSeg6local:  // lwt_seg6local_func_proto adds the seg6 helpers (CONFIG_IPV6_SEG6_BPF)
      return in(id, {get_route_realm, skb_under_cgroup, get_hash_recalc}) ||
             (type == T::LwtSeg6local && in(id, {lwt_seg6_store_bytes, lwt_seg6_adjust_srh, lwt_seg6_action})) ||
             sk_base_proto(id);
    case T::LwtXmit:
      return in(id, {get_route_realm, skb_get_tunnel_opt, skb_set_tunnel_opt, skb_under_cgroup, get_hash_recalc,
                     skb_change_tail, csum_update, set_hash_invalid, skb_change_head, lwt_push_encap, csum_level}) ||
             sk_base_proto(id);
    case T::SockOps:  // sock_ops_func_proto
      return in(id, {setsockopt, sock_map_update, getsockopt, sock_ops_cb_flags_set, sock_hash_update,
                     get_local_storage, tcp_sock, get_netns_cookie, load_hdr_opt, store_hdr_opt,
                     reserve_hdr_opt}) ||
             sk_base_proto(id);
    case T::SkSkb:  // sk_skb_func_proto
      return in(id, {skb_change_tail, skb_change_head, get_socket_uid, sk_redirect_map, sk_redirect_hash,
                     sk_lookup_tcp, sk_lookup_udp, sk_release, skc_lookup_tcp}) ||
             sk_base_proto(id);
    case T::SkMsg:  // sk_msg_func_proto
      return in(id, {msg_redirect_map, msg_apply_bytes, msg_cork_bytes, msg_pull_data, msg_redirect_hash,
                     msg_push_data, msg_pop_data, get_netns_cookie}) ||
             sk_base_proto(id);
    case T::CgroupSockAddr:  // sock_addr_func_proto: bind only from the connect hooks
      if (id == bind)
        return any_or(eat, {attach::CgroupInet4Connect, attach::CgroupInet6Connect});
      return in(id, {setsockopt, getsockopt, get_local_storage, sk_lookup_tcp, sk_lookup_udp, sk_release,
                     skc_lookup_tcp, get_netns_cookie}) ||
             cgroup_retval(id, eat) || sk_base_proto(id);
    case T::SkReuseport:  // sk_reuseport_func_proto
      return in(id, {skb_load_bytes_relative, sk_select_reuseport}) || base_proto(id);
    case T::FlowDissector:
      return sk_base_proto(id);
    case T::CgroupDevice:  // cgroup_dev_func_proto, cgroup_common_func_proto
      return id == get_local_storage || cgroup_retval(id, eat) ||
             base_proto(id);
    case T::CgroupSysctl:  // sysctl_func_proto
      return in(id, {get_local_storage, sysctl_get_name, sysctl_get_current_value, sysctl_get_new_value,
                     sysctl_set_new_value}) ||
             cgroup_retval(id, eat) || base_proto(id);
    case T::CgroupSockopt:  // cg_sockopt_func_proto: the socket options only from setsockopt hooks
      if (id == setsockopt || id == getsockopt) return any_or(eat, {attach::CgroupSetsockopt});
      return in(id, {get_local_storage, tcp_sock, get_netns_cookie}) || cgroup_retval(id, eat) || base_proto(id);
    case T::SkLookup:  // sk_lookup_func_proto
      return in(id, {sk_release, sk_assign}) || sk_base_proto(id);
    case T::Netfilter:
      return base_proto(id);
    case T::Kprobe:
    case T::Tracepoint:
    case T::RawTracepoint:
    case T::RawTracepointWritable:
      return id == get_func_ip || tracing_proto(id);
    case T::PerfEvent:
      return in(id, {get_func_ip, perf_prog_read_value, read_branch_records}) || tracing_proto(id);
    case T::Tracing:
      return tracing_prog_proto(type, id, eat);
    case T::Lsm:  // bpf_lsm_func_proto
      if (id == setsockopt || id == getsockopt || id == get_retval || id == set_retval)
        return any_or(eat, {attach::LsmCgroup});
      return in(id, {bprm_opts_set, ima_inode_hash, ima_file_hash, get_local_storage}) ||
             tracing_prog_proto(type, id, eat);
    case T::Syscall:  // syscall_prog_func_proto
      return in(id, {sys_bpf, btf_find_by_name_kind, sys_close, kallsyms_lookup_name}) ||
             tracing_prog_proto(type, id, eat);
    case T::LircMode2:  // lirc_mode2_func_proto
      return in(id, {rc_repeat, rc_keydown, rc_pointer_rel}) || base_proto(id);
    case T::StructOps:  // prog_type_has_helper asks helper_protos_struct_ops.cc instead
    case T::Unspec:
    case T::Ext:
      return base_proto(id);
  }
  return base_proto(id);
}

const HelperProto* sk_sockopt_proto(int32_t id) {
  if (id == setsockopt) return &kSkSetsockopt;
  if (id == getsockopt) return &kSkGetsockopt;
  return nullptr;
}

const HelperProto* ext_helper_proto_for(ProgType type, int32_t id) {
  switch (id) {
    case get_cgroup_classid:
      if (type == ProgType::SchedCls || type == ProgType::SchedAct) return &kClassidSkb;
      break;
    case setsockopt:
      if (type == ProgType::CgroupSockopt || type == ProgType::Lsm) return &kSkSetsockopt;
      break;
    case getsockopt:
      if (type == ProgType::CgroupSockopt || type == ProgType::Lsm) return &kSkGetsockopt;
      break;
    case sk_assign:
      if (type == ProgType::SkLookup) return &kSkLookupAssign;
      break;
    default:
      break;
  }
  return find_ext_helper_proto(id);
}

}  // namespace bpfkit::helpers
