// Subprogram linking, as libbpf's bpf_object__relocate_calls / bpf_object__reloc_code: the entry program's
// instructions come first; each call or function reference into a .text function not yet placed appends that
// function at the end and processes it at once (depth first), before the caller's remaining instructions. The
// resulting order, and so every patched imm, is the one libbpf hands to the kernel.
#include <algorithm>
#include <functional>

#include <fmt/format.h>

#include "link/linker.h"

namespace bpfkit {
namespace link_detail {

const ProgramSpec* Linker::text_function_at(int64_t insn) const {
  auto contains = [&](const ProgramSpec& f) {
    return insn >= int64_t(f.insn_offset) && insn < int64_t(f.insn_offset) + int64_t(f.insns.size());
  };
  for (const ProgramSpec& f : obj.subprograms())
    if (contains(f)) return &f;
  // A lone .text function is an entry program (libbpf's prog_is_subprog) and may call itself.
  if (!main.is_subprogram && main.section_name == ".text" && contains(main)) return &main;
  return nullptr;
}

Expected<void> Linker::place(const ProgramSpec& f) {
  size_t base = out.insns.size();
  placed[&f] = base;
  out.functions.push_back(LinkedFunction{&f, base});
  out.insns.insert(out.insns.end(), f.insns.begin(), f.insns.end());
  for (const CorePatch& p : core.patches(f)) {
    out.insns[base + p.insn] = p.value[0];
    if (p.wide) out.insns[base + p.insn + 1] = p.value[1];
    if (!p.poisoned) continue;
    out.poisoned.push_back(PoisonedInsn{base + p.insn, p.description});
    if (p.wide) out.poisoned.push_back(PoisonedInsn{base + p.insn + 1, p.description});
  }
  if (auto r = append_ext_info(f, base); !r) return r;
  return collect_relos(f, base);
}

Expected<void> Linker::relocate_calls() {
  if (auto r = place(main); !r) return r;
  struct Frame {
    const ProgramSpec* f;
    size_t base;
    size_t next;
  };
  std::vector<Frame> stack{{&main, 0, 0}};
  while (!stack.empty()) {
    Frame& fr = stack.back();
    if (fr.next >= fr.f->insns.size()) {
      stack.pop_back();
      continue;
    }
    const ProgramSpec& f = *fr.f;
    const size_t idx = fr.next++, at = fr.base + idx;
    const Insn insn = out.insns[at];
    bool call = insn.opcode == (op::JMP | op::CALL) && insn.src == op::PSEUDO_CALL && insn.dst == 0 && insn.off == 0;
    bool func_ref = is_ld_imm64(insn) && insn.src == op::PSEUDO_FUNC;
    if (!call && !func_ref) continue;

    const std::vector<Relo>& rs = relos[&f];
    auto r = std::find_if(rs.begin(), rs.end(), [&](const Relo& x) { return x.insn == idx; });
    int64_t target;  // instruction index in .text
    if (r != rs.end()) {
      if (r->kind == Relo::Kind::KfuncCall) continue;  // clang emits kfunc calls as src=1; relocate_data fixes them
      if (r->kind == Relo::Kind::Call) {
        target = int64_t(r->sym_off / 8) + insn.imm + 1;
      } else if (r->kind == Relo::Kind::SubprogAddr) {
        target = (int64_t(r->sym_off) + insn.imm) / 8;
      } else {
        return fail(fmt::format("relocation against '{}' on a call or function reference", r->symbol), at);
      }
    } else if (func_ref) {
      return fail("function reference (BPF_PSEUDO_FUNC) without a relocation", at);
    } else {
      // A call without a relocation: relative to its own position (static functions of the same section).
      target = int64_t(f.insn_offset) + int64_t(idx) + insn.imm + 1;
    }
    const ProgramSpec* sub = text_function_at(target);
    if (sub == nullptr)
      return fail(fmt::format("{} .text instruction {}, which is in no subprogram", call ? "call to" : "reference to",
                              target), at);
    size_t pos;
    if (auto it = placed.find(sub); it != placed.end()) {
      pos = it->second;
      out.insns[at].imm = int32_t(int64_t(pos) - int64_t(at) - 1);
    } else {
      pos = out.insns.size();
      out.insns[at].imm = int32_t(int64_t(pos) - int64_t(at) - 1);
      if (auto p = place(*sub); !p) return p;
      stack.push_back(Frame{sub, pos, 0});  // fr is dangling from here on
    }
  }
  return {};
}

}  // namespace link_detail

Expected<LinkedProgram> link_program(const ObjectSpec& obj, const ProgramSpec& prog) {
  auto core = CoreRelocations::resolve(obj);
  if (!core) return std::move(core).error();
  return link_program(obj, prog, *core);
}

Expected<LinkedProgram> link_program(const ObjectSpec& obj, const ProgramSpec& prog, const CoreRelocations& core) {
  auto programs = obj.programs();
  std::less<const ProgramSpec*> before;
  if (programs.empty() || before(&prog, programs.data()) || !before(&prog, programs.data() + programs.size()))
    return make_error(fmt::format("'{}' is not an entry program of this object", prog.name))
        .in_object(obj.path())
        .in_program(prog.name);
  link_detail::Linker linker{obj, prog, core, {}, {}, {}};
  linker.out.spec = &prog;
  if (auto r = linker.relocate_calls(); !r) return std::move(r).error();
  if (auto r = linker.relocate_data(); !r) return std::move(r).error();
  std::sort(linker.out.poisoned.begin(), linker.out.poisoned.end(),
            [](const PoisonedInsn& a, const PoisonedInsn& b) { return a.insn < b.insn; });
  return std::move(linker.out);
}

}  // namespace bpfkit
