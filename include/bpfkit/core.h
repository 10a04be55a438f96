// CO-RE: the .BTF.ext relocations that make one compiled program fit many kernels, applied as libbpf's
// bpf_object__relocate_core applies them (tools/lib/bpf/relo_core.c and libbpf.c).
//
// Every relocation names a local type (in the object's .BTF), an access string ("0:1:2") and a kind. Candidates are
// the target BTF's types of the same kind whose name matches up to a `___flavour` suffix; each candidate is matched
// against the access string (members by name, through anonymous members, arrays within bounds, compatible types),
// and every matching candidate must give the same value, or the object fails to load (ambiguity). Candidate lists
// are cached per local type for the whole object and narrowed to the candidates that matched, so relocations are
// resolved in libbpf's order: .BTF.ext sections, then records, skipping programs that are not loaded.
//
// A relocation that finds no candidate is poisoned where libbpf poisons it: the instruction becomes
// `call 0xbad2310` (both slots for an LD_IMM64). bpfkit keeps a note per poisoned instruction, so reaching one stops
// the run with an error naming the relocation; existence relocations (field, type, enumerator) give 0 instead.
//
// The target BTF is /sys/kernel/btf/vmlinux, or a file the user names (raw BTF, or an ELF object's .BTF section,
// as btf__parse reads either). It is read only for objects that have CO-RE relocations.
#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "bpfkit/btf.h"
#include "bpfkit/error.h"
#include "bpfkit/insn.h"
#include "bpfkit/object.h"

namespace bpfkit {

inline constexpr const char* kVmlinuxBtfPath = "/sys/kernel/btf/vmlinux";

// Reads a target BTF file: raw BTF (magic 0xeB9F) or an ELF object's .BTF section. Parsed files are cached per
// path for the life of the process (a vmlinux BTF is several megabytes); the cache is keyed by path, size and
// modification time.
Expected<std::shared_ptr<const btf::Btf>> read_target_btf(const std::string& path);

struct CoreOptions {
  // The target BTF file. nullopt: the running kernel's (kVmlinuxBtfPath); when that is missing, an object with
  // CO-RE relocations fails with libbpf's "failed to find valid kernel BTF".
  std::optional<std::string> btf_path;
};

// One relocated instruction of a function, as libbpf's bpf_core_patch_insn leaves it.
struct CorePatch {
  size_t insn = 0;            // index within its function (ProgramSpec::insns)
  Insn value[2] = {};         // the new instruction (and the second LD_IMM64 slot when wide)
  bool wide = false;          // value[1] replaces insn + 1 too
  bool poisoned = false;      // value is `call 0xbad2310`
  std::string description;    // "CO-RE relocation #2: byte_off struct task_struct___pre514.state (0:1)"
  btf::CoreReloKind kind = btf::CoreReloKind::FieldByteOffset;
};

class CoreRelocations {
 public:
  // Nothing to relocate (an object without CO-RE records).
  CoreRelocations() = default;

  // Resolves every CO-RE relocation of obj, reading the target BTF only if there is one. Relocations of programs
  // that are not autoloaded come after all the others (libbpf skips them; bpfkit resolves them last so that `dis`
  // can still show them without changing what the loaded programs get).
  static Expected<CoreRelocations> resolve(const ObjectSpec& obj, const CoreOptions& options = {});
  // The same against a target BTF already in hand (target may be null only if obj has no CO-RE records).
  static Expected<CoreRelocations> resolve(const ObjectSpec& obj, const btf::Btf* target, std::string target_name);

  // The patches of one function (an entry program or a subprogram of the object), by insn; empty if none.
  std::span<const CorePatch> patches(const ProgramSpec& function) const;
  size_t size() const { return count_; }

 private:
  std::map<const ProgramSpec*, std::vector<CorePatch>> patches_;
  size_t count_ = 0;
};

}  // namespace bpfkit
