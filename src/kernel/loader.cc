// KernelObject::load: the order of libbpf's bpf_object__load (BTF, maps, externs, programs, prog array slots).
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/stat.h>

#include <mutex>

#include <fmt/format.h>

#include "bpfkit/kernel.h"
#include "kernel/btf_sanitize.h"
#include "kernel/loader.h"

namespace bpfkit {

void raise_memlock_if_charged() {
  static std::once_flag once;
  std::call_once(once, [] {
    // bpf_ktime_get_coarse_ns (helper 160) came in 5.11 with memcg accounting: a kernel that knows it does not charge
    // RLIMIT_MEMLOCK any more (libbpf's probe_memcg_account).
    const Insn prog[] = {make_insn(0x85, 0, 0, 0, 160), make_insn(0xb7, 0, 0, 0, 0), make_insn(0x95)};
    kernel::ProgLoadAttr a;
    a.type = ProgType::SocketFilter;
    a.insns = prog;
    if (kernel::prog_load(a)) return;
    rlimit r{RLIM_INFINITY, RLIM_INFINITY};
    setrlimit(RLIMIT_MEMLOCK, &r);  // best effort, as libbpf: a failure shows up as EPERM at map creation
  });
}

Expected<void> KernelLoader::load_btf() {
  const btf::Btf* btf = obj.spec_.btf();
  if (btf == nullptr) return {};
  const kernel::BtfSupport support = kernel::probe_btf_support(options.btf_features);
  if (!support.btf) {
    obj.warnings_.push_back("BTF: the kernel does not load BTF; maps and programs go without it");
    return {};
  }
  std::vector<uint8_t> bytes = btf->encode();
  if (auto ok = kernel::fixup_extern_datasecs(bytes, obj.spec_); !ok)
    return error(fmt::format("BTF: {}", ok.error().message)).with_errno(EINVAL);
  std::vector<std::string> changes;
  if (auto ok = kernel::sanitize_btf(bytes, support, &changes); !ok)
    return error(fmt::format("BTF: {}", ok.error().message)).with_errno(EINVAL);
  if (!changes.empty())
    obj.warnings_.push_back(fmt::format("BTF: sanitised for this kernel ({})", fmt::join(changes, ", ")));
  std::string log;
  auto fd = kernel::btf_load(bytes, &log, 1);
  if (!fd) {
    // As libbpf: the object goes on without BTF (programs lose func/line info, maps their BTF types).
    std::string last = log.substr(0, log.find_last_not_of('\n') + 1);
    last = last.substr(last.rfind('\n') + 1);
    obj.warnings_.push_back(
        fmt::format("BTF: the kernel refused the object's BTF ({}{}); loading without it", fd.error().message,
                    last.empty() ? "" : ": " + last));
    return {};
  }
  obj.btf_fd_ = std::move(*fd);
  btf_func_info_ok = support.func;
  return {};
}

Expected<void> KernelLoader::run() {
  if (auto why = kernel::bpf_unavailable()) return error(*why).with_errno(EPERM);
  raise_memlock_if_charged();
  struct stat st;
  have_kernel_btf = !options.kernel_btf.empty() && stat(options.kernel_btf.c_str(), &st) == 0;
  if (auto r = load_btf(); !r) return r;
  if (auto r = create_maps(); !r) return r;
  if (auto r = fill_internal_maps(); !r) return r;
  if (auto r = fill_map_in_map_slots(); !r) return r;
  if (auto r = resolve_externs(); !r) return r;
  if (auto r = load_programs(); !r) return r;
  if (auto r = fill_prog_array_slots(); !r) return r;
  return {};
}

Expected<std::unique_ptr<KernelObject>> KernelObject::load(ObjectSpec spec, KernelLoadOptions options) {
  std::unique_ptr<KernelObject> obj(new KernelObject());
  obj->spec_ = std::move(spec);
  KernelLoader loader{*obj, options};
  if (auto r = loader.run(); !r) return std::move(r).error();
  return obj;
}

KernelObject::~KernelObject() {
  for (LoadedMap& m : maps_)
    if (m.mmapped != nullptr) munmap(m.mmapped, m.mmap_size);
}

const KernelObject::LoadedMap* KernelObject::map(std::string_view name) const {
  auto index = spec_.map_index(name);
  return index && *index < maps_.size() ? &maps_[*index] : nullptr;
}

const KernelObject::LoadedProgram* KernelObject::program(std::string_view name) const {
  for (const LoadedProgram& p : programs_)
    if (p.spec->name == name) return &p;
  return nullptr;
}

}  // namespace bpfkit
