// The userspace backend for a whole object: what bpf_object__load does, but into bpfkit's engine.
//
// UserspaceObject::load creates every map of an ObjectSpec (bpfkit::Map), fills global data, .kconfig and the
// __array initial slots, links every autoload program (link_program), binds its map references to the maps and
// loads it into the engine with the standard helpers its program type may call (helper_protos.h); a call the kernel
// would refuse (a helper the type lacks, a GPL-only helper in a non-GPL object) fails the load with the kernel's
// message, as a verifier rejection. Like bpf_object__load, load verifies every autoload program first
// (LoadOptions::verify, on by default): a program the kernel's verifier would refuse fails the load with the
// kernel's message (Error::verifier_rejection, the instruction and the source line). Tail calls resolve through the
// object's prog arrays, whose slots hold program indices (into programs()); as in the kernel
// (bpf_prog_map_compatible), a prog array belongs to the program type of the first program that uses it or is put
// in it, and a program of another type cannot be put in it (EINVAL). .ksyms externs resolve as libbpf resolves them (runtime/ksyms.cc);
// kfunc calls bind by name to bpfkit's kfuncs (kfuncs.h), and one bpfkit lacks fails only the run that calls it.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "bpfkit/core.h"
#include "bpfkit/error.h"
#include "bpfkit/helpers.h"
#include "bpfkit/link.h"
#include "bpfkit/map.h"
#include "bpfkit/object.h"
#include "bpfkit/test_run.h"
#include "bpfkit/verifier.h"
#include "bpfkit/vm.h"

namespace bpfkit {

struct LoadOptions {
  HelperConfig helpers;
  // LINUX_KERNEL_VERSION for .kconfig (KERNEL_VERSION(a,b,c) encoding). nullopt: the running kernel's (uname).
  std::optional<uint32_t> kernel_version;
  // CONFIG_* values for .kconfig externs, as a kernel .config spells them ("y", "m", "n", "42", "0x10", "\"s\"").
  // Externs not here come from kconfig_file if set; a missing non-weak extern is a load error.
  std::map<std::string, std::string> kconfig;
  std::optional<std::string> kconfig_file;  // a .config file
  // The most memory the object's maps may take, counted as the kernel would allocate it (map_memory_cost). A map
  // that would go over fails to load with ENOMEM. 0: no limit beyond the machine's RAM.
  uint64_t memory_limit = kDefaultMemoryLimit;
  // .ksyms externs (read only when the object has some): the kernel BTF typed symbols and kfuncs resolve against
  // (empty: none; kfuncs then resolve to what bpfkit implements, typed variables to nothing), and the kallsyms file
  // untyped symbols take their address from.
  std::string kernel_btf = "/sys/kernel/btf/vmlinux";
  std::string kallsyms = "/proc/kallsyms";
  static constexpr uint64_t kDefaultMemoryLimit = 1ull << 30;
  // The target BTF of CO-RE relocations (core.h); by default the running kernel's, read only when needed.
  CoreOptions core;
  // Verify every autoload program before it can run, as BPF_PROG_LOAD does, with these options (the running
  // kernel's profile by default). Turn it off only to exercise the runtime's own memory checks with programs the
  // kernel would refuse (every access of an unverified program is still checked at run time: an error, never a
  // crash), or when the caller verifies itself (the CLI, which verifies only what it runs).
  bool verify = true;
  VerifyOptions verifier;
};

// The value of obj's .kconfig map as a load with `options` fills it (LINUX_KERNEL_VERSION, CONFIG_* from the
// options, the given .config or the host's), for VerifierInput::from_linked. Empty when the object has no .kconfig
// externs; a missing non-weak CONFIG_ extern is an error, as at load.
Expected<std::vector<uint8_t>> kconfig_map_value(const ObjectSpec& obj, const LoadOptions& options);

class UserspaceObject {
 public:
  struct LoadedProgram {
    const ProgramSpec* spec = nullptr;
    LinkedProgram linked;
    Program program;
  };

