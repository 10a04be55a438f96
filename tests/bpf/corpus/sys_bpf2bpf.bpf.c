// bpf-to-bpf calls seven frames deep (the kernel allows 8): each level keeps its own stack buffer (so the
// combined stack of the chain matters), passes pointers to its stack down, and combines results on the way back.
// Global (non-static) functions are verified on their own against their BTF signature; static ones are
// verified in the caller's context. A callback (bpf_loop) runs from inside the deepest static chain too.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

#define NOINLINE __attribute__((noinline))

struct frame_log {
  __u64 depth_sum;
  __u64 checksum;
};

struct frame_log frames;  // .bss

static NOINLINE __u64 level7(__u64 x, __u8 *buf) {
  __u8 mine[16];
  for (int i = 0; i < 16; i++) mine[i] = buf[i] ^ (__u8)(x + i);
  __u64 s = 0;
  for (int i = 0; i < 16; i++) s = s * 31 + mine[i];
  frames.depth_sum += 7;
  return s;
}

static NOINLINE __u64 level6(__u64 x, __u8 *buf) {
  __u8 mine[16];
  for (int i = 0; i < 16; i++) mine[i] = buf[15 - i];
  frames.depth_sum += 6;
  return level7(x + 1, mine) ^ x;
}

static NOINLINE __u64 level5(__u64 x, __u8 *buf) {
  __u8 mine[16];
  __builtin_memcpy(mine, buf, 16);
  mine[x & 15] = 0xff;
  frames.depth_sum += 5;
  return level6(x * 3, mine) + 5;
}

static long loop_cb(__u32 i, __u64 *acc) {
  *acc = *acc * 7 + i;
  return 0;
}

static NOINLINE __u64 level4(__u64 x, __u8 *buf) {
  __u8 mine[16];
  for (int i = 0; i < 16; i++) mine[i] = buf[i] + 4;
  __u64 acc = x;
  bpf_loop(4, loop_cb, &acc, 0);
  frames.depth_sum += 4;
  return level5(acc, mine);
}

// Global functions: checked once each, with only the BTF types of their arguments known (a pointer to a
// struct is memory of that struct's size, and may be NULL).
struct blob {
  __u8 b[16];
};

__attribute__((noinline)) __u64 level3(__u64 x, struct blob *in) {
  if (!in) return 0;
  __u8 mine[16];
  for (int i = 0; i < 16; i++) mine[i] = in->b[i] * 3;
  frames.depth_sum += 3;
  return level4(x ^ 0x33, mine);
}

__attribute__((noinline)) __u64 level2(__u64 x, struct blob *in) {
  if (!in) return 0;
  struct blob mine;
  for (int i = 0; i < 16; i++) mine.b[i] = in->b[i] + (__u8)i;
  frames.depth_sum += 2;
  return level3(x + 2, &mine) * 2;
}

// Leaf helpers the entry uses directly, to mix call depths.
static NOINLINE int clamp(int v, int lo, int hi) { return v < lo ? lo : v > hi ? hi : v; }
static NOINLINE __u64 gcd(__u64 a, __u64 b) {
  for (int i = 0; i < 64 && b; i++) {
    __u64 t = a % b;
    a = b;
    b = t;
  }
  return a;
}

struct args {
  __u64 seed;
  __u8 buf[16];
  __u64 out[4];
};

SEC("syscall")
int deep_calls(struct args *a) {
  struct blob buf;
  __builtin_memcpy(buf.b, a->buf, 16);
  __u64 r = level2(a->seed, &buf);
  frames.checksum ^= r;
  a->out[0] = r;
  a->out[1] = frames.depth_sum;
  a->out[2] = clamp((int)a->seed, -5, 100);
  a->out[3] = gcd(a->seed * 12, 18);
  return (int)(r & 0x7fffffff);
}

char LICENSE[] SEC("license") = "GPL";
