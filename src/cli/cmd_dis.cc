// bpfkit dis FILE.bin|FILE.o: disassemble raw instructions or the executable sections of a BPF ELF object.
//
// Indices are instruction slots (8 bytes; an LD_IMM64 takes two), counted from the start of the raw file or of the
// ELF section, as llvm-objdump counts them, so an index times 8 is the relocation offset readelf shows.
#include <algorithm>
#include <cstring>
#include <map>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "bpfkit/disasm.h"
#include "bpfkit/elf.h"
#include "bpfkit/insn.h"
#include "bpfkit/object.h"
#include "cli/commands.h"
#include "cli/dis_linked.h"
#include "cli/io.h"

namespace bpfkit::cli {
namespace {

struct DisOptions {
  std::string input;
  AsmSyntax syntax = AsmSyntax::Llvm;
  bool syntax_given = false;
  std::string prog;
  bool sections = false;
  std::string btf;
};

// A run of instructions to print: one function of a section, the code of a section no symbol covers, or a whole
// raw file. Indices are into insns, which is the whole section so that LD_IMM64 and jumps read their neighbours.
struct Block {
  std::string section;   // empty for a raw file
  std::string function;  // empty when no symbol covers the block
  std::vector<Insn> const* insns = nullptr;
  std::span<const uint8_t> bytes;  // the same instructions as bytes, for the listing
  size_t begin = 0, end = 0;       // slot range [begin, end)
  std::span<const ElfRelocation> relocs;  // of the whole section, sorted as in the file
  const ElfFile* elf = nullptr;
};

std::vector<Insn> to_insns(std::span<const uint8_t> bytes) {
  std::vector<Insn> insns(bytes.size() / sizeof(Insn));
  if (!insns.empty()) memcpy(insns.data(), bytes.data(), insns.size() * sizeof(Insn));
  return insns;
}

std::string hex_bytes(std::span<const uint8_t> bytes, const char* sep) {
  std::string s;
  for (size_t i = 0; i < bytes.size(); ++i) s += fmt::format("{}{:02x}", i ? sep : "", bytes[i]);
  return s;
}

// The relocations that patch bytes of slots [idx, idx + slots).
std::vector<const ElfRelocation*> relocs_at(const Block& b, size_t idx, size_t slots) {
  std::vector<const ElfRelocation*> out;
  for (const ElfRelocation& r : b.relocs)
    if (r.offset >= idx * 8 && r.offset < (idx + slots) * 8) out.push_back(&r);
  return out;
}

std::string reloc_type(const ElfRelocation& r) {
  const char* name = reloc::type_name(r.type);
  return name ? name : fmt::format("type {}", r.type);
}

std::string reloc_symbol(const Block& b, const ElfRelocation& r) {
  const ElfSymbol* sym = b.elf->symbol(r.symbol);
  return sym ? sym->name : "";
}

// Slots of the instruction at idx, but never past the block (a truncated LD_IMM64 shows as one slot).
size_t slots_at(const Block& b, size_t idx) { return std::min(insn_slots((*b.insns)[idx]), b.end - idx); }

void print_block(const Block& b, AsmSyntax syntax) {
  if (!b.function.empty()) fmt::print("\n{:016x} <{}>:\n", b.begin * 8, b.function);
  for (size_t idx = b.begin; idx < b.end;) {
    const size_t n = slots_at(b, idx);
    const Insn& insn = (*b.insns)[idx];
    const std::string text = disassemble_insn(*b.insns, idx, syntax);
    std::vector<const ElfRelocation*> relocs = b.elf ? relocs_at(b, idx, n) : std::vector<const ElfRelocation*>{};
    if (syntax == AsmSyntax::Llvm) {
      // llvm-objdump -dr: all bytes of the instruction on one line, relocations on their own lines below.
      fmt::print("{:>8}:\t{}\t{}\n", idx, hex_bytes(b.bytes.subspan(idx * 8, n * 8), " "), text);
      for (const ElfRelocation* r : relocs)
        fmt::print("\t\t{:016x}:  {}\t{}\n", r->offset, reloc_type(*r), reloc_symbol(b, *r));
    } else {
      // bpftool prog dump xlated; relocations as a trailing comment, which the assembler skips.
      std::string line = fmt::format("{:>4}: ({:02x}) {}", idx, insn.opcode, text);
      for (const ElfRelocation* r : relocs) line += fmt::format("  ; {} {}", reloc_type(*r), reloc_symbol(b, *r));
      fmt::print("{}\n", line);
    }
    idx += n;
  }
}

nlohmann::ordered_json block_json(const Block& b, AsmSyntax syntax) {
  nlohmann::ordered_json insns = nlohmann::ordered_json::array();
  for (size_t idx = b.begin; idx < b.end;) {
    const size_t n = slots_at(b, idx);
    nlohmann::ordered_json j = {{"idx", idx},
                        {"opcode", (*b.insns)[idx].opcode},
                        {"text", disassemble_insn(*b.insns, idx, syntax)},
                        {"bytes", hex_bytes(b.bytes.subspan(idx * 8, n * 8), "")}};
    if (b.elf) {
      nlohmann::ordered_json relocs = nlohmann::ordered_json::array();
      for (const ElfRelocation* r : relocs_at(b, idx, n))
        relocs.push_back({{"offset", r->offset}, {"type", reloc_type(*r)}, {"symbol", reloc_symbol(b, *r)}});
      if (!relocs.empty()) j["relocs"] = std::move(relocs);
    }
    insns.push_back(std::move(j));
    idx += n;
  }
  nlohmann::ordered_json section = b.section.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(b.section);
  nlohmann::ordered_json function = b.function.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(b.function);
  return {{"section", section}, {"function", function}, {"insns", std::move(insns)}};
}

// Splits an executable section into blocks: one per function symbol, plus any bytes no function covers.
void section_blocks(const ElfFile& elf, const ElfSection& sec, const std::vector<Insn>& insns,
                    std::vector<Block>& out) {
  Block base;
  base.section = sec.name;
  base.insns = &insns;
  base.bytes = sec.data;
  base.relocs = elf.relocations(sec);
  base.elf = &elf;
  std::vector<const ElfSymbol*> funcs = elf.functions(sec);
  size_t pos = 0;
  for (size_t i = 0; i < funcs.size(); ++i) {
    const size_t start = funcs[i]->value / 8;
    if (start < pos) continue;  // an alias of a function already listed
    // A function without st_size (hand-written assembly) runs to the next function or the section end.
    size_t end = funcs[i]->size ? start + funcs[i]->size / 8 : insns.size();
    if (funcs[i]->size == 0 && i + 1 < funcs.size()) end = std::max(start, size_t(funcs[i + 1]->value / 8));
    if (start > pos) {
      Block gap = base;
      gap.begin = pos, gap.end = start;
      out.push_back(gap);
    }
    Block f = base;
    f.function = funcs[i]->name;
    f.begin = start, f.end = end;
    out.push_back(f);
    pos = end;
  }
  if (pos < insns.size()) {
    Block gap = base;
    gap.begin = pos, gap.end = insns.size();
    out.push_back(gap);
  }
}

int dis_object(const DisOptions& opt, const Output& out, const std::string& name, std::vector<uint8_t> bytes) {
  auto elf = ElfFile::parse(std::move(bytes), name);
  if (!elf) return report(out, elf.error(), kExitBadInput);
  std::vector<const ElfSection*> code;
  for (const ElfSection& s : elf->sections())
    if (s.is_executable() && s.size > 0) code.push_back(&s);
  std::vector<std::vector<Insn>> insns(code.size());  // per section; blocks point into it
  std::vector<Block> blocks;
  for (size_t i = 0; i < code.size(); ++i) {
    insns[i] = to_insns(code[i]->data);
    section_blocks(*elf, *code[i], insns[i], blocks);
  }

  if (out.json) {
    nlohmann::ordered_json doc = nlohmann::ordered_json::array();
    for (const Block& b : blocks) doc.push_back(block_json(b, opt.syntax));
    print_json(doc);
    return kExitOk;
  }
  fmt::print("\n{}:\tfile format elf64-bpf\n", name);
  const std::string* section = nullptr;
  for (const Block& b : blocks) {
    if (section == nullptr || *section != b.section) fmt::print("\nDisassembly of section {}:\n", b.section);
    section = &b.section;
    print_block(b, opt.syntax);
  }
  return kExitOk;
}

int dis_raw(const DisOptions& opt, const Output& out, const std::string& name, std::span<const uint8_t> bytes) {
  if (bytes.empty()) return report(out, make_error("empty file, no instructions").in_object(name), kExitBadInput);
  if (bytes.size() % 8 != 0)
    return report(out,
                  make_error(fmt::format("size {} is not a multiple of 8 (raw programs are 8-byte instructions)",
                                         bytes.size()))
                      .in_object(name),
                  kExitBadInput);
  // No validation: like llvm-objdump, show what is there and print unknown encodings as <unknown>.
  std::vector<Insn> insns = to_insns(bytes);
  Block b;
  b.insns = &insns;
  b.bytes = bytes;
  b.end = insns.size();
  if (out.json) {
    print_json(nlohmann::ordered_json::array({block_json(b, opt.syntax)}));
  } else {
    print_block(b, opt.syntax);
  }
  return kExitOk;
}

int run_dis(const DisOptions& opt, const Output& out) {
  const std::string name = opt.input == "-" ? "<stdin>" : opt.input;
  auto bytes = read_file(opt.input);
  if (!bytes) return report(out, bytes.error(), kExitBadInput);
  if (ElfFile::has_elf_magic(*bytes)) {
    if (opt.sections) return dis_object(opt, out, name, std::move(*bytes));
    auto obj = ObjectSpec::parse(std::move(*bytes), opt.input == "-" ? "stdin.o" : opt.input);
    if (!obj) return report(out, obj.error(), kExitBadInput);
    // The linked view is what the kernel would show (bpftool prog dump xlated): its spelling by default.
    return dis_linked(*obj, opt.prog, opt.syntax_given ? opt.syntax : AsmSyntax::Verifier, out, opt.btf);
  }
  if (!opt.prog.empty() || opt.sections)
    return report(out, make_error("--prog and --sections need an ELF object").in_object(name), kExitBadInput);
  return dis_raw(opt, out, name, *bytes);
}

}  // namespace

Command add_dis_command(CLI::App& root, Output& out) {
  auto opt = std::make_shared<DisOptions>();
  CLI::App* app = root.add_subcommand("dis", "Disassemble raw instructions (.bin), or the linked programs of a BPF ELF object (.o) with source lines");
  app->add_option("FILE", opt->input, "Raw little-endian instructions, or an ELF object (detected by its magic)")
      ->required();
  const std::map<std::string, AsmSyntax> syntaxes = {{"llvm", AsmSyntax::Llvm}, {"verifier", AsmSyntax::Verifier}};
  CLI::Option* syntax = app->add_option("--syntax", opt->syntax,
                  "llvm: llvm-objdump style (default for raw files and --sections); verifier: bpftool/verifier-log "
                  "style (default for linked programs)")
      ->transform(CLI::CheckedTransformer(syntaxes, CLI::ignore_case));
  app->add_option("--prog", opt->prog, "Only this program of an object (linked, with source lines)");
  app->add_option("--btf", opt->btf,
                  "Target BTF for CO-RE relocations: raw BTF or an ELF object's .BTF (default: "
                  "/sys/kernel/btf/vmlinux)");
  app->add_flag("--sections", opt->sections,
                "For an object: list its executable sections as llvm-objdump -dr does, instead of linked programs");
  app->callback([opt, syntax] { opt->syntax_given = syntax->count() > 0; });
  add_json_flag(*app, out);
  return {app, [opt, &out] { return run_dis(*opt, out); }};
}

}  // namespace bpfkit::cli
