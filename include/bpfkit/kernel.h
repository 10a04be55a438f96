// The kernel backend: an ObjectSpec loaded into the running Linux kernel through bpf(2) directly (kernel_sys.h),
// as libbpf's bpf_object__load would load it, but from bpfkit's own ELF, BTF and link code.
//
// KernelObject::load
//  - loads the object's BTF when the kernel accepts it, sanitised for what it lacks (libbpf's
//    bpf_object__sanitize_btf: DATASEC -> STRUCT, FUNC -> TYPEDEF, FLOAT -> STRUCT, ...), and goes on without BTF
//    when the kernel refuses it anyway;
//  - creates the maps (a map the kernel refuses with BTF is retried without, as libbpf does), fills global data,
//    mmaps BPF_F_MMAPABLE ones, freezes .rodata and .kconfig, fills map-in-map slots;
//  - links every autoload program with link_program (CO-RE resolved once in link/, so the kernel gets the same
//    instructions the userspace runtime runs), patches map references with fds, .ksyms externs with kernel BTF ids
//    or addresses, passes func_info/line_info, expected_attach_type and, for tracing programs, attach_btf_id;
//  - loads each program with a verifier log that starts small and grows on ENOSPC, kept only on failure or when
//    asked (log_level);
//  - fills prog arrays from their `.maps` __array initialisers.
// A rejection is an Error naming the program with the kernel's last log line and the source line.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "bpfkit/core.h"
#include "bpfkit/error.h"
#include "bpfkit/kernel_sys.h"
#include "bpfkit/link.h"
#include "bpfkit/object.h"
#include "bpfkit/test_run.h"

namespace bpfkit {

// What the loader may assume about the kernel's BTF support. nullopt: probed once per process (a tiny BTF per kind).
// Setting a field to false makes bpfkit sanitise as for a kernel without it; `btf = false` loads no BTF at all (as
// on a kernel without CONFIG_DEBUG_INFO_BTF's BTF_LOAD: no func/line info, maps without BTF types).
struct KernelBtfFeatures {
  std::optional<bool> btf, func, func_global, datasec, float_kind, decl_tag, type_tag, enum64;
};

struct KernelLoadOptions {
  // .kconfig, .ksyms and CO-RE, as LoadOptions (runtime.h) has them.
  std::optional<uint32_t> kernel_version;
  std::map<std::string, std::string> kconfig;
  std::optional<std::string> kconfig_file;
  std::string kernel_btf = kVmlinuxBtfPath;  // ksym, kfunc and attach_btf_id lookups; "" simulates a kernel without
  std::string kallsyms = "/proc/kallsyms";
  CoreOptions core;
  KernelBtfFeatures btf_features;
  // Verifier log: 0 keeps it only for a rejection (the load is then retried with level 1); 1 or 2 (| 4 for stats)
  // loads every program with that level and keeps the log in LoadedProgram::log.
  uint32_t log_level = 0;
  uint32_t log_size_start = 64 * 1024;  // grown x4 on ENOSPC...
  uint32_t log_size_max = 1u << 30;     // ...up to this (the kernel's limit is UINT_MAX >> 2)
  // freplace programs (SEC("freplace/FUNC"), BPF_PROG_TYPE_EXT): the loaded program whose global function FUNC each
  // replaces, as libbpf's bpf_program__set_attach_target. By program name; the key "" stands for every freplace
  // program not named. The fd must stay open until the program is loaded; its BTF names FUNC (attach_btf_id).
  std::map<std::string, int> attach_prog_fds;
  // Only these programs are loaded (by name); empty: every autoload program.
  std::vector<std::string> programs;
  // Where the verifier log of a refused program goes (the object does not exist then); nullptr: dropped.
  std::string* failure_log = nullptr;
};

class KernelObject {
 public:
  struct LoadedMap {
    const MapDefinition* def = nullptr;
    kernel::Fd fd;
    kernel::MapCreateAttr attr;  // what BPF_MAP_CREATE was given (max_entries after libbpf's adjustments)
    bool with_btf = false;       // created with BTF key/value types
    void* mmapped = nullptr;     // BPF_F_MMAPABLE internal maps: the value, mapped (read-only when frozen)
    size_t mmap_size = 0;
    uint32_t id = 0;
  };
  struct LoadedProgram {
    const ProgramSpec* spec = nullptr;
    kernel::Fd fd;
    LinkedProgram linked;
    std::vector<Insn> insns;     // exactly what BPF_PROG_LOAD got
    uint32_t attach_btf_id = 0;
    std::string log;             // the verifier log, when asked for (KernelLoadOptions::log_level)
    uint32_t id = 0;
  };

  static Expected<std::unique_ptr<KernelObject>> load(ObjectSpec spec, KernelLoadOptions options = {});
  ~KernelObject();
  KernelObject(const KernelObject&) = delete;
  KernelObject& operator=(const KernelObject&) = delete;

  const ObjectSpec& spec() const { return spec_; }
  // Maps, indexed as ObjectSpec::maps().
  std::span<const LoadedMap> maps() const { return maps_; }
  const LoadedMap* map(std::string_view name) const;
  // The loaded programs, in ObjectSpec::programs() order.
  std::span<const LoadedProgram> programs() const { return programs_; }
  const LoadedProgram* program(std::string_view name) const;
  // The object's BTF in the kernel (-1: none was loaded).
  int btf_fd() const { return btf_fd_.get(); }
  // Things done differently from a plain load, one line each ("BTF: kernel lacks DECL_TAG, sanitised").
  std::span<const std::string> warnings() const { return warnings_; }

  // BPF_PROG_TEST_RUN in the kernel, with TestRunOptions read as the userspace test_run reads them: data_out and
  // ctx_out buffers sized as bpfkit's (unlimited unless given), repeat 1 as the kernel's 0 for types that refuse a
  // repeat count. An input the kernel refuses is an Error with its errno.
  Expected<TestRunResult> test_run(std::string_view prog, const TestRunOptions& options) const;

 private:
  KernelObject() = default;
  friend struct KernelLoader;
  ObjectSpec spec_;
  kernel::Fd btf_fd_;
  std::vector<LoadedMap> maps_;
  std::vector<LoadedProgram> programs_;
  std::vector<std::string> warnings_;
};

// A kernel map's contents (get_next_key + lookup), in iteration order, values as userspace sees them (all CPUs for
// per-CPU maps). Queues, stacks, ring buffers, perf event arrays and bloom filters give nothing.
struct KernelMapEntry {
  std::vector<uint8_t> key;
  std::vector<uint8_t> value;
};
Expected<std::vector<KernelMapEntry>> dump_kernel_map(int map_fd);

// The BPF_PROG_LOAD verifier log for a rejection, reduced to what a one-line error can say: the last meaningful
// line (the verifier's own message, not the "processed N insns" summary), and the instruction it is about, from
// the last "N: (..)" instruction line before it (-1 if none).
struct VerifierLogSummary {
  std::string message;
  int64_t insn = -1;
};
VerifierLogSummary summarize_verifier_log(std::string_view log);

}  // namespace bpfkit
