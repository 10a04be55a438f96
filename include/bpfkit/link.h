// Linking: one entry program of an ObjectSpec becomes a self-contained instruction stream, as libbpf's
// bpf_object__relocate does.
//
//  - every subprogram the program can reach (through BPF_PSEUDO_CALL calls or BPF_PSEUDO_FUNC references) is
//    appended once, and each call / function reference imm is patched to the relative instruction offset;
//  - R_BPF_64_64 relocations against maps become map references (LD_IMM64 src=1, BPF_PSEUDO_MAP_FD) and against
//    global data become map value references (src=2, BPF_PSEUDO_MAP_VALUE, with the offset in the second imm, as
//    libbpf leaves it); the first imm holds the map's index in ObjectSpec::maps() as a placeholder, to be replaced
//    by the backend, which knows what a map is (a Map* in userspace, an fd in the kernel): the MapReference list
//    says which map each one names;
//  - .kconfig externs become value references into the .kconfig map; .ksyms externs (kernel symbols, kfunc calls)
//    become ExternReferences for the backend to resolve;
//  - func_info and line_info are carried over, re-based to instruction indices of the linked program;
//  - CO-RE relocations are applied (core.h), before anything else, as libbpf applies them.
//
// A relocation that names something the object does not define, points outside its section or at an instruction
// that cannot take it is an Error naming the program, the instruction and the symbol.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "bpfkit/btf.h"
#include "bpfkit/core.h"
#include "bpfkit/error.h"
#include "bpfkit/insn.h"
#include "bpfkit/object.h"
#include "bpfkit/vm.h"

namespace bpfkit {

// An LD_IMM64 in a linked program that refers to a map: the backend patches insns[insn] (both slots).
struct MapReference {
  size_t insn = 0;          // index of the LD_IMM64's first slot
  size_t map = 0;           // index into ObjectSpec::maps()
  bool value = false;       // src=2: the address of the map's value + offset
  uint32_t offset = 0;      // for value references
};

// A use of a .ksyms extern (ObjectSpec::ksym_externs()), which the backend resolves against the target kernel as
// libbpf's bpf_object__relocate_data does: a kfunc call is left as CALL with src=2 (BPF_PSEUDO_KFUNC_CALL) and imm 0,
// for the kernel's BTF id; an LD_IMM64 is left as src=0 with imm 0, for the symbol's address, or src=3
// (BPF_PSEUDO_BTF_ID) and the kernel BTF id for a typed symbol the kernel has.
struct ExternReference {
  size_t insn = 0;          // the call, or the LD_IMM64's first slot
  size_t ext = 0;           // index into ObjectSpec::ksym_externs()
  bool call = false;
};

struct LinkedLineInfo {
  size_t insn = 0;          // instruction index in the linked program
  std::string file_name;
  std::string line;         // the source text
  uint32_t line_num = 0;
  uint32_t column = 0;
};

struct LinkedFuncInfo {
  size_t insn = 0;          // first instruction of the function in the linked program
  btf::TypeId type_id = 0;  // its BTF FUNC
  std::string name;         // the function's symbol name
};

// A function of a linked program: the entry program or one of the subprograms appended after it.
struct LinkedFunction {
  const ProgramSpec* spec = nullptr;   // points into the ObjectSpec
  size_t insn = 0;                     // its first instruction in the linked program
};

struct LinkedProgram {
  const ProgramSpec* spec = nullptr;   // the entry program (points into the ObjectSpec)
  std::vector<Insn> insns;             // entry program first, then the subprograms it reaches
  std::vector<MapReference> map_refs;  // in instruction order
  std::vector<ExternReference> extern_refs;  // in instruction order
  std::vector<LinkedFuncInfo> func_info;  // sorted by insn
  std::vector<LinkedLineInfo> line_info;  // sorted by insn
  // The entry program, then the subprograms in the order libbpf appends them (depth first, in call order).
  std::vector<LinkedFunction> functions;
  // CO-RE relocation records of the linked functions, all applied.
  size_t core_relos = 0;
  // Instructions CO-RE poisoned (`call 0xbad2310`), each with the relocation it stands for; sorted by insn. Both
  // slots of a poisoned LD_IMM64 are here.
  std::vector<PoisonedInsn> poisoned;
};

// Links one program (which must be one of obj.programs()), with the object's CO-RE relocations resolved against
// the running kernel's BTF (read only if the object has CO-RE relocations).
Expected<LinkedProgram> link_program(const ObjectSpec& obj, const ProgramSpec& prog);
// The same with CO-RE already resolved (CoreRelocations::resolve on obj), e.g. against a BTF file, or once for
// all the programs of an object.
Expected<LinkedProgram> link_program(const ObjectSpec& obj, const ProgramSpec& prog, const CoreRelocations& core);

}  // namespace bpfkit
