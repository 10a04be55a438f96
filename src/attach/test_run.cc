// BPF_PROG_TEST_RUN: the syscall's common checks, the dispatch by program type (bpf_prog_test_run() in
// kernel/bpf/syscall.c and each type's test_run op) and the output conventions of net/bpf/test_run.c.
#include <net/if.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <climits>
#include <cstring>
#include <fstream>
#include <string>

#include <fmt/format.h>

#include "attach/packet_context.h"
#include "attach/test_run_internal.h"
#include "bpfkit/map.h"

namespace bpfkit {
namespace attach {

Error test_run_error(int err, std::string message) {
  return make_error("test_run: " + std::move(message)).with_errno(err);
}

Expected<std::optional<std::vector<uint8_t>>> ctx_init(const TestRunOptions& opt, size_t max_size) {
  if (!wants_ctx_out(opt)) return std::optional<std::vector<uint8_t>>();
  std::vector<uint8_t> ctx(max_size, 0);
  if (opt.ctx_in) {
    const std::vector<uint8_t>& in = *opt.ctx_in;
    if (in.size() > kPageSize) return test_run_error(E2BIG, fmt::format("ctx_size_in {} is above a page", in.size()));
    if (in.size() > max_size && std::any_of(in.begin() + long(max_size), in.end(), [](uint8_t b) { return b != 0; }))
      return test_run_error(E2BIG, fmt::format("ctx_in has nonzero bytes past the {} bytes of the context", max_size));
    std::copy_n(in.begin(), std::min(in.size(), max_size), ctx.begin());
  }
  return std::optional<std::vector<uint8_t>>(std::move(ctx));
}

bool finish_data(const TestRunOptions& opt, TestRunResult& res, std::span<const uint8_t> linear,
                 std::span<const std::span<const uint8_t>> frags, uint32_t retval, uint64_t duration) {
  uint32_t frags_size = 0;
  for (const auto& f : frags) frags_size += uint32_t(f.size());
  const uint32_t size = uint32_t(linear.size()) + frags_size;
  uint32_t copy_size = size;
  int err = 0;
  if (opt.data_size_out && *opt.data_size_out != 0 && copy_size > *opt.data_size_out) {
    copy_size = *opt.data_size_out;
    err = -ENOSPC;
  }
  if (frags_size > copy_size) {
    // The kernel bails out before writing data_size_out, retval or duration.
    res.err = -ENOSPC;
    return false;
  }
  // As the kernel does it: copy_size - frags_size bytes of the linear part (fewer than it has when truncated),
  // then the fragments up to copy_size.
  const uint32_t len = copy_size - frags_size;
  res.data_out.assign(linear.begin(), linear.begin() + len);
  uint32_t offset = len;
  for (const auto& f : frags) {
    if (offset >= copy_size) {
      err = -ENOSPC;
      break;
    }
    const uint32_t n = std::min<uint32_t>(copy_size - offset, uint32_t(f.size()));
    res.data_out.insert(res.data_out.end(), f.begin(), f.begin() + n);
    offset += n;
  }
  res.data_size_out = size;
  res.retval = retval;
  res.duration_ns = duration;
  res.err = err;
  return true;
}

void finish_ctx(const TestRunOptions& opt, TestRunResult& res, std::span<const uint8_t> ctx) {
  size_t copy_size = ctx.size();
  if (opt.ctx_size_out && copy_size > *opt.ctx_size_out) {
    copy_size = *opt.ctx_size_out;
    res.err = -ENOSPC;
  }
  res.ctx_out.assign(ctx.begin(), ctx.begin() + long(copy_size));
  res.ctx_size_out = uint32_t(ctx.size());
}

Expected<RunOutcome> run_repeat(const Program& prog, RunContext& rc, uint32_t repeat) {
  if (repeat == 0) repeat = 1;
  RunOutcome out;
  const auto start = std::chrono::steady_clock::now();
  for (uint32_t i = 0; i < repeat; ++i) {
    rc.reset_failure();
    Expected<uint64_t> r0 = prog.run(rc);
    if (!r0) return std::move(r0).error();
    out.retval = uint32_t(*r0);
  }
  const auto ns = std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now() - start);
  out.duration = std::min<uint64_t>(uint64_t(ns.count()) / repeat, UINT32_MAX);
  return out;
}

namespace {

bool parse_mac(const std::string& text, uint8_t out[6]) {
  unsigned b[6];
  if (std::sscanf(text.c_str(), "%x:%x:%x:%x:%x:%x", &b[0], &b[1], &b[2], &b[3], &b[4], &b[5]) != 6) return false;
  for (int i = 0; i < 6; ++i) out[i] = uint8_t(b[i]);
  return true;
}

std::string read_line(const std::string& path) {
  std::ifstream f(path);
  std::string line;
  std::getline(f, line);
  return line;
}

}  // namespace

std::optional<RedirectTarget> redirect_target(const RedirectInfo& ri, bool xdp, uint32_t retval) {
  constexpr uint32_t XDP_REDIRECT = 4, TC_ACT_REDIRECT = 7;
  if (!ri.set || retval != (xdp ? XDP_REDIRECT : TC_ACT_REDIRECT)) return std::nullopt;
  RedirectTarget t;
  t.flags = ri.flags;
  if (xdp && ri.map_type != MapType::Unspec && ri.map != nullptr) {
    t.kind = RedirectTarget::Kind::Map;
    t.map_name = ri.map->name();
    t.map_type = ri.map_type;
    t.key = ri.tgt_index;
  } else {
    t.ifindex = ri.tgt_index;
  }
  return t;
}

std::optional<NetDevice> dev_get_by_index(uint32_t ifindex) {
  char name[IF_NAMESIZE] = {};
  if (ifindex == 0 || if_indextoname(ifindex, name) == nullptr) return std::nullopt;
  NetDevice dev;
  dev.ifindex = ifindex;
  const std::string base = fmt::format("/sys/class/net/{}/", name);
  parse_mac(read_line(base + "address"), dev.dev_addr);
  parse_mac(read_line(base + "broadcast"), dev.broadcast);
  // real_num_rx_queues: the rx-N directories sysfs shows.
  uint32_t queues = 0;
  while (std::ifstream(fmt::format("{}queues/rx-{}/rps_cpus", base, queues)).good() ||
         std::ifstream(fmt::format("{}queues/rx-{}/rps_flow_cnt", base, queues)).good())
    ++queues;
  dev.real_num_rx_queues = std::max<uint32_t>(queues, 1);
  return dev;
}

NetDevice loopback_dev() {
  // Read once per process: every test run needs it, and sysfs costs more than a run (a capture replay does one
  // run per packet). The loopback device's index, addresses and queues do not change under a running process.
  static const NetDevice cached = [] {
    const unsigned lo = if_nametoindex("lo");
    if (auto dev = dev_get_by_index(lo != 0 ? lo : 1)) return *dev;
    NetDevice dev;  // no sysfs: the loopback device every namespace has, ifindex 1, all-zero addresses
    dev.ifindex = 1;
    return dev;
  }();
  return cached;
}

Expected<TestRunResult> test_run_syscall(const Program& prog, HelperEnv& env, const TestRunOptions& opt) {
  // bpf_prog_test_run_syscall(): no data, no ctx_out (the context is copied back into ctx_in), no repeat or flags.
  if (!opt.data_in.empty() || opt.data_size_out || opt.ctx_size_out || opt.repeat > 1 || opt.flags != 0)
    return test_run_error(EINVAL, "syscall programs take only ctx_in (no data, ctx_out, repeat or flags)");
  std::vector<uint8_t> ctx = opt.ctx_in.value_or(std::vector<uint8_t>());
  if (ctx.size() > UINT16_MAX)
    return test_run_error(EINVAL, fmt::format("ctx_size_in {} is above U16_MAX", ctx.size()));
  RunContext rc;
  rc.loop_limit = opt.loop_limit;
  if (!ctx.empty()) rc.add_region(MemoryRegion{ctx.data(), ctx.size(), true});
  env.prepare(rc);
  rc.args[0] = ctx.empty() ? 0 : uint64_t(reinterpret_cast<uintptr_t>(ctx.data()));
  Expected<RunOutcome> run = run_repeat(prog, rc, 1);
  if (!run) return std::move(run).error();
  TestRunResult res;
  res.retval = run->retval;
  res.ctx_size_out = uint32_t(ctx.size());
  res.ctx_out = std::move(ctx);
  return res;
}

Expected<RunOutcome> run_on_cpu_with_ctx(const Program& prog, HelperEnv& env, const TestRunOptions& opt,
                                         std::span<uint8_t> ctx, uint32_t repeat) {
  const bool on_cpu = (opt.flags & BPF_F_TEST_RUN_ON_CPU) != 0;
  if (!on_cpu && opt.cpu != 0) return test_run_error(EINVAL, "cpu set without BPF_F_TEST_RUN_ON_CPU");
  if (on_cpu && opt.cpu >= num_possible_cpus())
    return test_run_error(ENXIO, fmt::format("cpu {} is not online", opt.cpu));
  std::optional<CpuScope> cpu;
  if (on_cpu) cpu.emplace(opt.cpu);
  RunContext rc;
  rc.loop_limit = opt.loop_limit;
  if (!ctx.empty()) rc.add_region(MemoryRegion{ctx.data(), ctx.size(), false});  // the arguments are read-only
  env.prepare(rc);
  rc.args[0] = ctx.empty() ? 0 : uint64_t(reinterpret_cast<uintptr_t>(ctx.data()));
  return run_repeat(prog, rc, repeat);
}

Expected<TestRunResult> test_run_raw_tp(const Program& prog, HelperEnv& env, const TestRunOptions& opt) {
  // bpf_prog_test_run_raw_tp(): ctx_in only, at most MAX_BPF_FUNC_ARGS u64 arguments, once.
  constexpr size_t kMaxArgs = uapi::kMaxBpfFuncArgs;
  if (!opt.data_in.empty() || opt.data_size_out || opt.ctx_size_out || opt.repeat > 1)
    return test_run_error(EINVAL, "raw tracepoint programs take only ctx_in (no data, ctx_out or repeat)");
  std::vector<uint8_t> ctx = opt.ctx_in.value_or(std::vector<uint8_t>());
  if (ctx.size() > kMaxArgs * 8)
    return test_run_error(EINVAL, fmt::format("ctx_size_in {} is above {} u64 arguments", ctx.size(), kMaxArgs));
  Expected<RunOutcome> run = run_on_cpu_with_ctx(prog, env, opt, ctx, 1);
  if (!run) return std::move(run).error();
  TestRunResult res;
  res.retval = run->retval;
  return res;
}

}  // namespace attach

