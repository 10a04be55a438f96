/* Native references for the BPF C object benchmarks (bench/bpf/), compiled by clang -O2 like programs.c.
 *
 * "The same work" for a map benchmark is the map operations a plain C program would do: a chained hash table with
 * the kernel's hash function, and a bounds-checked array. Neither has the kernel's (or bpfkit's) locking, RCU or
 * per-CPU machinery, so these columns are a floor for the data-structure work, not a like-for-like rival of a
 * shared map; docs/performance.md says so next to the numbers.
 *
 * The loop count comes in as an argument the harness reads through a volatile, and the tables live in global
 * memory, so clang can neither fold a run nor hoist work out of the benchmark loop. */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "../bpf/bench_params.h"

#define NOINLINE __attribute__((noinline))

/* ---- hash map: update + lookup pairs -------------------------------------------------------------------------- */

/* The kernel's jhash2() for a one-word key (include/linux/jhash.h), which htab uses for 4-byte keys. */
static inline uint32_t rol32(uint32_t w, unsigned s) { return (w << s) | (w >> (32 - s)); }
static inline uint32_t jhash_1word(uint32_t k, uint32_t initval) {
  uint32_t a, b, c;
  a = b = c = 0xdeadbeef + (1u << 2) + initval;
  a += k;
  c ^= b; c -= rol32(b, 14);
  a ^= c; a -= rol32(c, 11);
  b ^= a; b -= rol32(a, 25);
  c ^= b; c -= rol32(b, 16);
  a ^= c; a -= rol32(c, 4);
  b ^= a; b -= rol32(a, 14);
  c ^= b; c -= rol32(b, 24);
  return c;
}

struct elem {
  struct elem *next;
  uint32_t hash;
  uint32_t key;
  uint64_t value;
};

/* Buckets rounded up to a power of two and elements preallocated, as an htab without BPF_F_NO_PREALLOC. */
static struct {
  struct elem *buckets[BENCH_MAP_ENTRIES];
  struct elem pool[BENCH_MAP_ENTRIES];
  uint32_t used;
  uint32_t seed;
} g_htab = {.seed = 0x9747b28c};

/* Lookups and updates are calls, as they are in every BPF backend (the kernel JIT calls the htab functions too). */
NOINLINE static uint64_t *htab_lookup(uint32_t key) {
  uint32_t h = jhash_1word(key, g_htab.seed);
  for (struct elem *e = g_htab.buckets[h & (BENCH_MAP_ENTRIES - 1)]; e; e = e->next)
    if (e->hash == h && e->key == key) return &e->value;
  return NULL;
}

/* BPF_ANY. An existing element is overwritten in place, which is what a plain C table does; the kernel instead
 * takes a fresh element from its free list and swaps it in, so concurrent RCU readers never see a torn value. */
NOINLINE static int htab_update(uint32_t key, uint64_t value) {
  uint32_t h = jhash_1word(key, g_htab.seed);
  struct elem **head = &g_htab.buckets[h & (BENCH_MAP_ENTRIES - 1)];
  for (struct elem *e = *head; e; e = e->next) {
    if (e->hash == h && e->key == key) {
      e->value = value;
      return 0;
    }
  }
  if (g_htab.used == BENCH_MAP_ENTRIES) return -7; /* -E2BIG */
  struct elem *e = &g_htab.pool[g_htab.used++];
  e->hash = h;
  e->key = key;
  e->value = value;
  e->next = *head;
  *head = e;
  return 0;
}

/* bench_map_hash.bpf.c in C. */
NOINLINE uint64_t bpfkit_native_map_hash(const uint8_t *packet, uint64_t len, uint64_t n) {
  (void)packet;
  (void)len;
  uint64_t sum = 0;
  for (uint32_t i = 0; i < n; i++) {
    htab_update(i, BENCH_HASH_VALUE(i));
    uint64_t *v = htab_lookup(i);
    if (v) sum += *v;
  }
  return (uint32_t)sum;
}

/* ---- array map: lookups --------------------------------------------------------------------------------------- */

static uint64_t g_array[BENCH_MAP_ENTRIES];

/* What userspace does to the BPF array before the run. */
void bpfkit_native_map_array_fill(void) {
  for (uint32_t i = 0; i < BENCH_MAP_ENTRIES; i++) g_array[i] = BENCH_ARRAY_VALUE(i);
}

/* The lookup the kernel JIT inlines for array maps: a bounds check, then an address. */
static inline uint64_t *array_lookup(uint32_t key) { return key < BENCH_MAP_ENTRIES ? &g_array[key] : NULL; }

/* bench_map_array.bpf.c in C. Vectorization is off: the BPF loop sums one slot per iteration in every backend
 * (no BPF JIT vectorizes), and a 4-wide sum would make this column measure SIMD rather than the lookups. */
NOINLINE uint64_t bpfkit_native_map_array(const uint8_t *packet, uint64_t len, uint64_t n) {
  (void)packet;
  (void)len;
  uint64_t sum = 0;
#pragma clang loop vectorize(disable) interleave(disable)
  for (uint32_t i = 0; i < n; i++) {
    uint64_t *v = array_lookup(i);
    if (v) sum += *v;
  }
  return (uint32_t)sum;
}

/* ---- checksum of the packet ----------------------------------------------------------------------------------- */

static inline uint32_t fold_complement(uint64_t sum) {
  while (sum >> 16) sum = (sum & 0xffff) + (sum >> 16);
  return (uint16_t)~sum;
}

/* bench_csum_loop.bpf.c in C: one 16-bit word per iteration, scalar (vectorization off, for the reason given for
 * the array loop). The bounds check against the end of the packet is kept, as the BPF program must have it. */
NOINLINE uint64_t bpfkit_native_csum_words(const uint8_t *packet, uint64_t len, uint64_t n) {
  (void)n;
  const uint8_t *end = packet + len;
  uint64_t sum = 0;
  const uint8_t *p = packet;
#pragma clang loop vectorize(disable) interleave(disable)
  for (int i = 0; i < BENCH_PACKET_LEN / 2; i++) {
    if (p + 2 > end) break;
    uint16_t w;
    memcpy(&w, p, 2);
    sum += w;
    p += 2;
  }
  return fold_complement(sum);
}

/* The row for bpf_csum_diff, whose kernel side is csum_partial(): the same checksum as fast as plain C gets it,
 * 32-bit words into a 64-bit accumulator with clang free to vectorize. It gives the same folded value as the
 * 16-bit sum (one's-complement sums fold the same whatever the word width, on a little-endian host). */
NOINLINE uint64_t bpfkit_native_csum_fast(const uint8_t *packet, uint64_t len, uint64_t n) {
  (void)n;
  uint64_t sum = 0;
  size_t i = 0;
  for (; i + 4 <= len; i += 4) {
    uint32_t w;
    memcpy(&w, packet + i, 4);
    sum += w;
  }
  for (; i + 2 <= len; i += 2) {
    uint16_t w;
    memcpy(&w, packet + i, 2);
    sum += w;
  }
  if (i < len) sum += packet[i];
  return fold_complement(sum);
}
