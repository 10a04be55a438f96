// Global data of every kind a libbpf object can have, used from a SYSCALL program (its context is a plain
// struct passed in by userspace and copied back out):
//   .data (initialised), .bss (zeroed), .rodata (const, and const volatile "config" values), string literals in
//   .rodata.str1.1, custom sections .data.stats / .rodata.names (each its own map), and static (file-local)
//   variables. The program reads a mix of them and writes results to the context and to the writable sections.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

int counter = 7;                          // .data
__u64 calls;                              // .bss
static __u32 hidden_total = 1000;         // .data, static
static __u8 scratch[32];                  // .bss, static
const __u32 primes[8] = {2, 3, 5, 7, 11, 13, 17, 19};  // .rodata
const volatile __u32 scale = 3;           // .rodata, a load-time setting
const volatile __u64 never_set;           // .rodata, zero

__u64 stats_hits SEC(".data.stats") = 100;            // custom writable section
__u32 stats_hist[4] SEC(".data.stats") = {1, 1, 1, 1};
const char names[4][8] SEC(".rodata.names") = {"zero", "one", "two", "three"};

struct args {
  __u32 idx;        // in
  __u32 add;        // in
  __u64 sum;        // out
  __u64 product;    // out
  char name[8];     // out
  char hexdigits[8];  // out
  __u64 calls;      // out
};

static __attribute__((noinline)) __u32 weight(__u32 i) { return primes[i & 7] * scale; }

SEC("syscall")
int globals(struct args *a) {
  __u32 i = a->idx;
  counter += a->add;
  calls++;
  hidden_total += weight(i);
  stats_hits++;
  stats_hist[i & 3]++;
  a->sum = counter + hidden_total + never_set;
  a->product = (__u64)weight(i) * weight(i + 1);
  __builtin_memcpy(a->name, names[i & 3], 8);
  // Variable indexing keeps the literal in .rodata.str1.1 instead of being folded into immediates.
  const char *digits = "0123456789abcdef";
  __u64 v = a->product;
#pragma unroll
  for (int k = 0; k < 8; k++) {
    a->hexdigits[7 - k] = digits[v & 15];
    v >>= 4;
  }
  scratch[i & 31] ^= 0x5a;
  a->calls = calls;
  return counter;
}

char LICENSE[] SEC("license") = "GPL";
