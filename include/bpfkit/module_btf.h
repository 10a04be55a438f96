// Kernel module BTF: each module's /sys/kernel/btf/MODULE is split BTF over vmlinux (Btf::parse_split). libbpf
// looks in it only after vmlinux, and the same way here:
//  - CO-RE candidates (bpf_core_find_cands): vmlinux's; only when vmlinux has none, every module's own types;
//    none over a target BTF given by path (CoreOptions::btf_path) unless that file is a directory's "vmlinux";
//  - typed ksyms and kfuncs (find_ksym_btf_id) and tracing attach targets (find_attach_btf_id): vmlinux first,
//    then each module's own types (btf__find_by_name_kind_own), the first module that has it wins.
// A hit in a module needs the module's BTF object in the kernel too: kfunc calls index it in fd_array, ksym LD_IMM64
// carries its fd, and tracing programs pass it as attach_btf_obj_fd (kernel/module_btf_fd.cc).
#pragma once

#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "bpfkit/btf.h"
#include "bpfkit/error.h"

namespace bpfkit::btf {

inline constexpr const char* kModuleBtfDir = "/sys/kernel/btf";

// Decodes split BTF over base (the kernel's btf_parse_module, libbpf's btf__new_split): the split's type ids continue
// from base.type_count() and its string offsets from the end of base's string section; its string section may be
// empty and need not start with NUL. The result is one standalone Btf, base's types and strings in front of the
// split's, so every id and lookup works unchanged; it is built by parsing base and split merged, so base is
// validated again (about 0.3 s of CPU for a 5 MB vmlinux) -- modules are read only on a vmlinux miss, and once.
Expected<Btf> parse_split_btf(std::span<const uint8_t> split, const Btf& base);

struct ModuleBtf {
  std::string name;                // the module ("nf_conntrack"): its file name in the directory
  std::shared_ptr<const Btf> btf;  // split over vmlinux: base and module types, merged
  TypeId first_id = 1;             // the module's own types: first_id .. btf->type_count() - 1
};

// find_by_name_kind among the types from first on (libbpf's btf__find_by_name_kind_own for split BTF).
std::optional<TypeId> find_own_by_name_kind(const Btf& btf, TypeId first, std::string_view name, Kind kind);

// Every module's BTF in dir (each file but "vmlinux"), parsed over vmlinux, in name order (libbpf walks the kernel's
// BTF object ids, i.e. module load order, which sysfs does not show; the order matters only when two modules define
// the same name). A missing or unreadable directory is no modules; a file that does not parse is an Error naming it.
// Cached per (dir, vmlinux), so an object with many misses parses each module once.
Expected<std::vector<ModuleBtf>> load_module_btfs(const std::shared_ptr<const Btf>& vmlinux,
                                                  const std::string& dir = kModuleBtfDir);

struct KernelTypeMatch {
  TypeId id = 0;
  const ModuleBtf* module = nullptr;  // nullptr: vmlinux
  const Btf* btf = nullptr;           // where id is valid
};
// vmlinux first (find_by_name_kind), then each module's own types (find_by_name_kind_own), in order.
std::optional<KernelTypeMatch> find_kernel_type(const Btf& vmlinux, std::span<const ModuleBtf> modules,
                                                std::string_view name, Kind kind);

// Where the modules of a vmlinux BTF file are: its directory when the file is named "vmlinux", as in
// /sys/kernel/btf (or a copy of it), else none (""): libbpf searches no modules over a target BTF given by path.
std::string module_btf_dir_of(const std::string& vmlinux_path);

}  // namespace bpfkit::btf
