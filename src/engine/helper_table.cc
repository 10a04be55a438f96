// HelperTable: helpers by kernel id.
#include <algorithm>

#include "bpfkit/vm.h"

namespace bpfkit {
namespace {
// Kernel helper ids are small (a few hundred); a bound keeps a bogus id from allocating gigabytes.
constexpr int32_t kMaxHelperId = 1 << 16;
}  // namespace

void HelperTable::set(int32_t id, HelperFn fn, const char* name) {
  if (id < 0 || id >= kMaxHelperId) return;
  if (size_t(id) >= entries_.size()) entries_.resize(size_t(id) + 1);
  entries_[size_t(id)] = HelperEntry{fn, name};
}

const HelperEntry* HelperTable::find(int32_t id) const {
  if (id < 0 || size_t(id) >= entries_.size()) return nullptr;
  const HelperEntry& e = entries_[size_t(id)];
  return e.fn != nullptr ? &e : nullptr;
}

void HelperTable::set_kfunc(int32_t id, HelperFn fn, const char* name) {
  if (id < 0 || id >= kMaxHelperId) return;
  if (size_t(id) >= kfuncs_.size()) kfuncs_.resize(size_t(id) + 1);
  kfuncs_[size_t(id)] = HelperEntry{fn, name};
}

const HelperEntry* HelperTable::find_kfunc(int32_t id) const {
  if (id < 0 || size_t(id) >= kfuncs_.size()) return nullptr;
  const HelperEntry& e = kfuncs_[size_t(id)];
  return e.fn != nullptr ? &e : nullptr;
}

}  // namespace bpfkit
