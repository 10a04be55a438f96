#include <fmt/format.h>

#include "bpfkit/link.h"
#include "cli/dis_linked.h"
#include "cli/object_io.h"

namespace bpfkit::cli {
namespace {

// Map references still carry the map's index (the backend has not bound them yet); show them as the kernel's
// index forms, map[idx:N], which say what they are rather than a meaningless fd.
std::vector<Insn> display_insns(const LinkedProgram& linked) {
  std::vector<Insn> insns = linked.insns;
  for (const MapReference& ref : linked.map_refs) {
    if (ref.insn + 1 >= insns.size()) continue;
    insns[ref.insn].src = ref.value ? op::PSEUDO_MAP_IDX_VALUE : op::PSEUDO_MAP_IDX;
    insns[ref.insn].imm = int32_t(ref.map);
    insns[ref.insn + 1].imm = int32_t(ref.offset);
  }
  return insns;
}

const PoisonedInsn* poisoned_at(const LinkedProgram& linked, size_t idx) {
  for (const PoisonedInsn& p : linked.poisoned)
    if (p.insn == idx) return &p;
  return nullptr;
}

// The .ksyms extern a kfunc call at idx refers to, or null.
const KsymExtern* kfunc_at(const ObjectSpec& obj, const LinkedProgram& linked, size_t idx) {
  for (const ExternReference& ref : linked.extern_refs)
    if (ref.call && ref.insn == idx && ref.ext < obj.ksym_externs().size()) return &obj.ksym_externs()[ref.ext];
  return nullptr;
}

// A kfunc call by the extern's name, where the kernel's own form only has the BTF id (imm, 0 until the kernel
// backend binds it): bpftool's `call bpf_rcu_read_lock#id` in the verifier syntax, `call bpf_rcu_read_lock` (the
// symbol llvm-objdump's relocation line names) in LLVM's.
std::string insn_text(const ObjectSpec& obj, const LinkedProgram& linked, std::span<const Insn> insns, size_t idx,
                      AsmSyntax syntax) {
  if (const KsymExtern* k = kfunc_at(obj, linked, idx)) {
    const Insn& insn = insns[idx];
    std::string text = syntax == AsmSyntax::Verifier ? fmt::format("call {}#{}", k->name, insn.imm)
                                                     : fmt::format("call {}", k->name);
    if (insn.off != 0) text += fmt::format(" off {}", insn.off);  // a kfunc in a module's BTF (fd_array index)
    return text;
  }
  return disassemble_insn(insns, idx, syntax);
}

std::string line_text(const LinkedLineInfo& li) {
  // bpftool's linum form: the source text (leading blanks trimmed), then where it comes from.
  size_t start = li.line.find_first_not_of(" \t");
  std::string src = start == std::string::npos ? std::string() : li.line.substr(start);
  return fmt::format("; {} [file:{} line_num:{} line_col:{}]", src, li.file_name, li.line_num, li.column);
}

std::string func_header(const ObjectSpec& obj, const LinkedFuncInfo& fi) {
  const btf::Btf* btf = obj.btf();
  if (btf != nullptr && fi.type_id != 0) {
    if (const btf::Type* t = btf->type(fi.type_id)) return btf->declaration(t->type, fi.name) + ":";
  }
  return fi.name + ":";
}

nlohmann::ordered_json program_json(const ObjectSpec& obj, const LinkedProgram& linked, AsmSyntax syntax) {
  const std::vector<Insn> insns = display_insns(linked);
  nlohmann::ordered_json list = nlohmann::ordered_json::array();
  size_t li = 0, fi = 0;
  for (size_t idx = 0; idx < insns.size(); idx += insn_slots(insns[idx])) {
    nlohmann::ordered_json j = {{"idx", idx}, {"opcode", insns[idx].opcode},
                                {"text", insn_text(obj, linked, insns, idx, syntax)}};
    if (const KsymExtern* k = kfunc_at(obj, linked, idx)) j["kfunc"] = k->name;
    while (fi < linked.func_info.size() && linked.func_info[fi].insn <= idx) {
      if (linked.func_info[fi].insn == idx) j["function"] = linked.func_info[fi].name;
      ++fi;
    }
    while (li < linked.line_info.size() && linked.line_info[li].insn <= idx) {
      const LinkedLineInfo& l = linked.line_info[li++];
      if (l.insn != idx) continue;
      j["src"] = l.line.substr(std::min(l.line.size(), l.line.find_first_not_of(" \t")));
      j["file"] = l.file_name;
      j["line_num"] = l.line_num;
      j["line_col"] = l.column;
    }
    for (const MapReference& ref : linked.map_refs)
      if (ref.insn == idx) j["map"] = obj.maps()[ref.map].name;
    if (const PoisonedInsn* p = poisoned_at(linked, idx)) j["poisoned"] = p->message;
    list.push_back(std::move(j));
  }
  return {{"name", linked.spec->name}, {"section", linked.spec->section_name}, {"insns", std::move(list)}};
}

void print_program(const ObjectSpec& obj, const LinkedProgram& linked, AsmSyntax syntax) {
  const std::vector<Insn> insns = display_insns(linked);
  size_t li = 0, fi = 0;
  for (size_t idx = 0; idx < insns.size(); idx += insn_slots(insns[idx])) {
    for (; fi < linked.func_info.size() && linked.func_info[fi].insn <= idx; ++fi)
      if (linked.func_info[fi].insn == idx) fmt::print("{}\n", func_header(obj, linked.func_info[fi]));
    for (; li < linked.line_info.size() && linked.line_info[li].insn <= idx; ++li)
      if (linked.line_info[li].insn == idx) fmt::print("{}\n", line_text(linked.line_info[li]));
    std::string text = insn_text(obj, linked, insns, idx, syntax);
    for (const MapReference& ref : linked.map_refs)
      if (ref.insn == idx) text += fmt::format("  ; {}", obj.maps()[ref.map].name);
    if (const PoisonedInsn* p = poisoned_at(linked, idx)) text += fmt::format("  ; poisoned: {}", p->message);
    if (syntax == AsmSyntax::Verifier)
      fmt::print("{:>4}: ({:02x}) {}\n", idx, insns[idx].opcode, text);
    else
      fmt::print("{:>8}:\t{}\n", idx, text);
  }
}

}  // namespace

int dis_linked(const ObjectSpec& obj, const std::string& prog, AsmSyntax syntax, const Output& out,
               const std::string& btf) {
  std::vector<const ProgramSpec*> selected;
  if (prog.empty()) {
    for (const ProgramSpec& p : obj.programs()) selected.push_back(&p);
  } else {
    auto p = select_program(obj, prog);
    if (!p) return report(out, p.error(), kExitBadInput);
    selected.push_back(*p);
  }
  CoreOptions core_options;
  if (!btf.empty()) core_options.btf_path = btf;
  auto core = CoreRelocations::resolve(obj, core_options);
  if (!core) return report(out, core.error(), kExitBadInput);
  std::vector<LinkedProgram> linked;
  for (const ProgramSpec* p : selected) {
    auto l = link_program(obj, *p, *core);
    if (!l) return report(out, l.error(), kExitBadInput);
    linked.push_back(std::move(*l));
  }
  if (out.json) {
    nlohmann::ordered_json doc = nlohmann::ordered_json::array();
    for (const LinkedProgram& l : linked) doc.push_back(program_json(obj, l, syntax));
    print_json(doc);
    return kExitOk;
  }
  for (size_t i = 0; i < linked.size(); ++i) {
    if (linked.size() > 1)
      fmt::print("{}program {} (section {}, {} insns):\n", i ? "\n" : "", linked[i].spec->name,
                 linked[i].spec->section_name, linked[i].insns.size());
    print_program(obj, linked[i], syntax);
  }
  return kExitOk;
}

}  // namespace bpfkit::cli
