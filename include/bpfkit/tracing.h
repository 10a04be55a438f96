// Tracing programs in userspace: the simulated kernel a kprobe, tracepoint, fentry or perf_event program looks at.
//
// The kernel test-runs none of kprobe, tracepoint, perf_event or LSM (ENOTSUPP); bpfkit does, so tracing code can
// be unit-tested without root. What such a program sees besides its context is given here:
//  - KernelMemory: objects (a task_struct, a file, ...) at stable host addresses. The probe helpers treat memory
//    the runtime knows as kernel memory, so bpf_probe_read_kernel(_str), the probe reads BPF_CORE_READ generates,
//    and direct loads through BTF pointers (tp_btf, fentry) read these objects; nothing else reaches them.
//    Addresses are bpfkit's, not the user's: objects are named, and pointer fields refer to them as "@name".
//  - The current task: TaskIdentity for bpf_get_current_{pid_tgid,uid_gid,comm}, and a task_struct image laid
//    out by a target BTF (vmlinux, or any BTF defining struct task_struct) whose address
//    bpf_get_current_task(_btf) returns, so that BPF_CORE_READ(task, real_parent, tgid) reads what was set.
//  - UserMemory: the current task's user memory for bpf_probe_read_user(_str), at the addresses given.
//
// Values are written as JSON with BTF field names (encode_btf_value): numbers (or "0x.." strings) for integers,
// enums and pointers, a string for a char array, lists for arrays, objects for structs and unions (by member
// name, nested anonymous members found through), and for a pointer either "@name" (a KernelMemory object) or an
// object, which becomes a new zeroed object of the pointee type filled from it.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "bpfkit/btf.h"
#include "bpfkit/error.h"
#include "bpfkit/helpers.h"
#include "bpfkit/prog_type.h"
#include "bpfkit/vm.h"

namespace bpfkit {

class KernelMemory {
 public:
  // A new zeroed object of size bytes (at least 1), 16-byte aligned, at an address that never changes. A name
  // makes it reachable as "@name"; naming two objects alike is an Error.
  Expected<uint64_t> allocate(size_t size, std::string name = {});
  std::optional<uint64_t> address_of(std::string_view name) const;
  // The bytes of the object holding [addr, addr + n), or an empty span.
  std::span<uint8_t> bytes(uint64_t addr, size_t n);
  // Every object, as read-only memory regions for a RunContext.
  std::vector<MemoryRegion> regions() const;
  size_t object_count() const { return objects_.size(); }

  // The current task's task_struct (0: none). bpf_get_current_task(_btf) return it.
  uint64_t current_task = 0;

 private:
  struct Object {
    std::unique_ptr<uint8_t[]> storage;
    uint8_t* data = nullptr;
    size_t size = 0;
  };
  std::vector<Object> objects_;
  std::map<std::string, uint64_t, std::less<>> names_;
};

// Encodes a JSON value of BTF type `type` into its bytes. Pointers given as objects allocate in kmem (nullptr:
// such pointers, and "@name", are an Error). Unknown member names, values that do not fit, and strings longer than
// their array are Errors naming the field path.
Expected<std::vector<uint8_t>> encode_btf_value(const btf::Btf& btf, btf::TypeId type, std::string_view json,
                                                KernelMemory* kmem);

// Adds the objects of a --kmem file: a JSON list of {"name": N, "type": "struct file" (or any named type), and
// "value": {...} or "hex": "..."}, or {"name": N, "string": "..."} for a NUL-terminated kernel string. Objects may
// point at each other by "@name" in either order.
Expected<void> load_kernel_memory(const btf::Btf& btf, std::string_view json, KernelMemory& kmem);

// The simulated current task.
struct TaskSpec {
  TaskIdentity identity;
  // More task_struct fields, as a JSON object ("real_parent": {"tgid": 1}, "flags": 4, ...); empty for none.
  std::string fields_json;
};
// Reads a --task file: {"pid", "tgid", "uid", "gid", "comm"} (the identity; tgid defaults to pid) and the rest
// as task_struct fields.
Expected<TaskSpec> parse_task_spec(std::string_view json);
// Builds the task_struct image in kmem and sets kmem.current_task: pid, tgid and comm from the identity, the
// identity's uid/gid in a struct cred that cred and real_cred point at (when the BTF has them), real_parent,
// parent and group_leader pointing at the task itself unless fields say otherwise, then fields. The target BTF
// must define struct task_struct.
Expected<uint64_t> build_current_task(const btf::Btf& btf, const TaskSpec& task, KernelMemory& kmem);

// The current task's user memory (bpf_probe_read_user*): byte ranges at user addresses; the rest is unmapped.
class UserMemory {
 public:
  // Overlapping an earlier range is an Error.
  Expected<void> add(uint64_t addr, std::vector<uint8_t> bytes);
  // Copies n bytes at addr; false if any byte is outside every range.
  bool read(uint64_t addr, void* dst, size_t n) const;

