// Shared state of the kfunc implementations (kfuncs.cc, kfunc_cpumask.cc).
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "bpfkit/kfuncs.h"
#include "helpers/internal.h"

namespace bpfkit::helpers {

// A kernel object a kfunc gave the program. The program only ever sees its address.
struct KernelObject {
  enum class Kind { Local, Cpumask, Task } kind = Kind::Local;
  std::unique_ptr<uint64_t[]> mem;  // Local: the object's bytes; Cpumask: the bitmap words
  size_t size = 0;                  // bytes of mem
  uint32_t refs = 1;
  int32_t pid = 0;                  // Task
};

struct KfuncState {
  std::mutex mu;
  std::shared_ptr<const btf::Btf> btf;
  std::vector<std::string> unavailable;                // stub messages, by stub index
  std::map<uint64_t, KernelObject> objects;            // by the address the program holds
};

KfuncState& kfunc_state(HelperEnv& env);
// The object at addr of this kind, or nullptr after failing the run with "<kfunc>: <what> is not a <kind>".
KernelObject* need_object(RunContext& ctx, KfuncState& st, uint64_t addr, KernelObject::Kind kind, const char* kfunc,
                          const char* what);
// A new object of size bytes (zeroed, rounded up to 8), registered; returns its address.
uint64_t new_object(KfuncState& st, KernelObject::Kind kind, size_t size);
void free_object(KfuncState& st, uint64_t addr);

struct KfuncDef {
  const char* name;
  HelperFn fn;
};
// The cpumask kfuncs (kfunc_cpumask.cc).
std::vector<KfuncDef> cpumask_kfuncs();

}  // namespace bpfkit::helpers
