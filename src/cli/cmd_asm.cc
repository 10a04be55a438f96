// bpfkit asm FILE.s [-o FILE.bin]: assemble text into raw little-endian instructions.
#include <string>
#include <string_view>

#include <fmt/format.h>

#include "bpfkit/asm.h"
#include "bpfkit/insn.h"
#include "cli/commands.h"
#include "cli/io.h"

namespace bpfkit::cli {
namespace {

struct AsmOptions {
  std::string input;
  std::string output;  // empty: derived from input
};

// foo.s -> foo.bin next to it; any other name gets ".bin" appended; stdin goes to stdout.
std::string default_output(const std::string& input) {
  if (input == "-") return "-";
  std::string_view in = input;
  const size_t slash = in.rfind('/');
  const size_t dot = in.rfind('.');
  if (dot != std::string_view::npos && (slash == std::string_view::npos || dot > slash) &&
      (in.substr(dot) == ".s" || in.substr(dot) == ".S" || in.substr(dot) == ".asm"))
    in = in.substr(0, dot);
  return std::string(in) + ".bin";
}

int run_asm(const AsmOptions& opt, const Output& out) {
  const std::string name = opt.input == "-" ? "<stdin>" : opt.input;
  auto text = read_file(opt.input);
  if (!text) return report(out, text.error(), kExitBadInput);
  auto prog = assemble(std::string_view(reinterpret_cast<const char*>(text->data()), text->size()));
  if (!prog) return report(out, prog.error().in_object(name), kExitBadInput);
  if (prog->empty()) return report(out, make_error("no instructions").in_object(name), kExitBadInput);

  // Raw bytes may hold anything, so a bad jump is not fatal here; `bpfkit run` rejects it. Say so now, though,
  // while the source is at hand.
  if (auto valid = validate_program(*prog); !valid) warn(Error(valid.error()).in_object(name).to_string());

  const std::string output = opt.output.empty() ? default_output(opt.input) : opt.output;
  const std::vector<uint8_t> bytes = encode_program(*prog);
  if (auto w = write_file(output, bytes); !w) return report(out, w.error(), kExitBadInput);

  // With -o - stdout carries the program; the summary moves to stderr.
  FILE* summary = output == "-" ? stderr : stdout;
  if (out.json) {
    nlohmann::ordered_json doc = {{"insns", prog->size()}, {"output", output}};
    fmt::print(summary, "{}\n", doc.dump());
  } else {
    fmt::print(summary, "{} instruction{} \u2192 {}\n", prog->size(), prog->size() == 1 ? "" : "s",
               output == "-" ? "<stdout>" : output);
  }
  return kExitOk;
}

}  // namespace

Command add_asm_command(CLI::App& root, Output& out) {
  auto opt = std::make_shared<AsmOptions>();
  CLI::App* app = root.add_subcommand("asm", "Assemble a text program into raw instructions");
  app->add_option("FILE", opt->input, "Assembly source (llvm-objdump or verifier-log syntax); - for stdin")
      ->required();
  app->add_option("-o,--output", opt->output,
                  "Output file (default: FILE with .s replaced by .bin; - for stdout)");
  add_json_flag(*app, out);
  return {app, [opt, &out] { return run_asm(*opt, out); }};
}

}  // namespace bpfkit::cli
