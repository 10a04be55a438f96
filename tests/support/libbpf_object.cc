#include "support/libbpf_object.h"

#include <sys/mman.h>

#include <cerrno>

#ifdef BPFKIT_HAVE_LIBBPF
#include <bpf/btf.h>
#include <bpf/libbpf.h>
#endif

namespace bpfkit::testing {

#ifdef BPFKIT_HAVE_LIBBPF

Expected<std::unique_ptr<LibbpfObject>> LibbpfObject::load(const std::string& path,
                                                         const std::vector<std::string>& programs) {
  std::unique_ptr<LibbpfObject> o(new LibbpfObject());
  o->obj_ = bpf_object__open_file(path.c_str(), nullptr);
  if (o->obj_ == nullptr) return make_error("libbpf: cannot open " + path).with_errno(errno);
  if (!programs.empty()) {
    bpf_program* p;
    bpf_object__for_each_program(p, o->obj_) {
      bool want = false;
      for (const auto& n : programs) want = want || n == bpf_program__name(p);
      bpf_program__set_autoload(p, want);
    }
  }
  if (int err = bpf_object__load(o->obj_); err != 0)
    return make_error("libbpf: cannot load " + path + ": " + std::strerror(-err)).with_errno(-err);
  return o;
}

LibbpfObject::~LibbpfObject() {
  for (auto& [n, region] : mmaps_) munmap(region.first, region.second);
  if (obj_ != nullptr) bpf_object__close(obj_);
}

int LibbpfObject::prog_fd(const std::string& name) const {
  bpf_program* p = bpf_object__find_program_by_name(obj_, name.c_str());
  return p == nullptr ? -1 : bpf_program__fd(p);
}

int LibbpfObject::map_fd(const std::string& name) const {
  bpf_map* m = bpf_object__find_map_by_name(obj_, name.c_str());
  return m == nullptr ? -1 : bpf_map__fd(m);
}

void* LibbpfObject::global(const std::string& name) const {
  const btf* b = bpf_object__btf(obj_);
  if (b == nullptr) return nullptr;
  for (const char* sec : {".bss", ".data"}) {
    bpf_map* m = bpf_object__find_map_by_name(obj_, sec);
    if (m == nullptr) continue;
    int id = btf__find_by_name_kind(b, sec, BTF_KIND_DATASEC);
    if (id < 0) continue;
    const btf_type* t = btf__type_by_id(b, id);
    const btf_var_secinfo* v = btf_var_secinfos(t);
    for (int i = 0; i < btf_vlen(t); ++i, ++v) {
      const btf_type* var = btf__type_by_id(b, v->type);
      if (name != btf__name_by_offset(b, var->name_off)) continue;
      void* base = nullptr;
      for (auto& [n, region] : mmaps_)
        if (n == sec) base = region.first;
      if (base == nullptr) {
        const size_t len = (bpf_map__value_size(m) + 4095) & ~size_t{4095};
        base = mmap(nullptr, len, PROT_READ | PROT_WRITE, MAP_SHARED, bpf_map__fd(m), 0);
        if (base == MAP_FAILED) return nullptr;
        mmaps_.push_back({sec, {base, len}});
      }
      return static_cast<uint8_t*>(base) + v->offset;
    }
  }
  return nullptr;
}

#else

Expected<std::unique_ptr<LibbpfObject>> LibbpfObject::load(const std::string&, const std::vector<std::string>&) {
  return make_error("bpfkit was built without libbpf");
}
LibbpfObject::~LibbpfObject() = default;
int LibbpfObject::prog_fd(const std::string&) const { return -1; }
int LibbpfObject::map_fd(const std::string&) const { return -1; }
void* LibbpfObject::global(const std::string&) const { return nullptr; }

#endif

}  // namespace bpfkit::testing
