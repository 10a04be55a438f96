// .ksyms externs: resolved against the target kernel as libbpf's bpf_object__resolve_externs does (typed symbols
// and kfuncs through the kernel's BTF, untyped symbols through /proc/kallsyms, weak ones to 0 when missing).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "bpfkit/btf.h"
#include "bpfkit/error.h"
#include "bpfkit/object.h"
#include "bpfkit/runtime.h"

namespace bpfkit::runtime {

struct ResolvedKsym {
  bool found = false;               // the kernel has it (libbpf's ext->is_set)
  btf::TypeId kernel_btf_id = 0;    // typed symbols and kfuncs: its id in the kernel's BTF (0 without kernel BTF)
  // What an LD_IMM64 of the symbol gives in userspace: the kallsyms address (untyped), a stand-in kernel address for
  // a typed symbol or kfunc the kernel has (bpfkit has no kernel memory: only "is it there" means something), 0 when
  // missing.
  uint64_t addr = 0;
  std::string module;               // the kernel module whose BTF has it; "" for vmlinux (or untyped)
};

// The kernel's BTF for ksym resolution: LoadOptions::kernel_btf (default /sys/kernel/btf/vmlinux). Read only when
// an object has .ksyms externs.
Expected<btf::Btf> load_kernel_btf(const std::string& path);

// Resolves every .ksyms extern of obj, by index into obj.ksym_externs(). A strong extern the kernel lacks is an
// Error with libbpf's wording, as is a typed symbol or kfunc whose type does not match the kernel's.
Expected<std::vector<ResolvedKsym>> resolve_ksyms(const ObjectSpec& obj, const LoadOptions& options);

// libbpf's bpf_core_types_are_compat: kinds match through pointers, arrays and function prototypes (same parameter
// count); structs, unions, enums and forwards match by kind only, integers always.
bool btf_types_compatible(const btf::Btf& local, btf::TypeId local_id, const btf::Btf& target, btf::TypeId target_id);

}  // namespace bpfkit::runtime
