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
// The other tabled helpers agree in both sources (bcc stops at 5.10; the later ones are ebpf-docs only).
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
    HelperVersion{20, v(4, 3), kNone},    // skb_get_tunnel_key
    HelperVersion{21, v(4, 3), kNone},    // skb_set_tunnel_key
    HelperVersion{23, v(4, 4), kNone},    // redirect
    HelperVersion{25, v(4, 4), kNone},    // perf_event_output
    HelperVersion{26, v(4, 5), kNone},    // skb_load_bytes
    HelperVersion{27, v(4, 6), kPerfmon}, // get_stackid
    HelperVersion{28, v(4, 6), kNone},    // csum_diff
    HelperVersion{35, v(4, 8), kPerfmon}, // get_current_task
    HelperVersion{39, v(4, 9), kNone},    // skb_pull_data
    HelperVersion{42, v(4, 10), kNone},   // get_numa_node_id
    HelperVersion{44, v(4, 10), kNone},   // xdp_adjust_head
    HelperVersion{45, v(4, 11), kPerfmon},// probe_read_str
    HelperVersion{46, v(4, 12), kNone},   // get_socket_cookie
    HelperVersion{50, v(4, 13), kNone},   // skb_adjust_room
    HelperVersion{51, v(4, 14), kNone},   // redirect_map
    HelperVersion{54, v(4, 15), kNone},   // xdp_adjust_meta
    HelperVersion{58, v(4, 16), kPerfmon},// override_return
    HelperVersion{65, v(4, 18), kNone},   // xdp_adjust_tail
    HelperVersion{67, v(4, 18), kPerfmon},// get_stack
    HelperVersion{69, v(4, 18), kNone},   // fib_lookup
    HelperVersion{87, v(4, 20), kNone},   // map_push_elem
    HelperVersion{88, v(4, 20), kNone},   // map_pop_elem
    HelperVersion{89, v(4, 20), kNone},   // map_peek_elem
    HelperVersion{93, v(5, 1), kBpf},     // spin_lock
    HelperVersion{94, v(5, 1), kBpf},     // spin_unlock
    HelperVersion{109, v(5, 3), kPerfmon},// send_signal
    HelperVersion{112, v(5, 5), kPerfmon},// probe_read_user
    HelperVersion{113, v(5, 5), kPerfmon},// probe_read_kernel
    HelperVersion{114, v(5, 5), kPerfmon},// probe_read_user_str
    HelperVersion{115, v(5, 5), kPerfmon},// probe_read_kernel_str
    HelperVersion{117, v(5, 6), kPerfmon},// send_signal_thread
    HelperVersion{118, v(5, 6), kBpf},    // jiffies64
    HelperVersion{120, v(5, 7), kNone},   // get_ns_current_pid_tgid
    HelperVersion{121, v(5, 7), kPerfmon},// xdp_output
    HelperVersion{125, v(5, 8), kNone},   // ktime_get_boot_ns
    HelperVersion{130, v(5, 8), kNone},   // ringbuf_output
    HelperVersion{131, v(5, 8), kNone},   // ringbuf_reserve
    HelperVersion{132, v(5, 8), kNone},   // ringbuf_submit
    HelperVersion{133, v(5, 8), kNone},   // ringbuf_discard
    HelperVersion{134, v(5, 8), kNone},   // ringbuf_query
    HelperVersion{158, v(5, 11), kPerfmon},// get_current_task_btf
    HelperVersion{160, v(5, 11), kNone},  // ktime_get_coarse_ns (?): tier not confirmed on 6.18
    HelperVersion{164, v(5, 13), kBpf},   // for_each_map_elem
    HelperVersion{165, v(5, 13), kPerfmon},// snprintf
    HelperVersion{174, v(5, 15), kPerfmon},// get_attach_cookie
    HelperVersion{177, v(5, 16), kPerfmon},// trace_vprintk
    HelperVersion{181, v(5, 17), kBpf},   // loop
    HelperVersion{182, v(5, 17), kNone},  // strncmp
    HelperVersion{188, v(5, 18), kNone},  // xdp_get_buff_len
    HelperVersion{189, v(5, 18), kNone},  // xdp_load_bytes
    HelperVersion{190, v(5, 18), kNone},  // xdp_store_bytes
    HelperVersion{195, v(5, 19), kNone},  // map_lookup_percpu_elem
    HelperVersion{209, v(6, 1), kBpf},    // user_ringbuf_drain
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
