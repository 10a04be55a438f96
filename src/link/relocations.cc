// Relocations of program code: what each R_BPF_64_64 / R_BPF_64_32 means (bpf_program__record_reloc), and the
// rewrite of map, global data and .kconfig references once the code is laid out (bpf_object__relocate_data).
#include <elf.h>

#include <algorithm>

#include <fmt/format.h>

#include "link/linker.h"

namespace bpfkit::link_detail {
namespace {

bool is_extern(const ElfSymbol& y) {
  return y.section_index == SHN_UNDEF && (y.bind == STB_GLOBAL || y.bind == STB_WEAK) && y.type == STT_NOTYPE;
}

// libbpf's .text index: an executable .text with code in it.
int text_section(const ElfFile& elf) {
  const ElfSection* s = elf.section_by_name(".text");
  return s != nullptr && s->is_executable() && s->size > 0 ? int(s->index) : -1;
}

}  // namespace

Expected<void> Linker::collect_relos(const ProgramSpec& f, size_t base) {
  const ElfFile& elf = obj.elf();
  const ElfSection& sec = *elf.section(f.section_index);
  const uint64_t begin = uint64_t(f.insn_offset) * sizeof(Insn);
  const uint64_t end = begin + f.insns.size() * sizeof(Insn);
  const int text = text_section(elf);
  std::vector<Relo>& list = relos[&f];
  for (const ElfRelocation& rel : elf.relocations(sec)) {
    if (rel.offset < begin || rel.offset >= end) continue;
    const size_t idx = (rel.offset - begin) / sizeof(Insn), at = base + idx;
    const ElfSymbol& sym = elf.symbols()[rel.symbol];
    auto bad = [&](std::string problem) {
      std::string in_fn = &f == &main ? "" : fmt::format(" (in subprogram '{}')", f.name);
      return fail(fmt::format("relocation against '{}'{}: {}", sym.name, in_fn, problem), at);
    };
    if (rel.offset % sizeof(Insn) != 0)
      return bad(fmt::format("offset {:#x} is not on an instruction boundary", rel.offset));
    const Insn& insn = f.insns[idx];
    const bool is_call = insn.opcode == (op::JMP | op::CALL);
    if (!is_call && !is_ld_imm64(insn))
      return bad(fmt::format("instruction (code {:#04x}) is neither a call nor an LD_IMM64", insn.opcode));
    Relo r;
    r.insn = idx;
    r.symbol = sym.name;

    if (is_extern(sym)) {
      auto ks = obj.ksym_externs();
      auto ksym = std::find_if(ks.begin(), ks.end(), [&](const KsymExtern& e) { return e.symbol == rel.symbol; });
      if (ksym != ks.end()) {
        // RELO_EXTERN_CALL / RELO_EXTERN_LD64: only a kfunc may be called, and an LD_IMM64 needs its second slot.
        if (is_call && ksym->kind != KsymExtern::Kind::Func) return bad("a call to a .ksyms variable");
        if (!is_call && idx + 1 >= f.insns.size()) return bad("LD_IMM64 is cut off at the end of the function");
        r.kind = is_call ? Relo::Kind::KfuncCall : Relo::Kind::KsymLd;
        r.ksym = size_t(ksym - ks.begin());
        list.push_back(std::move(r));
        continue;
      }
      auto kc = obj.kconfig_externs();
      auto ext = std::find_if(kc.begin(), kc.end(), [&](const KconfigExtern& e) { return e.symbol == rel.symbol; });
      if (ext == kc.end()) return bad("extern in neither .kconfig nor .ksyms");
      if (is_call) return bad("a call to a .kconfig extern");
      if (idx + 1 >= f.insns.size()) return bad("LD_IMM64 is cut off at the end of the function");
      auto map = obj.map_index(".kconfig");
      if (!map) return bad("no .kconfig map");
      r.kind = Relo::Kind::Kconfig;
      r.map = *map;
      r.ext_off = ext->offset;
      list.push_back(std::move(r));
      continue;
    }

    if (is_call) {
      if (insn.src != op::PSEUDO_CALL)
        return bad(fmt::format("call with src_reg {} is not a BPF-to-BPF call", int(insn.src)));
      if (sym.section_index == SHN_UNDEF || int(sym.section_index) != text) {
        const ElfSection* s = elf.section(sym.section_index);
        return bad(fmt::format("call into section '{}', not .text", s != nullptr ? s->name : "?"));
      }
      if (sym.value % sizeof(Insn) != 0) return bad(fmt::format("call target offset {} is not aligned", sym.value));
      r.kind = Relo::Kind::Call;
      r.sym_off = sym.value;
      list.push_back(std::move(r));
      continue;
    }

    if (!sym.is_defined())
      return bad(fmt::format("symbol in special section {:#x} (an uninitialized global?)", sym.section_index));
    if (idx + 1 >= f.insns.size()) return bad("LD_IMM64 is cut off at the end of the function");
    // Function references: a global function symbol, or the .text section symbol with the offset in imm.
    if (int(sym.section_index) == text && ((sym.bind == STB_LOCAL && sym.type == STT_SECTION) ||
                                           (sym.bind == STB_GLOBAL && sym.type == STT_FUNC))) {
      if (sym.value % sizeof(Insn) != 0 || insn.imm % int32_t(sizeof(Insn)) != 0)
        return bad(fmt::format("function reference to offset {}{:+} is not aligned", sym.value, insn.imm));
      r.kind = Relo::Kind::SubprogAddr;
      r.sym_off = sym.value;
      out.insns[at].src = op::PSEUDO_FUNC;  // libbpf marks these before linking calls
      list.push_back(std::move(r));
      continue;
    }

    const ElfSection& target = *elf.section(sym.section_index);
    auto maps = obj.maps();
    if (target.name == ".maps" || target.name == "maps") {
      auto m = std::find_if(maps.begin(), maps.end(), [&](const MapDefinition& d) {
        return (d.origin == MapOrigin::Btf || d.origin == MapOrigin::Legacy) && d.section_index == target.index &&
               d.section_offset == sym.value;
      });
      if (m == maps.end()) return bad(fmt::format("no map defined at offset {} of {}", sym.value, target.name));
      r.kind = Relo::Kind::MapFd;
      r.map = size_t(m - maps.begin());
      list.push_back(std::move(r));
      continue;
    }
    auto m = std::find_if(maps.begin(), maps.end(), [&](const MapDefinition& d) {
      return (d.origin == MapOrigin::Data || d.origin == MapOrigin::Rodata || d.origin == MapOrigin::Bss) &&
             d.section_index == target.index;
    });
    if (m == maps.end()) return bad(fmt::format("section '{}' is neither a map section nor global data", target.name));
    r.kind = Relo::Kind::MapValue;
    r.map = size_t(m - maps.begin());
    r.sym_off = sym.value;
    list.push_back(std::move(r));
  }
  std::stable_sort(list.begin(), list.end(), [](const Relo& a, const Relo& b) { return a.insn < b.insn; });
  return {};
}

Expected<void> Linker::relocate_data() {
  for (const LinkedFunction& fn : out.functions) {
    for (const Relo& r : relos[fn.spec]) {
      const size_t i = fn.insn + r.insn;
      Insn* insn = &out.insns[i];
      switch (r.kind) {
        case Relo::Kind::Call:
          break;
        case Relo::Kind::SubprogAddr:
          if (insn->src != op::PSEUDO_FUNC) return fail("function reference lost its BPF_PSEUDO_FUNC marking", i);
          break;
        case Relo::Kind::MapFd:
          insn[0].src = op::PSEUDO_MAP_FD;
          insn[0].imm = int32_t(r.map);
          out.map_refs.push_back(MapReference{i, r.map, false, 0});
          break;
        case Relo::Kind::KfuncCall:
          // The target's BTF id and module index are the backend's to fill in.
          insn->src = op::PSEUDO_KFUNC_CALL;
          insn->imm = 0;
          insn->off = 0;
          out.extern_refs.push_back(ExternReference{i, r.ksym, true});
          break;
        case Relo::Kind::KsymLd:
          insn[0].src = 0;
          insn[0].imm = 0;
          insn[1].imm = 0;
          out.extern_refs.push_back(ExternReference{i, r.ksym, false});
          break;
        case Relo::Kind::MapValue:
        case Relo::Kind::Kconfig: {
          // The offset goes to the second imm: the addend clang left in the first one plus the symbol's offset
          // (zero for a section symbol), or the extern's place in the .kconfig map.
          uint32_t off = r.kind == Relo::Kind::Kconfig ? r.ext_off : uint32_t(insn[0].imm) + uint32_t(r.sym_off);
          insn[1].imm = int32_t(off);
          insn[0].src = op::PSEUDO_MAP_VALUE;
          insn[0].imm = int32_t(r.map);
          out.map_refs.push_back(MapReference{i, r.map, true, off});
          break;
        }
      }
    }
  }
  std::stable_sort(out.map_refs.begin(), out.map_refs.end(),
                   [](const MapReference& a, const MapReference& b) { return a.insn < b.insn; });
  std::stable_sort(out.extern_refs.begin(), out.extern_refs.end(),
                   [](const ExternReference& a, const ExternReference& b) { return a.insn < b.insn; });
  return {};
}

}  // namespace bpfkit::link_detail
