// Attaching programs loaded into the kernel to their events, by section name (as libbpf's auto-attach) or explicitly.
//
// Every attachment is a BPF link or a perf event fd owned by a KernelLink: it goes away when the link is destroyed
// or the process dies. kprobes and uprobes are perf events of the kprobe/uprobe PMU (perf_event_open with the PMU
// type from sysfs), never text written to tracefs's kprobe_events, so a crash leaves nothing behind.
//
// Section names understood (libbpf's spelling):
//   kprobe/FUNC[+OFF]  kretprobe/FUNC  ksyscall/NAME  kretsyscall/NAME
//   uprobe/PATH:SYMBOL[+OFF]  uretprobe/PATH:SYMBOL  (uprobe.s/, uretprobe.s/ too)
//   tracepoint/CAT/NAME  tp/CAT/NAME  raw_tp/NAME  raw_tracepoint/NAME[.w]  tp_btf/NAME
//   fentry/FUNC  fexit/FUNC  fmod_ret/FUNC  lsm/HOOK  (and their .s variants)
//   freplace/FUNC  (loaded with its target program: KernelLoadOptions::attach_prog_fds)
//   xdp  tcx/ingress  tcx/egress  tc/ingress  tc/egress  tc  classifier  socket   (these need AttachOptions::ifname)
//
// tc programs go where libbpf's section table sends them: tcx/* and tc/* (libbpf's alias for tcx) to a tcx link;
// SEC("tc") and SEC("classifier") to a legacy cls_bpf filter in direct-action mode on a clsact qdisc, added through
// rtnetlink as bpf_tc_hook_create + bpf_tc_attach do (ingress unless the target says "egress"). tc/ingress and
// tc/egress fall back to the legacy filter on a kernel without tcx (before 6.6: BPF_LINK_CREATE says EINVAL).
// A legacy filter is no BPF link and outlives its process: the TcFilter a KernelLink owns removes it (and the
// clsact qdisc, when it made that and nothing else uses it) when destroyed; TcGuard removes it when the process dies
// without running destructors (SIGKILL).
//
// Attach fallback chains: programs named STEM__ALT (a double underscore) form the chain STEM, tried best method
// first (fentry/fexit/tp_btf/lsm, then kprobes and uprobes, then tracepoints and raw tracepoints; object order among
// equals); attach_first() takes the first alternative this kernel loads and attaches, and says which one it took and
// why the earlier ones failed (see docs/cli.md, `bpfkit load`).
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "bpfkit/error.h"
#include "bpfkit/kernel.h"
#include "bpfkit/kernel_sys.h"
#include "bpfkit/object.h"

namespace bpfkit::kernel {

// Where a legacy tc filter is: enough to find it again, and to tell it from a filter someone else put in its place.
struct TcFilterId {
  int ifindex = 0;
  bool ingress = true;
  uint32_t handle = 0;     // cls_bpf's handle (the kernel picks one when asked for 0)
  uint32_t priority = 0;   // the filter's preference (likewise)
  uint32_t prog_id = 0;    // the program it runs
  bool created_qdisc = false;  // the clsact qdisc was made for it (and goes when no filter is left on it)
};

// A legacy tc filter this process put on an interface. Move-only; destroying it removes the filter, if it is still
// there with the same program (so never somebody else's), then the clsact qdisc if created_qdisc and it holds no
// filter any more. keep() leaves the filter in place instead (a pinned attachment).
class TcFilter {
 public:
  explicit TcFilter(TcFilterId id) : id_(id) {}
  ~TcFilter();
  TcFilter(const TcFilter&) = delete;
  TcFilter& operator=(const TcFilter&) = delete;

  const TcFilterId& id() const { return id_; }
  bool owned() const { return owned_; }
  void keep() { owned_ = false; }
  // Removes it now (as the destructor does), with the error, if any.
  Expected<void> remove();

 private:
  TcFilterId id_;
  bool owned_ = true;
};

// One attachment. Move-only; destroying it detaches.
class KernelLink {
 public:
  KernelLink() = default;
  KernelLink(KernelLink&&) = default;
  KernelLink& operator=(KernelLink&&) = default;

  std::string program;  // the program's name
  std::string method;   // kprobe, kretprobe, uprobe, uretprobe, tracepoint, raw_tracepoint, tracing, xdp, tcx, tc,
                        // socket
  std::string target;   // what it is attached to: "sched/sched_process_exec", "/bin/true:main+0x0 (0x1040)", "lo"
  uint32_t link_id = 0; // the kernel's BPF link id; 0 for an attachment without a BPF link (perf ioctl, socket)
  uint32_t prog_id = 0;
  Fd link;              // the BPF link, or -1
  Fd perf_event;        // the perf event (kprobe, uprobe, tracepoint), or -1
  Fd socket;            // socket filters: the socket it is attached to
  std::unique_ptr<TcFilter> tc;  // legacy tc: the filter, removed with this
  std::string note;     // how it came to be attached this way, when not the obvious one ("tcx: Invalid argument; ...")

