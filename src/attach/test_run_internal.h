// Shared pieces of the test-run implementations (net/bpf/test_run.c): input checks, the run loop and the output
// conventions of bpf_test_finish() / bpf_ctx_finish().
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "bpfkit/test_run.h"

namespace bpfkit::attach {

Error test_run_error(int err, std::string message);

// bpf_ctx_init(): nullopt when the caller gave neither ctx_in nor a ctx_out buffer; else max_size bytes, ctx_in
// copied in (zero-extended). A ctx_in longer than max_size must be zero past it (bpf_check_uarg_tail_zero: -E2BIG),
// and at most a page.
Expected<std::optional<std::vector<uint8_t>>> ctx_init(const TestRunOptions& opt, size_t max_size);

// Whether the caller has a ctx_out buffer, as the kernel sees it: an explicit ctx_size_out, or (bpfkit's
// convenience) a ctx_in, whose output then has no size limit.
inline bool wants_ctx_out(const TestRunOptions& opt) { return opt.ctx_size_out.has_value() || opt.ctx_in.has_value(); }

// bpf_test_finish(): sets data_out, data_size_out, retval and err (-ENOSPC when data_size_out, if nonzero, is
// smaller than the data). frags are the xdp fragments after the linear part; when the buffer cannot hold even
// them the kernel copies nothing and reports only -ENOSPC: returns false then.
bool finish_data(const TestRunOptions& opt, TestRunResult& res, std::span<const uint8_t> linear,
                 std::span<const std::span<const uint8_t>> frags, uint32_t retval, uint64_t duration);

// bpf_ctx_finish(): ctx_out truncated to ctx_size_out (err -ENOSPC).
void finish_ctx(const TestRunOptions& opt, TestRunResult& res, std::span<const uint8_t> ctx);

// Runs prog repeat times (0 means 1) on rc, as bpf_test_run() does: the same context every time, so changes to
// the packet and the context carry over from one run to the next. retval is the low 32 bits of R0; duration the
// mean in ns (clamped to U32_MAX as the kernel's u32).
struct RunOutcome {
  uint32_t retval = 0;
  uint64_t duration = 0;
};
Expected<RunOutcome> run_repeat(const Program& prog, RunContext& rc, uint32_t repeat);

// The types whose context is read-only bytes the caller gives (raw_tp, the tracing types): the
// BPF_F_TEST_RUN_ON_CPU checks (EINVAL, ENXIO), then repeat runs on that CPU with R1 = the context (NULL if empty).
Expected<RunOutcome> run_on_cpu_with_ctx(const Program& prog, HelperEnv& env, const TestRunOptions& opt,
                                         std::span<uint8_t> ctx, uint32_t repeat);

struct RedirectInfo;
// The redirect a run's verdict acts on: set when retval is XDP_REDIRECT (xdp) or TC_ACT_REDIRECT (skb) and a
// redirect helper ran.
std::optional<RedirectTarget> redirect_target(const RedirectInfo& ri, bool xdp, uint32_t retval);

// A network device of the current network namespace (dev_get_by_index), from sysfs.
struct NetDevice {
  uint32_t ifindex = 0;
  uint32_t real_num_rx_queues = 1;
  uint8_t dev_addr[6] = {};
  uint8_t broadcast[6] = {};
};
std::optional<NetDevice> dev_get_by_index(uint32_t ifindex);
NetDevice loopback_dev();

Expected<TestRunResult> test_run_xdp(const Program& prog, const TestRunTarget& target, HelperEnv& env,
                                     const TestRunOptions& opt);
Expected<TestRunResult> test_run_skb(const Program& prog, const TestRunTarget& target, HelperEnv& env,
                                     const TestRunOptions& opt);
Expected<TestRunResult> test_run_syscall(const Program& prog, HelperEnv& env, const TestRunOptions& opt);
Expected<TestRunResult> test_run_raw_tp(const Program& prog, HelperEnv& env, const TestRunOptions& opt);
// KPROBE, TRACEPOINT, PERF_EVENT, TRACING and LSM (tracing_test_run.cc).
Expected<TestRunResult> test_run_tracing(const Program& prog, const TestRunTarget& target, HelperEnv& env,
                                         const TestRunOptions& opt);

}  // namespace bpfkit::attach
