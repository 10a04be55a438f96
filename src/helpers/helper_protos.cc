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

#include <fmt/format.h>


namespace bpfkit {
namespace {

// enum bpf_func_id values of the tabled helpers.
enum Fn : int32_t {
  map_lookup_elem = 1, map_update_elem = 2, map_delete_elem = 3, probe_read = 4, ktime_get_ns = 5,
  trace_printk = 6, get_prandom_u32 = 7, get_smp_processor_id = 8, skb_store_bytes = 9, l3_csum_replace = 10,
  l4_csum_replace = 11, tail_call = 12, get_current_pid_tgid = 14, get_current_uid_gid = 15, get_current_comm = 16,
  perf_event_output = 25, skb_load_bytes = 26, csum_diff = 28, get_current_task = 35, skb_pull_data = 39, get_numa_node_id = 42,
  xdp_adjust_head = 44, probe_read_str = 45, xdp_adjust_meta = 54, xdp_adjust_tail = 65, map_push_elem = 87,
  map_pop_elem = 88, map_peek_elem = 89, spin_lock = 93, spin_unlock = 94, probe_read_user = 112,
  probe_read_kernel = 113, probe_read_user_str = 114, probe_read_kernel_str = 115, jiffies64 = 118,
  ktime_get_boot_ns = 125, ringbuf_output = 130, ringbuf_reserve = 131, ringbuf_submit = 132, ringbuf_discard = 133,
  ringbuf_query = 134, get_current_task_btf = 158, ktime_get_coarse_ns = 160, for_each_map_elem = 164, snprintf = 165, loop = 181,
  strncmp = 182, xdp_get_buff_len = 188, xdp_load_bytes = 189, xdp_store_bytes = 190,
  map_lookup_percpu_elem = 195,
};

#define BPFKIT_PROTO(fn, gpl) HelperProto{fn, "bpf_" #fn, gpl}
constexpr std::array kProtos = {
    BPFKIT_PROTO(map_lookup_elem, false),      BPFKIT_PROTO(map_update_elem, false),
    BPFKIT_PROTO(map_delete_elem, false),      BPFKIT_PROTO(probe_read, true),
    BPFKIT_PROTO(ktime_get_ns, false),         BPFKIT_PROTO(trace_printk, true),
    BPFKIT_PROTO(get_prandom_u32, false),      BPFKIT_PROTO(get_smp_processor_id, false),
    BPFKIT_PROTO(skb_store_bytes, false),      BPFKIT_PROTO(l3_csum_replace, false),
    BPFKIT_PROTO(l4_csum_replace, false),      BPFKIT_PROTO(tail_call, false),
    BPFKIT_PROTO(get_current_pid_tgid, false), BPFKIT_PROTO(get_current_uid_gid, false),
    BPFKIT_PROTO(get_current_comm, false),     BPFKIT_PROTO(perf_event_output, true),
    BPFKIT_PROTO(skb_load_bytes, false),       BPFKIT_PROTO(csum_diff, false),
    BPFKIT_PROTO(get_current_task, true),
    BPFKIT_PROTO(skb_pull_data, false),        BPFKIT_PROTO(get_numa_node_id, false),
    BPFKIT_PROTO(xdp_adjust_head, false),      BPFKIT_PROTO(probe_read_str, true),
    BPFKIT_PROTO(xdp_adjust_meta, false),      BPFKIT_PROTO(xdp_adjust_tail, false),
    BPFKIT_PROTO(map_push_elem, false),        BPFKIT_PROTO(map_pop_elem, false),
    BPFKIT_PROTO(map_peek_elem, false),        BPFKIT_PROTO(spin_lock, false),
    BPFKIT_PROTO(spin_unlock, false),          BPFKIT_PROTO(probe_read_user, true),
    BPFKIT_PROTO(probe_read_kernel, true),     BPFKIT_PROTO(probe_read_user_str, true),
    BPFKIT_PROTO(probe_read_kernel_str, true), BPFKIT_PROTO(jiffies64, false),
    BPFKIT_PROTO(ktime_get_boot_ns, false),    BPFKIT_PROTO(ringbuf_output, false),
    BPFKIT_PROTO(ringbuf_reserve, false),      BPFKIT_PROTO(ringbuf_submit, false),
    BPFKIT_PROTO(ringbuf_discard, false),      BPFKIT_PROTO(ringbuf_query, false),
    BPFKIT_PROTO(get_current_task_btf, true),
    BPFKIT_PROTO(ktime_get_coarse_ns, false),  BPFKIT_PROTO(for_each_map_elem, false),
    BPFKIT_PROTO(snprintf, true),              BPFKIT_PROTO(loop, false),
    BPFKIT_PROTO(strncmp, false),              BPFKIT_PROTO(xdp_get_buff_len, false),
    BPFKIT_PROTO(xdp_load_bytes, false),       BPFKIT_PROTO(xdp_store_bytes, false),
    BPFKIT_PROTO(map_lookup_percpu_elem, false),
};
#undef BPFKIT_PROTO

// bpf_base_func_proto for a loader with CAP_BPF and CAP_PERFMON: the map, time, random, ring buffer, callback and
// string helpers, spin locks and tail calls for everyone, and (CAP_PERFMON) the current task (ids and
// task_struct pointer), printk and the probe_read_{user,kernel} family.
bool base_func_proto(int32_t id) {
  switch (id) {
    case map_lookup_elem: case map_update_elem: case map_delete_elem: case map_push_elem: case map_pop_elem:
    case map_peek_elem: case map_lookup_percpu_elem: case get_prandom_u32: case get_smp_processor_id:
    case get_numa_node_id: case tail_call: case ktime_get_ns: case ktime_get_boot_ns: case ktime_get_coarse_ns:
    case ringbuf_output: case ringbuf_reserve: case ringbuf_submit: case ringbuf_discard: case ringbuf_query:
    case for_each_map_elem: case loop: case strncmp: case spin_lock: case spin_unlock: case jiffies64:
    case get_current_pid_tgid: case get_current_uid_gid: case get_current_comm: case trace_printk: case snprintf:
    case probe_read_user: case probe_read_kernel: case probe_read_user_str: case probe_read_kernel_str:
    case get_current_task: case get_current_task_btf:
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
    default: return base_func_proto(id);
  }
}

// The skb read side every skb type has (sk_filter_func_proto and the cgroup/lwt/tc ones built on it).
bool skb_read_proto(int32_t id) { return id == skb_load_bytes || id == perf_event_output; }

// tc_cls_act_func_proto and lwt_xmit_func_proto: writable skb, checksum fixups.
bool skb_write_proto(int32_t id) {
  switch (id) {
    case skb_store_bytes: case l3_csum_replace: case l4_csum_replace: case csum_diff: case skb_pull_data:
      return true;
    default:
      return skb_read_proto(id);
  }
}

bool xdp_func_proto(int32_t id) {
  switch (id) {
    case perf_event_output: case csum_diff: case xdp_adjust_head: case xdp_adjust_meta: case xdp_adjust_tail:
    case xdp_get_buff_len: case xdp_load_bytes: case xdp_store_bytes:
      return true;
    default:
      return base_func_proto(id);
  }
}

}  // namespace

std::span<const HelperProto> helper_protos() { return kProtos; }

const HelperProto* find_helper_proto(int32_t id) {
  auto it = std::lower_bound(kProtos.begin(), kProtos.end(), id,
                             [](const HelperProto& p, int32_t v) { return p.id < v; });
  return it != kProtos.end() && it->id == id ? &*it : nullptr;
}

bool prog_type_has_helper(ProgType type, int32_t id) {
  if (find_helper_proto(id) == nullptr) return false;
  switch (type) {
    case ProgType::SocketFilter:  // sk_filter_func_proto
    case ProgType::CgroupSkb:     // cg_skb_func_proto
      return skb_read_proto(id) || base_func_proto(id);
    case ProgType::SchedCls:  // tc_cls_act_func_proto
    case ProgType::SchedAct:
    case ProgType::LwtXmit:  // lwt_xmit_func_proto
      return skb_write_proto(id) || base_func_proto(id);
    case ProgType::LwtIn:  // lwt_in/lwt_out/lwt_seg6local: read-only packet, but pull_data and csum_diff
    case ProgType::LwtOut:
    case ProgType::LwtSeg6local:
      return skb_read_proto(id) || id == csum_diff || id == skb_pull_data || base_func_proto(id);
    case ProgType::SkSkb:  // sk_skb_func_proto
      return skb_read_proto(id) || id == skb_store_bytes || id == skb_pull_data || base_func_proto(id);
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
    case ProgType::Kprobe:
    case ProgType::Tracepoint:
    case ProgType::PerfEvent:
    case ProgType::RawTracepoint:
    case ProgType::RawTracepointWritable:
      return tracing_func_proto(id);
    case ProgType::Tracing:  // tracing_prog_func_proto; syscall_prog_func_proto and bpf_lsm_func_proto end there
    case ProgType::Syscall:
    case ProgType::Lsm:
      return id == xdp_get_buff_len || tracing_func_proto(id);
    case ProgType::Unspec:
    case ProgType::LircMode2:
    case ProgType::StructOps:
    case ProgType::Ext:
      return base_func_proto(id);
  }
  return base_func_proto(id);
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
    if (proto->gpl_only && !gpl_compatible)
      return make_error("cannot call GPL-restricted function from non-GPL compatible program")
          .at_insn(int64_t(i))
          .with_errno(EINVAL)
          .rejected();
  }
  return {};
}

}  // namespace bpfkit
