// The maps of a KernelObject: created as libbpf's bpf_object__create_maps creates them, filled, frozen, mmapped.
#include <sys/mman.h>
#include <unistd.h>

#include <cctype>
#include <cstring>

#include <fmt/format.h>

#include "kernel/loader.h"
#include "runtime/kconfig.h"

namespace bpfkit {

std::string kernel_object_name(std::string_view name) {
  std::string out(name.substr(0, 15));
  for (char& c : out)
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '_' && c != '.') c = '_';
  return out;
}

namespace {

// libbpf passes no BTF types for these map types (the kernel has no use for them, and older kernels refused them).
bool btf_types_dropped(MapType t) {
  switch (t) {
    case MapType::PerfEventArray: case MapType::CgroupArray: case MapType::StackTrace: case MapType::ArrayOfMaps:
    case MapType::HashOfMaps: case MapType::Devmap: case MapType::DevmapHash: case MapType::Cpumap:
    case MapType::Xskmap: case MapType::Sockmap: case MapType::Sockhash: case MapType::Queue: case MapType::Stack:
      return true;
    default:
      return false;
  }
}

bool is_percpu(MapType t) {
  return t == MapType::PercpuArray || t == MapType::PercpuHash || t == MapType::LruPercpuHash ||
         t == MapType::PercpuCgroupStorage;
}

// libbpf's adjust_ringbuf_sz: the smallest power-of-2 multiple of the page size that holds max_entries.
uint32_t ringbuf_size(uint32_t want) {
  const uint32_t page = uint32_t(sysconf(_SC_PAGESIZE));
  if (want == 0) return page;
  for (uint64_t sz = page; sz <= (1ull << 31); sz *= 2)
    if (sz >= want) return uint32_t(sz);
  return want;
}

kernel::MapCreateAttr create_attr(const MapDefinition& def, std::string_view name, int btf_fd) {
  kernel::MapCreateAttr a;
  a.type = def.spec.type;
  a.key_size = def.spec.key_size;
  a.value_size = def.spec.value_size;
  a.max_entries = def.spec.max_entries;
  a.map_flags = def.spec.map_flags;
  a.numa_node = def.spec.numa_node;
  a.map_extra = def.spec.map_extra;
  a.name = kernel_object_name(name);
  if (a.type == MapType::PerfEventArray && a.max_entries == 0) a.max_entries = num_possible_cpus();
  if (a.type == MapType::Ringbuf) a.max_entries = ringbuf_size(a.max_entries);
  if (btf_fd >= 0 && !btf_types_dropped(a.type) && (def.btf_key_type_id != 0 || def.btf_value_type_id != 0)) {
    a.btf_fd = btf_fd;
    a.btf_key_type_id = def.btf_key_type_id;
    a.btf_value_type_id = def.btf_value_type_id;
  }
  return a;
}

// BPF_MAP_CREATE; a map the kernel refuses with BTF types is retried without them, as libbpf does.
Expected<kernel::Fd> create_with_fallback(kernel::MapCreateAttr& a, bool& with_btf, std::vector<std::string>& warn) {
  with_btf = a.btf_fd >= 0;
  auto fd = kernel::map_create(a);
  if (fd || a.btf_fd < 0) return fd;
  warn.push_back(fmt::format("map '{}': {}; retried without BTF", a.name, fd.error().message));
  a.btf_fd = -1;
  a.btf_key_type_id = a.btf_value_type_id = 0;
  with_btf = false;
  return kernel::map_create(a);
}

}  // namespace

