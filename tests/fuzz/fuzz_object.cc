// libFuzzer target: untrusted ELF bytes through the object loader and the linker.
//
//   input = a whole BPF ELF object
//
// ObjectSpec::parse, then link_program on every entry program, then a walk over everything the result exposes.
// Must never crash, leak, hit UB or hang. The semantic oracle: a linked program's map references, functions and
// func/line info all point inside its instructions, each map reference is an LD_IMM64 with the src_reg it claims
// and names a map of the object; a violation traps so libFuzzer saves the input.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <vector>

#include "bpfkit/link.h"
#include "bpfkit/object.h"

namespace {

void check(bool ok, const char* what) {
  if (ok) return;
  std::fprintf(stderr, "fuzz_object oracle violated: %s\n", what);
  std::abort();
}

void check_linked(const bpfkit::ObjectSpec& obj, const bpfkit::LinkedProgram& l) {
  using namespace bpfkit;
  check(!l.functions.empty() && l.functions[0].insn == 0, "the entry program is not first");
  for (const LinkedFunction& f : l.functions)
    check(f.insn + f.spec->insns.size() <= l.insns.size(), "function outside the linked program");
  for (const MapReference& r : l.map_refs) {
    check(r.insn + 1 < l.insns.size(), "map reference outside the program");
    check(is_ld_imm64(l.insns[r.insn]), "map reference is not an LD_IMM64");
    check(l.insns[r.insn].src == (r.value ? op::PSEUDO_MAP_VALUE : op::PSEUDO_MAP_FD), "map reference src_reg");
    check(r.map < obj.maps().size(), "map reference names no map");
  }
  for (const LinkedFuncInfo& f : l.func_info) check(f.insn < l.insns.size(), "func_info outside the program");
  for (const LinkedLineInfo& li : l.line_info) check(li.insn < l.insns.size(), "line_info outside the program");
  (void)validate_program(l.insns);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  auto obj = bpfkit::ObjectSpec::parse(std::vector<uint8_t>(data, data + size), "fuzz.o");
  if (!obj) {
    (void)obj.error().to_string();
    return 0;
  }
  for (const bpfkit::MapDefinition& m : obj->maps()) {
    (void)obj->map(m.name);
    if (m.inner) check(m.spec.inner != nullptr, "inner definition without an inner spec");
  }
  for (const bpfkit::KconfigExtern& e : obj->kconfig_externs())
    check(obj->map(".kconfig") != nullptr && e.offset + e.size <= obj->map(".kconfig")->spec.value_size,
          ".kconfig extern outside the .kconfig map");
  for (const bpfkit::ProgramSpec& p : obj->programs()) {
    (void)bpfkit::prog_type_name(p.type);
    (void)bpfkit::attach_type_name(p.expected_attach_type);
    auto linked = bpfkit::link_program(*obj, p);
    if (linked) check_linked(*obj, *linked);
    else (void)linked.error().to_string();
  }
  return 0;
}
