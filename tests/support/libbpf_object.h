// An object loaded into the kernel by libbpf, for tests that need kernel programs and maps without going through
// bpfkit's own loader (libbpf as an independent oracle: a loader bug cannot hide a consumer or attach bug).
#pragma once

#include <cstdint>
#include <cstring>
#include <memory>
#include <utility>
#include <string>
#include <vector>

#include "bpfkit/error.h"

struct bpf_object;

namespace bpfkit::testing {

class LibbpfObject {
 public:
  // Opens path and loads the programs named in programs (all when empty). Before load, init(obj) may set globals.
  static Expected<std::unique_ptr<LibbpfObject>> load(const std::string& path, const std::vector<std::string>& programs);
  ~LibbpfObject();

  int prog_fd(const std::string& name) const;  // -1 if absent
  int map_fd(const std::string& name) const;   // -1 if absent
  // A global variable in .data/.bss (libbpf mmaps them), or nullptr.
  void* global(const std::string& name) const;
  template <class T>
  T read(const std::string& name) const {
    T v{};
    if (void* p = global(name)) std::memcpy(&v, p, sizeof(T));
    return v;
  }
  template <class T>
  void write(const std::string& name, T v) const {
    if (void* p = global(name)) std::memcpy(p, &v, sizeof(T));
  }
  bpf_object* raw() const { return obj_; }

 private:
  bpf_object* obj_ = nullptr;
  // libbpf 1.1 keeps a private copy of .data/.bss after load (only skeletons remap it onto the kernel map), so the
  // kernel maps are mmap'ed here: section name -> (address, length).
  mutable std::vector<std::pair<std::string, std::pair<void*, size_t>>> mmaps_;
};

}  // namespace bpfkit::testing
