// Memory for the disassembler's llvm-objdump comparison (objdump_compat_test): loads and stores of every size,
// every -mcpu=v3 atomic (plain and fetching add/or/and/xor, xchg, cmpxchg) at 32 and 64 bits, byte swaps, maps and
// global data (LD_IMM64 with relocations), helper calls, static and global subprogram calls (pseudo calls), and the
// legacy packet loads LD_ABS/LD_IND.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_endian.h>

struct {
  __uint(type, BPF_MAP_TYPE_HASH);
  __uint(max_entries, 16);
  __type(key, __u32);
  __type(value, __u64);
} isa_map SEC(".maps");

struct isa_rec {
  __u8 b;
  __u16 h;
  __u32 w;
  __u64 d;
};

__u64 isa_counter64;
__u32 isa_counter32;
__s64 isa_signed64 = -3;
__s32 isa_signed32 = -4;
const volatile __u32 isa_limit = 100;
struct isa_rec isa_rec_out;

// The legacy packet loads; clang emits LD_ABS/LD_IND for these LLVM intrinsics.
unsigned long long isa_load_byte(void *skb, unsigned long long off) asm("llvm.bpf.load.byte");
unsigned long long isa_load_half(void *skb, unsigned long long off) asm("llvm.bpf.load.half");
unsigned long long isa_load_word(void *skb, unsigned long long off) asm("llvm.bpf.load.word");

static __attribute__((noinline)) __u64 isa_mix(__u64 x, __u32 y) { return (x ^ y) * isa_limit; }

__attribute__((noinline)) int isa_global_sub(int x) { return x * 7 + (int)isa_counter32; }

SEC("socket")
int isa_packet(struct __sk_buff *skb) {
  __u64 v = isa_load_byte(skb, 14) + isa_load_half(skb, 12) + isa_load_word(skb, 26);
  __u32 off = skb->len & 31;
  v += isa_load_byte(skb, off) + isa_load_half(skb, off + 2) + isa_load_word(skb, off + 4);
  return (int)v;
}

SEC("xdp")
int isa_atomics(struct xdp_md *ctx) {
  __u64 r = 0;
  __sync_fetch_and_add(&isa_counter64, 1);
  __sync_fetch_and_add(&isa_counter32, 2);
  __sync_fetch_and_or(&isa_counter64, 4);
  __sync_fetch_and_and(&isa_counter64, 8);
  __sync_fetch_and_xor(&isa_counter64, 16);
  __sync_fetch_and_or(&isa_counter32, 4);
  __sync_fetch_and_and(&isa_counter32, 8);
  __sync_fetch_and_xor(&isa_counter32, 16);
  r += __sync_fetch_and_add(&isa_counter64, 3);
  r += __sync_fetch_and_or(&isa_counter64, 5);
  r += __sync_fetch_and_and(&isa_counter64, 6);
  r += __sync_fetch_and_xor(&isa_counter64, 7);
  r += __sync_fetch_and_add(&isa_counter32, 3);
  r += __sync_fetch_and_or(&isa_counter32, 5);
  r += __sync_fetch_and_and(&isa_counter32, 6);
  r += __sync_fetch_and_xor(&isa_counter32, 7);
  r += __sync_lock_test_and_set(&isa_counter64, 9);
  r += __sync_lock_test_and_set(&isa_counter32, 10);
  r += __sync_val_compare_and_swap(&isa_counter64, 11, 12);
  r += __sync_val_compare_and_swap(&isa_counter32, 13, 14);
  return (int)r;
}

SEC("tc")
int isa_memory(struct __sk_buff *skb) {
  __u32 key = skb->mark & 15;
  __u64 *value = bpf_map_lookup_elem(&isa_map, &key);
  if (!value) {
    __u64 zero = 0;
    bpf_map_update_elem(&isa_map, &key, &zero, BPF_NOEXIST);
    return 0;
  }
  struct isa_rec rec;
  __builtin_memset(&rec, 0, sizeof(rec));
  rec.b = (__u8)skb->len;
  rec.h = (__u16)skb->protocol;
  rec.w = skb->hash;
  rec.d = *value;
  isa_rec_out = rec;
  volatile __u8 *p8 = (volatile __u8 *)value;
  volatile __u16 *p16 = (volatile __u16 *)value;
  volatile __u32 *p32 = (volatile __u32 *)value;
  __u64 sum = p8[1] + p16[1] + p32[1] + *value;
  sum += (__s64)isa_signed32 + isa_signed64;
  sum += bpf_htons((__u16)sum) + bpf_htonl((__u32)sum) + bpf_cpu_to_be64(sum);
  sum += bpf_ntohs(skb->protocol) + bpf_ntohl(skb->hash);
  sum += isa_mix(sum, key) + isa_global_sub((int)sum);
  sum += bpf_ktime_get_ns() + bpf_get_prandom_u32();
  bpf_printk("sum %llu", sum);
  return sum > isa_limit ? 1 : 2;
}

char LICENSE[] SEC("license") = "GPL";
