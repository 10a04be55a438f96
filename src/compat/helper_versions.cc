// The first kernel of every helper helper_protos.h tables, and the capability bpf_base_func_proto asks for it.
//
// Source: ebpf-docs data/feature-versions.yaml, cross-checked with bcc docs/kernel-versions.md. Where they disagree
// the release of the commit that added the helper wins (the release whose merge window took it):
//   bpf_map_lookup_elem, bpf_map_update_elem  ebpf-docs 3.18, bcc 3.19. 3.18 had the syscall and the verifier but
//                                             no way to attach a program; the helpers are usable from 3.19.
//   bpf_get_prandom_u32                       ebpf-docs 4.17 (a later commit), bcc 4.1 (03e69b508b6f). 4.1.
//   bpf_send_signal_thread, bpf_jiffies64     bcc 5.5, ebpf-docs 5.6: both commits went to bpf-next after 5.5-rc1.
//   bpf_get_ns_current_pid_tgid, bpf_xdp_output  bcc 5.6, ebpf-docs 5.7 (bcc cites an unrelated commit). 5.7.
//   bpf_ktime_get_boot_ns                     bcc 5.7, ebpf-docs 5.8 (71d19214776e, bpf-next in April 2020). 5.8.
// The other tabled helpers agree in both sources (bcc stops at 5.10; the later ones are ebpf-docs only). The rows of
// the helpers bpfkit tables but does not implement (helper_protos_ext.cc) were added from bcc's list and the
// release of each helper's commit; their tiers: strtol/strtoul/ktime_get_tai_ns none, timers, kptr_xchg, dynptrs,
// per/this_cpu_ptr and the current cgroup ids CAP_BPF, the 6.16 "trace" helpers CAP_PERFMON, type-specific
// networking helpers none, tracing-only ones CAP_PERFMON. The local-storage helpers and get_task_stack: sk and inode
// storage 5.2 and 5.10 (type-specific, none), get_task_stack 5.9 (CAP_PERFMON), task storage 5.11 and cgrp storage 6.2
// (CAP_BPF; their 6.18 tier in bpf_base_func_proto was not checked against the source).
#include <algorithm>
#include <array>

#include "bpfkit/compat.h"