Expected<void> KernelLoader::create_maps() {
  const ObjectSpec& spec = obj.spec_;
  obj.maps_.reserve(spec.maps().size());
  for (const MapDefinition& def : spec.maps()) {
    KernelObject::LoadedMap m;
    m.def = &def;
    m.attr = create_attr(def, def.name, obj.btf_fd_.get());
    kernel::Fd inner;
    if (def.spec.type == MapType::ArrayOfMaps || def.spec.type == MapType::HashOfMaps) {
      if (!def.inner) return error(fmt::format("map '{}': map-in-map without an inner map definition", def.name));
      kernel::MapCreateAttr ia = create_attr(*def.inner, def.name + ".inner", obj.btf_fd_.get());
      bool inner_btf = false;
      auto fd = create_with_fallback(ia, inner_btf, obj.warnings_);
      if (!fd) return error(fmt::format("map '{}': inner map: {}", def.name, fd.error().message))
          .with_errno(fd.error().error_number);
      inner = std::move(*fd);
      m.attr.inner_map_fd = inner.get();
    }
    auto fd = create_with_fallback(m.attr, m.with_btf, obj.warnings_);
    m.attr.inner_map_fd = -1;  // the template is closed below; the kernel keeps what it needs
    if (!fd) return error(fmt::format("map '{}': {}", def.name, fd.error().message)).with_errno(fd.error().error_number);
    m.fd = std::move(*fd);
    if (auto info = kernel::map_info(m.fd.get())) m.id = info->id;
    obj.maps_.push_back(std::move(m));
  }
  return {};
}

Expected<void> KernelLoader::fill_internal_maps() {
  const ObjectSpec& spec = obj.spec_;
  for (KernelObject::LoadedMap& m : obj.maps_) {
    const MapDefinition& def = *m.def;
    if (def.origin == MapOrigin::Btf || def.origin == MapOrigin::Legacy) continue;
    std::vector<uint8_t> value = def.initial_value;
    value.resize(m.attr.value_size, 0);
    if (def.origin == MapOrigin::Kconfig) {
      auto filled = runtime::fill_kconfig(spec, runtime_options(), value);
      if (!filled) return error(filled.error().message).with_errno(filled.error().error_number);
    }
    const uint32_t key = 0;
    if (auto ok = kernel::map_update_elem(m.fd.get(), &key, value.data(), BPF_ANY); !ok)
      return error(fmt::format("map '{}': initial value: {}", def.name, ok.error().message))
          .with_errno(ok.error().error_number);
    // libbpf freezes what the program may only read, so the verifier can treat its contents as constants.
    const bool frozen = def.origin == MapOrigin::Rodata || def.origin == MapOrigin::Kconfig;
    if (frozen)
      if (auto ok = kernel::map_freeze(m.fd.get()); !ok)
        return error(fmt::format("map '{}': {}", def.name, ok.error().message)).with_errno(ok.error().error_number);
    if (m.attr.map_flags & BPF_F_MMAPABLE) {
      const size_t page = size_t(sysconf(_SC_PAGESIZE));
      const size_t size = ((size_t(m.attr.value_size) + 7) / 8 * 8 * m.attr.max_entries + page - 1) / page * page;
      void* p = mmap(nullptr, size, PROT_READ | (frozen ? 0 : PROT_WRITE), MAP_SHARED, m.fd.get(), 0);
      if (p == MAP_FAILED)
        return error(fmt::format("map '{}': mmap: {}", def.name, std::strerror(errno))).with_errno(errno);
      m.mmapped = p;
      m.mmap_size = size;
    }
  }
  return {};
}

Expected<void> KernelLoader::fill_map_in_map_slots() {
  const ObjectSpec& spec = obj.spec_;
  for (const KernelObject::LoadedMap& m : obj.maps_) {
    if (m.def->spec.type != MapType::ArrayOfMaps && m.def->spec.type != MapType::HashOfMaps) continue;
    for (const MapDefinition::InitialSlot& slot : m.def->initial_slots) {
      auto target = spec.map_index(slot.target);
      if (!target)
        return error(fmt::format("map '{}': slot {} names unknown map '{}'", m.def->name, slot.index, slot.target));
      const uint32_t key = slot.index;
      const int value = obj.maps_[*target].fd.get();
      if (auto ok = kernel::map_update_elem(m.fd.get(), &key, &value, BPF_ANY); !ok)
        return error(fmt::format("map '{}': slot {} <- '{}': {}", m.def->name, slot.index, slot.target,
                                 ok.error().message))
            .with_errno(ok.error().error_number);
    }
  }
  return {};
}

