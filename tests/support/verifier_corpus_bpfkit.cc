// bpfkit's half of the verifier corpus (see verifier_corpus.h): apart, so the recorder links without verify().
#include <fmt/format.h>

#include "bpfkit/helper_protos.h"
#include "bpfkit/link.h"
#include "bpfkit/runtime.h"
#include "support/verifier_corpus.h"

namespace bpfkit::testing::vcorpus {

Expected<BpfkitInput> bpfkit_input(const Case& c) {
  BpfkitInput out;
  if (c.is_asm) {
    auto insns = asm_insns(c);
    if (!insns) return insns.error();
    out.input.insns = std::move(*insns);
    out.input.type = c.type;
    out.input.expected_attach_type = c.expected_attach_type;
    out.input.gpl_compatible = c.gpl;
    out.input.sleepable = c.sleepable;
    out.input.maps = c.maps;
    out.input.name = c.name;
    return out;
  }
  auto obj = ObjectSpec::open(c.object);
  if (!obj) return obj.error();
  out.obj = std::make_shared<ObjectSpec>(std::move(*obj));
  const ProgramSpec* prog = out.obj->program(c.prog);
  if (prog == nullptr) return make_error(fmt::format("{}: no program {}", c.object, c.prog));
  auto linked = link_program(*out.obj, *prog);
  if (!linked) return linked.error();
  auto kconfig = kconfig_map_value(*out.obj, LoadOptions{});  // as libbpf fills .kconfig for the kernel
  if (!kconfig) return kconfig.error();
  out.input = VerifierInput::from_linked(*out.obj, *linked, *kconfig);
  return out;
}

VerifyOptions bpfkit_options(const Case& c) {
  VerifyOptions o;
  o.profile = VerifierProfile::running_kernel(c.privileged);
  return o;
}

bool upstream_has_helper(const VerifyOptions& opts, const VerifierInput& in, int32_t helper) {
  if (!opts.profile.has_helper(in.type, helper)) return false;
  return in.type != ProgType::StructOps || struct_ops_has_helper({in.struct_ops_type, in.attach_target}, helper);
}

}  // namespace bpfkit::testing::vcorpus
