// Precision around bpf_loop, as the running 6.18 kernel marks it.
// processed: exact
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

// A callback whose tail, after a helper call (a prune point), is long enough to show whether it is explored again.
static __attribute__((naked, noinline, used)) int tail_cb(void) {
  asm volatile("r6 = 0;"
               "r6 = 1;"
               "r6 = 2;"
               "r6 = 3;"
               "r6 = 4;"
               "r6 = 5;"
               "goto l0_%=;"
               "l0_%=:"
               "call %[bpf_ktime_get_ns];"
               "r7 = 0;"
               "r7 = 1;"
               "r7 = 2;"
               "r7 = 3;"
               "r0 = 0;"
               "exit;"
               :
               : [bpf_ktime_get_ns] "i"(bpf_ktime_get_ns)
               : "r0", "r1", "r2", "r3", "r4", "r5", "r6", "r7", "r8", "r9", "memory");
}

// bpf_loop's count (R1) is precise, and its mark reaches the states saved inside the callback: the second call,
// with 3 iterations instead of 2, is not pruned inside the callback against the first.
SEC("socket")
__attribute__((naked)) int c_loop_count_precise_in_callback(void) {
  asm volatile("call %[bpf_get_prandom_u32];"
               "r6 = r0;"
               "r1 = 2;"
               "if r6 == 0 goto l0_%=;"
               "r1 = 3;"
               "l0_%=:"
               "r2 = %[tail_cb] ll;"
               "r3 = 0;"
               "r4 = 0;"
               "call %[bpf_loop];"
               "r0 = 0;"
               "exit;"
               :
               : [bpf_get_prandom_u32] "i"(bpf_get_prandom_u32), [bpf_loop] "i"(bpf_loop), [tail_cb] "i"(&tail_cb)
               : "r0", "r1", "r2", "r3", "r4", "r5", "r6", "r7", "r8", "r9", "memory");
}

// Flags 0 (R4) are made precise while the call can still be inlined: the path with flags 1 is not pruned at the
// join before the call against the saved flags 0.
SEC("socket")
__attribute__((naked)) int c_loop_flags_zero_precise(void) {
  asm volatile("call %[bpf_get_prandom_u32];"
               "r6 = r0;"
               "r7 = 0;"
               "r7 = 1;"
               "r7 = 2;"
               "r7 = 3;"
               "r7 = 4;"
               "r4 = 1;"
               "if r6 == 0 goto l0_%=;"
               "r4 = 0;"
               "l0_%=:"
               "r1 = 1;"
               "r2 = %[tail_cb] ll;"
               "r3 = 0;"
               "call %[bpf_loop];"
               "r0 = 0;"
               "exit;"
               :
               : [bpf_get_prandom_u32] "i"(bpf_get_prandom_u32), [bpf_loop] "i"(bpf_loop), [tail_cb] "i"(&tail_cb)
               : "r0", "r1", "r2", "r3", "r4", "r5", "r6", "r7", "r8", "r9", "memory");
}

char LICENSE[] SEC("license") = "GPL";
