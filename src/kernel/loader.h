// KernelObject::load in parts: maps (kernel/maps.cc), programs (kernel/programs.cc), BTF (kernel/loader.cc).
#pragma once

#include <map>
#include <string>
#include <vector>

#include "bpfkit/kernel.h"
#include "runtime/ksyms.h"

namespace bpfkit {

struct KernelLoader {
  KernelObject& obj;
  const KernelLoadOptions& options;
  std::vector<runtime::ResolvedKsym> ksyms;  // by index into spec.ksym_externs()
  bool have_kernel_btf = false;              // options.kernel_btf names a readable vmlinux BTF
  bool btf_func_info_ok = false;             // the loaded BTF keeps FUNCs, so func_info/line_info can go with it
  // Module BTF objects programs refer to (kfuncs, ksyms, attach targets in modules), by module name; fd_array holds
  // their fds at the index kfunc calls carry in insn.off (index 0 stands for vmlinux, as in libbpf).
  std::map<std::string, kernel::Fd> module_fds;
  std::vector<int> fd_array;

  // The kernel fd of a module's BTF, opened once; for kfuncs also its fd_array index.
  Expected<int> module_fd(const std::string& module);
  Expected<int16_t> fd_array_index(const std::string& module);

  Error error(std::string message) const { return make_error(std::move(message)).in_object(obj.spec_.path()); }
  // The LoadOptions equivalent, for the userspace runtime's .kconfig and .ksyms code.
  LoadOptions runtime_options() const;

  Expected<void> load_btf();
  Expected<void> create_maps();
  Expected<void> fill_internal_maps();
  Expected<void> fill_map_in_map_slots();
  Expected<void> resolve_externs();
  Expected<void> load_programs();
  Expected<kernel::Fd> load_with_log(kernel::ProgLoadAttr& attr, std::string& log);
  Expected<void> fill_prog_array_slots();
  Expected<void> run();
};

// RLIMIT_MEMLOCK raised to infinity when this kernel still charges BPF memory to it (before 5.11's memcg
// accounting), probed once as libbpf's probe_memcg_account does.
void raise_memlock_if_charged();

// libbpf's name for what the kernel gets: at most 15 characters, [A-Za-z0-9_.] (others become '_').
std::string kernel_object_name(std::string_view name);

}  // namespace bpfkit