  // Pins the BPF link at path (BPF_OBJ_PIN); an attachment without one cannot be pinned.
  Expected<void> pin(const std::string& path) const;
};

// How tc programs are attached: by section name as above (Auto), or every one through tcx links or through legacy
// netlink filters (the latter is what a kernel without tcx gets for tc/ingress and tc/egress).
enum class TcMode { Auto, Tcx, Netlink };

struct AttachOptions {
  std::string target;   // overrides what the section name says (e.g. "syscalls/sys_enter_openat" for SEC("tp"))
  std::string ifname;   // xdp, tcx, tc, socket
  TcMode tc_mode = TcMode::Auto;
  uint32_t xdp_flags = 0;
  int pid = -1;         // uprobes: one process, or -1 for all
  uint64_t cookie = 0;  // bpf_get_attach_cookie
};

// Explicit attach calls.
Expected<KernelLink> attach_kprobe(int prog_fd, std::string_view func, uint64_t offset, bool retprobe,
                                   uint64_t cookie = 0);
// The syscall's kernel function with the arch wrapper prefix this kernel uses (__x64_sys_NAME, ...).
Expected<KernelLink> attach_ksyscall(int prog_fd, std::string_view syscall, bool retprobe, uint64_t cookie = 0);
Expected<KernelLink> attach_uprobe(int prog_fd, const std::string& binary, uint64_t file_offset, bool retprobe,
                                   int pid = -1, uint64_t cookie = 0);
// binary:symbol[+offset] resolved through the binary's ELF symbol tables.
Expected<KernelLink> attach_uprobe_symbol(int prog_fd, const std::string& binary, std::string_view symbol,
                                          uint64_t offset, bool retprobe, int pid = -1, uint64_t cookie = 0);
Expected<KernelLink> attach_tracepoint(int prog_fd, std::string_view category, std::string_view name,
                                       uint64_t cookie = 0);
Expected<KernelLink> attach_raw_tracepoint(int prog_fd, std::string_view name);
// fentry, fexit, fmod_ret, tp_btf, lsm: the target is the BTF id the program was loaded with.
Expected<KernelLink> attach_tracing(int prog_fd, uint32_t attach_type, uint64_t cookie = 0);
// freplace (BPF_PROG_TYPE_EXT): a BPF_LINK_CREATE tracing link that puts the program in place of the global function
// it was loaded for (KernelLoadOptions::attach_prog_fds), or of another program's function of the same type
// (target_prog_fd and the function's BTF id there).
Expected<KernelLink> attach_freplace(int prog_fd, int target_prog_fd = -1, uint32_t target_btf_id = 0);
Expected<KernelLink> attach_xdp(int prog_fd, int ifindex, uint32_t flags = 0);
Expected<KernelLink> attach_tcx(int prog_fd, int ifindex, bool ingress);
// A legacy cls_bpf filter (direct-action) on the interface's clsact qdisc, which is created when missing
// (bpf_tc_hook_create, then bpf_tc_attach with NLM_F_EXCL). handle and priority 0: the kernel picks them.
Expected<KernelLink> attach_tc(int prog_fd, int ifindex, bool ingress, uint32_t handle = 0, uint32_t priority = 0);

// The bpf filters on an interface's clsact ingress or egress hook (an RTM_GETTFILTER dump); ENOENT-free: an
// interface without clsact has none.
struct TcFilterInfo {
  uint32_t handle = 0;
  uint32_t priority = 0;
  uint32_t prog_id = 0;
  std::string name;         // TCA_BPF_NAME: "PROG:[ID]" as libbpf and bpfkit name it
  bool direct_action = false;
};
Expected<std::vector<TcFilterInfo>> list_tc_filters(int ifindex, bool ingress);
// Whether the interface has a clsact qdisc.
Expected<bool> has_clsact(int ifindex);

// Removes legacy tc filters when this process dies, however it dies. start() forks a small guardian process (its own
// process group, SIGINT/SIGTERM/SIGHUP ignored, every inherited descriptor but one pipe closed, so it holds no
// program, map or link alive) that waits for the pipe to close: at the owner's exit, crash or SIGKILL. It then
// removes each filter that still runs the same program, as TcFilter's destructor would, and exits. Destroying the
// TcGuard closes the pipe and waits for that. Only a guardian killed itself (SIGKILL on it too) leaves the filters
// behind. Call it from a single-threaded process (it forks).
class TcGuard {
 public:
  static Expected<std::unique_ptr<TcGuard>> start(std::vector<TcFilterId> filters);
  ~TcGuard();
  TcGuard(const TcGuard&) = delete;
  TcGuard& operator=(const TcGuard&) = delete;
  int pid() const { return pid_; }

