// bpfkit run OBJ for tracing programs: the simulated kernel (--btf, --kmem, --task, --umem) and the context from
// JSON (--ctx-json, --tp-format).
#pragma once

#include <memory>

#include "bpfkit/object.h"
#include "bpfkit/runtime.h"
#include "bpfkit/test_run.h"
#include "cli/run_object.h"

namespace bpfkit::cli {

// Fills load.helpers (identity, kernel memory, user memory) and run.ctx_in from the tracing options, for prog.
// Does nothing when none of them is given.
Expected<void> setup_tracing(const ObjectRunOptions& opt, const ProgramSpec& prog, LoadOptions& load,
                             TestRunOptions& run);

}  // namespace bpfkit::cli
