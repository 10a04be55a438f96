// Test runs of the tracing types the kernel does not test-run (it answers ENOTSUPP for kprobe, tracepoint,
// perf_event and LSM, and runs fentry/fexit only on its own bpf_fentry_test* functions): bpfkit runs them on a
// context the caller gives, so tracing code can be unit-tested in userspace.
//
// Every context is read-only, as the kernel's is_valid_access callbacks make it for these types:
//  - KPROBE: struct pt_regs (168 bytes on x86-64); a shorter ctx_in is zero-extended.
//  - PERF_EVENT: struct bpf_perf_event_data (pt_regs, sample_period, addr: 184 bytes); zero-extended.
//  - TRACEPOINT: the record as given (the common header included; tp_prog_is_valid_access keeps the program
//    from reading its first 8 bytes, which bpfkit does not enforce without a verifier).
//  - TRACING (tp_btf, fentry, fexit, fmod_ret, iter) and LSM: the u64 argument array, fexit's return value after
//    the arguments; at most MAX_BPF_FUNC_ARGS + 1 of them.
#include <fmt/format.h>

#include "attach/test_run_internal.h"
#include "support/ctx_layout.h"

namespace bpfkit::attach {

Expected<TestRunResult> test_run_tracing(const Program& prog, const TestRunTarget& target, HelperEnv& env,
                                         const TestRunOptions& opt) {
  const char* name = prog_type_name(target.type);
  if (!opt.data_in.empty() || opt.data_size_out || opt.ctx_size_out)
    return test_run_error(EINVAL, fmt::format("{} programs take only ctx_in (no data_in, data_out or ctx_out)",
                                              name ? name : "tracing"));
  std::vector<uint8_t> ctx = opt.ctx_in.value_or(std::vector<uint8_t>());
  size_t fixed = 0;  // the context's size when it is a fixed struct
  size_t max = 0;
  switch (target.type) {
    case ProgType::Kprobe: fixed = max = uapi::kPtRegsSize; break;
    case ProgType::PerfEvent: fixed = max = sizeof(uapi::PerfEventData); break;
    case ProgType::Tracepoint: max = 65535; break;  // a trace event record is at most a page in practice
    default: max = (uapi::kMaxBpfFuncArgs + 1) * 8; break;  // the arguments and a return value
  }
  if (ctx.size() > max)
    return test_run_error(EINVAL, fmt::format("ctx_size_in {} is above the {} bytes of a {} context", ctx.size(), max,
                                              name ? name : "tracing"));
  if (fixed != 0) ctx.resize(fixed, 0);
  if ((opt.flags & ~BPF_F_TEST_RUN_ON_CPU) != 0) return test_run_error(EINVAL, "unknown flags");
  Expected<RunOutcome> run = run_on_cpu_with_ctx(prog, env, opt, ctx, opt.repeat);
  if (!run) return std::move(run).error();
  TestRunResult res;
  res.retval = run->retval;
  res.duration_ns = run->duration;
  return res;
}

}  // namespace bpfkit::attach