namespace bpfkit {
namespace {

struct HelperVersion {
  int32_t id;
  uint32_t since;
  HelperPrivilege privilege;  // bpf_base_func_proto's tier on 6.18; None for the type-specific helpers
};

constexpr uint32_t v(uint32_t a, uint32_t b) { return kernel_version_code(a, b); }
constexpr HelperPrivilege kNone = HelperPrivilege::None, kBpf = HelperPrivilege::Bpf,
                          kPerfmon = HelperPrivilege::Perfmon;

// By ascending id. The privilege tiers follow kernel/bpf/helpers.c bpf_base_func_proto: map, time, random, ringbuf,
// strncmp and the current pid/uid need nothing; spin locks, jiffies and the callback helpers need CAP_BPF; printk,
// the task and probe_read helpers, snprintf and (since 6.16) comm and send_signal need CAP_PERFMON. The tracing-only
// helpers (probe_read, get_stack...) sit behind program types that need CAP_PERFMON to load anyway.
constexpr std::array kHelperVersions = {
    HelperVersion{1, v(3, 19), kNone},    // map_lookup_elem
    HelperVersion{2, v(3, 19), kNone},    // map_update_elem
    HelperVersion{3, v(3, 19), kNone},    // map_delete_elem
    HelperVersion{4, v(4, 1), kPerfmon},  // probe_read
    HelperVersion{5, v(4, 1), kNone},     // ktime_get_ns
    HelperVersion{6, v(4, 1), kPerfmon},  // trace_printk
    HelperVersion{7, v(4, 1), kNone},     // get_prandom_u32
    HelperVersion{8, v(4, 1), kNone},     // get_smp_processor_id
    HelperVersion{9, v(4, 1), kNone},     // skb_store_bytes
    HelperVersion{10, v(4, 1), kNone},    // l3_csum_replace
    HelperVersion{11, v(4, 1), kNone},    // l4_csum_replace
    HelperVersion{12, v(4, 2), kNone},    // tail_call
    HelperVersion{13, v(4, 2), kNone},    // clone_redirect
    HelperVersion{14, v(4, 2), kNone},    // get_current_pid_tgid
    HelperVersion{15, v(4, 2), kNone},    // get_current_uid_gid
    HelperVersion{16, v(4, 2), kPerfmon}, // get_current_comm
    HelperVersion{17, v(4, 3), kBpf},   // get_cgroup_classid
    HelperVersion{18, v(4, 3), kNone},  // skb_vlan_push
    HelperVersion{19, v(4, 3), kNone},  // skb_vlan_pop
    HelperVersion{20, v(4, 3), kNone},    // skb_get_tunnel_key
    HelperVersion{21, v(4, 3), kNone},    // skb_set_tunnel_key
    HelperVersion{22, v(4, 3), kPerfmon},// perf_event_read
    HelperVersion{23, v(4, 4), kNone},    // redirect
    HelperVersion{24, v(4, 4), kNone},  // get_route_realm
    HelperVersion{25, v(4, 4), kNone},    // perf_event_output
    HelperVersion{26, v(4, 5), kNone},    // skb_load_bytes
    HelperVersion{27, v(4, 6), kPerfmon}, // get_stackid
    HelperVersion{28, v(4, 6), kNone},    // csum_diff
    HelperVersion{29, v(4, 6), kNone},  // skb_get_tunnel_opt
    HelperVersion{30, v(4, 6), kNone},  // skb_set_tunnel_opt
    HelperVersion{31, v(4, 8), kNone},  // skb_change_proto
    HelperVersion{32, v(4, 8), kNone},  // skb_change_type
    HelperVersion{33, v(4, 8), kNone},  // skb_under_cgroup
    HelperVersion{34, v(4, 8), kNone},  // get_hash_recalc
    HelperVersion{35, v(4, 8), kPerfmon}, // get_current_task
    HelperVersion{36, v(4, 8), kPerfmon},// probe_write_user
    HelperVersion{37, v(4, 9), kPerfmon},// current_task_under_cgroup
    HelperVersion{38, v(4, 9), kNone},  // skb_change_tail
    HelperVersion{39, v(4, 9), kNone},    // skb_pull_data
    HelperVersion{40, v(4, 9), kNone},  // csum_update
    HelperVersion{41, v(4, 9), kNone},  // set_hash_invalid
    HelperVersion{42, v(4, 10), kNone},   // get_numa_node_id
    HelperVersion{43, v(4, 10), kNone}, // skb_change_head
    HelperVersion{44, v(4, 10), kNone},   // xdp_adjust_head
    HelperVersion{45, v(4, 11), kPerfmon},// probe_read_str
    HelperVersion{46, v(4, 12), kNone},   // get_socket_cookie
    HelperVersion{47, v(4, 12), kNone}, // get_socket_uid
    HelperVersion{48, v(4, 13), kNone}, // set_hash
    HelperVersion{49, v(4, 13), kNone}, // setsockopt
    HelperVersion{50, v(4, 13), kNone},   // skb_adjust_room
    HelperVersion{51, v(4, 14), kNone},   // redirect_map
    HelperVersion{52, v(4, 14), kNone}, // sk_redirect_map
    HelperVersion{53, v(4, 14), kNone}, // sock_map_update
    HelperVersion{54, v(4, 15), kNone},   // xdp_adjust_meta
    HelperVersion{55, v(4, 15), kPerfmon},// perf_event_read_value
    HelperVersion{56, v(4, 15), kPerfmon},// perf_prog_read_value
    HelperVersion{57, v(4, 15), kNone}, // getsockopt
    HelperVersion{58, v(4, 16), kPerfmon},// override_return
    HelperVersion{59, v(4, 16), kNone}, // sock_ops_cb_flags_set
    HelperVersion{60, v(4, 17), kNone}, // msg_redirect_map
    HelperVersion{61, v(4, 17), kNone}, // msg_apply_bytes
    HelperVersion{62, v(4, 17), kNone}, // msg_cork_bytes
    HelperVersion{63, v(4, 17), kNone}, // msg_pull_data
    HelperVersion{64, v(4, 17), kNone}, // bind
    HelperVersion{65, v(4, 18), kNone},   // xdp_adjust_tail
    HelperVersion{66, v(4, 18), kNone}, // skb_get_xfrm_state
    HelperVersion{67, v(4, 18), kPerfmon},// get_stack
    HelperVersion{68, v(4, 18), kNone}, // skb_load_bytes_relative
    HelperVersion{69, v(4, 18), kNone},   // fib_lookup
    HelperVersion{70, v(4, 18), kNone}, // sock_hash_update
    HelperVersion{71, v(4, 18), kNone}, // msg_redirect_hash
    HelperVersion{72, v(4, 18), kNone}, // sk_redirect_hash
    HelperVersion{73, v(4, 18), kNone}, // lwt_push_encap
    HelperVersion{74, v(4, 18), kNone}, // lwt_seg6_store_bytes
    HelperVersion{75, v(4, 18), kNone}, // lwt_seg6_adjust_srh
    HelperVersion{76, v(4, 18), kNone}, // lwt_seg6_action
    HelperVersion{77, v(4, 18), kNone}, // rc_repeat
    HelperVersion{78, v(4, 18), kNone}, // rc_keydown
    HelperVersion{79, v(4, 18), kNone}, // skb_cgroup_id
    HelperVersion{80, v(4, 18), kBpf},  // get_current_cgroup_id
    HelperVersion{81, v(4, 19), kNone}, // get_local_storage
    HelperVersion{82, v(4, 19), kNone}, // sk_select_reuseport
    HelperVersion{83, v(4, 19), kNone}, // skb_ancestor_cgroup_id
    HelperVersion{84, v(4, 20), kNone}, // sk_lookup_tcp
    HelperVersion{85, v(4, 20), kNone}, // sk_lookup_udp
    HelperVersion{86, v(4, 20), kNone}, // sk_release
    HelperVersion{87, v(4, 20), kNone},   // map_push_elem
    HelperVersion{88, v(4, 20), kNone},   // map_pop_elem
    HelperVersion{89, v(4, 20), kNone},   // map_peek_elem
    HelperVersion{90, v(4, 20), kNone}, // msg_push_data
    HelperVersion{91, v(5, 0), kNone},  // msg_pop_data
    HelperVersion{92, v(5, 0), kNone},  // rc_pointer_rel
    HelperVersion{93, v(5, 1), kBpf},     // spin_lock
    HelperVersion{94, v(5, 1), kBpf},     // spin_unlock
    HelperVersion{95, v(5, 1), kNone},  // sk_fullsock
    HelperVersion{96, v(5, 1), kNone},  // tcp_sock
    HelperVersion{97, v(5, 1), kNone},  // skb_ecn_set_ce
    HelperVersion{98, v(5, 1), kNone},  // get_listener_sock
    HelperVersion{99, v(5, 2), kNone},  // skc_lookup_tcp
    HelperVersion{100, v(5, 2), kNone}, // tcp_check_syncookie
    HelperVersion{101, v(5, 2), kNone}, // sysctl_get_name
    HelperVersion{102, v(5, 2), kNone}, // sysctl_get_current_value
    HelperVersion{103, v(5, 2), kNone}, // sysctl_get_new_value
    HelperVersion{104, v(5, 2), kNone}, // sysctl_set_new_value
    HelperVersion{105, v(5, 2), kNone}, // strtol
    HelperVersion{106, v(5, 2), kNone}, // strtoul
    HelperVersion{107, v(5, 2), kNone}, // sk_storage_get
    HelperVersion{108, v(5, 2), kNone}, // sk_storage_delete
    HelperVersion{109, v(5, 3), kPerfmon},// send_signal
    HelperVersion{110, v(5, 3), kNone}, // tcp_gen_syncookie
    HelperVersion{111, v(5, 5), kPerfmon},// skb_output
    HelperVersion{112, v(5, 5), kPerfmon},// probe_read_user
    HelperVersion{113, v(5, 5), kPerfmon},// probe_read_kernel
    HelperVersion{114, v(5, 5), kPerfmon},// probe_read_user_str
    HelperVersion{115, v(5, 5), kPerfmon},// probe_read_kernel_str
    HelperVersion{116, v(5, 6), kNone}, // tcp_send_ack
    HelperVersion{117, v(5, 6), kPerfmon},// send_signal_thread
    HelperVersion{118, v(5, 6), kBpf},    // jiffies64
    HelperVersion{119, v(5, 6), kPerfmon},// read_branch_records
    HelperVersion{120, v(5, 7), kNone},   // get_ns_current_pid_tgid
    HelperVersion{121, v(5, 7), kPerfmon},// xdp_output
    HelperVersion{122, v(5, 7), kNone}, // get_netns_cookie
    HelperVersion{123, v(5, 7), kBpf},  // get_current_ancestor_cgroup_id
    HelperVersion{124, v(5, 7), kNone}, // sk_assign
    HelperVersion{125, v(5, 8), kNone},   // ktime_get_boot_ns
    HelperVersion{126, v(5, 7), kPerfmon},// seq_printf
    HelperVersion{127, v(5, 7), kPerfmon},// seq_write
    HelperVersion{128, v(5, 8), kNone}, // sk_cgroup_id
    HelperVersion{129, v(5, 8), kNone}, // sk_ancestor_cgroup_id
    HelperVersion{130, v(5, 8), kNone},   // ringbuf_output
    HelperVersion{131, v(5, 8), kNone},   // ringbuf_reserve
    HelperVersion{132, v(5, 8), kNone},   // ringbuf_submit
    HelperVersion{133, v(5, 8), kNone},   // ringbuf_discard
    HelperVersion{134, v(5, 8), kNone},   // ringbuf_query
    HelperVersion{135, v(5, 8), kNone}, // csum_level
    HelperVersion{136, v(5, 9), kNone}, // skc_to_tcp6_sock
    HelperVersion{137, v(5, 9), kNone}, // skc_to_tcp_sock
    HelperVersion{138, v(5, 9), kNone}, // skc_to_tcp_timewait_sock
    HelperVersion{139, v(5, 9), kNone}, // skc_to_tcp_request_sock
    HelperVersion{140, v(5, 9), kNone}, // skc_to_udp6_sock
    HelperVersion{141, v(5, 9), kPerfmon},// get_task_stack
    HelperVersion{142, v(5, 10), kNone},// load_hdr_opt
    HelperVersion{143, v(5, 10), kNone},// store_hdr_opt
    HelperVersion{144, v(5, 10), kNone},// reserve_hdr_opt
    HelperVersion{145, v(5, 10), kNone},// inode_storage_get (LSM only)
    HelperVersion{146, v(5, 10), kNone},// inode_storage_delete
    HelperVersion{147, v(5, 10), kPerfmon},// d_path
    HelperVersion{148, v(5, 10), kPerfmon},// copy_from_user
    HelperVersion{149, v(5, 10), kPerfmon},// snprintf_btf
    HelperVersion{150, v(5, 10), kPerfmon},// seq_printf_btf
    HelperVersion{151, v(5, 10), kNone},// skb_cgroup_classid
    HelperVersion{152, v(5, 10), kNone},// redirect_neigh
    HelperVersion{153, v(5, 10), kBpf}, // per_cpu_ptr
    HelperVersion{154, v(5, 10), kBpf}, // this_cpu_ptr
    HelperVersion{155, v(5, 10), kNone},// redirect_peer
    HelperVersion{156, v(5, 11), kBpf}, // task_storage_get
    HelperVersion{157, v(5, 11), kBpf}, // task_storage_delete
    HelperVersion{158, v(5, 11), kPerfmon},// get_current_task_btf
    HelperVersion{159, v(5, 11), kPerfmon},// bprm_opts_set
    HelperVersion{160, v(5, 11), kNone},  // ktime_get_coarse_ns (?): tier not confirmed on 6.18
    HelperVersion{161, v(5, 11), kPerfmon},// ima_inode_hash
    HelperVersion{162, v(5, 11), kPerfmon},// sock_from_file
    HelperVersion{163, v(5, 12), kNone},// check_mtu
    HelperVersion{164, v(5, 13), kBpf},   // for_each_map_elem
    HelperVersion{165, v(5, 13), kPerfmon},// snprintf
    HelperVersion{166, v(5, 14), kNone},// sys_bpf
    HelperVersion{167, v(5, 14), kNone},// btf_find_by_name_kind
    HelperVersion{168, v(5, 14), kNone},// sys_close
    HelperVersion{169, v(5, 15), kBpf}, // timer_init
    HelperVersion{170, v(5, 15), kBpf}, // timer_set_callback
    HelperVersion{171, v(5, 15), kBpf}, // timer_start
    HelperVersion{172, v(5, 15), kBpf}, // timer_cancel
    HelperVersion{173, v(5, 15), kPerfmon},// get_func_ip
    HelperVersion{174, v(5, 15), kPerfmon},// get_attach_cookie
    HelperVersion{175, v(5, 15), kPerfmon},// task_pt_regs
    HelperVersion{176, v(5, 16), kPerfmon},// get_branch_snapshot
    HelperVersion{177, v(5, 16), kPerfmon},// trace_vprintk
    HelperVersion{178, v(5, 16), kPerfmon},// skc_to_unix_sock
    HelperVersion{179, v(5, 16), kPerfmon},// kallsyms_lookup_name
    HelperVersion{180, v(5, 17), kPerfmon},// find_vma
    HelperVersion{181, v(5, 17), kBpf},   // loop
    HelperVersion{182, v(5, 17), kNone},  // strncmp
    HelperVersion{183, v(5, 17), kPerfmon},// get_func_arg
    HelperVersion{184, v(5, 17), kPerfmon},// get_func_ret
    HelperVersion{185, v(5, 17), kPerfmon},// get_func_arg_cnt
    HelperVersion{186, v(5, 18), kNone},// get_retval
    HelperVersion{187, v(5, 18), kNone},// set_retval
    HelperVersion{188, v(5, 18), kNone},  // xdp_get_buff_len
    HelperVersion{189, v(5, 18), kNone},  // xdp_load_bytes
    HelperVersion{190, v(5, 18), kNone},  // xdp_store_bytes
    HelperVersion{191, v(5, 18), kPerfmon},// copy_from_user_task
    HelperVersion{192, v(5, 18), kNone},// skb_set_tstamp
    HelperVersion{193, v(5, 18), kPerfmon},// ima_file_hash
    HelperVersion{194, v(5, 19), kBpf}, // kptr_xchg
    HelperVersion{195, v(5, 19), kNone},  // map_lookup_percpu_elem
    HelperVersion{196, v(5, 19), kPerfmon},// skc_to_mptcp_sock
    HelperVersion{197, v(5, 19), kBpf}, // dynptr_from_mem
    HelperVersion{198, v(5, 19), kBpf}, // ringbuf_reserve_dynptr
    HelperVersion{199, v(5, 19), kBpf}, // ringbuf_submit_dynptr
    HelperVersion{200, v(5, 19), kBpf}, // ringbuf_discard_dynptr
    HelperVersion{201, v(5, 19), kBpf}, // dynptr_read
    HelperVersion{202, v(5, 19), kBpf}, // dynptr_write
    HelperVersion{203, v(5, 19), kBpf}, // dynptr_data
    HelperVersion{204, v(6, 0), kNone}, // tcp_raw_gen_syncookie_ipv4
    HelperVersion{205, v(6, 0), kNone}, // tcp_raw_gen_syncookie_ipv6
    HelperVersion{206, v(6, 0), kNone}, // tcp_raw_check_syncookie_ipv4
    HelperVersion{207, v(6, 0), kNone}, // tcp_raw_check_syncookie_ipv6
    HelperVersion{208, v(6, 1), kNone}, // ktime_get_tai_ns
    HelperVersion{209, v(6, 1), kBpf},    // user_ringbuf_drain
    HelperVersion{210, v(6, 2), kBpf}, // cgrp_storage_get
    HelperVersion{211, v(6, 2), kBpf}, // cgrp_storage_delete
};
static_assert([] {
  for (size_t i = 1; i < kHelperVersions.size(); ++i)
    if (kHelperVersions[i - 1].id >= kHelperVersions[i].id) return false;
  return true;
}());

const HelperVersion* find(int32_t id) {
  auto it = std::lower_bound(kHelperVersions.begin(), kHelperVersions.end(), id,
                             [](const HelperVersion& h, int32_t want) { return h.id < want; });
  return it != kHelperVersions.end() && it->id == id ? &*it : nullptr;
}

}  // namespace

uint32_t helper_first_kernel(int32_t helper_id) {
  const HelperVersion* h = find(helper_id);
  return h != nullptr ? h->since : 0;
}

HelperPrivilege helper_privilege(int32_t helper_id) {
  const HelperVersion* h = find(helper_id);
  return h != nullptr ? h->privilege : HelperPrivilege::Perfmon;  // unknown: assume the most restricted tier
}

}  // namespace bpfkit
