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

char LICENSE[] SEC("license") = "GPL";
