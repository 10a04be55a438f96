// The object model: what a clang-built BPF object declares, read the way libbpf reads it (bpf_object__open).
//
// ObjectSpec is pure description. Nothing is created or relocated here: programs hold their instructions as they
// are in the file, maps hold their definitions and initial contents. link/ turns a ProgramSpec into a runnable
// instruction stream; runtime/ (userspace) and kernel/ create the maps and load the programs.
//
// Conventions (libbpf's, see docs/architecture.md):
//  - every STT_FUNC in an executable section other than .text is a program; .text functions are subprograms;
//  - the program type comes from the SEC name through libbpf's section_defs table; a leading '?' turns autoload off;
//  - maps come from BTF (.maps), the legacy "maps" section (struct bpf_map_def), and the global data sections
//    (.data*, .rodata*, .bss*, .kconfig), which become internal single-element array maps.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "bpfkit/btf.h"
#include "bpfkit/elf.h"
#include "bpfkit/error.h"
#include "bpfkit/insn.h"
#include "bpfkit/map.h"
#include "bpfkit/prog_type.h"

namespace bpfkit {

// One entry of libbpf's section_defs[]: a SEC name (or prefix) and what it means.
struct SectionDef {
  std::string_view prefix;       // "xdp", "kprobe+", "tc/ingress", ... as libbpf writes it
  ProgType prog_type = ProgType::Unspec;
  uint32_t expected_attach_type = 0;
  bool sleepable = false;        // SEC_SLEEPABLE (".s" variants, "syscall"): load with BPF_F_SLEEPABLE
  bool attachable = false;       // libbpf can auto-attach it (has an attach_fn)
  bool attach_btf = false;       // SEC_ATTACH_BTF: the attach target is a BTF id resolved at load time
  bool xdp_frags = false;        // SEC_XDP_FRAGS: load with BPF_F_XDP_HAS_FRAGS
};
// The libbpf section definition matching a SEC name (without the leading '?'), or nullptr if libbpf would not
// know it. Matching is libbpf 1.x's sec_def_matches, first match in table order: "name+" matches "name" and
// "name/<anything>", "name/" matches any name starting with it, any other entry only itself.
const SectionDef* find_section_def(std::string_view section_name);
// The whole table, in libbpf's order.
std::span<const SectionDef> section_defs();

struct ProgramSpec {
  std::string name;              // the function symbol
  std::string section_name;      // the SEC name without the leading '?'
  ProgType type = ProgType::Unspec;
  uint32_t expected_attach_type = 0;
  std::string attach_target;     // what follows the section prefix, e.g. "do_unlinkat" for "kprobe/do_unlinkat"
  const SectionDef* section_def = nullptr;  // nullptr if libbpf does not know the SEC name (type stays Unspec)
  bool autoload = true;          // false for SEC("?...")
  bool sleepable = false;
  bool is_subprogram = false;    // a .text function (not loadable on its own)
  uint32_t section_index = 0;    // ELF section holding it
  uint32_t insn_offset = 0;      // index of its first instruction within that section
  std::vector<Insn> insns;       // its own instructions, as in the file (not relocated, no subprograms)
};

// Where a map comes from, which decides how it is named and filled (libbpf's enum libbpf_map_type).
enum class MapOrigin { Btf, Legacy, Data, Rodata, Bss, Kconfig };

struct MapDefinition {
  // The variable name, or for internal maps what bpf_map__name() gives: libbpf's internal map name ("<obj>.data",
  // "<obj>.bss", "<obj>.kconfig", ...) for .data, .rodata, .bss* and .kconfig, but the section name itself for the
  // custom .data.* and .rodata.* sections. spec.name is the (at most 15 character) name the kernel is given.
  std::string name;
  std::string real_name;         // internal maps: the ELF section name (".rodata.str1.1"); empty otherwise
  MapOrigin origin = MapOrigin::Btf;
  MapSpec spec;                  // type, sizes, flags (.rodata and .kconfig get BPF_F_RDONLY_PROG, as libbpf does)
  uint32_t pinning = 0;          // LIBBPF_PIN_NONE / LIBBPF_PIN_BY_NAME
  btf::TypeId btf_key_type_id = 0;    // 0 when the definition has no BTF key/value type
  btf::TypeId btf_value_type_id = 0;  // for internal maps: the DATASEC
  uint32_t section_index = 0;    // the ELF section defining it (.maps, maps, .data, ...)
  uint64_t section_offset = 0;   // offset of the definition (or of the data) within that section
  // Internal maps: the initial value of element 0, the section's bytes. Shorter than the value (always empty for
  // .bss), the rest is zeroes; kconfig values are filled in at load time.
  std::vector<uint8_t> initial_value;
  // __array(values, ...) initial slots: index -> the program (prog arrays) or map (map-in-map) named.
  struct InitialSlot {
    uint32_t index = 0;
    std::string target;
  };
  std::vector<InitialSlot> initial_slots;
  // Map-in-map: the inner map's definition (its spec is also in spec.inner).
  std::shared_ptr<const MapDefinition> inner;
};

// A .kconfig extern: where in the .kconfig map the loader must write it.
struct KconfigExtern {
  enum class Kind { Bool, Tristate, Int, Char, CharArray, Unknown };
  std::string name;              // LINUX_KERNEL_VERSION, CONFIG_*
  Kind kind = Kind::Unknown;
  btf::TypeId btf_id = 0;        // its BTF VAR
  uint32_t symbol = 0;           // its (undefined) ELF symbol
  uint32_t offset = 0;           // within the .kconfig map value (libbpf's layout: sorted by alignment, then size,
                                 // then name, each aligned)
  uint32_t size = 0;
  uint32_t align = 0;
  bool is_signed = false;
  bool is_weak = false;          // __weak: a missing value is 0, not an error
};

// A .ksyms extern (bpf_object__collect_externs): a kernel symbol or a kfunc, resolved at load time against the
// target kernel's BTF (typed symbols and kfuncs) or /proc/kallsyms (untyped symbols). Opening never needs the kernel.
struct KsymExtern {
  enum class Kind { Var, Func };
  std::string name;
  Kind kind = Kind::Var;
  btf::TypeId btf_id = 0;        // the local BTF VAR or FUNC
  // Var: its type with modifiers and typedefs skipped, 0 for an untyped `extern const void sym __ksym`;
  // Func: its FUNC_PROTO.
  btf::TypeId type_id = 0;
  uint32_t symbol = 0;           // its (undefined) ELF symbol
  bool is_weak = false;          // __weak: a symbol the kernel lacks resolves to 0 instead of failing the load
  bool typed() const { return kind == Kind::Func || type_id != 0; }
};

// A struct_ops map (SEC(".struct_ops") or SEC(".struct_ops.link")): a variable of a kernel struct type whose
// function pointer members name programs, as libbpf's bpf_object__init_struct_ops/collect_st_ops_relos read it.
// At load libbpf gives each named program the kernel struct as attach_btf_id and the member's index in the kernel's
// type as expected_attach_type; the member is matched by name, so `members` keeps names, not local indices.
struct StructOpsMap {
  std::string name;              // the variable
  std::string type_name;         // the struct, e.g. "tcp_congestion_ops"
  std::string section_name;      // ".struct_ops" or ".struct_ops.link"
  btf::TypeId type_id = 0;       // the struct in the object's BTF
  struct FuncMember {
    std::string member;          // the function pointer member, e.g. "ssthresh"
    std::string prog;            // the program it points to
  };
  std::vector<FuncMember> funcs; // in relocation order
};

class ObjectSpec {
 public:
  static Expected<ObjectSpec> open(const std::string& path);
  // name is the object name libbpf would derive from the path (bpf_object__new): the basename truncated to 15
  // characters, then cut at its first '.', so ".../xdp_fw.bpf.o" gives "xdp_fw".
  static Expected<ObjectSpec> parse(std::vector<uint8_t> bytes, std::string path);