 private:
  TcGuard() = default;
  int pid_ = -1;
  int pipe_ = -1;
};
// SO_ATTACH_BPF on sock_fd (the socket is dup'ed into the link).
Expected<KernelLink> attach_socket_filter(int prog_fd, int sock_fd);

// By the program's section name, as libbpf's bpf_program__attach; errors name the program.
Expected<KernelLink> attach_program(const ProgramSpec& prog, int prog_fd, const AttachOptions& options = {});

// Whether attach_program can attach a program of this section without options (xdp, tc, socket need an interface;
// bare "kprobe", "tracepoint" etc. need a target).
bool needs_attach_target(const ProgramSpec& prog);

// --- attach fallback chains -----------------------------------------------------------------------------------------

struct AttachChain {
  std::string name;                   // the stem
  std::vector<std::string> programs;  // alternatives, in order of preference
};
// The chains an object declares by naming: every program STEM__ALT joins chain STEM, ordered by method as above. A
// chain of one program is attached like any other, its failure reported the chain's way.
std::vector<AttachChain> attach_chains(const ObjectSpec& spec);
// The chain a program belongs to, or "" (the stem before "__", when another program shares it or it is alone).
std::string chain_of(std::string_view program);

struct ChainOutcome {
  std::string chosen;                 // the program attached, "" if none could be
  std::vector<std::pair<std::string, std::string>> skipped;  // (program, why) for the alternatives before it
};
// Tries try_one(program) for each alternative in order until one succeeds; the link it returned goes to *link.
ChainOutcome attach_first(const AttachChain& chain,
                          const std::function<Expected<KernelLink>(const std::string& program)>& try_one,
                          KernelLink* link);

// --- a whole object -----------------------------------------------------------------------------------------------

// An object loaded with its chains in mind: a chain alternative the kernel refuses to load (fentry on a kernel that
// says EPERM) is left out and the load retried, since the chain exists for exactly that; any other refusal fails
// the load. load_failures says why each left-out program was refused.
struct ChainedLoad {
  std::unique_ptr<KernelObject> object;
  std::map<std::string, std::string> load_failures;
};
Expected<ChainedLoad> load_with_chains(const ObjectSpec& spec, KernelLoadOptions options,
                                       const std::vector<AttachChain>& chains);

struct ObjectAttachOptions {
  AttachOptions defaults;                      // ifname, pid, cookie for every program
  std::map<std::string, std::string> targets;  // program -> target (AttachOptions::target)
};
struct ChainReport {
  std::string chain;
  std::string chosen;
  std::vector<std::pair<std::string, std::string>> skipped;
};
struct ObjectAttachment {
  std::vector<KernelLink> links;     // in attach order
  std::vector<ChainReport> chains;
  ~ObjectAttachment();               // detaches in reverse order
  ObjectAttachment() = default;
  ObjectAttachment(ObjectAttachment&&) = default;
  ObjectAttachment& operator=(ObjectAttachment&&) = default;
};
// Attaches every loaded program: each chain through attach_first (its first alternative that loaded and attaches),
// every other program by its section name. The first failure is the result (what is attached so far is detached).
Expected<ObjectAttachment> attach_object(const KernelObject& object, const std::vector<AttachChain>& chains,
                                         const std::map<std::string, std::string>& load_failures,
                                         const ObjectAttachOptions& options = {});

// --- kernel facts the attach code reads -----------------------------------------------------------------------------

// The perf PMU type of kprobe/uprobe (/sys/bus/event_source/devices/NAME/type), or an error saying the kernel has
// no such PMU.
Expected<uint32_t> pmu_type(std::string_view pmu);
// Makes dir ready for BPF_OBJ_PIN: mounts bpffs at /sys/fs/bpf when dir is under it and nothing is mounted there,
// creates dir, and refuses a dir that is not on a BPF filesystem (the kernel would say EPERM, pin by pin).
Expected<void> prepare_pin_dir(const std::string& dir);
// The tracefs root, mounted at /sys/kernel/tracing if nothing is mounted yet.
Expected<std::string> tracefs_root();
// The syscall wrapper prefix, detected once for attach_ksyscall and the feature probe (kernel/syscall_prefix.cc):
// the name of bpf(2)'s entry point in /proc/kallsyms, else in tracefs's available_filter_functions.
struct SyscallPrefix {
  std::string prefix;  // "__x64_sys_", "__arm64_sys_", ...; "" when syscalls are not wrapped or nothing was found
  bool found = false;  // whether either list named bpf's entry point
  std::string source;  // the file it was found in, or why nothing was found
  // The kernel function of a syscall: prefix + NAME, sys_NAME when found unwrapped, and the architecture's wrapper
  // prefix + NAME when nothing could be read.
  std::string function(std::string_view syscall) const;
};
SyscallPrefix detect_syscall_prefix(const std::string& kallsyms = "/proc/kallsyms",
                                    const std::string& filter_functions =
                                        "/sys/kernel/tracing/available_filter_functions");
// What attach_ksyscall puts before a syscall's name on this kernel (detect_syscall_prefix, cached):
// "__x64_sys_", "__arm64_sys_", ... or "sys_" for kernels without wrappers.
std::string syscall_prefix();

}  // namespace bpfkit::kernel
