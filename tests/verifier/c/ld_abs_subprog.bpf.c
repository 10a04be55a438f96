// LD_ABS/LD_IND in a subprogram: a failed packet load returns 0 from the program at once, which in a subprogram is
// a return to the caller with R0 = 0 (bpf_gen_ld_abs's hidden exit). 6.18 stable explores that return before the
// successful load's path.
// processed: exact
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

unsigned long long load_byte(void *skb, unsigned long long off) asm("llvm.bpf.load.byte");

struct bytes8 {
  __u8 b[8];
};

struct {
  __uint(type, BPF_MAP_TYPE_ARRAY);
  __uint(max_entries, 1);
  __type(key, __u32);
  __type(value, struct bytes8);
} table SEC(".maps");

// 1..8 when the load succeeds; the hidden exit returns 0.
static __attribute__((noinline)) int low_bits_plus_one(struct __sk_buff *skb) {
  int r = (load_byte(skb, 0) & 7) + 1;
  asm volatile("" : "+r"(r));  // keep clang from folding the range into the caller
  return r;
}

// The caller trusts the 1..8: the hidden exit's 0 reads one byte before the map value.
SEC("socket")
int c_ld_abs_subprog_r0_zero(struct __sk_buff *skb) {
  __u32 key = 0;
  int i = low_bits_plus_one(skb);
  struct bytes8 *v = bpf_map_lookup_elem(&table, &key);
  if (!v) return 0;
  return v->b[i - 1];
}

// The same with the index checked: both returns are safe.
SEC("socket")
int c_ld_abs_subprog_r0_zero_checked_ok(struct __sk_buff *skb) {
  __u32 key = 0;
  int i = low_bits_plus_one(skb);
  struct bytes8 *v = bpf_map_lookup_elem(&table, &key);
  if (!v) return 0;
  if (i < 1 || i > 8) return 0;
  return v->b[i - 1];
}

// Precision backtracking walks back into the subprogram through the hidden exit, in the subprogram's frame. r7 is
// made precise after the call; the saved state at the join after the call keeps r9 (the subprogram's 0 on the
// first path) imprecise, so the successful load's path (r9 = 0..255) is pruned there. Walked in the caller's frame
// instead, the backtracking would fail at the subprogram's entry and mark every scalar precise.
static __attribute__((naked, noinline, used)) int load_first_byte(void) {
  asm volatile("r6 = r1;"
               "r0 = *(u8 *)skb[0];"
               "exit;" ::: "memory");
}

SEC("socket")
__attribute__((naked)) int c_ld_abs_subprog_backtrack(void) {
  asm volatile("r6 = r1;"
               "call %[bpf_get_prandom_u32];"
               "r7 = r0;"
               "r1 = r6;"
               "call load_first_byte;"
               "r9 = r0;"
               "goto l0_%=;"
               "l0_%=:"
               "r7 &= 7;"
               "r1 = r10;"
               "r1 += -64;"
               "r1 += r7;"
               "r2 = 0;"
               "*(u8 *)(r1 + 0) = r2;"
               "r0 = r9;"
               "exit;"
               :
               : [bpf_get_prandom_u32] "i"(bpf_get_prandom_u32)
               : "r0", "r1", "r2", "r3", "r4", "r5", "r6", "r7", "r8", "r9", "memory");
}

char LICENSE[] SEC("license") = "GPL";
