// bpf_get_current_task and bpf_get_current_task_btf: the simulated current task (tracing.h) through the single
// hook RunContext::current_task. (Another branch adds these helpers too; whichever lands keeps this hook.)
#include "helpers/internal.h"

namespace bpfkit::helpers {
namespace {

// Both return the task_struct address; _btf's differs only in what the verifier lets the program do with it
// (PTR_TO_BTF_ID: direct loads), which the interpreter allows through the kernel memory regions anyway.
uint64_t get_current_task(RunContext& ctx, uint64_t, uint64_t, uint64_t, uint64_t, uint64_t) {
  return ctx.current_task;
}

}  // namespace

void add_task_helpers(HelperTable& t) {
  t.set(35, get_current_task, "bpf_get_current_task");
  t.set(158, get_current_task, "bpf_get_current_task_btf");
}

}  // namespace bpfkit::helpers
