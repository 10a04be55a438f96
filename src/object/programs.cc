// Programs and subprograms: every STT_FUNC of an executable section (bpf_object__add_programs), sorted by section
// and offset (cmp_progs), typed through the section_defs table.
#include <elf.h>

#include <algorithm>
#include <cstring>

#include <fmt/format.h>

#include "object/parser.h"

namespace bpfkit {
namespace {

// The extra part of a SEC name: "do_unlinkat" for "kprobe/do_unlinkat" (libbpf's attach functions take what
// follows the first '/' after the prefix).
std::string attach_target(const SectionDef* def, std::string_view name) {
  if (def == nullptr) return {};
  std::string_view prefix = def->prefix;
  if (prefix.ends_with('+')) prefix.remove_suffix(1);
  if (prefix.ends_with('/')) return std::string(name.substr(prefix.size()));
  if (name.size() > prefix.size() && name[prefix.size()] == '/') return std::string(name.substr(prefix.size() + 1));
  return {};
}

}  // namespace

Expected<void> ObjectParser::collect_programs() {
  std::vector<ProgramSpec> all;
  for (const ElfSection& s : elf.sections()) {
    if (roles[s.index] != SectionRole::Program) continue;
    bool is_text = int(s.index) == text_index;
    for (const ElfSymbol& y : elf.symbols()) {
      if (y.section_index != s.index || y.type != STT_FUNC) continue;
      // ElfFile checked that the function lies inside the section and is 8-byte aligned.
      if (y.size == 0)
        return fail(fmt::format("section '{}': corrupted program '{}': offset {}, size 0", s.name, y.name, y.value));
      if (!is_text && y.bind == STB_LOCAL)
        return fail(fmt::format("section '{}': program '{}' is static and not supported", s.name, y.name));
      ProgramSpec p;
      p.name = y.name;
      std::string_view sec_name = s.name;
      p.autoload = !sec_name.starts_with('?');
      if (!p.autoload) sec_name.remove_prefix(1);
      p.section_name = std::string(sec_name);
      p.section_index = s.index;
      p.insn_offset = uint32_t(y.value / sizeof(Insn));
      p.insns.resize(y.size / sizeof(Insn));
      std::memcpy(p.insns.data(), s.data.data() + y.value, y.size);
      p.is_subprogram = is_text;
      if (!is_text) {
        p.section_def = find_section_def(p.section_name);
        if (p.section_def != nullptr) {
          p.type = p.section_def->prog_type;
          p.expected_attach_type = p.section_def->expected_attach_type;
          p.sleepable = p.section_def->sleepable;
          p.attach_target = attach_target(p.section_def, p.section_name);
        }
      }
      all.push_back(std::move(p));
    }
  }
  std::sort(all.begin(), all.end(), [](const ProgramSpec& a, const ProgramSpec& b) {
    return a.section_index != b.section_index ? a.section_index < b.section_index : a.insn_offset < b.insn_offset;
  });
  for (size_t i = 1; i < all.size(); ++i)
    if (all[i].section_index == all[i - 1].section_index && all[i].insn_offset == all[i - 1].insn_offset)
      return fail(fmt::format("functions '{}' and '{}' start at the same instruction {} of section {}",
                              all[i - 1].name, all[i].name, all[i].insn_offset, all[i].section_index));
  // libbpf's prog_is_subprog(): a .text function is a subprogram only when the object has more than one function;
  // a lone .text function is an entry program (of unknown type, named after .text).
  if (all.size() == 1 && all[0].is_subprogram) all[0].is_subprogram = false;
  for (ProgramSpec& p : all) (p.is_subprogram ? obj.subprograms_ : obj.programs_).push_back(std::move(p));
  return {};
}

}  // namespace bpfkit
