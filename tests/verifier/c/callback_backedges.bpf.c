// bpf_loop as an implicit loop: a hit on a saved state at the call while that state is still being explored is a
// backedge of the loop's SCC visit (6.18 stable, "bpf_scc_visit instance and backedges accumulation for
// bpf_loop()"), so states saved inside the callback are compared by range until the loop's precision is settled.
// processed: exact
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct grid {
  __u32 row;
  __u64 acc;
};

static long grid_cell(__u32 col, struct grid *g) {
  g->acc += (g->row + 1) * (col + 1);
  return 0;
}

static long grid_row(__u32 row, struct grid *g) {
  g->row = row;
  bpf_loop(row + 1, grid_cell, g, 0);
  return 0;
}

// Nested loops: once the inner callback's first pass hits at its bpf_loop, the outer loop's later passes must not be
// pruned against states that lack the accumulator's marks (kernel 75 processed insns; 53 without the backedge).
SEC("tc")
int c_bpf_loop_nested_backedge_ok(struct __sk_buff *skb) {
  struct grid g = {};
  bpf_loop(10, grid_row, &g, 0);
  return g.acc & 1;
}

// The callback writes its own stack at an offset it reads from the caller's frame (-24), and on another path
// replaces that offset with 8. The first pass saves a state at label 2 with the offset -24 not yet precise; without
// the backedge at the bpf_loop call that state counts as finished, the pass that stored 8 is pruned there, and the
// next iteration's write through fp + offset is never checked. The kernel refuses it.
__attribute__((naked, used)) static void offset_cb(void) {
  asm volatile(
      "r7 = r2;"
      "r6 = *(u64 *)(r7 + 0);"
      "r8 = *(u64 *)(r7 + 8);"
      "call %[rnd];"
      "if r0 > r8 goto 3f;"
      "1:"
      // enough instructions and jumps since the last checkpoint for the kernel to save a state at label 2
      "r1 = 1;" "r1 = 2;" "r1 = 3;" "r1 = 4;" "r1 = 5;" "r1 = 6;" "r1 = 7;" "r1 = 8;"
      "call %[rnd];"
      "if r0 > r8 goto 4f;"
      "2:"
      "r0 = 0;"
      "exit;"
      "3:"
      "r1 = r10;"
      "r1 += r6;"
      "r2 = 7;"
      "*(u64 *)(r1 + 0) = r2;"
      "goto 1b;"
      "4:"
      "r1 = 8;"
      "*(u64 *)(r7 + 0) = r1;"
      "goto 2b;"
      :
      : [rnd] "i"(BPF_FUNC_get_prandom_u32)
      : "r0", "r1", "r2", "r3", "r4", "r5", "r6", "r7", "r8", "r9");
}

SEC("tc")
__attribute__((naked)) int c_bpf_loop_backedge_precision(void) {
  asm volatile(
      "call %[rnd];"
      "*(u64 *)(r10 - 8) = r0;"
      "r1 = -24;"
      "*(u64 *)(r10 - 16) = r1;"
      "r1 = 4;"
      "r2 = %[cb] ll;"
      "r3 = r10;"
      "r3 += -16;"
      "r4 = 0;"
      "call %[loop];"
      "r0 = 0;"
      "exit;"
      :
      : [rnd] "i"(BPF_FUNC_get_prandom_u32), [loop] "i"(BPF_FUNC_loop), [cb] "i"(offset_cb)
      : "r0", "r1", "r2", "r3", "r4", "r5", "r6", "r7", "r8", "r9");
}

char LICENSE[] SEC("license") = "GPL";
