// bpfkit dis OBJ: the linked programs of an object (subprograms appended, relocations applied), with the source
// lines of BTF line_info interleaved, as `bpftool prog dump xlated linum` shows a loaded program.
#pragma once

#include <string>

#include "bpfkit/disasm.h"
#include "bpfkit/object.h"
#include "cli/output.h"

namespace bpfkit::cli {

// Prints every program of obj, or only prog when it is not empty.
int dis_linked(const ObjectSpec& obj, const std::string& prog, AsmSyntax syntax, const Output& out);

}  // namespace bpfkit::cli
