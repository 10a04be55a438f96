// func_info and line_info of a linked program (reloc_prog_func_and_line_info): each function's records, whose
// insn_off counts bytes from the start of its ELF section, re-based to the function's place in the linked program.
// As in libbpf, an entry program without records drops that kind of info for the whole program, and a subprogram
// without records when its entry program has some is an error (the kernel needs one func_info per function).
#include <fmt/format.h>

#include "link/linker.h"

namespace bpfkit::link_detail {

Expected<void> Linker::append_ext_info(const ProgramSpec& f, size_t base) {
  const btf::BtfExt* ext = obj.btf_ext();
  if (ext == nullptr) return {};
  const std::string& section = obj.elf().section(f.section_index)->name;
  const uint64_t first = f.insn_offset, last = first + f.insns.size();
  auto in_range = [&](uint32_t insn_off) { return insn_off / 8 >= first && insn_off / 8 < last; };
  auto rebase = [&](uint32_t insn_off) { return base + (insn_off / 8 - first); };
  const bool is_main = &f == &main;

  if (is_main || func_info_ok) {
    size_t before = out.func_info.size();
    if (const auto* sec = ext->func_info(section))
      for (const btf::FuncInfo& r : sec->records)
        if (in_range(r.insn_off)) out.func_info.push_back(LinkedFuncInfo{rebase(r.insn_off), r.type_id, f.name});
    if (out.func_info.size() == before) {
      if (!is_main) return fail(fmt::format("subprogram '{}' has no .BTF.ext func_info", f.name), base);
      func_info_ok = false;
    }
  }
  if (is_main || line_info_ok) {
    size_t before = out.line_info.size();
    if (const auto* sec = ext->line_info(section))
      for (const btf::LineInfo& r : sec->records)
        if (in_range(r.insn_off))
          out.line_info.push_back(LinkedLineInfo{rebase(r.insn_off), r.file_name, r.line, r.line_num, r.column});
    if (out.line_info.size() == before) {
      if (!is_main) return fail(fmt::format("subprogram '{}' has no .BTF.ext line_info", f.name), base);
      line_info_ok = false;
    }
  }
  if (const auto* sec = ext->core_relos(section))
    for (const btf::CoreRelo& r : sec->records)
      if (in_range(r.insn_off)) ++out.core_relos;
  return {};
}

}  // namespace bpfkit::link_detail
