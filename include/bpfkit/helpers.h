// The kernel's BPF helper functions, run in userspace against bpfkit's maps.
//
// How a program refers to a map: as the kernel's loader does, a map reference (LD_IMM64 src=1) becomes the address
// of the map object, here the bpfkit::Map*, and a map value reference (src=2) becomes the address of the value plus
// the offset. bind_map() patches an LD_IMM64 that way. Helpers never trust that pointer: each run carries a
// HelperEnv (through RunContext::user) holding the maps the program may use, and a pointer that is not one of
// them stops the program ("R1 is not a map").
//
// Memory: helpers read and write program memory only where the program itself may (RunContext regions and
// hand-outs, or the stacks of the active frames, RunContext::active_stack()), so a bad pointer in a helper argument
// can never crash the host. Probe helpers (bpf_probe_read*) keep the kernel's two address spaces apart: "kernel
// memory" is what the runtime knows (regions, hand-outs, stacks), and "user memory" is the current task's, by default this host process's own
// address space, read without faulting (HelperConfig::read_user_memory).
//
// Packet helpers (xdp_*, skb_*, csum replace) find the packet through RunContext::program_context, which test_run()
// sets; called without one they stop the program.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "bpfkit/fib.h"
#include "bpfkit/insn.h"
#include "bpfkit/map.h"
#include "bpfkit/prog_type.h"
#include "bpfkit/vm.h"

namespace bpfkit {

class KernelMemory;  // tracing.h

// Who "current" is for bpf_get_current_pid_tgid / uid_gid / comm.
struct TaskIdentity {
  uint32_t pid = 0;   // the thread id (the kernel's task->pid)
  uint32_t tgid = 0;  // the process id
  uint32_t uid = 0;
  uint32_t gid = 0;
  std::string comm;   // at most 15 bytes are used (TASK_COMM_LEN 16 with the NUL)
  // The task's pid namespace as stat(2) of /proc/self/ns/pid shows it (st_dev, st_ino), for
  // bpf_get_ns_current_pid_tgid; pid and tgid above are the ids in that namespace.
  uint64_t pidns_dev = 0;
  uint64_t pidns_ino = 0;
};

// The address bpf_get_current_task(_btf) returns unless HelperConfig::current_task says otherwise: a canonical
// kernel address (in x86-64's direct map) that nothing backs, so bpf_probe_read_kernel from it is -EFAULT, as a
// read from an unmapped kernel address is.
inline constexpr uint64_t kFakeCurrentTask = 0xffff888000c0ffe0ull;

// What a helper asked for that bpfkit records instead of doing: a signal to the current task (bpf_send_signal,
// bpf_send_signal_thread) or a kprobed function's return value (bpf_override_return). Test runs return them in
// TestRunResult::requests.
struct HelperRequest {
  enum Kind : uint8_t { SendSignal, SendSignalThread, OverrideReturn };
  Kind kind = SendSignal;
  uint64_t value = 0;  // the signal number, or the return value
  bool operator==(const HelperRequest&) const = default;
};

struct HelperConfig {
  // true: the calling host thread's ids (gettid, getpid, getuid, getgid) and comm are read at each call;
  // false: identity is used.
  bool use_host_identity = true;
  TaskIdentity identity;

  // CONFIG_HZ for bpf_jiffies64. The kernel's jiffies start at INITIAL_JIFFIES (-300 s worth, wrapping at 32 bits
  // on purpose); we derive jiffies64 = CLOCK_MONOTONIC * hz, which has the same rate but not the same origin. 250
  // is Debian's CONFIG_HZ.
  uint32_t hz = 250;

  // bpf_get_numa_node_id.
  uint32_t numa_node = 0;

  // The current task's kernel address, for bpf_get_current_task and bpf_get_current_task_btf (the one hook a
  // simulated task image hangs on).
  uint64_t current_task = kFakeCurrentTask;

  // bpf_get_attach_cookie: the cookie of the link the program runs from (0 in test runs, as in the kernel).
  uint64_t attach_cookie = 0;

  // The network namespace bpf_fib_lookup looks routes up in (fib.h); unset: an empty namespace.
  std::shared_ptr<const FibTable> fib;

  // Seed for bpf_get_prandom_u32 (0: seeded from the clock). One generator per HelperEnv.
  uint64_t prandom_seed = 0;

  // Where bpf_trace_printk output goes (one call, one line without the trailing newline handling of the trace
  // pipe: the formatted text exactly). Default: dropped.
  std::function<void(std::string_view)> trace_sink;

  // For bpf_perf_event_output with BPF_F_CTXLEN_MASK: copies ctx_len bytes of the program context (skb or xdp
  // packet data) into out, returning 0 or -errno (the kernel's -EFAULT when ctx_len exceeds the packet). Unset, as
  // for tracing programs, a nonzero ctx length in the flags gives -EINVAL.
  std::function<long(RunContext& ctx, uint64_t ctx_ptr, uint64_t ctx_len, std::vector<uint8_t>& out)> perf_ctx_copy;

  // bpf_tail_call: HelperEnv::prepare() installs this in each RunContext that has no resolver of its own (see
  // prog_array_resolver()). Unset, a tail call stops the run.
  TailCallResolver tail_call_resolver;

