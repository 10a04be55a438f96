// .ksyms resolution (libbpf: bpf_object__resolve_ksyms_btf_id, bpf_object__read_kallsyms_file).
#include "runtime/ksyms.h"

#include "bpfkit/core.h"

#include <sys/stat.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string_view>

#include <fmt/format.h>

#include "bpfkit/file.h"
#include "bpfkit/kfuncs.h"
#include "bpfkit/module_btf.h"
#include "link/core_internal.h"

namespace bpfkit::runtime {
namespace {

// Where a typed symbol or kfunc "is" in userspace: a kernel-half address that no host mapping can have, derived
// from its kernel BTF id so that two symbols differ. A program reading through it stops with a memory error.
uint64_t stand_in_address(btf::TypeId kernel_id) { return 0xffffffff00000000ull | (uint64_t(kernel_id) << 3); }

// /proc/kallsyms: "address type name [module]" lines. Under kptr_restrict the addresses read as 0, which libbpf
// then uses as is.
Expected<std::map<std::string, uint64_t, std::less<>>> read_kallsyms(const std::string& path,
                                                                     const std::vector<std::string_view>& wanted) {
  // /proc files report size 0, so they cannot go through read_input_file's regular-file check; read directly.
  std::FILE* f = std::fopen(path.c_str(), "re");
  if (f == nullptr) return make_error(fmt::format("failed to open {}: {}", path, std::strerror(errno))).with_errno(errno);
  std::map<std::string, uint64_t, std::less<>> out;
  char line[512];
  while (std::fgets(line, sizeof line, f) != nullptr) {
    unsigned long long addr = 0;
    char type = 0;
    char name[256];
    if (std::sscanf(line, "%llx %c %255s", &addr, &type, name) != 3) continue;
    std::string_view n(name);
    for (std::string_view w : wanted)
      if (w == n) out.emplace(std::string(n), uint64_t(addr));  // the first one wins
  }
  std::fclose(f);
  return out;
}


// The cache CO-RE uses (core.h): an object with both CO-RE relocations and ksym externs parses vmlinux once.
Expected<std::shared_ptr<const btf::Btf>> cached_kernel_btf(const std::string& path) { return read_target_btf(path); }

}  // namespace

bool btf_types_compatible(const btf::Btf& local, btf::TypeId local_id, const btf::Btf& target, btf::TypeId target_id) {
  // libbpf checks kfunc and ksym types with the same rule as type-based CO-RE relocations: one implementation.
  return core_detail::types_are_compat(local, local_id, target, target_id) > 0;
}

Expected<btf::Btf> load_kernel_btf(const std::string& path) {
  auto bytes = read_input_file(path);
  if (!bytes) return make_error(fmt::format("kernel BTF {}: {}", path, bytes.error().message))
                  .with_errno(bytes.error().error_number);
  auto btf = btf::Btf::parse(*bytes);
  if (!btf) return make_error(fmt::format("kernel BTF {}: {}", path, btf.error().message));
  return btf;
}

Expected<std::vector<ResolvedKsym>> resolve_ksyms(const ObjectSpec& obj, const LoadOptions& options) {
  auto externs = obj.ksym_externs();
  std::vector<ResolvedKsym> out(externs.size());
  if (externs.empty()) return out;
  const btf::Btf& local = *obj.btf();  // externs need BTF to exist at all

  // Kernel BTF for typed symbols and kfuncs; without it (kernel_btf empty) kfuncs are what bpfkit implements.
  std::shared_ptr<const btf::Btf> kernel;
  bool need_btf = false, need_kallsyms = false;
  for (const KsymExtern& e : externs) (e.typed() ? need_btf : need_kallsyms) = true;
  if (need_btf && !options.kernel_btf.empty()) {
    auto k = cached_kernel_btf(options.kernel_btf);
    if (!k) return std::move(k).error();
    kernel = std::move(*k);
  }

  const std::string module_dir = btf::module_btf_dir_of(options.kernel_btf);
  std::optional<std::vector<btf::ModuleBtf>> modules;
  for (size_t i = 0; i < externs.size(); ++i) {
    const KsymExtern& e = externs[i];
    if (!e.typed()) continue;
    const bool func = e.kind == KsymExtern::Kind::Func;
    const char* what = func ? "func ksym" : "var ksym";
    if (!kernel) {
      // No kernel BTF: a kfunc exists when bpfkit implements it; a typed variable never does.
      if (func && kfunc_id(e.name)) out[i] = {true, 0, stand_in_address(btf::TypeId(i + 1))};
      continue;
    }
    // find_ksym_btf_id: vmlinux, then the modules' own types (loaded on the first miss).
    std::optional<btf::KernelTypeMatch> match =
        btf::find_kernel_type(*kernel, {}, e.name, func ? btf::Kind::Func : btf::Kind::Var);
    if (!match && !module_dir.empty()) {
      if (!modules) {
        auto m = btf::load_module_btfs(kernel, module_dir);
        if (!m) return std::move(m).error().in_object(obj.path());
        modules = std::move(*m);
      }
      match = btf::find_kernel_type(*kernel, *modules, e.name, func ? btf::Kind::Func : btf::Kind::Var);
    }
    if (!match) continue;
    const btf::Btf& kbtf = *match->btf;
    const btf::TypeId* kid = &match->id;
    const btf::Type* kt = kbtf.type(*kid);
    if (func) {
      if (!btf_types_compatible(local, e.type_id, kbtf, kt->type))
        return make_error(fmt::format("extern ({}) '{}': func_proto [{}] incompatible with {} [{}]", what, e.name,
                                      e.type_id, match->module ? match->module->name : "vmlinux", kt->type))
            .in_object(obj.path()).with_errno(EINVAL);
    } else if (!btf_types_compatible(local, e.type_id, kbtf, kt->type)) {
      return make_error(fmt::format("extern ({}) '{}': incompatible types, expected [{}] {}, but kernel has [{}] {}",
                                    what, e.name, e.type_id, local.type_name(e.type_id), kt->type,
                                    kbtf.type_name(kt->type)))
          .in_object(obj.path()).with_errno(EINVAL);
    }
    out[i] = {true, *kid, stand_in_address(*kid), match->module ? match->module->name : std::string()};
  }

  if (need_kallsyms) {
    std::vector<std::string_view> wanted;
    for (const KsymExtern& e : externs)
      if (!e.typed()) wanted.push_back(e.name);
    auto syms = read_kallsyms(options.kallsyms, wanted);
    if (!syms) return std::move(syms).error().in_object(obj.path());
    for (size_t i = 0; i < externs.size(); ++i) {
      if (externs[i].typed()) continue;
      auto it = syms->find(externs[i].name);
      if (it != syms->end()) out[i] = {true, 0, it->second};
    }
  }

  // bpf_object__resolve_externs: a strong extern nobody provides fails the load; a weak one is 0.
  for (size_t i = 0; i < externs.size(); ++i) {
    if (out[i].found || externs[i].is_weak) continue;
    const KsymExtern& e = externs[i];
    std::string why = e.kind == KsymExtern::Kind::Func ? "not found in kernel or module BTFs"
                      : e.typed()                     ? "not found in kernel BTF"
                                                      : "not found in " + options.kallsyms;
    if (e.typed() && !kernel) why = "no kernel BTF to find it in";
    return make_error(fmt::format("extern ({}) '{}': {}",
                                  e.kind == KsymExtern::Kind::Func ? "func ksym" : e.typed() ? "var ksym" : "ksym",
                                  e.name, why))
        .in_object(obj.path()).with_errno(ESRCH);
  }
  return out;
}

}  // namespace bpfkit::runtime