Expected<void> KernelLoader::fill_prog_array_slots() {
  for (const KernelObject::LoadedMap& m : obj.maps_) {
    if (m.def->spec.type != MapType::ProgArray) continue;
    for (const MapDefinition::InitialSlot& slot : m.def->initial_slots) {
      const KernelObject::LoadedProgram* p = obj.program(slot.target);
      if (p == nullptr)
        return error(fmt::format("map '{}': slot {} names program '{}', which is not loaded", m.def->name, slot.index,
                                 slot.target));
      const uint32_t key = slot.index;
      const int value = p->fd.get();
      auto ok = kernel::map_update_elem(m.fd.get(), &key, &value, BPF_ANY);
      if (ok) continue;
      // EINVAL here is bpf_prog_map_compatible saying no: the array belongs to the type of the first program loaded
      // with it. That is the kernel refusing the object's programs (libbpf fails the load), not bad input, so it is
      // reported as the userspace loader reports it (runtime/object_loader.cc), and the CLI exits 1 for both.
      if (ok.error().error_number == EINVAL) {
        const size_t index = size_t(&m - obj.maps_.data());
        const KernelObject::LoadedProgram* owner = nullptr;
        for (const KernelObject::LoadedProgram& q : obj.programs_) {
          for (const MapReference& ref : q.linked.map_refs)
            if (ref.map == index) owner = &q;
          if (owner != nullptr) break;
        }
        std::string why;
        if (owner != nullptr && owner->spec->type != p->spec->type)
          why = fmt::format(" (program type {}, but the prog array belongs to {} programs)",
                            prog_type_name(p->spec->type), prog_type_name(owner->spec->type));
        return error(fmt::format("map '{}': failed to initialize slot [{}] to prog '{}': {}{}", m.def->name,
                                 slot.index, slot.target, std::strerror(EINVAL), why))
            .with_errno(EINVAL)
            .rejected();
      }
      return error(fmt::format("map '{}': slot {} <- '{}': {}", m.def->name, slot.index, slot.target,
                               ok.error().message))
          .with_errno(ok.error().error_number);
    }
  }
  return {};
}

Expected<std::vector<KernelMapEntry>> dump_kernel_map(int fd) {
  auto info = kernel::map_info(fd);
  if (!info) return std::move(info).error();
  switch (info->type) {
    case MapType::Queue: case MapType::Stack: case MapType::Ringbuf: case MapType::UserRingbuf:
    case MapType::PerfEventArray: case MapType::BloomFilter:
      return std::vector<KernelMapEntry>{};
    default:
      break;
  }
  const size_t vs = is_percpu(info->type) ? (size_t(info->value_size) + 7) / 8 * 8 * num_possible_cpus()
                                          : info->value_size;
  std::vector<KernelMapEntry> out;
  std::vector<uint8_t> key(info->key_size), next(info->key_size);
  bool first = true;
  // get_next_key walks every index of an array-like map, filled or not; lookup says which hold something.
  for (uint64_t guard = 0; guard <= uint64_t(info->max_entries) + 1; ++guard) {
    auto more = kernel::map_get_next_key(fd, first ? nullptr : key.data(), next.data());
    if (!more) {
      // Maps without a key walk for userspace (stack_trace refuses some, storage maps give ENOTSUPP 524).
      const int err = more.error().error_number;
      if (err == EOPNOTSUPP || err == 524) return out;
      return std::move(more).error();
    }
    if (!*more) break;
    first = false;
    key = next;
    std::vector<uint8_t> value(vs);
    auto got = kernel::map_lookup_elem(fd, key.data(), value.data());
    if (got) {
      out.push_back({key, std::move(value)});
      continue;
    }
    const int err = got.error().error_number;
    // Maps userspace cannot read (xskmap, sockmap, sockhash: EOPNOTSUPP / the kernel's ENOTSUPP 524) have nothing to
    // show; a slot emptied since get_next_key is ENOENT.
    if (err == EOPNOTSUPP || err == 524) return out;
    if (err != ENOENT) return std::move(got).error();
  }
  return out;
}

}  // namespace bpfkit
