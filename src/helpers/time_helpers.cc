// Clocks, CPU/NUMA ids, random numbers and the current task's identity.
#include <sys/prctl.h>
#include <time.h>
#include <unistd.h>

#include <algorithm>

#include "helpers/internal.h"

namespace bpfkit::helpers {
namespace {

uint64_t clock_ns(clockid_t id) {
  timespec ts{};
  clock_gettime(id, &ts);
  return uint64_t(ts.tv_sec) * 1000000000ULL + uint64_t(ts.tv_nsec);
}

uint64_t ktime_get_ns(RunContext&, uint64_t, uint64_t, uint64_t, uint64_t, uint64_t) {
  return clock_ns(CLOCK_MONOTONIC);
}
uint64_t ktime_get_boot_ns(RunContext&, uint64_t, uint64_t, uint64_t, uint64_t, uint64_t) {
  return clock_ns(CLOCK_BOOTTIME);
}
uint64_t ktime_get_tai_ns(RunContext&, uint64_t, uint64_t, uint64_t, uint64_t, uint64_t) {
  return clock_ns(CLOCK_TAI);
}
uint64_t ktime_get_coarse_ns(RunContext&, uint64_t, uint64_t, uint64_t, uint64_t, uint64_t) {
  return clock_ns(CLOCK_MONOTONIC_COARSE);
}

// jiffies64 = monotonic time in units of 1/HZ s (see HelperConfig::hz for how this differs from the kernel's
// origin).
uint64_t jiffies64(RunContext& ctx, uint64_t, uint64_t, uint64_t, uint64_t, uint64_t) {
  HelperEnv* env = env_of(ctx);
  if (env == nullptr) return 0;
  const unsigned __int128 ns = clock_ns(CLOCK_MONOTONIC);
  return uint64_t(ns * env->config().hz / 1000000000U);
}

uint64_t get_prandom_u32(RunContext& ctx, uint64_t, uint64_t, uint64_t, uint64_t, uint64_t) {
  HelperEnv* env = env_of(ctx);
  if (env == nullptr) return 0;
  std::lock_guard lock(env->state().rng_mu);
  return uint32_t(env->state().rng() >> 32);
}

uint64_t get_smp_processor_id(RunContext&, uint64_t, uint64_t, uint64_t, uint64_t, uint64_t) { return this_cpu(); }

uint64_t get_numa_node_id(RunContext& ctx, uint64_t, uint64_t, uint64_t, uint64_t, uint64_t) {
  HelperEnv* env = env_of(ctx);
  return env != nullptr ? env->config().numa_node : 0;
}

uint64_t get_current_pid_tgid(RunContext& ctx, uint64_t, uint64_t, uint64_t, uint64_t, uint64_t) {
  HelperEnv* env = env_of(ctx);
  if (env == nullptr) return 0;
  const TaskIdentity t = current_identity(*env);
  return uint64_t(t.tgid) << 32 | t.pid;
}

uint64_t get_current_uid_gid(RunContext& ctx, uint64_t, uint64_t, uint64_t, uint64_t, uint64_t) {
  HelperEnv* env = env_of(ctx);
  if (env == nullptr) return 0;
  const TaskIdentity t = current_identity(*env);
  return uint64_t(t.gid) << 32 | t.uid;
}

// strscpy_pad(buf, comm, size): at most size - 1 bytes of the name, a NUL, zeros up to size. Returns 0.
uint64_t get_current_comm(RunContext& ctx, uint64_t buf, uint64_t size, uint64_t, uint64_t, uint64_t) {
  HelperEnv* env = env_of(ctx);
  const uint32_t n = uint32_t(size);  // u32 in the kernel's prototype
  if (env == nullptr || !need_write(ctx, buf, n, "R1 (buf)")) return 0;
  if (n == 0) return 0;  // the verifier refuses size 0; nothing to write
  std::string comm = current_identity(*env).comm;
  if (comm.size() > 15) comm.resize(15);  // TASK_COMM_LEN - 1
  uint8_t* out = ptr(buf);
  std::memset(out, 0, n);
  std::memcpy(out, comm.data(), std::min<size_t>(comm.size(), n - 1));
  return 0;
}

}  // namespace

TaskIdentity current_identity(const HelperEnv& env) {
  if (!env.config().use_host_identity) return env.config().identity;
  TaskIdentity t;
  t.pid = uint32_t(gettid());
  t.tgid = uint32_t(getpid());
  t.uid = uint32_t(getuid());  // current_uid(): the real uid
  t.gid = uint32_t(getgid());
  char name[17] = {};
  prctl(PR_GET_NAME, name, 0, 0, 0);
  t.comm = name;
  return t;  // pidns_dev/ino: only bpf_get_ns_current_pid_tgid needs them, and reads them itself
}

void add_time_helpers(HelperTable& t) {
  t.set(5, ktime_get_ns, "bpf_ktime_get_ns");
  t.set(7, get_prandom_u32, "bpf_get_prandom_u32");
  t.set(8, get_smp_processor_id, "bpf_get_smp_processor_id");
  t.set(14, get_current_pid_tgid, "bpf_get_current_pid_tgid");
  t.set(15, get_current_uid_gid, "bpf_get_current_uid_gid");
  t.set(16, get_current_comm, "bpf_get_current_comm");
  t.set(42, get_numa_node_id, "bpf_get_numa_node_id");
  t.set(118, jiffies64, "bpf_jiffies64");
  t.set(125, ktime_get_boot_ns, "bpf_ktime_get_boot_ns");
  t.set(160, ktime_get_coarse_ns, "bpf_ktime_get_coarse_ns");
  t.set(208, ktime_get_tai_ns, "bpf_ktime_get_tai_ns");
}

}  // namespace bpfkit::helpers
