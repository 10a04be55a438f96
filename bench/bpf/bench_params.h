/* Sizes shared by the BPF C benchmark programs (bench/bpf/the .bpf.c files here), the native C references
 * (bench/native/object_programs.c) and the harness (bench/object_bench.cc), so the three cannot drift apart. */
#ifndef BPFKIT_BENCH_PARAMS_H
#define BPFKIT_BENCH_PARAMS_H

/* The packet every object benchmark runs on: an Ethernet MTU-sized frame. */
#define BENCH_PACKET_LEN 1500

/* Map operations per program run (update+lookup pairs for the hash map, lookups for the array). The kernel
 * verifier walks every iteration of a bounded loop, so this costs verifier work (about 20 insns per pair) and must
 * stay well inside its 1M budget; 1000 is large enough that one run is tens of microseconds even in the JIT, so the
 * test-run loop's own per-run cost is noise. */
#define BENCH_MAP_OPS 1000

/* max_entries of both maps: every key of one run fits, so hash updates never fail with E2BIG. */
#define BENCH_MAP_ENTRIES 1024

/* What userspace stores in array slot i before the run (both backends and the native array), and what the hash
 * program stores for key i: distinct odd values, so a lookup that returned the wrong slot changes the sum. */
#define BENCH_ARRAY_VALUE(i) ((unsigned long long)(i) * 7 + 1)
#define BENCH_HASH_VALUE(i) ((unsigned long long)(i) * 3 + 1)

#endif