namespace {

Expected<TestRunResult> dispatch(const Program& prog, const TestRunTarget& target, HelperEnv& env,
                                 const TestRunOptions& options) {
  // bpf_prog_test_run(): a size without a pointer, or a pointer without a size, is -EINVAL.
  if (options.ctx_in && options.ctx_in->empty())
    return attach::test_run_error(EINVAL, "ctx_in is empty (ctx_size_in 0 with a ctx_in pointer)");
  if (options.ctx_size_out && *options.ctx_size_out == 0)
    return attach::test_run_error(EINVAL, "ctx_size_out is 0 with a ctx_out buffer");
  switch (target.type) {
    case ProgType::Xdp:
      return attach::test_run_xdp(prog, target, env, options);
    case ProgType::SocketFilter:
    case ProgType::SchedCls:
    case ProgType::SchedAct:
    case ProgType::CgroupSkb:
    case ProgType::LwtIn:
    case ProgType::LwtOut:
    case ProgType::LwtXmit:
      return attach::test_run_skb(prog, target, env, options);
    case ProgType::Syscall:
      return attach::test_run_syscall(prog, env, options);
    case ProgType::RawTracepoint:
      return attach::test_run_raw_tp(prog, env, options);
    case ProgType::Kprobe:
    case ProgType::Tracepoint:
    case ProgType::PerfEvent:
    case ProgType::Tracing:
    case ProgType::Lsm:
      return attach::test_run_tracing(prog, target, env, options);
    case ProgType::FlowDissector:
    case ProgType::SkLookup:
    case ProgType::StructOps:
    case ProgType::Netfilter: {
      const char* name = prog_type_name(target.type);
      return attach::test_run_error(
          ENOTSUPP_KERNEL, fmt::format("test-run of {} programs is not implemented in bpfkit", name ? name : "?"));
    }
    default: {
      // The kernel's answer for a type without a test_run op.
      const char* name = prog_type_name(target.type);
      return attach::test_run_error(ENOTSUPP_KERNEL,
                                    fmt::format("program type {} has no test run", name ? name : "?"));
    }
  }
}

}  // namespace

Expected<TestRunResult> test_run(const Program& prog, const TestRunTarget& target, HelperEnv& env,
                                 const TestRunOptions& options) {
  env.take_requests();  // a request of an earlier, failed run is not this run's
  Expected<TestRunResult> res = dispatch(prog, target, env, options);
  if (res) res->requests = env.take_requests();
  return res;
}

}  // namespace bpfkit
