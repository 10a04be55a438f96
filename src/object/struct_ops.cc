// struct_ops maps: the variables of the .struct_ops and .struct_ops.link sections (libbpf's init_struct_ops_maps)
// and the programs their function pointer members name, from the sections' relocations (collect_st_ops_relos),
// with libbpf's checks and words.
#include <fmt/format.h>

#include "object/parser.h"

namespace bpfkit {

Expected<void> ObjectParser::init_struct_ops() {
  for (uint32_t index : struct_ops_indices) {
    const ElfSection& sec = *elf.section(index);
    const btf::Btf& btf = *obj.btf_;  // load_btf failed already when these sections have no BTF
    auto datasec_id = btf.find_by_name_kind(sec.name, btf::Kind::Datasec);
    if (!datasec_id) return fail(fmt::format("struct_ops init: DATASEC {} not found", sec.name));
    const btf::Type& datasec = *btf.type(*datasec_id);
    const size_t first = obj.struct_ops_.size();
    for (const btf::VarSecinfo& v : datasec.vars) {
      const btf::Type* var = btf.type(v.type);
      if (var == nullptr || var->kind != btf::Kind::Var)
        return fail(fmt::format("struct_ops init: bad VAR in {}", sec.name));
      const btf::TypeId tid = btf.skip_mods_and_typedefs(var->type);
      const btf::Type* t = btf.type(tid);
      if (t == nullptr || t->kind != btf::Kind::Struct)
        return fail(fmt::format("struct_ops init: {} is not a struct", var->name));
      if (v.size != t->size) return fail(fmt::format("struct_ops init: var {} size mismatch", var->name));
      if (uint64_t(v.offset) + v.size > sec.size)
        return fail(fmt::format("struct_ops init: var {} lies outside section {}", var->name, sec.name));
      obj.struct_ops_.push_back(StructOpsMap{var->name, t->name, sec.name, tid, {}});
    }
    auto relocs = elf.relocations(sec);
    for (size_t i = 0; i < relocs.size(); ++i) {
      const ElfRelocation& rel = relocs[i];
      const ElfSymbol& sym = elf.symbols()[rel.symbol];
      // The variable holding the pointer.
      const btf::VarSecinfo* vi = nullptr;
      size_t map_at = first;
      for (const btf::VarSecinfo& v : datasec.vars) {
        if (v.offset <= rel.offset && rel.offset < uint64_t(v.offset) + v.size) {
          vi = &v;
          break;
        }
        ++map_at;
      }
      if (vi == nullptr) return fail(fmt::format("struct_ops reloc: cannot find map at rel->r_offset {}", rel.offset));
      StructOpsMap& map = obj.struct_ops_[map_at];
      const btf::Type& st = *btf.type(map.type_id);
      const uint64_t moff = rel.offset - vi->offset;
      const btf::Member* member = nullptr;
      for (const btf::Member& m : st.members)
        if (uint64_t(m.bit_offset) == moff * 8) member = &m;
      if (member == nullptr)
        return fail(fmt::format("struct_ops reloc {}: cannot find member at moff {}", map.name, moff));
      const btf::Type* mt = btf.type(btf.skip_mods_and_typedefs(member->type));
      const btf::Type* pointee =
          mt && mt->kind == btf::Kind::Ptr ? btf.type(btf.skip_mods_and_typedefs(mt->type)) : nullptr;
      if (pointee == nullptr || pointee->kind != btf::Kind::FuncProto)
        return fail(fmt::format("struct_ops reloc {}: cannot relocate non func ptr {}", map.name, member->name));
      const ProgramSpec* prog = nullptr;
      for (const ProgramSpec& p : obj.programs_)
        if (p.section_index == sym.section_index && uint64_t(p.insn_offset) * sizeof(Insn) == sym.value) prog = &p;
      if (prog == nullptr)
        return fail(fmt::format("struct_ops reloc {}: cannot find prog at shdr_idx {} to relocate func ptr {}",
                                map.name, sym.section_index, member->name));
      if (prog->type != ProgType::StructOps)
        return fail(fmt::format("prog '{}': is not a struct_ops BPF program", prog->name));
      // A program implements one member of one struct type (libbpf compares attach_btf_id and member index).
      if (const StructOpsMap* other = nullptr; const auto* f = obj.struct_ops_member(prog->name, &other)) {
        if (other->type_name != map.type_name || f->member != member->name)
          return fail(fmt::format("struct_ops reloc {}: cannot use prog {} in sec {} for func ptr {}: it is {}.{} "
                                  "already",
                                  map.name, prog->name, prog->section_name, member->name, other->name, f->member));
      }
      map.funcs.push_back({member->name, prog->name});
    }
  }
  return {};
}

}  // namespace bpfkit
