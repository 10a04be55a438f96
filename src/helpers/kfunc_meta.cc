// The kernel's flags for the kfuncs bpfkit knows, from the BTF_KFUNCS sets of kernel/bpf/helpers.c (generic and
// common sets), kernel/bpf/cpumask.c and kernel/bpf/bpf_iter.c as of 6.18. The verifier reads them (check_kfunc.cc);
// kfuncs_test checks that every kfunc the runtime implements is here.
#include <algorithm>
#include <iterator>

#include "bpfkit/kfuncs.h"

namespace bpfkit {
namespace {

constexpr uint32_t kCpumaskRead = kKfRcu;  // cpumask.c: the query and update kfuncs take RCU-protected masks

constexpr KfuncMeta kMetas[] = {
    {"bpf_cgroup_acquire", kKfAcquire | kKfRcu | kKfRetNull},
    {"bpf_cgroup_from_id", kKfAcquire | kKfRetNull},
    {"bpf_cgroup_release", kKfRelease},
    {"bpf_cpumask_acquire", kKfAcquire | kKfTrustedArgs},
    {"bpf_cpumask_and", kCpumaskRead},
    {"bpf_cpumask_clear", kCpumaskRead},
    {"bpf_cpumask_clear_cpu", kCpumaskRead},
    {"bpf_cpumask_copy", kCpumaskRead},
    {"bpf_cpumask_create", kKfAcquire | kKfRetNull},
    {"bpf_cpumask_empty", kCpumaskRead},
    {"bpf_cpumask_equal", kCpumaskRead},
    {"bpf_cpumask_first", kCpumaskRead},
    {"bpf_cpumask_first_and", kCpumaskRead},
    {"bpf_cpumask_first_zero", kCpumaskRead},
    {"bpf_cpumask_full", kCpumaskRead},
    {"bpf_cpumask_intersects", kCpumaskRead},
    {"bpf_cpumask_or", kCpumaskRead},
    {"bpf_cpumask_release", kKfRelease},
    {"bpf_cpumask_set_cpu", kCpumaskRead},
    {"bpf_cpumask_setall", kCpumaskRead},
    {"bpf_cpumask_subset", kCpumaskRead},
    {"bpf_cpumask_test_and_clear_cpu", kCpumaskRead},
    {"bpf_cpumask_test_and_set_cpu", kCpumaskRead},
    {"bpf_cpumask_test_cpu", kCpumaskRead},
    {"bpf_cpumask_weight", kCpumaskRead},
    {"bpf_cpumask_xor", kCpumaskRead},
    {"bpf_dynptr_adjust", 0},
    {"bpf_dynptr_clone", 0},
    {"bpf_dynptr_from_skb", kKfTrustedArgs},
    {"bpf_dynptr_from_xdp", kKfTrustedArgs},
    {"bpf_dynptr_is_null", 0},
    {"bpf_dynptr_is_rdonly", 0},
    {"bpf_dynptr_size", 0},
    {"bpf_dynptr_slice", kKfRetNull},
    {"bpf_dynptr_slice_rdwr", kKfRetNull},
    {"bpf_iter_num_destroy", kKfIterDestroy},
    {"bpf_iter_num_new", kKfIterNew},
    {"bpf_iter_num_next", kKfIterNext | kKfRetNull},
    {"bpf_obj_drop_impl", kKfRelease},
    {"bpf_obj_new_impl", kKfAcquire | kKfRetNull},
    {"bpf_rcu_read_lock", 0},
    {"bpf_rcu_read_unlock", 0},
    {"bpf_task_acquire", kKfAcquire | kKfRcu | kKfRetNull},
    {"bpf_task_from_pid", kKfAcquire | kKfRetNull},
    {"bpf_task_release", kKfRelease},
};

static_assert([] {
  for (size_t i = 1; i < std::size(kMetas); ++i)
    if (std::string_view(kMetas[i - 1].name) >= std::string_view(kMetas[i].name)) return false;
  return true;
}());

}  // namespace

const KfuncMeta* find_kfunc_meta(std::string_view name) {
  auto it = std::lower_bound(std::begin(kMetas), std::end(kMetas), name,
                             [](const KfuncMeta& m, std::string_view n) { return std::string_view(m.name) < n; });
  return it != std::end(kMetas) && it->name == name ? &*it : nullptr;
}

bool kfunc_allowed_for(std::string_view name, ProgType t) {
  // register_btf_kfunc_id_set calls of 6.18 for sets that are not registered for every program type
  struct Restricted {
    const char* name;
    ProgType only;
  };
  static constexpr Restricted kRestricted[] = {
      // net/ipv4/bpf_tcp_ca.c: bpf_tcp_ca_kfunc_set, BPF_PROG_TYPE_STRUCT_OPS
      {"tcp_cong_avoid_ai", ProgType::StructOps}, {"tcp_reno_cong_avoid", ProgType::StructOps},
      {"tcp_reno_ssthresh", ProgType::StructOps}, {"tcp_reno_undo_cwnd", ProgType::StructOps},
      {"tcp_slow_start", ProgType::StructOps},
      // net/core/filter.c: bpf_kfunc_set_xdp, BPF_PROG_TYPE_XDP
      {"bpf_dynptr_from_xdp", ProgType::Xdp},
  };
  for (const Restricted& r : kRestricted)
    if (name == r.name) return t == r.only;
  return true;
}

}  // namespace bpfkit
