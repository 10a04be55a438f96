// Not a program: its .BTF is the target BTF the tracing tests give bpfkit (--btf), defining task_struct, cred and
// filename with the layout of trace_kernel_types.h, and the kernel functions the tests attach to.
#include "trace_kernel_types.h"

struct task_struct target_task;
struct filename target_filename;
struct cred target_cred;

// The attach targets, for arguments by parameter name: the FUNCs a vmlinux BTF would have.
__attribute__((noinline)) int do_unlinkat(int dfd, struct filename *name) { return dfd + (name != 0); }

SEC("syscall")
int target_btf_anchor(void *ctx) { return do_unlinkat(0, 0); }

char LICENSE[] SEC("license") = "GPL";