 private:
  std::map<uint64_t, std::vector<uint8_t>> ranges_;  // by start address
};
// A --umem file: a JSON list of {"addr": N or "0x..", and "string": "..." (written with its NUL) or "hex": "..."}.
Expected<UserMemory> parse_user_memory(std::string_view json);

// One field of a tracepoint record, as tracefs's format file lists it.
struct TracepointField {
  std::string type;  // "const char *", "int", "char[16]", "__data_loc char[]"
  std::string name;
  uint32_t offset = 0;
  uint32_t size = 0;
  bool is_signed = false;
  uint32_t array_len = 0;  // "name[16]": 16; 0 for scalars
};
struct TracepointFormat {
  std::string name;
  std::vector<TracepointField> fields;  // common_* first
  uint32_t size() const;                // the record's size: the end of the last field
};
// Parses /sys/kernel/tracing/events/<category>/<name>/format.
Expected<TracepointFormat> parse_tracepoint_format(std::string_view text);
// The layout of tracepoint <category>/<name>: from tracefs (/sys/kernel/tracing, then /sys/kernel/debug/tracing)
// when readable, else from the target BTF's struct trace_event_raw_<name> (nullptr: no BTF fallback).
Expected<TracepointFormat> find_tracepoint_format(std::string_view category, std::string_view name,
                                                  const btf::Btf* btf);

// What tracing_ctx_from_json needs to know to lay out a program's context.
struct TracingCtxTarget {
  ProgType type = ProgType::Unspec;
  uint32_t expected_attach_type = 0;
  std::string attach_to;                        // the SEC name's second part: "syscalls/sys_enter_execve", "do_unlinkat"
  const btf::Btf* btf = nullptr;                // target BTF (tracepoint fallback; fentry argument names)
  std::optional<TracepointFormat> tp_format;    // tracepoint record layout given by the user
};

// The context bytes of a tracing program from JSON:
//  - kprobe/uprobe/ksyscall (KPROBE): x86-64 struct pt_regs by register name ("di", "si", ..., "ip", "sp"), with
//    "parm1".."parm6" for di, si, dx, cx, r8, r9 and "rc" for ax, as PT_REGS_PARM*/PT_REGS_RC read them;
//  - perf_event: {"regs": {pt_regs}, "sample_period": N, "addr": N} (struct bpf_perf_event_data);
//  - tracepoint: the record by field name (common_* included; strings for char arrays);
//  - raw_tp, tp_btf, fentry/fexit/fmod_ret, lsm: a list of u64 arguments, or an object by parameter name when the
//    target BTF has the function (fexit/fmod_ret: "ret" after the arguments); values may be "@name" objects.
Expected<std::vector<uint8_t>> tracing_ctx_from_json(const TracingCtxTarget& target, std::string_view json,
                                                     KernelMemory* kmem);

// x86-64 struct pt_regs: 21 u64 registers; the offset of a register by name (aliases included), or nullopt.
inline constexpr uint32_t kPtRegsSize = 168;
std::optional<uint32_t> pt_regs_offset(std::string_view reg);

}  // namespace bpfkit
