// Arithmetic for the disassembler's llvm-objdump comparison (objdump_compat_test): 32- and 64-bit ALU with
// register and immediate operands, signed and unsigned shifts and divisions, negation, 64-bit constants (LD_IMM64)
// and every jump condition in both the JMP and JMP32 classes. `volatile` inputs keep clang from folding it all.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

volatile __u64 isa_in64[8];
volatile __u32 isa_in32[8];
volatile __s64 isa_sin64[4];
volatile __s32 isa_sin32[4];
volatile __u64 isa_out[16];

SEC("tc")
int isa_alu64(struct __sk_buff *skb) {
  __u64 a = isa_in64[0], b = isa_in64[1], c = isa_in64[2];
  __s64 s = isa_sin64[0];
  isa_out[0] = a + b;
  isa_out[1] = a - b * 3;
  isa_out[2] = a * b;
  isa_out[3] = a / (b | 1);
  isa_out[4] = (a | c) & ~b;
  isa_out[5] = (a << (b & 63)) ^ (c >> 7);
  isa_out[6] = (__u64)(s >> 9) + (__u64)(s >> (c & 63));
  isa_out[7] = -a;
  isa_out[8] = a / 1000;
  isa_out[9] = a % (c | 1);
  isa_out[10] = a + 0x123456789abcdefULL;
  isa_out[11] = b ^ 0xffffffff00000000ULL;
  isa_out[12] = c * -5;
  isa_out[13] = a << 3;
  return 0;
}

SEC("tc")
int isa_alu32(struct __sk_buff *skb) {
  __u32 a = isa_in32[0], b = isa_in32[1], c = isa_in32[2];
  __s32 s = isa_sin32[0];
  isa_out[0] = (__u32)(a + b);
  isa_out[1] = (__u32)(a - b * 7);
  isa_out[2] = (__u32)(a * b);
  isa_out[3] = a / (b | 1);
  isa_out[4] = (a | c) & ~b;
  isa_out[5] = (__u32)(a << (b & 31)) ^ (c >> 5);
  isa_out[6] = (__u32)((s >> 3) + (s >> (c & 31)));
  isa_out[7] = (__u32)-a;
  isa_out[8] = a % 10;
  isa_out[9] = (__u32)(a ^ 0x5a5a5a5a);
  isa_out[10] = (__u32)(a + 0x7fffffff);
  isa_out[11] = (__u32)(b - 0x80000000u);
  return 0;
}

// Each comparison guards a distinct store so that clang keeps one conditional jump per condition.
#define CMP_CASES(T, x, y, k, out)          \
  if ((T)(x) == (T)(y)) out[0] = 1;         \
  if ((T)(x) != (k)) out[1] = 2;            \
  if ((T)(x) > (T)(y)) out[2] = 3;          \
  if ((T)(x) >= (k)) out[3] = 4;            \
  if ((T)(x) < (T)(y)) out[4] = 5;          \
  if ((T)(x) <= (k)) out[5] = 6;

SEC("tc")
int isa_jumps(struct __sk_buff *skb) {
  __u64 a = isa_in64[0], b = isa_in64[1];
  __s64 sa = isa_sin64[0], sb = isa_sin64[1];
  __u32 c = isa_in32[0], d = isa_in32[1];
  __s32 sc = isa_sin32[0], sd = isa_sin32[1];
  CMP_CASES(__u64, a, b, 100, isa_out)
  CMP_CASES(__s64, sa, sb, -100, (isa_out + 6))
  CMP_CASES(__u32, c, d, 7, (isa_out + 4))
  CMP_CASES(__s32, sc, sd, -7, (isa_out + 2))
  if (a > 1000 && sa < -1000) isa_out[14] = 1;
  if (c & 4) isa_out[15] = 9;
  for (__u32 i = 0; i < c && i < 64; i++) isa_out[i & 15] += i;
  return a > b ? 1 : 0;
}

char LICENSE[] SEC("license") = "GPL";