  static Expected<std::unique_ptr<UserspaceObject>> load(ObjectSpec spec, LoadOptions options = {});
  ~UserspaceObject();

  const ObjectSpec& spec() const { return spec_; }
  // The .kconfig map's value as loaded (empty without .kconfig externs): what the verifier reads as constants.
  std::span<const uint8_t> kconfig_value() const { return kconfig_value_; }

  // The loaded (autoload) programs, in ObjectSpec::programs() order.
  std::span<const LoadedProgram> programs() const { return programs_; }
  const LoadedProgram* program(std::string_view name) const;
  // Why an autoload program is not among programs(): it refers to a map of a type bpfkit cannot model ("map 'NAME'
  // of type TYPE is not supported in userspace", EOPNOTSUPP). The object loads without it; test_run(name) returns
  // this error. nullptr for a loaded program or an unknown name.
  const Error* program_error(std::string_view name) const;

  // Maps, indexed as ObjectSpec::maps().
  size_t map_count() const { return maps_.size(); }
  Map& map_at(size_t index) const { return *maps_[index]; }
  Map* map(std::string_view name) const;
  std::shared_ptr<Map> shared_map(size_t index) const { return maps_[index]; }  // e.g. for MapOfMaps::update_map

  HelperEnv& env() { return *env_; }
  // The budget the maps were charged to; nullptr when LoadOptions::memory_limit was 0.
  const MemoryBudget* memory_budget() const { return memory_.get(); }

  // bpf_prog_map_compatible: whether loaded program `prog` (index into programs()) may go into prog array `map`
  // (index into maps). The array's owner is the type of the first program that referred to it at load, else of the
  // first program put in it, which this call then records. A false answer is the kernel's EINVAL on update.
  bool prog_map_compatible(size_t map, size_t prog);

  // BPF_PROG_TEST_RUN on a loaded program (by name; the first program if name is empty).
  Expected<TestRunResult> test_run(std::string_view prog, const TestRunOptions& options);

 private:
  UserspaceObject() = default;
  friend struct ObjectLoader;
  const Program* resolve_tail_call(RunContext& ctx, uint64_t map_ref, uint32_t index) const;
  ObjectSpec spec_;
  std::vector<uint8_t> kconfig_value_;
  std::shared_ptr<MemoryBudget> memory_;  // shared by maps_, which give their charge back when destroyed
  std::vector<std::shared_ptr<Map>> maps_;
  std::unique_ptr<HelperEnv> env_;
  std::map<ProgType, HelperTable> helpers_;  // one helper set per program type (nodes never move: Programs point in)
  std::vector<LoadedProgram> programs_;
  std::vector<std::pair<std::string, Error>> failed_;  // programs left out, with the reason
  // Per map: the owner of a prog array (program type, and xdp.frags for XDP), once a program claimed it.
  struct ProgArrayOwner {
    ProgType type = ProgType::Unspec;
    bool xdp_has_frags = false;
  };
  std::vector<std::optional<ProgArrayOwner>> prog_array_owner_;
};

// A map's contents as userspace sees them (get_next_key + lookup_elem), in iteration order: for dumps and
// comparisons. Values are user_value_size() bytes (all CPUs for per-CPU maps). Maps without keys (queue, stack,
// ringbuf, perf event array) give nothing.
struct MapEntry {
  std::vector<uint8_t> key;
  std::vector<uint8_t> value;
};
std::vector<MapEntry> dump_map(Map& map);

struct MapDumpOptions {
  // Arrays (and per-CPU arrays) only: leave out elements whose value is all zero bytes on every CPU. An array
  // always has max_entries elements, so a dump of every one of them can be huge and mostly says nothing.
  bool skip_zero_elements = false;
};
struct MapDump {
  std::vector<MapEntry> entries;
  uint64_t zero_elements_skipped = 0;  // elements left out by skip_zero_elements
};
MapDump dump_map(Map& map, const MapDumpOptions& options);

}  // namespace bpfkit
