// A whole object: loading with attach chains in mind, and attaching every program (kernel_attach.h).
#include <algorithm>
#include <set>

#include <fmt/format.h>

#include "bpfkit/kernel_attach.h"

namespace bpfkit::kernel {

Expected<ChainedLoad> load_with_chains(const ObjectSpec& spec, KernelLoadOptions options,
                                       const std::vector<AttachChain>& chains) {
  std::set<std::string> chained;
  for (const auto& c : chains) chained.insert(c.programs.begin(), c.programs.end());
  if (options.programs.empty())
    for (const ProgramSpec& p : spec.programs())
      if (p.autoload) options.programs.push_back(p.name);
  ChainedLoad out;
  for (;;) {
    auto obj = KernelObject::load(spec, options);
    if (obj) {
      out.object = std::move(*obj);
      return out;
    }
    const Error& e = obj.error();
    auto it = std::find(options.programs.begin(), options.programs.end(), e.program);
    if (e.program.empty() || chained.count(e.program) == 0 || it == options.programs.end())
      return std::move(obj).error();
    out.load_failures[e.program] = e.message;
    options.programs.erase(it);
    // Nothing left to load is not an object worth having; say why the last one failed.
    if (options.programs.empty()) return std::move(obj).error();
  }
}

ObjectAttachment::~ObjectAttachment() {
  while (!links.empty()) links.pop_back();
}

Expected<ObjectAttachment> attach_object(const KernelObject& object, const std::vector<AttachChain>& chains,
                                         const std::map<std::string, std::string>& load_failures,
                                         const ObjectAttachOptions& options) {
  auto try_one = [&](const std::string& name) -> Expected<KernelLink> {
    if (auto it = load_failures.find(name); it != load_failures.end())
      return make_error("load: " + it->second).in_program(name);
    const KernelObject::LoadedProgram* p = object.program(name);
    if (p == nullptr) return make_error("not loaded").in_program(name);
    AttachOptions ao = options.defaults;
    if (auto it = options.targets.find(name); it != options.targets.end()) ao.target = it->second;
    return attach_program(*p->spec, p->fd.get(), ao);
  };

  ObjectAttachment out;
  std::set<std::string> chained;
  for (const AttachChain& chain : chains) {
    chained.insert(chain.programs.begin(), chain.programs.end());
    bool any = false;
    for (const auto& p : chain.programs) any = any || object.program(p) != nullptr || load_failures.count(p) != 0;
    if (!any) continue;  // none of it was asked for
    KernelLink link;
    ChainOutcome oc = attach_first(chain, try_one, &link);
    ChainReport report{chain.name, oc.chosen, oc.skipped};
    if (oc.chosen.empty()) {
      std::string why;
      for (const auto& [p, reason] : oc.skipped) why += fmt::format("{}{}: {}", why.empty() ? "" : "; ", p, reason);
      return make_error(fmt::format("attach chain '{}': no alternative works on this kernel ({})", chain.name, why));
    }
    out.chains.push_back(std::move(report));
    out.links.push_back(std::move(link));
  }
  for (const KernelObject::LoadedProgram& p : object.programs()) {
    if (chained.count(p.spec->name) != 0) continue;
    auto link = try_one(p.spec->name);
    if (!link) return std::move(link).error();
    out.links.push_back(std::move(*link));
  }
  return out;
}

}  // namespace bpfkit::kernel
