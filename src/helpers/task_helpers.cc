// The current task beyond its ids (kernel/trace/bpf_trace.c, kernel/bpf/helpers.c): bpf_get_current_task(_btf),
// bpf_get_ns_current_pid_tgid, bpf_get_attach_cookie, bpf_send_signal(_thread) and bpf_override_return.
//
// bpfkit acts on nothing outside the run: a signal or an overridden return value is recorded in the HelperEnv
// (HelperRequest, returned by test runs in TestRunResult::requests) and the helper returns what the kernel's would
// after doing it.
#include <sys/stat.h>

#include "helpers/internal.h"

namespace bpfkit::helpers {
namespace {

// The simulated task of HelperConfig::kernel_memory (tracing.h) when there is one, set into the run by
// HelperEnv::prepare; otherwise HelperConfig::current_task, an address nothing backs.
uint64_t get_current_task(RunContext& ctx, uint64_t, uint64_t, uint64_t, uint64_t, uint64_t) {
  if (ctx.current_task != 0) return ctx.current_task;
  HelperEnv* env = env_of(ctx);
  return env != nullptr ? env->config().current_task : 0;
}

// struct bpf_pidns_info { __u32 pid; __u32 tgid; }
constexpr uint32_t kPidnsInfoSize = 8;

// BPF_CALL_4(bpf_get_ns_current_pid_tgid, u64 dev, u64 ino, struct bpf_pidns_info *nsdata, u32 size): the ids
// of current in the pid namespace (dev, ino) names, which must be the task's own (ns_match); -EINVAL for a wrong
// size, a dev that is not a u32 dev_t, or another namespace, and then nsdata is cleared.
uint64_t get_ns_current_pid_tgid(RunContext& ctx, uint64_t dev, uint64_t ino, uint64_t nsdata, uint64_t r4,
                                 uint64_t) {
  HelperEnv* env = env_of(ctx);
  const uint32_t size = uint32_t(r4);
  if (env == nullptr || !need_write(ctx, nsdata, size, "R3 (nsdata)")) return 0;
  TaskIdentity t = current_identity(*env);
  if (env->config().use_host_identity) {
    struct stat st{};
    if (stat("/proc/self/ns/pid", &st) == 0) {
      t.pidns_dev = uint64_t(st.st_dev);
      t.pidns_ino = uint64_t(st.st_ino);
    }
  }
  const bool ok = size == kPidnsInfoSize && dev == uint64_t(uint32_t(dev)) && dev == t.pidns_dev &&
                  ino == t.pidns_ino;
  if (!ok) {
    if (size != 0) std::memset(ptr(nsdata), 0, size);
    return err(EINVAL);
  }
  const uint32_t ids[2] = {t.pid, t.tgid};
  std::memcpy(ptr(nsdata), ids, sizeof ids);
  return 0;
}

uint64_t get_attach_cookie(RunContext& ctx, uint64_t, uint64_t, uint64_t, uint64_t, uint64_t) {
  HelperEnv* env = env_of(ctx);
  return env != nullptr ? env->config().attach_cookie : 0;
}

constexpr uint32_t kNsig = 64;  // _NSIG on x86-64

// bpf_send_signal_common(): the init task (tgid 1) may not be signalled (-EPERM), a signal above _NSIG is -EINVAL
// (valid_signal, checked again by check_kill_permission), and signal 0 only checks that the signal could be sent.
uint64_t send_signal_common(RunContext& ctx, uint64_t r1, HelperRequest::Kind kind) {
  HelperEnv* env = env_of(ctx);
  if (env == nullptr) return 0;
  const uint32_t sig = uint32_t(r1);
  if (current_identity(*env).tgid == 1) return err(EPERM);
  if (sig > kNsig) return err(EINVAL);
  if (sig != 0) env->add_request(HelperRequest{kind, sig});
  return 0;
}

uint64_t send_signal(RunContext& ctx, uint64_t r1, uint64_t, uint64_t, uint64_t, uint64_t) {
  return send_signal_common(ctx, r1, HelperRequest::SendSignal);
}

uint64_t send_signal_thread(RunContext& ctx, uint64_t r1, uint64_t, uint64_t, uint64_t, uint64_t) {
  return send_signal_common(ctx, r1, HelperRequest::SendSignalThread);
}

// BPF_CALL_2(bpf_override_return, struct pt_regs *, regs, unsigned long, rc): the probed function returns rc at
// once. Recorded; always 0.
uint64_t override_return(RunContext& ctx, uint64_t, uint64_t rc, uint64_t, uint64_t, uint64_t) {
  HelperEnv* env = env_of(ctx);
  if (env != nullptr) env->add_request(HelperRequest{HelperRequest::OverrideReturn, rc});
  return 0;
}

}  // namespace

void add_task_helpers(HelperTable& t) {
  t.set(35, get_current_task, "bpf_get_current_task");
  t.set(58, override_return, "bpf_override_return");
  t.set(109, send_signal, "bpf_send_signal");
  t.set(117, send_signal_thread, "bpf_send_signal_thread");
  t.set(120, get_ns_current_pid_tgid, "bpf_get_ns_current_pid_tgid");
  t.set(158, get_current_task, "bpf_get_current_task_btf");
  t.set(174, get_attach_cookie, "bpf_get_attach_cookie");
}

}  // namespace bpfkit::helpers