  // The current task's user memory for bpf_probe_read_user*(and bpf_probe_read* below TASK_SIZE): copies n bytes
  // at addr into dst, returning false if any of them is unmapped (the kernel's -EFAULT). Unset: this host process's
  // own memory, through process_vm_readv(2), which reports unmapped pages instead of faulting.
  std::function<bool(uint64_t addr, void* dst, size_t n)> read_user_memory;

  // The call stacks bpf_get_stackid and bpf_get_stack walk, innermost frame first: kernel_stack, or user_stack with
  // BPF_F_USER_STACK. bpfkit runs no kernel code, so both are simulated and empty unless set; with an empty stack
  // bpf_get_stackid gives -EFAULT and bpf_get_stack 0 bytes, as the kernel does when its walk finds no frame.
  std::vector<uint64_t> kernel_stack;
  std::vector<uint64_t> user_stack;
  // The simulated kernel's objects (tracing.h): prepare() makes them readable kernel memory in every context and
  // sets RunContext::current_task to their current task. Unset: no kernel objects, no current task_struct.
  std::shared_ptr<KernelMemory> kernel_memory;
};

// The per-run environment of the standard helpers. Set it up once, then call prepare() for each RunContext.
class HelperEnv {
 public:
  explicit HelperEnv(HelperConfig config = {});
  ~HelperEnv();
  HelperEnv(const HelperEnv&) = delete;
  HelperEnv& operator=(const HelperEnv&) = delete;

  HelperConfig& config() { return config_; }
  const HelperConfig& config() const { return config_; }

  // The maps the program uses (the kernel's used_maps). The maps must outlive the env. Add them before runs start
  // (maps() is not safe against a concurrent add_map; map-in-map lookups add inner maps during runs).
  void add_map(Map* map);
  bool has_map(const void* ptr) const;
  std::span<Map* const> maps() const { return maps_; }

  // Sets ctx.user = this and hands out (persistently, see HandOut) the direct values of the array maps, which a
  // program reaches without a helper (bind_map with value = true). Other map memory becomes reachable only through
  // the helpers that return a value pointer, one value at a time. Call before each run on a fresh or reused
  // context. One env may serve several
  // contexts, also from several threads (prepare and refresh lock the env).
  void prepare(RunContext& ctx);
  // Calls prepare() again if a map grew (regions_version() changed) since the env last prepared. (Since values are
  // handed out one by one, growth no longer matters to the program; kept for callers.)
  void refresh_regions(RunContext& ctx);

  // How bpf_tail_call finds programs (an object loader knows its prog arrays' programs). prepare() installs it in
  // every context it prepares, unless the context already has its own.
  void set_tail_call_resolver(TailCallResolver resolver) { tail_call_resolver_ = std::move(resolver); }

  // The env of a context prepared by prepare() (nullptr if none).
  static HelperEnv* from(RunContext& ctx);

  // The requests helpers recorded (HelperRequest) since the last call, oldest first; the list is emptied.
  std::vector<HelperRequest> take_requests();
  void add_request(HelperRequest r);

  // Internal state the helpers share (random generator, held spin locks); defined in src/helpers/.
  struct State;
  State& state() { return *state_; }

 private:
  HelperConfig config_;
  TailCallResolver tail_call_resolver_;
  std::vector<Map*> maps_;
  std::vector<uint64_t> versions_;  // regions_version() of each map when last registered
  State* state_;
};

// The table of every helper implemented here, by kernel id: maps, time, the current task (ids, task address, pid
// namespace, signals and override_return recorded as HelperRequests), probes, printk/vprintk, ring buffers,
// csum_diff and spin locks, the packet helpers (xdp_*, skb_*, l3/l4_csum_replace, skb_adjust_room, tunnel keys,
// socket cookie, fib_lookup; they need a test-run context, see test_run.h), bpf_loop and bpf_for_each_map_elem, and
// an entry for bpf_tail_call (which the engine executes itself).
HelperTable standard_helpers();
// The standard helpers this program type may call (prog_type_has_helper, helper_protos.h): the runtime's helper set
// follows the kernel's func_proto, so a program cannot reach a helper the kernel would refuse it. ProgType::Unspec
// (raw mode) gets the base set, the helpers that need no program context.
HelperTable standard_helpers(ProgType type);

// The usual tail-call resolver: R2 must be one of the env's PROG_ARRAY maps (else the run stops), and the slot's
// handle (whatever userspace stored, e.g. an index into a program table) becomes a program through programs();
// nullptr there, or an empty slot or index, means the call falls through.
TailCallResolver prog_array_resolver(std::function<const Program*(uint32_t handle)> programs);

// Patches the LD_IMM64 at prog[idx] (its two slots) to load map (src=1: the Map* itself) or the address of the
// map's first value + off (value = true, src=2: arrays with one value, e.g. global data). Returns false if prog[idx]
// is not an LD_IMM64 or the map has no such value.
bool bind_map(std::span<Insn> prog, size_t idx, Map* map, bool value = false, uint32_t off = 0);

}  // namespace bpfkit
