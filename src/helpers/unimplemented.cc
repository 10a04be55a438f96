// The tabled helpers bpfkit's runtime does not implement (helper_protos_ext.cc): each id gets a stub that fails the
// run where the program calls it, naming the helper, so an object that calls one still loads and runs up to there
// (as an unimplemented kfunc does, kfuncs.cc).
#include <array>
#include <utility>

#include <fmt/format.h>

#include "bpfkit/helper_protos.h"
#include "helpers/internal.h"

namespace bpfkit::helpers {
namespace {

constexpr int32_t kMaxHelperId = 211;

template <int32_t Id>
uint64_t not_implemented(RunContext& ctx, uint64_t, uint64_t, uint64_t, uint64_t, uint64_t) {
  const HelperProto* p = find_helper_proto(Id);
  ctx.fail(fmt::format("helper {}#{} is not implemented in bpfkit's userspace runtime",
                       p != nullptr ? p->name : "unknown", Id));
  return 0;
}

template <int32_t... Ids>
constexpr std::array<HelperFn, sizeof...(Ids)> make_stubs(std::integer_sequence<int32_t, Ids...>) {
  return {&not_implemented<Ids>...};
}
// kStubs[id] fails naming helper id.
constexpr auto kStubs = make_stubs(std::make_integer_sequence<int32_t, kMaxHelperId + 1>{});

}  // namespace

void add_unimplemented_helpers(HelperTable& t) {
  for (const HelperProto& p : helper_protos())
    if (p.id > 0 && p.id <= kMaxHelperId && t.find(p.id) == nullptr) t.set(p.id, kStubs[size_t(p.id)], p.name);
}

}  // namespace bpfkit::helpers
