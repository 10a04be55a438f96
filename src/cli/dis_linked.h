// bpfkit dis OBJ: the linked programs of an object (subprograms appended, relocations applied), with the source
// lines of BTF line_info interleaved, as `bpftool prog dump xlated linum` shows a loaded program.
#pragma once

#include <string>

#include "bpfkit/disasm.h"
#include "bpfkit/object.h"
#include "cli/output.h"

namespace bpfkit::cli {

// Prints every program of obj, or only prog when it is not empty.
// btf: the target BTF file for CO-RE relocations; empty: the running kernel's.
int dis_linked(const ObjectSpec& obj, const std::string& prog, AsmSyntax syntax, const Output& out,
               const std::string& btf = {});

}  // namespace bpfkit::cli
