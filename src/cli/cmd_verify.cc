// bpfkit verify OBJ | FILE.s | FILE.bin: the verifier's verdict on each program, as the kernel's BPF_PROG_LOAD
// would give it, with the source line and a hint for a rejection. Exit 0 when every program is accepted, 1 when any
// is rejected, 2 for bad input.
#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include <fmt/format.h>

#include "bpfkit/asm.h"
#include "bpfkit/compat.h"
#include "bpfkit/core.h"
#include "bpfkit/link.h"
#include "bpfkit/runtime.h"
#include "bpfkit/verifier.h"
#include "cli/commands.h"
#include "cli/io.h"
#include "cli/object_io.h"
#include "cli/verify_report.h"

namespace bpfkit::cli {
namespace {

struct VerifyCommand {
  std::string file;
  std::string prog;
  std::string type;  // raw and assembly programs: the program type
  std::string btf;   // CO-RE target BTF
  VerifyFlags flags;
};

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

struct Verdict {
  std::string name;
  VerifyResult result;
};

int print_verdicts(const std::vector<Verdict>& verdicts, const VerifyCommand& cmd, const Output& out) {
  const bool any_rejected =
      std::any_of(verdicts.begin(), verdicts.end(), [](const Verdict& v) { return !v.result.accepted; });
  if (out.json) {
    nlohmann::ordered_json programs = nlohmann::ordered_json::array();
    for (const Verdict& v : verdicts) programs.push_back(verdict_json(v.name, v.result, cmd.flags.log_level));
    print_json({{"programs", std::move(programs)}});
  } else {
    size_t width = 0;
    for (const Verdict& v : verdicts) width = std::max(width, v.name.size());
    for (const Verdict& v : verdicts) {
      if (cmd.flags.log_level > 0 && !v.result.log.empty()) {
        fmt::print("{}", v.result.log);
        if (v.result.log.back() != '\n') fmt::print("\n");
      }
      print_verdict(v.name, v.result, width);
    }
  }
  return any_rejected ? kExitRejected : kExitOk;
}

// An assembly or raw file: one program, of the type --type names. Raw programs have no license; like `bpfkit run
// --raw` they count as GPL.
int verify_raw(const VerifyCommand& cmd, const VerifyOptions& options, const Output& out) {
  if (cmd.type.empty())
    return report(out, make_error("--type is required for an assembly or raw program (xdp, sched_cls, ...)")
                           .in_object(cmd.file),
                  kExitBadInput);
  auto type = prog_type_from_name(cmd.type);
  if (!type || *type == ProgType::Unspec)
    return report(out, fmt::format("--type: unknown program type '{}'", cmd.type), kExitBadInput);
  auto bytes = read_file(cmd.file);
  if (!bytes) return report(out, bytes.error(), kExitBadInput);
  Expected<std::vector<Insn>> insns = std::vector<Insn>{};
  if (ends_with(cmd.file, ".s")) {
    insns = assemble(std::string_view(reinterpret_cast<const char*>(bytes->data()), bytes->size()));
  } else {
    if (bytes->size() % 8 != 0)
      return report(out, make_error(fmt::format("size {} is not a multiple of 8", bytes->size())).in_object(cmd.file),
                    kExitBadInput);
    insns = decode_program(*bytes);
  }
  if (!insns) return report(out, std::move(insns.error().in_object(cmd.file)), kExitBadInput);
  VerifierInput input;
  input.insns = std::move(*insns);
  input.type = *type;
  input.gpl_compatible = true;
  input.name = cmd.file;
  return print_verdicts({{cmd.file, verify(input, options)}}, cmd, out);
}

int run_verify(const VerifyCommand& cmd, const Output& out) {
  auto options = verify_options(cmd.flags);
  if (!options) return report(out, options.error(), kExitBadInput);
  if (ends_with(cmd.file, ".s") || ends_with(cmd.file, ".bin")) return verify_raw(cmd, *options, out);
  if (!cmd.type.empty())
    return report(out, "--type is for assembly and raw programs; an object's programs have their section's type",
                  kExitBadInput);

  auto obj = open_object(cmd.file);
  if (!obj) return report(out, obj.error(), kExitBadInput);
  std::vector<const ProgramSpec*> selected;
  if (cmd.prog.empty()) {
    for (const ProgramSpec& p : obj->programs())
      if (!p.is_subprogram) selected.push_back(&p);
    if (selected.empty()) return report(out, make_error("the object has no programs").in_object(cmd.file), kExitBadInput);
  } else {
    auto p = select_program(*obj, cmd.prog);
    if (!p) return report(out, p.error(), kExitBadInput);
    selected.push_back(*p);
  }
  CoreOptions core_options;
  if (!cmd.btf.empty()) core_options.btf_path = cmd.btf;
  auto core = CoreRelocations::resolve(*obj, core_options);
  if (!core) return report(out, core.error(), kExitBadInput);

  // .kconfig as a load on the profile's kernel would fill it: LINUX_KERNEL_VERSION is that kernel's.
  LoadOptions load;
  load.kernel_version = options->profile.kernel_version;
  auto kconfig = kconfig_map_value(*obj, load);
  if (!kconfig) return report(out, kconfig.error(), kExitBadInput);

  std::vector<Verdict> verdicts;
  for (const ProgramSpec* p : selected) {
    auto linked = link_program(*obj, *p, *core);
    if (!linked) return report(out, linked.error(), kExitBadInput);
    verdicts.push_back({p->name, verify(VerifierInput::from_linked(*obj, *linked, *kconfig), *options)});
  }
  return print_verdicts(verdicts, cmd, out);
}

}  // namespace

Command add_verify_command(CLI::App& root, Output& out) {
  auto cmd = std::make_shared<VerifyCommand>();
  CLI::App* app = root.add_subcommand(
      "verify", "Verify an object's programs as the kernel's verifier would, with source line and hint on rejection");
  app->add_option("FILE", cmd->file, "A BPF ELF object, or a program as assembly (.s) or raw instructions (.bin)")
      ->required();
  app->add_option("--prog", cmd->prog, "Verify only this program (default: all of the object's programs)");
  app->add_option("--type", cmd->type, "Program type of an assembly or raw program (bpftool names: xdp, ...)");
  app->add_option("--btf", cmd->btf, "Target BTF for CO-RE relocations (default: /sys/kernel/btf/vmlinux)");
  add_verify_flags(*app, cmd->flags);
  add_json_flag(*app, out);
  return {app, [cmd, &out] { return run_verify(*cmd, out); }};
}

}  // namespace bpfkit::cli
