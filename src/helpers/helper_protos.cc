// The per-program-type helper table (include/bpfkit/helper_protos.h).
//
// Written the way the kernel writes it: each type's func_proto adds its own helpers and falls back to a shared one
// (bpf_base_func_proto, or bpf_tracing_func_proto for the tracing types), so a reader can hold this next to
// net/core/filter.c and kernel/trace/bpf_trace.c. Only the helpers bpfkit implements are tabled. Every answer here
// was checked against a 6.18.44 kernel loaded by root (tests/kernel/helper_protos_kernel_test.cc keeps checking
// it); TRACING, LSM and EXT cannot be loaded on the test machines (EPERM) and follow the source.
#include "bpfkit/helper_protos.h"

#include <algorithm>
#include <array>
#include <cerrno>
#include <vector>

#include <fmt/format.h>

#include "helpers/helper_protos_ext.h"


namespace bpfkit {
namespace {

// enum bpf_func_id values of the tabled helpers.
enum Fn : int32_t {
  map_lookup_elem = 1, map_update_elem = 2, map_delete_elem = 3, probe_read = 4, ktime_get_ns = 5,
  trace_printk = 6, get_prandom_u32 = 7, get_smp_processor_id = 8, skb_store_bytes = 9, l3_csum_replace = 10,
  l4_csum_replace = 11, tail_call = 12, clone_redirect = 13, get_current_pid_tgid = 14, get_current_uid_gid = 15,
  get_current_comm = 16, skb_get_tunnel_key = 20, skb_set_tunnel_key = 21, redirect = 23, perf_event_output = 25,
  skb_load_bytes = 26, get_stackid = 27, csum_diff = 28, get_current_task = 35, skb_pull_data = 39,
  get_numa_node_id = 42, xdp_adjust_head = 44, probe_read_str = 45, get_socket_cookie = 46, skb_adjust_room = 50,
  redirect_map = 51, xdp_adjust_meta = 54, override_return = 58, xdp_adjust_tail = 65, get_stack = 67,
  fib_lookup = 69, map_push_elem = 87, map_pop_elem = 88, map_peek_elem = 89, spin_lock = 93, spin_unlock = 94,
  sk_storage_get = 107, sk_storage_delete = 108, send_signal = 109, probe_read_user = 112, probe_read_kernel = 113,
  probe_read_user_str = 114, probe_read_kernel_str = 115, send_signal_thread = 117, jiffies64 = 118, get_ns_current_pid_tgid = 120,
  xdp_output = 121, ktime_get_boot_ns = 125, ringbuf_output = 130, ringbuf_reserve = 131, ringbuf_submit = 132,
  ringbuf_discard = 133, ringbuf_query = 134, get_task_stack = 141, inode_storage_get = 145,
  inode_storage_delete = 146, task_storage_get = 156, task_storage_delete = 157, get_current_task_btf = 158,
  ktime_get_coarse_ns = 160,
  for_each_map_elem = 164, snprintf = 165, get_attach_cookie = 174, trace_vprintk = 177, loop = 181, strncmp = 182,
  xdp_get_buff_len = 188, xdp_load_bytes = 189, xdp_store_bytes = 190, map_lookup_percpu_elem = 195,
  user_ringbuf_drain = 209, cgrp_storage_get = 210, cgrp_storage_delete = 211,
};

// Shorthands for the kernel's composite argument and return types (include/linux/bpf.h, 6.18).
constexpr uint32_t a(ArgType t) { return uint32_t(t); }
constexpr uint32_t kMapPtr = a(ArgType::ConstMapPtr), kKey = a(ArgType::PtrToMapKey),
                   kValue = a(ArgType::PtrToMapValue), kCtx = a(ArgType::PtrToCtx), kAny = a(ArgType::Anything),
                   kSize = a(ArgType::ConstSize), kSizeOrZero = a(ArgType::ConstSizeOrZero),
                   kFunc = a(ArgType::PtrToFunc), kConstStr = a(ArgType::PtrToConstStr);
// ARG_PTR_TO_MEM | MEM_RDONLY: the helper only reads the buffer.
constexpr uint32_t kMemRdonly = a(ArgType::PtrToMem) | kArgMemRdonly;
// ARG_PTR_TO_UNINIT_MEM: since 6.12 PTR_TO_MEM | MEM_UNINIT | MEM_WRITE; the helper fills the buffer.
constexpr uint32_t kUninitMem = a(ArgType::PtrToMem) | kArgMemUninit | kArgMemWrite;
// ARG_PTR_TO_STACK_OR_NULL (bpf_loop's and for_each_map_elem's callback context).
constexpr uint32_t kStackOrNull = a(ArgType::PtrToStack) | kArgMaybeNull;
constexpr uint32_t kRetInt = uint32_t(RetType::Integer), kRetVoid = uint32_t(RetType::Void);
constexpr uint32_t kRetMapValueOrNull = uint32_t(RetType::PtrToMapValue) | kRetMaybeNull;

struct ProtoArgs {
  uint32_t ret = kRetInt;
  uint32_t args[5] = {0, 0, 0, 0, 0};
};
constexpr HelperProto proto(int32_t id, const char* name, bool gpl, ProtoArgs shape) {
  HelperProto p{id, name, gpl};
  p.ret = shape.ret;
  for (int i = 0; i < 5; ++i) p.args[i] = shape.args[i];
  return p;
}
constexpr HelperProto with_ret_btf(HelperProto p, const char* btf_struct) {
  p.ret_btf_struct = btf_struct;
  return p;
}
constexpr HelperProto with_arg_btf(HelperProto p, int arg, const char* btf_struct) {
  p.arg_btf_struct[arg] = btf_struct;
  return p;
}
constexpr HelperProto with_allowed(HelperProto p, bool (*allowed)(ProgType, uint32_t)) {
  p.allowed = allowed;
  return p;
}

// The local storages' owner argument: ARG_PTR_TO_BTF_ID_OR_NULL (task, inode, cgroup; the tracing form of the
// socket one) and the initial value, ARG_PTR_TO_MAP_VALUE_OR_NULL.
constexpr uint32_t kBtfIdOrNull = a(ArgType::PtrToBtfId) | kArgMaybeNull;
constexpr uint32_t kValueOrNull = kValue | kArgMaybeNull;

#define BPFKIT_PROTO(fn, gpl, ...) proto(fn, "bpf_" #fn, gpl, ProtoArgs{__VA_ARGS__})
// The prototype each helper has in most program types; the per-type variants are below (kVariants).
constexpr std::array kProtos = {
    BPFKIT_PROTO(map_lookup_elem, false, kRetMapValueOrNull, {kMapPtr, kKey}),
    BPFKIT_PROTO(map_update_elem, false, kRetInt, {kMapPtr, kKey, kValue, kAny}),
    BPFKIT_PROTO(map_delete_elem, false, kRetInt, {kMapPtr, kKey}),
    BPFKIT_PROTO(probe_read, true, kRetInt, {kUninitMem, kSizeOrZero, kAny}),  // bpf_probe_read_compat_proto
    BPFKIT_PROTO(ktime_get_ns, false, kRetInt, {}),
    BPFKIT_PROTO(trace_printk, true, kRetInt, {kMemRdonly, kSize}),
    BPFKIT_PROTO(get_prandom_u32, false, kRetInt, {}),
    BPFKIT_PROTO(get_smp_processor_id, false, kRetInt, {}),
    BPFKIT_PROTO(skb_store_bytes, false, kRetInt, {kCtx, kAny, kMemRdonly, kSize, kAny}),
    BPFKIT_PROTO(l3_csum_replace, false, kRetInt, {kCtx, kAny, kAny, kAny, kAny}),
    BPFKIT_PROTO(l4_csum_replace, false, kRetInt, {kCtx, kAny, kAny, kAny, kAny}),
    BPFKIT_PROTO(tail_call, false, kRetVoid, {kCtx, kMapPtr, kAny}),
    BPFKIT_PROTO(clone_redirect, false, kRetInt, {kCtx, kAny, kAny}),
    BPFKIT_PROTO(get_current_pid_tgid, false, kRetInt, {}),
    BPFKIT_PROTO(get_current_uid_gid, false, kRetInt, {}),
    BPFKIT_PROTO(get_current_comm, false, kRetInt, {kUninitMem, kSize}),
    BPFKIT_PROTO(skb_get_tunnel_key, false, kRetInt, {kCtx, kUninitMem, kSize, kAny}),
    BPFKIT_PROTO(skb_set_tunnel_key, false, kRetInt, {kCtx, kMemRdonly, kSize, kAny}),
    BPFKIT_PROTO(redirect, false, kRetInt, {kAny, kAny}),
    // bpf_skb_event_output_proto; the xdp, tracing and sock variants have the same shape (kVariants).
    BPFKIT_PROTO(perf_event_output, true, kRetInt, {kCtx, kMapPtr, kAny, kMemRdonly, kSizeOrZero}),
    BPFKIT_PROTO(skb_load_bytes, false, kRetInt, {kCtx, kAny, kUninitMem, kSize}),
    BPFKIT_PROTO(get_stackid, true, kRetInt, {kCtx, kMapPtr, kAny}),
    BPFKIT_PROTO(csum_diff, false, kRetInt,
                 {kMemRdonly | kArgMaybeNull, kSizeOrZero, kMemRdonly | kArgMaybeNull, kSizeOrZero, kAny}),
    BPFKIT_PROTO(get_current_task, true, kRetInt, {}),
    BPFKIT_PROTO(skb_pull_data, false, kRetInt, {kCtx, kAny}),
    BPFKIT_PROTO(get_numa_node_id, false, kRetInt, {}),
    BPFKIT_PROTO(xdp_adjust_head, false, kRetInt, {kCtx, kAny}),
    BPFKIT_PROTO(probe_read_str, true, kRetInt, {kUninitMem, kSizeOrZero, kAny}),
    BPFKIT_PROTO(get_socket_cookie, false, kRetInt, {kCtx}),
    BPFKIT_PROTO(skb_adjust_room, false, kRetInt, {kCtx, kAny, kAny, kAny}),
    BPFKIT_PROTO(redirect_map, false, kRetInt, {kMapPtr, kAny, kAny}),
    BPFKIT_PROTO(xdp_adjust_meta, false, kRetInt, {kCtx, kAny}),
    BPFKIT_PROTO(override_return, true, kRetInt, {kCtx, kAny}),
    BPFKIT_PROTO(xdp_adjust_tail, false, kRetInt, {kCtx, kAny}),
    BPFKIT_PROTO(get_stack, true, kRetInt, {kCtx, kUninitMem, kSizeOrZero, kAny}),
    // The fib params are read and written back: 6.18 refuses a read-only map value there ("write into map
    // forbidden"; tests/kernel/helper_args_kernel_test.cc), as for MEM_WRITE.
    BPFKIT_PROTO(fib_lookup, true, kRetInt, {kCtx, a(ArgType::PtrToMem) | kArgMemWrite, kSize, kAny}),
    BPFKIT_PROTO(map_push_elem, false, kRetInt, {kMapPtr, kValue, kAny}),
    BPFKIT_PROTO(map_pop_elem, false, kRetInt, {kMapPtr, kValue | kArgMemUninit | kArgMemWrite}),
    BPFKIT_PROTO(map_peek_elem, false, kRetInt, {kMapPtr, kValue | kArgMemUninit | kArgMemWrite}),
    BPFKIT_PROTO(spin_lock, false, kRetVoid, {a(ArgType::PtrToSpinLock)}),
    BPFKIT_PROTO(spin_unlock, false, kRetVoid, {a(ArgType::PtrToSpinLock)}),
    // bpf_sk_storage_get_proto / _delete_proto: any socket the program holds (net/core/bpf_sk_storage.c).
    BPFKIT_PROTO(sk_storage_get, false, kRetMapValueOrNull,
                 {kMapPtr, a(ArgType::PtrToBtfIdSockCommon), kValueOrNull, kAny}),
    BPFKIT_PROTO(sk_storage_delete, false, kRetInt, {kMapPtr, a(ArgType::PtrToBtfIdSockCommon)}),
    BPFKIT_PROTO(send_signal, false, kRetInt, {kAny}),
    BPFKIT_PROTO(probe_read_user, true, kRetInt, {kUninitMem, kSizeOrZero, kAny}),
    BPFKIT_PROTO(probe_read_kernel, true, kRetInt, {kUninitMem, kSizeOrZero, kAny}),
    BPFKIT_PROTO(probe_read_user_str, true, kRetInt, {kUninitMem, kSizeOrZero, kAny}),
    BPFKIT_PROTO(probe_read_kernel_str, true, kRetInt, {kUninitMem, kSizeOrZero, kAny}),
    BPFKIT_PROTO(send_signal_thread, false, kRetInt, {kAny}),
    BPFKIT_PROTO(jiffies64, false, kRetInt, {}),
    BPFKIT_PROTO(get_ns_current_pid_tgid, false, kRetInt, {kAny, kAny, kUninitMem, kSize}),
    // The xdp_buff a fentry/fexit program on an XDP function holds (arg1_btf_id xdp_buff).
    BPFKIT_PROTO(xdp_output, true, kRetInt, {a(ArgType::PtrToBtfId), kMapPtr, kAny, kMemRdonly, kSizeOrZero}),
    BPFKIT_PROTO(ktime_get_boot_ns, false, kRetInt, {}),
    BPFKIT_PROTO(ringbuf_output, false, kRetInt, {kMapPtr, kMemRdonly, kSizeOrZero, kAny}),
    // RET_PTR_TO_RINGBUF_MEM_OR_NULL: a new reference the program must submit or discard.
    BPFKIT_PROTO(ringbuf_reserve, false, uint32_t(RetType::PtrToMem) | kRetMaybeNull | kRetMemRingbuf,
                 {kMapPtr, a(ArgType::ConstAllocSizeOrZero), kAny}),
    BPFKIT_PROTO(ringbuf_submit, false, kRetVoid, {a(ArgType::PtrToRingbufMem) | kArgRelease, kAny}),
    BPFKIT_PROTO(ringbuf_discard, false, kRetVoid, {a(ArgType::PtrToRingbufMem) | kArgRelease, kAny}),
    BPFKIT_PROTO(ringbuf_query, false, kRetInt, {kMapPtr, kAny}),
    with_arg_btf(BPFKIT_PROTO(get_task_stack, false, kRetInt,
                              {a(ArgType::PtrToBtfId), kUninitMem, kSizeOrZero, kAny}), 0, "task_struct"),
    with_arg_btf(BPFKIT_PROTO(inode_storage_get, false, kRetMapValueOrNull,
                              {kMapPtr, kBtfIdOrNull, kValueOrNull, kAny}), 1, "inode"),
    with_arg_btf(BPFKIT_PROTO(inode_storage_delete, false, kRetInt, {kMapPtr, kBtfIdOrNull}), 1, "inode"),
    with_arg_btf(BPFKIT_PROTO(task_storage_get, false, kRetMapValueOrNull,
                              {kMapPtr, kBtfIdOrNull, kValueOrNull, kAny}), 1, "task_struct"),
    with_arg_btf(BPFKIT_PROTO(task_storage_delete, false, kRetInt, {kMapPtr, kBtfIdOrNull}), 1, "task_struct"),
    with_ret_btf(BPFKIT_PROTO(get_current_task_btf, true, uint32_t(RetType::PtrToBtfId) | kRetTrusted, {}),
                 "task_struct"),
    BPFKIT_PROTO(ktime_get_coarse_ns, false, kRetInt, {}),
    BPFKIT_PROTO(for_each_map_elem, false, kRetInt, {kMapPtr, kFunc, kStackOrNull, kAny}),
    BPFKIT_PROTO(snprintf, true, kRetInt,
                 {a(ArgType::PtrToMem) | kArgMaybeNull | kArgMemWrite, kSizeOrZero, kConstStr,
                  kMemRdonly | kArgMaybeNull, kSizeOrZero}),
    BPFKIT_PROTO(get_attach_cookie, false, kRetInt, {kCtx}),
    BPFKIT_PROTO(trace_vprintk, true, kRetInt, {kMemRdonly, kSize, kMemRdonly | kArgMaybeNull, kSizeOrZero}),
    BPFKIT_PROTO(loop, false, kRetInt, {kAny, kFunc, kStackOrNull, kAny}),
    BPFKIT_PROTO(strncmp, false, kRetInt, {kMemRdonly, kSize, kConstStr}),
    BPFKIT_PROTO(xdp_get_buff_len, false, kRetInt, {kCtx}),
    BPFKIT_PROTO(xdp_load_bytes, false, kRetInt, {kCtx, kAny, kUninitMem, kSize}),
    BPFKIT_PROTO(xdp_store_bytes, false, kRetInt, {kCtx, kAny, kMemRdonly, kSize}),
    BPFKIT_PROTO(map_lookup_percpu_elem, false, kRetMapValueOrNull, {kMapPtr, kKey, kAny}),
    // callback(const struct bpf_dynptr *, void *ctx) per sample a user-space producer wrote
    BPFKIT_PROTO(user_ringbuf_drain, false, kRetInt, {kMapPtr, kFunc, kStackOrNull, kAny}),
    with_arg_btf(BPFKIT_PROTO(cgrp_storage_get, false, kRetMapValueOrNull,
                              {kMapPtr, kBtfIdOrNull, kValueOrNull, kAny}), 1, "cgroup"),
    with_arg_btf(BPFKIT_PROTO(cgrp_storage_delete, false, kRetInt, {kMapPtr, kBtfIdOrNull}), 1, "cgroup"),
};
#undef BPFKIT_PROTO

// The per-type bpf_func_protos whose shape differs from kProtos's: the kernel's func_proto hands these out instead.
// perf_event's bpf_get_stackid_proto_pe is not GPL-only; the tracing types reach a socket and an xdp_buff through
// BTF pointers rather than their context.
constexpr HelperProto kGetStackidPe = proto(get_stackid, "bpf_get_stackid", false, {kRetInt, {kCtx, kMapPtr, kAny}});
constexpr HelperProto kSocketPtrCookie =  // bpf_get_socket_ptr_cookie_proto
    proto(get_socket_cookie, "bpf_get_socket_cookie", false,
          {kRetInt, {a(ArgType::PtrToBtfIdSockCommon) | kArgMaybeNull}});
constexpr HelperProto kXdpGetBuffLenTrace =  // bpf_xdp_get_buff_len_trace_proto (arg1_btf_id xdp_buff)
    proto(xdp_get_buff_len, "bpf_xdp_get_buff_len", false, {kRetInt, {a(ArgType::PtrToBtfId)}});
// bpf_sk_storage_tracing_allowed(): tracing programs reach sockets through BTF pointers, and only where the
// storage cannot be re-entered (an iterator, a raw tracepoint, fentry/fexit; bpfkit does not see the fentry
// target's name, which the kernel also checks is no bpf_sk_storage* function). Syscall programs get the tracing
// proto but no attach type that allows it.
constexpr bool sk_storage_tracing_allowed(ProgType type, uint32_t expected_attach_type) {
  if (type != ProgType::Tracing) return false;
  switch (expected_attach_type) {
    case attach::TraceIter: case attach::TraceRawTp: case attach::TraceFentry: case attach::TraceFexit:
      return true;
    default:
      return false;
  }
}
constexpr HelperProto kSkStorageGetCgSock =  // bpf_sk_storage_get_cg_sock_proto: the socket is the context
    proto(sk_storage_get, "bpf_sk_storage_get", false, {kRetMapValueOrNull, {kMapPtr, kCtx, kValueOrNull, kAny}});
constexpr HelperProto kSkStorageGetTracing = with_allowed(
    with_arg_btf(proto(sk_storage_get, "bpf_sk_storage_get", false,
                       {kRetMapValueOrNull, {kMapPtr, kBtfIdOrNull, kValueOrNull, kAny}}),
                 1, "sock_common"),
    sk_storage_tracing_allowed);
constexpr HelperProto kSkStorageDeleteTracing = with_allowed(
    with_arg_btf(proto(sk_storage_delete, "bpf_sk_storage_delete", false, {kRetInt, {kMapPtr, kBtfIdOrNull}}), 1,
                 "sock_common"),
    sk_storage_tracing_allowed);
// find_helper_proto() searches by id.
static_assert([] {
  for (size_t i = 1; i < kProtos.size(); ++i)
    if (kProtos[i - 1].id >= kProtos[i].id) return false;
  return true;
}());

// bpf_base_func_proto for a loader with CAP_BPF and CAP_PERFMON: the map, time, random, ring buffer, callback and
// string helpers, spin locks and tail calls for everyone, and (CAP_PERFMON) the current task's ids, printk and the
// probe_read_{user,kernel} family, bpf_get_current_task(_btf) and bpf_trace_vprintk. bpf_send_signal(_thread) and
// bpf_get_ns_current_pid_tgid are there for every loader (6.18, checked against the running kernel).
bool base_func_proto(int32_t id) {
  switch (id) {
    case map_lookup_elem: case map_update_elem: case map_delete_elem: case map_push_elem: case map_pop_elem:
    case map_peek_elem: case map_lookup_percpu_elem: case get_prandom_u32: case get_smp_processor_id:
    case get_numa_node_id: case tail_call: case ktime_get_ns: case ktime_get_boot_ns: case ktime_get_coarse_ns:
    case ringbuf_output: case ringbuf_reserve: case ringbuf_submit: case ringbuf_discard: case ringbuf_query:
    case for_each_map_elem: case loop: case strncmp: case spin_lock: case spin_unlock: case jiffies64:
    case get_current_pid_tgid: case get_current_uid_gid: case get_current_comm: case trace_printk: case snprintf:
    case probe_read_user: case probe_read_kernel: case probe_read_user_str: case probe_read_kernel_str:
    case get_current_task: case get_current_task_btf: case trace_vprintk: case send_signal:
    case send_signal_thread: case get_ns_current_pid_tgid: case user_ringbuf_drain: case get_task_stack:
    case task_storage_get: case task_storage_delete: case cgrp_storage_get: case cgrp_storage_delete:
      return true;
    default:
      return false;
  }
}

// bpf_tracing_func_proto (kprobe, tracepoint, perf_event, raw_tracepoint): the base set without
// bpf_ktime_get_coarse_ns, which tracing programs may not call, plus the legacy probe reads and perf output.
bool tracing_func_proto(int32_t id) {
  switch (id) {
    case ktime_get_coarse_ns: return false;
    case probe_read: case probe_read_str: case perf_event_output: return true;
    case get_stackid: case get_stack: return true;  // each tracing type's own proto (kprobe, tp, pe, raw_tp)
    default: return base_func_proto(id);
  }
}

// The skb read side every skb type has (sk_filter_func_proto and the cgroup/lwt/tc ones built on it).
bool skb_read_proto(int32_t id) { return id == skb_load_bytes || id == perf_event_output; }

// The types with a bpf_get_socket_cookie variant (skb, sock, sock_addr, sock_ops, sk_reuseport, and the
// socket-pointer one of the tracing set that syscall programs reach). lwt, flow dissector and XDP have none.
bool has_socket_cookie(ProgType type) {
  switch (type) {
    case ProgType::SocketFilter: case ProgType::SchedCls: case ProgType::SchedAct: case ProgType::CgroupSkb:
    case ProgType::CgroupSock: case ProgType::SockOps: case ProgType::SkSkb: case ProgType::CgroupSockAddr:
    case ProgType::SkReuseport: case ProgType::Syscall: case ProgType::Tracing: case ProgType::Lsm:
      return true;
    default:
      return false;
  }
}

// tc_cls_act_func_proto and lwt_xmit_func_proto: writable skb, checksum fixups.
bool skb_write_proto(int32_t id) {
  switch (id) {
    case skb_store_bytes: case l3_csum_replace: case l4_csum_replace: case csum_diff: case skb_pull_data:
      case redirect: case clone_redirect: case skb_get_tunnel_key: case skb_set_tunnel_key:
      return true;
    default:
      return skb_read_proto(id);
  }
}

// tc_cls_act_func_proto's own: what lwt_xmit lacks.
bool tc_only_proto(int32_t id) {
  switch (id) {
    case skb_adjust_room: case fib_lookup:
      return true;
    default:
      return false;
  }
}

bool xdp_func_proto(int32_t id) {
  switch (id) {
    case perf_event_output: case csum_diff: case xdp_adjust_head: case xdp_adjust_meta: case xdp_adjust_tail:
      case xdp_get_buff_len: case xdp_load_bytes: case xdp_store_bytes: case redirect: case redirect_map: case fib_lookup:
      return true;
    default:
      return base_func_proto(id);
  }
}

// The types whose func_proto gives bpf_sk_storage_get (and, but for cgroup/sock, bpf_sk_storage_delete): the ones
// that hold a socket (net/core/filter.c, kernel/bpf/cgroup.c, bpf_lsm.c), and the tracing set (a BTF socket
// pointer, kSkStorageGetTracing), which syscall programs reach but may not call.
bool has_sk_storage(ProgType type, int32_t id) {
  switch (type) {
    case ProgType::SchedCls: case ProgType::SchedAct: case ProgType::CgroupSkb: case ProgType::SockOps:
    case ProgType::SkMsg: case ProgType::CgroupSockAddr: case ProgType::CgroupSockopt: case ProgType::Syscall:
    case ProgType::Tracing: case ProgType::Lsm:
      return true;
    case ProgType::CgroupSock:  // sock_filter_func_proto: bpf_sk_storage_get_cg_sock_proto only
      return id == sk_storage_get;
    default:
      return false;
  }
}

}  // namespace

std::span<const HelperProto> helper_protos() {
  // kProtos and the ext table, merged by id.
  static const std::vector<HelperProto> all = [] {
    std::vector<HelperProto> v(kProtos.begin(), kProtos.end());
    for (const HelperProto& p : helpers::ext_helper_protos()) v.push_back(p);
    std::sort(v.begin(), v.end(), [](const HelperProto& x, const HelperProto& y) { return x.id < y.id; });
    return v;
  }();
  return all;
}

const HelperProto* find_helper_proto(int32_t id) {
  if (const HelperProto* ext = helpers::find_ext_helper_proto(id)) return ext;
  auto it = std::lower_bound(kProtos.begin(), kProtos.end(), id,
                             [](const HelperProto& p, int32_t v) { return p.id < v; });
  return it != kProtos.end() && it->id == id ? &*it : nullptr;
}

bool prog_type_has_helper(ProgType type, int32_t id) { return prog_type_has_helper(type, id, kAnyAttachType); }

bool prog_type_has_helper(ProgType type, int32_t id, uint32_t expected_attach_type) {
  // some struct_ops type's get_func_proto, for some member (helper_protos_struct_ops.cc)
  if (type == ProgType::StructOps) return struct_ops_has_helper({}, id);
  if (helpers::find_ext_helper_proto(id) != nullptr)
    return helpers::ext_type_has_helper(type, id, expected_attach_type);
  if (find_helper_proto(id) == nullptr) return false;
  if (id == get_socket_cookie) return has_socket_cookie(type);
  if (id == sk_storage_get || id == sk_storage_delete) return has_sk_storage(type, id);
  // bpf_lsm_func_proto's own: the inode of an LSM hook.
  if (id == inode_storage_get || id == inode_storage_delete) return type == ProgType::Lsm;
  switch (type) {
    case ProgType::SocketFilter:  // sk_filter_func_proto
    case ProgType::CgroupSkb:     // cg_skb_func_proto
      return skb_read_proto(id) || base_func_proto(id);
    case ProgType::SchedCls:  // tc_cls_act_func_proto
    case ProgType::SchedAct:
      return tc_only_proto(id) || skb_write_proto(id) || base_func_proto(id);
    case ProgType::LwtXmit:  // lwt_xmit_func_proto
      return skb_write_proto(id) || base_func_proto(id);
    case ProgType::LwtIn:  // lwt_in/lwt_out/lwt_seg6local: read-only packet, but pull_data and csum_diff
    case ProgType::LwtOut:
    case ProgType::LwtSeg6local:
      return skb_read_proto(id) || id == csum_diff || id == skb_pull_data || base_func_proto(id);
    case ProgType::SkSkb:  // sk_skb_func_proto
      return skb_read_proto(id) || id == skb_store_bytes || id == skb_pull_data || id == skb_adjust_room ||
             base_func_proto(id);
    case ProgType::SkReuseport:    // sk_reuseport_func_proto
    case ProgType::FlowDissector:  // flow_dissector_func_proto
      return id == skb_load_bytes || base_func_proto(id);
    case ProgType::Xdp:
      return xdp_func_proto(id);
    case ProgType::CgroupSock:  // sock_filter_func_proto, sock_addr_func_proto, sock_ops_func_proto, ...
    case ProgType::CgroupSockAddr:
    case ProgType::SockOps:
    case ProgType::SkMsg:
    case ProgType::CgroupSysctl:
    case ProgType::SkLookup:
      return id == perf_event_output || base_func_proto(id);
    case ProgType::CgroupDevice:   // cgroup_dev_func_proto and cg_sockopt_func_proto go through
    case ProgType::CgroupSockopt:  // cgroup_common_func_proto, which has no coarse clock
      return id == perf_event_output || (id != ktime_get_coarse_ns && base_func_proto(id));
    case ProgType::Netfilter:  // bpf_nf_func_proto: the base set, no coarse clock, no perf output
      return id != ktime_get_coarse_ns && base_func_proto(id);
    case ProgType::Kprobe:  // kprobe_prog_func_proto; bpf_override_return needs CONFIG_BPF_KPROBE_OVERRIDE
      return id == override_return || id == get_attach_cookie || tracing_func_proto(id);
    case ProgType::Tracepoint:
    case ProgType::PerfEvent:
    case ProgType::RawTracepoint:
    case ProgType::RawTracepointWritable:
      return id == get_attach_cookie || tracing_func_proto(id);
    case ProgType::Tracing:  // tracing_prog_func_proto (get_attach_cookie: trampoline programs); bpf_lsm_func_proto
    case ProgType::Lsm:      // ends there
      return id == get_attach_cookie || id == xdp_output || id == xdp_get_buff_len || tracing_func_proto(id);
    case ProgType::Syscall:  // syscall_prog_func_proto, then tracing_prog_func_proto without a trampoline
      return id == xdp_output || id == xdp_get_buff_len || tracing_func_proto(id);
    case ProgType::StructOps:  // answered above
    case ProgType::Unspec:
    case ProgType::LircMode2:
    case ProgType::Ext:
      return base_func_proto(id);
  }
  return base_func_proto(id);
}

const HelperProto* helper_proto_for(ProgType type, int32_t id) {
  if (type == ProgType::StructOps) return struct_ops_helper_proto({}, id);
  if (!prog_type_has_helper(type, id)) return nullptr;
  if (helpers::find_ext_helper_proto(id) != nullptr) return helpers::ext_helper_proto_for(type, id);
  switch (id) {
    case get_stackid:
      if (type == ProgType::PerfEvent) return &kGetStackidPe;
      break;
    case get_socket_cookie:  // tracing_prog_func_proto's socket-pointer cookie, which syscall and lsm reach too
      if (type == ProgType::Tracing || type == ProgType::Lsm || type == ProgType::Syscall) return &kSocketPtrCookie;
      break;
    case xdp_get_buff_len:
      if (type == ProgType::Tracing || type == ProgType::Lsm || type == ProgType::Syscall)
        return &kXdpGetBuffLenTrace;
      break;
    case sk_storage_get:
      if (type == ProgType::CgroupSock) return &kSkStorageGetCgSock;
      if (type == ProgType::Tracing || type == ProgType::Syscall) return &kSkStorageGetTracing;
      break;
    case sk_storage_delete:
      if (type == ProgType::Tracing || type == ProgType::Syscall) return &kSkStorageDeleteTracing;
      break;
    default:
      break;
  }
  return find_helper_proto(id);
}

bool helper_gpl_only(ProgType type, int32_t id) {
  // bpf_get_stackid_proto_pe is the one variant of a GPL-only helper that is not GPL-only.
  if (const HelperProto* variant = helper_proto_for(type, id)) return variant->gpl_only;
  const HelperProto* proto = find_helper_proto(id);
  return proto != nullptr && proto->gpl_only;
}

bool license_is_gpl_compatible(std::string_view license) {
  for (std::string_view gpl : {"GPL", "GPL v2", "GPL and additional rights", "Dual BSD/GPL", "Dual MIT/GPL",
                               "Dual MPL/GPL"})
    if (license == gpl) return true;
  return false;
}

Expected<void> check_helper_calls(std::span<const Insn> prog, ProgType type, bool gpl_compatible) {
  for (size_t i = 0; i < prog.size(); ++i) {
    const Insn& insn = prog[i];
    if (insn.opcode != (op::JMP | op::CALL) || insn.src != 0) continue;  // helper calls only (src 0, imm = id)
    const HelperProto* proto = find_helper_proto(insn.imm);
    if (proto == nullptr) continue;
    // The verifier asks func_proto first, then the license (check_helper_call).
    if (!prog_type_has_helper(type, proto->id))
      return make_error(fmt::format("program of this type cannot use helper {}#{}", proto->name, proto->id))
          .at_insn(int64_t(i))
          .with_errno(EINVAL)
          .rejected();
    if (helper_gpl_only(type, proto->id) && !gpl_compatible)
      return make_error("cannot call GPL-restricted function from non-GPL compatible program")
          .at_insn(int64_t(i))
          .with_errno(EINVAL)
          .rejected();
  }
  return {};
}

}  // namespace bpfkit