  const std::string& name() const { return name_; }
  const std::string& path() const { return path_; }
  const std::string& license() const { return license_; }
  uint32_t kern_version() const { return kern_version_; }

  // Entry programs in file order (section index, then offset), then nothing else: subprograms are separate.
  std::span<const ProgramSpec> programs() const { return programs_; }
  std::span<const ProgramSpec> subprograms() const { return subprograms_; }
  const ProgramSpec* program(std::string_view name) const;

  // Maps in libbpf's order: .maps / legacy maps in definition order, then internal maps in section order.
  std::span<const MapDefinition> maps() const { return maps_; }
  // By name as bpf_object__find_map_by_name: a name starting with '.' matches an internal map's section name
  // (".rodata", ".kconfig"), any other name the map's name.
  const MapDefinition* map(std::string_view name) const;
  std::optional<size_t> map_index(std::string_view name) const;
  // bpf_map__set_initial_value: replaces the initial value of an internal map (.data*, .rodata*, .bss*) before
  // load, as libbpf's skeleton lets userspace set `const volatile` globals before the kernel freezes .rodata. data
  // must be exactly the map's value_size; .kconfig (the loader's) and non-internal maps are EINVAL, as in libbpf.
  Expected<void> set_initial_value(std::string_view map, std::span<const uint8_t> data);

  // struct_ops maps, in section then variable order. They are not in maps(): bpfkit creates no struct_ops map in
  // userspace or in the kernel yet; the verifier reads them for its programs' attach targets.
  std::span<const StructOpsMap> struct_ops() const { return struct_ops_; }
  // The struct_ops map member a program implements (the first relocation naming it, as libbpf keeps the first),
  // or nullptr.
  const StructOpsMap::FuncMember* struct_ops_member(std::string_view prog, const StructOpsMap** map = nullptr) const;

  std::span<const KconfigExtern> kconfig_externs() const { return kconfig_; }
  // .ksyms externs in symbol table order (the index is the linker's ExternReference::ext).
  std::span<const KsymExtern> ksym_externs() const { return ksyms_; }

  // What libbpf would do differently but bpfkit accepts, one line each (e.g. legacy SEC("maps"), which libbpf 1.x
  // refuses). The CLI prints them as warnings.
  std::span<const std::string> warnings() const { return warnings_; }

  const ElfFile& elf() const { return *elf_; }
  // .BTF with DATASECs fixed up, and .BTF.ext; nullptr when the object has none.
  const btf::Btf* btf() const { return btf_.get(); }
  const btf::BtfExt* btf_ext() const { return btf_ext_.get(); }

 private:
  friend struct ObjectParser;
  std::string name_, path_, license_;
  uint32_t kern_version_ = 0;
  std::vector<ProgramSpec> programs_, subprograms_;
  std::vector<MapDefinition> maps_;
  std::vector<StructOpsMap> struct_ops_;
  std::vector<KconfigExtern> kconfig_;
  std::vector<KsymExtern> ksyms_;
  std::vector<std::string> warnings_;
  std::shared_ptr<const ElfFile> elf_;
  std::shared_ptr<const btf::Btf> btf_;
  std::shared_ptr<const btf::BtfExt> btf_ext_;
};

}  // namespace bpfkit
